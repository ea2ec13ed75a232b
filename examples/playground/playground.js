// The playground: validates a pasted or uploaded document with the library's ESM build and shows what it means.
// No framework, no network beyond the page's own files; every text exists in Dutch and English.
import { formatPath } from 'samenwerking';
import { catalogue, getForm, getIndicator, getPitfall, getStrategyFactor } from 'samenwerking/catalogue';
import * as scoring from 'samenwerking/scoring';
import { fromJSON, toRadarSvg } from 'samenwerking/serialise';

const texts = {
  nl: {
    otherLanguage: 'English',
    title: 'Samenwerking doorlichten',
    skip: 'Direct naar de uitkomst',
    heading: 'Samenwerking doorlichten',
    intro:
      'Controleer de beschrijving van een samenwerking, of de uitkomst van een zelfevaluatie volgens de zes factoren van Berenschot. U ziet meteen wat er in het document ontbreekt of niet klopt, welke valkuilen op de loer liggen en wat u eraan kunt doen. Alles gebeurt in uw eigen browser: er wordt niets verstuurd of bewaard.',
    inputHeading: '1. Kies een document',
    samplesLabel: 'Nog geen eigen document? Probeer een voorbeeld:',
    sampleCollaboration: 'Voorbeeld: samenwerking',
    sampleAssessment: 'Voorbeeld: zelfevaluatie',
    sampleBroken: 'Voorbeeld: document met fouten',
    fileLabel: 'Open een bestand van uw computer (.json)',
    fileButton: 'Kies een bestand',
    noFile: 'Nog geen bestand gekozen',
    documentLabel: 'Of plak hier de tekst van het document',
    documentHint:
      'Een document is een JSON-bestand, zoals uw registratie- of vragenlijstprogramma het bewaart. Wat u hier wijzigt, wordt meteen opnieuw gecontroleerd.',
    check: 'Controleer het document',
    resultHeading: '2. Uitkomst',
    footer:
      'De beoordeling volgt Berenschot, ‘Samenwerking gemeente en onderwijs – lessen uit de lokale praktijk’ (2018). Scores lopen van 0 tot 100: onder 50 is onvoldoende, vanaf 75 is goed.',
    empty: 'Nog geen document. Kies een voorbeeld, open een bestand of plak de tekst van een document.',
    statusErrors: 'Dit document kan nog niet worden beoordeeld: {count} punten moeten worden aangepast.',
    statusErrorsOne: 'Dit document kan nog niet worden beoordeeld: één punt moet worden aangepast.',
    statusCollaboration: 'Het document is in orde. Het beschrijft ‘{name}’, een samenwerking van {partners} partners.',
    statusAssessment:
      'Het document is in orde: de zelfevaluatie van ‘{collaboration}’ van {date}, ingevuld door {respondents} deelnemers.',
    statusAssessmentOne:
      'Het document is in orde: de zelfevaluatie van ‘{collaboration}’ van {date}, ingevuld door één deelnemer.',
    statusPortfolio:
      'Het document is in orde: een overzicht van {collaborations} samenwerkingen en {assessments} zelfevaluaties. Deze pagina beoordeelt alleen losse samenwerkingen en zelfevaluaties.',
    statusFailed: 'Er ging iets mis bij het beoordelen van dit document: {message}',
    errorsHeading: 'Wat moet er worden aangepast?',
    errorsHint:
      'Vóór elke melding staat waar in het document het probleem zit. De telling begint bij 0: partners[1] is de tweede partner.',
    wholeDocument: 'het hele document',
    scoreHeading: 'Uitkomst van de zelfevaluatie',
    overall: 'Totaalscore: {score} van 100 ({band}).',
    overallNone: 'Er zijn te weinig vragen beantwoord voor een totaalscore.',
    bottleneck: 'Begin bij ‘{factor}’: dat is de eerste factor in de volgorde van de aanpak die onvoldoende scoort.',
    noBottleneck: 'Geen enkele factor scoort onvoldoende.',
    radarCaption:
      'Elke as is een van de zes factoren, met een score van 0 (midden) tot 100 (buitenrand). De grijze ringen liggen op 50 (voldoende) en 75 (goed).',
    tableCaption: 'Score per factor, van 0 tot 100',
    colFactor: 'Factor',
    colScore: 'Score',
    colBand: 'Oordeel',
    colCoverage: 'Vragen beantwoord',
    noScore: 'geen score',
    onvoldoende: 'onvoldoende',
    voldoende: 'voldoende',
    goed: 'goed',
    orderHeading: 'Let op de volgorde',
    orderWarning:
      '‘{factor}’ scoort {gap} punten hoger dan ‘{prerequisite}’, terwijl die eerdere factor nog onvoldoende is. Versterk eerst ‘{prerequisite}’: de latere factor rust daarop.',
    pitfallsHeading: 'Valkuilen en advies',
    noPitfalls: 'Er zijn geen valkuilen gevonden.',
    signal: 'Lage score ({score} van 100) op de stelling:',
    advice: 'Advies:',
    aboutPitfall: 'Wat houdt deze valkuil in?',
    moreAdvice: 'Meer advies',
    formsHeading: 'Welke samenwerkingsvorm past?',
    currentForm: 'U werkt nu samen in de vorm ‘{form}’.',
    formsIntro:
      'Vink aan wat de partners samen willen delen. U ziet dan de lichtste vormen die daarbij passen, gelet op de sectoren en de richting (openbaar of bijzonder) van de partners in het document. Vooraf aangevinkt is wat de huidige vorm mogelijk maakt.',
    shareLegend: 'Wat willen de partners samen delen?',
    overleg: 'Overleg en kennis',
    uitvoering: 'Gezamenlijke activiteiten',
    personeel: 'Personeel',
    middelen: 'Geld en voorzieningen',
    bestuur: 'Bestuur',
    organisatie: 'Eén organisatie worden',
    formsFound: 'Passende vormen, de lichtste eerst:',
    formsNone: 'Geen enkele vorm past bij deze keuze. Vink minder aan, of kijk of de partners in het document kloppen.',
    currentBadge: 'huidige vorm',
    newEntity: 'Er ontstaat een nieuwe rechtspersoon.',
    transfers: 'Het bevoegd gezag van een school gaat over naar een ander bestuur.',
  },
  en: {
    otherLanguage: 'Nederlands',
    title: 'Review a collaboration',
    skip: 'Skip to the results',
    heading: 'Review a collaboration',
    intro:
      'Check the description of a collaboration, or the results of a self-assessment based on the six Berenschot factors. You see at once what is missing or wrong in the document, which pitfalls lie ahead and what you can do about them. Everything happens in your own browser: nothing is sent or stored.',
    inputHeading: '1. Choose a document',
    samplesLabel: 'No document of your own yet? Try an example:',
    sampleCollaboration: 'Example: collaboration',
    sampleAssessment: 'Example: self-assessment',
    sampleBroken: 'Example: document with errors',
    fileLabel: 'Open a file from your computer (.json)',
    fileButton: 'Choose a file',
    noFile: 'No file chosen yet',
    documentLabel: 'Or paste the text of the document here',
    documentHint:
      'A document is a JSON file, as your registration or survey software saves it. Whatever you change here is checked again straight away.',
    check: 'Check the document',
    resultHeading: '2. Results',
    footer:
      'The review follows Berenschot, ‘Samenwerking gemeente en onderwijs – lessen uit de lokale praktijk’ (2018). Scores run from 0 to 100: below 50 is insufficient, from 75 up is good.',
    empty: 'No document yet. Choose an example, open a file or paste the text of a document.',
    statusErrors: 'This document cannot be reviewed yet: {count} problems need to be fixed.',
    statusErrorsOne: 'This document cannot be reviewed yet: one problem needs to be fixed.',
    statusCollaboration: 'The document is in order. It describes ‘{name}’, a collaboration of {partners} partners.',
    statusAssessment:
      'The document is in order: the self-assessment of ‘{collaboration}’ of {date}, completed by {respondents} participants.',
    statusAssessmentOne:
      'The document is in order: the self-assessment of ‘{collaboration}’ of {date}, completed by one participant.',
    statusPortfolio:
      'The document is in order: an overview of {collaborations} collaborations and {assessments} self-assessments. This page only reviews single collaborations and self-assessments.',
    statusFailed: 'Something went wrong while reviewing this document: {message}',
    errorsHeading: 'What needs to be fixed?',
    errorsHint:
      'Each message starts with where in the document the problem is. Counting starts at 0: partners[1] is the second partner.',
    wholeDocument: 'the whole document',
    scoreHeading: 'Self-assessment results',
    overall: 'Overall score: {score} out of 100 ({band}).',
    overallNone: 'Too few questions were answered for an overall score.',
    bottleneck:
      'Start with ‘{factor}’: it is the first factor, in the order of the approach, that scores insufficient.',
    noBottleneck: 'No factor scores insufficient.',
    radarCaption:
      'Each axis is one of the six factors, scored from 0 (centre) to 100 (outer edge). The grey rings mark 50 (sufficient) and 75 (good).',
    tableCaption: 'Score per factor, from 0 to 100',
    colFactor: 'Factor',
    colScore: 'Score',
    colBand: 'Rating',
    colCoverage: 'Questions answered',
    noScore: 'no score',
    onvoldoende: 'insufficient',
    voldoende: 'sufficient',
    goed: 'good',
    orderHeading: 'Mind the order',
    orderWarning:
      '‘{factor}’ scores {gap} points higher than ‘{prerequisite}’, while that earlier factor is still insufficient. Strengthen ‘{prerequisite}’ first: the later factor builds on it.',
    pitfallsHeading: 'Pitfalls and advice',
    noPitfalls: 'No pitfalls were found.',
    signal: 'Low score ({score} out of 100) on the statement:',
    advice: 'Advice:',
    aboutPitfall: 'What does this pitfall mean?',
    moreAdvice: 'More advice',
    formsHeading: 'Which form of collaboration fits?',
    currentForm: 'You now work together as a ‘{form}’.',
    formsIntro:
      'Tick what the partners want to share. You then see the lightest forms that fit, given the sectors and the denomination (public or denominational) of the partners in the document. Ticked at first is what the current form allows.',
    shareLegend: 'What do the partners want to share?',
    overleg: 'Consultation and knowledge',
    uitvoering: 'Joint activities',
    personeel: 'Staff',
    middelen: 'Money and facilities',
    bestuur: 'Governance',
    organisatie: 'Becoming one organisation',
    formsFound: 'Forms that fit, lightest first:',
    formsNone: 'No form fits this choice. Tick fewer boxes, or check that the partners in the document are right.',
    currentBadge: 'current form',
    newEntity: 'A new legal entity is created.',
    transfers: 'The competent authority of a school moves to another board.',
  },
};
const SHARING = ['overleg', 'uitvoering', 'personeel', 'middelen', 'bestuur', 'organisatie'];
const state = { locale: 'nl', result: null, share: [], fileName: null };
const $ = (id) => document.getElementById(id);

/** A text in the current language, with `{name}` placeholders filled; `count` 1 picks the `…One` variant. */
function t(key, values = {}, count) {
  const table = texts[state.locale];
  const text = count === 1 && `${key}One` in table ? table[`${key}One`] : table[key];
  return text.replace(/\{(\w+)\}/g, (_, name) => String(values[name]));
}

/** Creates an element with text or attributes and children. */
function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (name === 'text') node.textContent = value;
    else node.setAttribute(name, value);
  }
  node.append(...children.filter((child) => child !== null && child !== undefined));
  return node;
}

const number = (value, digits = 0) =>
  new Intl.NumberFormat(state.locale, { maximumFractionDigits: digits }).format(value);
const label = (entry) => entry.label[state.locale];
const date = (iso) =>
  new Intl.DateTimeFormat(state.locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

function check() {
  const text = $('document').value;
  state.result = text.trim() === '' ? null : fromJSON(text);
  if (state.result?.success && state.result.data.kind === 'collaboration') {
    state.share = [...getForm(state.result.data.form).shares];
  }
  renderResult();
}

function renderTexts() {
  document.documentElement.lang = state.locale;
  document.title = t('title');
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  const button = $('language');
  button.textContent = t('otherLanguage');
  button.lang = state.locale === 'nl' ? 'en' : 'nl';
  $('file-name').textContent = state.fileName ?? t('noFile');
}

function renderResult() {
  const output = $('output');
  output.replaceChildren();
  const result = state.result;
  if (result === null) {
    $('status').textContent = t('empty');
    return;
  }
  try {
    if (!result.success) renderIssues(output, result.error.issues);
    else if (result.data.kind === 'assessment') renderAssessment(output, result.data);
    else if (result.data.kind === 'collaboration') renderCollaboration(output, result.data);
    else {
      const { collaborations, assessments } = result.data;
      $('status').textContent = t('statusPortfolio', {
        collaborations: collaborations.length,
        assessments: assessments.length,
      });
    }
  } catch (error) {
    output.replaceChildren();
    $('status').textContent = t('statusFailed', { message: error?.format?.(state.locale) ?? String(error) });
  }
}

function renderIssues(output, issues) {
  $('status').textContent = t('statusErrors', { count: issues.length }, issues.length);
  const list = el('ul', { class: 'issues' });
  for (const issue of issues) {
    const path = issue.path.length === 0 ? t('wholeDocument') : formatPath(issue.path);
    list.append(
      el('li', {}, el('code', { class: 'path', text: path }), el('span', { text: issue.message[state.locale] })),
    );
  }
  output.append(el('h3', { text: t('errorsHeading') }), el('p', { class: 'hint', text: t('errorsHint') }), list);
}

function renderAssessment(output, assessment) {
  const score = scoring.scoreBerenschot(assessment);
  $('status').textContent = t(
    'statusAssessment',
    { collaboration: assessment.collaboration, date: date(assessment.date), respondents: assessment.responses.length },
    assessment.responses.length,
  );
  const { overall } = score;
  const summary = el('p', {
    class: 'overall',
    text:
      overall.score === null
        ? t('overallNone')
        : t('overall', { score: number(overall.score, 1), band: t(overall.band) }),
  });
  const bottleneck = el('p', {
    text:
      overall.bottleneck === null
        ? t('noBottleneck')
        : t('bottleneck', { factor: label(getStrategyFactor(overall.bottleneck)) }),
  });
  const svgText = toRadarSvg(score, { locale: state.locale, size: 540 });
  const svg = new DOMParser().parseFromString(svgText, 'image/svg+xml').documentElement;
  const figure = el('figure', { class: 'radar' }, document.importNode(svg, true));
  figure.append(el('figcaption', { text: t('radarCaption') }));

  const head = el(
    'tr',
    {},
    ...['colFactor', 'colScore', 'colBand', 'colCoverage'].map((key) =>
      el('th', { scope: 'col', class: key === 'colScore' || key === 'colCoverage' ? 'number' : '', text: t(key) }),
    ),
  );
  const rows = score.factors.map((factor) => {
    const strategy = getStrategyFactor(factor.factor);
    const band =
      factor.band === null
        ? el('span', { text: t('noScore') })
        : el('span', { class: `band ${factor.band}`, text: t(factor.band) });
    return el(
      'tr',
      {},
      el('th', { scope: 'row', text: `${strategy.order}. ${label(strategy)}` }),
      el('td', { class: 'number', text: factor.score === null ? '–' : number(factor.score, 1) }),
      el('td', {}, band),
      el('td', {
        class: 'number',
        text: new Intl.NumberFormat(state.locale, { style: 'percent' }).format(factor.coverage),
      }),
    );
  });
  const table = el(
    'table',
    {},
    el('caption', { text: t('tableCaption') }),
    el('thead', {}, head),
    el('tbody', {}, ...rows),
  );
  output.append(el('h3', { text: t('scoreHeading') }), summary, bottleneck, figure, table);

  if (score.sequenceWarnings.length > 0) {
    output.append(el('h3', { text: t('orderHeading') }));
    for (const warning of score.sequenceWarnings) {
      const values = {
        factor: label(getStrategyFactor(warning.factor)),
        prerequisite: label(getStrategyFactor(warning.prerequisite)),
        gap: number(warning.gap),
      };
      output.append(el('p', { text: t('orderWarning', values) }));
    }
  }
  renderPitfalls(
    output,
    score.pitfalls.map((found) => {
      const pitfall = getPitfall(found.pitfall);
      const question = getIndicator(found.indicator).question[state.locale];
      return [
        pitfall,
        el(
          'p',
          {},
          el('span', { text: `${t('signal', { score: number(found.score, 1) })} ` }),
          el('q', { text: question }),
        ),
        el('p', {}, el('strong', { text: `${t('advice')} ` }), pitfall.advice[state.locale]),
        el(
          'details',
          {},
          el('summary', { text: t('aboutPitfall') }),
          el('p', { text: pitfall.description[state.locale] }),
        ),
      ];
    }),
  );
}

function renderPitfalls(output, items) {
  output.append(el('h3', { text: t('pitfallsHeading') }));
  if (items.length === 0) {
    output.append(el('p', { text: t('noPitfalls') }));
    return;
  }
  const list = el('ul', { class: 'pitfalls' });
  for (const [pitfall, ...content] of items) {
    list.append(el('li', {}, el('h4', { text: label(pitfall) }), ...content));
  }
  output.append(list);
}

function renderCollaboration(output, collaboration) {
  $('status').textContent = t('statusCollaboration', {
    name: collaboration.name,
    partners: collaboration.partners.length,
  });
  renderPitfalls(
    output,
    scoring.detectPitfalls(collaboration).map((finding) => {
      const pitfall = getPitfall(finding.pitfall);
      return [
        pitfall,
        el('p', { text: finding.message[state.locale] }),
        el('details', {}, el('summary', { text: t('moreAdvice') }), el('p', { text: pitfall.advice[state.locale] })),
      ];
    }),
  );

  const current = getForm(collaboration.form);
  const boxes = SHARING.map((item) => {
    const input = el('input', { type: 'checkbox', id: `share-${item}`, value: item });
    input.checked = state.share.includes(item);
    return el('div', { class: 'choice' }, input, el('label', { for: `share-${item}`, text: t(item) }));
  });
  const fieldset = el('fieldset', { class: 'share' }, el('legend', { text: t('shareLegend') }), ...boxes);
  const advice = el('div', { id: 'form-advice', 'aria-live': 'polite' });
  fieldset.addEventListener('change', () => {
    state.share = SHARING.filter((item) => $(`share-${item}`).checked);
    renderForms(advice, collaboration);
  });
  output.append(
    el('h3', { text: t('formsHeading') }),
    el('p', { text: t('currentForm', { form: label(current) }) }),
    el('p', { class: 'hint', text: t('formsIntro') }),
    fieldset,
    advice,
  );
  renderForms(advice, collaboration);
}

/** The lightest fitting forms: from `recommendForms` when the build has it, otherwise from the catalogue. */
function fittingForms(collaboration) {
  const sectors = [...new Set(collaboration.partners.flatMap((partner) => partner.sector ?? []))];
  const denominations = new Set(collaboration.partners.flatMap((partner) => partner.denomination ?? []));
  const mixed = denominations.has('openbaar') && denominations.size > 1;
  if (typeof scoring.recommendForms === 'function') {
    const needs = { share: state.share, sectors, mixedDenominations: mixed, statutory: 'exclude' };
    const { candidates } = scoring.recommendForms(needs, { subForms: false, on: new Date() });
    return candidates
      .filter((candidate) => candidate.fits)
      .map((candidate) => ({
        form: getForm(candidate.form),
        notes: candidate.entails.notes.map((note) => note[state.locale]),
      }));
  }
  return catalogue.forms
    .filter(
      (form) =>
        !form.statutory &&
        form.parent === undefined &&
        state.share.every((item) => form.shares.includes(item)) &&
        (form.combinesDenominations || !mixed) &&
        (form.sectors.length === 0 || sectors.every((sector) => form.sectors.includes(sector))),
    )
    .sort((a, b) => a.integration - b.integration)
    .map((form) => ({
      form,
      notes: [
        form.newLegalEntity ? t('newEntity') : null,
        form.transfersCompetentAuthority ? t('transfers') : null,
      ].filter(Boolean),
    }));
}

function renderForms(container, collaboration) {
  const fitting = fittingForms(collaboration).slice(0, 3);
  if (fitting.length === 0) {
    container.replaceChildren(el('p', { text: t('formsNone') }));
    return;
  }
  const list = el('ol', { class: 'forms' });
  for (const { form, notes } of fitting) {
    const heading = el('h4', { text: label(form) });
    if (form.id === collaboration.form) heading.append(' ', el('span', { class: 'badge', text: t('currentBadge') }));
    const noteList = notes.length > 0 ? el('ul', {}, ...notes.map((note) => el('li', { text: note }))) : null;
    list.append(el('li', {}, heading, el('p', { text: form.description[state.locale] }), noteList));
  }
  container.replaceChildren(el('p', { text: t('formsFound') }), list);
}

function load(text) {
  $('document').value = text;
  check();
}

let timer;
$('document').addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(check, 300);
});
$('check').addEventListener('click', check);
$('file').addEventListener('change', async (event) => {
  const file = event.target.files?.[0];
  if (file === undefined) return;
  state.fileName = file.name;
  $('file-name').textContent = file.name;
  load(await file.text());
});
for (const button of document.querySelectorAll('[data-sample]')) {
  button.addEventListener('click', async () => {
    const response = await fetch(`samples/${button.dataset.sample}.json`);
    load(await response.text());
  });
}
$('language').addEventListener('click', () => {
  state.locale = state.locale === 'nl' ? 'en' : 'nl';
  renderTexts();
  renderResult();
});
renderTexts();
renderResult();
document.body.dataset.ready = 'true';
