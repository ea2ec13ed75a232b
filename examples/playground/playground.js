// The playground: fill in the self-assessment, read a survey tool's CSV export, describe a collaboration in a small
// form, or open a document; then see what it means, and download it. Built on the library's ESM build; no framework,
// no network beyond the page's own files; every text exists in Dutch and English.
import { formatPath, isSamenwerkingError } from 'samenwerking';
import { catalogue, getForm, getIndicator, getPitfall, getStrategyFactor } from 'samenwerking/catalogue';
import { assessmentFromCsv, blankAssessment, questionnaire, toCsvTemplate } from 'samenwerking/questionnaire';
import { safeParseCollaboration } from 'samenwerking/schema';
import * as scoring from 'samenwerking/scoring';
import * as serialise from 'samenwerking/serialise';
import { addResponse } from 'samenwerking/update';

const { fromJSON, toCsv, toJSON, toMarkdown, toRadarSvg } = serialise;

const texts = {
  nl: {
    otherLanguage: 'English',
    title: 'Samenwerking doorlichten',
    skip: 'Direct naar de uitkomst',
    heading: 'Samenwerking doorlichten',
    intro:
      'Vul de zelfevaluatie volgens de zes factoren van Berenschot in, lees de antwoorden in die u met Microsoft Forms, Google Forms of LimeSurvey verzamelde, of beschrijf een samenwerking. U ziet meteen de scores, de valkuilen en wat u eraan kunt doen. Alles gebeurt in uw eigen browser: er wordt niets verstuurd of bewaard.',
    inputHeading: '1. Kies hoe u begint',
    tabFill: 'Vragenlijst invullen',
    tabCsv: 'Export inlezen',
    tabCollaboration: 'Samenwerking beschrijven',
    tabDocument: 'Document openen',
    fillIntro:
      'Laat de deelnemers de vragenlijst een voor een invullen op dit apparaat. Na elke deelnemer bewaart u de antwoorden en begint de volgende; daarna bekijkt u de uitkomst van allemaal samen.',
    fillContext: 'Samenwerking: ‘{name}’, meting van {date}.',
    saveResponse: 'Antwoorden bewaren, volgende deelnemer',
    showFillResult: 'Bekijk de uitkomst',
    fillCount: '{count} deelnemers hebben de vragenlijst ingevuld.',
    fillCountOne: 'Eén deelnemer heeft de vragenlijst ingevuld.',
    fillCountNone: 'Nog niemand heeft de vragenlijst ingevuld.',
    fillNeedsPartner: 'Kies eerst namens welke partner u de vragenlijst invult.',
    fillNeedsAnswer: 'Beantwoord minstens één stelling met een getal op de schaal.',
    fillSaved: 'De antwoorden van deelnemer {count} zijn bewaard. De volgende deelnemer kan beginnen.',
    noRole: '(geen rol gekozen)',
    choosePartner: 'Kies een partner',
    csvIntro:
      'Verzamelde u de antwoorden met Microsoft Forms, Google Forms, LimeSurvey of een spreadsheet? Sla de antwoorden op als CSV-bestand en lees ze hier in. De kolommen worden herkend aan de tekst van de stellingen; kolommen als tijdstip en e-mailadres worden overgeslagen.',
    csvCollaborationLabel: 'Bij welke samenwerking horen de antwoorden?',
    csvDateLabel: 'Datum van de meting',
    csvFileLabel: 'Het bestand met antwoorden (.csv)',
    csvFileButton: 'Kies een CSV-bestand',
    csvTemplateHint:
      'Nog geen lijst uitgezet? Download een lege lijst met de stellingen als kolommen, voor Excel of een ander rekenblad.',
    downloadTemplate: 'Download een lege lijst (CSV)',
    csvIgnored: 'Niet gebruikte kolommen: {columns}.',
    collaborationIntro:
      'Beschrijf de samenwerking in een paar velden: wie de partners zijn, welke groepen belang hebben en wat er is gebeurd. U ziet dan welke valkuilen de opzet laat zien en welke samenwerkingsvorm past.',
    cName: 'Naam van de samenwerking',
    cTheme: 'Waar werkt u samen aan?',
    cForm: 'Hoe werkt u nu samen?',
    cPartners: 'De partners',
    cAddPartner: 'Partner toevoegen',
    cStakeholders: 'Belanghebbenden',
    cAddStakeholder: 'Groep toevoegen',
    cEvents: 'Belangrijke gebeurtenissen',
    cAddEvent: 'Gebeurtenis toevoegen',
    cCheck: 'Beoordeel de samenwerking',
    rowName: 'Naam',
    rowType: 'Soort organisatie',
    rowGroup: 'Groep',
    rowInvolvement: 'Betrokkenheid',
    rowEvent: 'Wat gebeurde er?',
    rowDate: 'Datum',
    rowOrganisation: 'Bij welke organisatie?',
    rowRemove: 'Verwijderen',
    anyPartner: '(alle of onbekend)',
    involvement: {
      betrokken: 'betrokken',
      geinformeerd: 'geïnformeerd',
      vertegenwoordigd: 'vertegenwoordigd',
      'niet-betrokken': 'niet betrokken',
    },
    eventTypes: {
      turnover: 'Een sleutelfiguur vertrok',
      'announcement-informed': 'Nieuws naar buiten, partners vooraf ingelicht',
      'announcement-uninformed': 'Nieuws naar buiten, partners niet vooraf ingelicht',
      'execution-start': 'De uitvoering begon',
    },
    samplesLabel: 'Nog geen eigen document? Probeer een voorbeeld:',
    sampleCollaboration: 'Voorbeeld: samenwerking',
    sampleAssessment: 'Voorbeeld: zelfevaluatie',
    samplePortfolio: 'Voorbeeld: portfolio',
    sampleBroken: 'Voorbeeld: document met fouten',
    fileLabel: 'Open een bestand van uw computer (.json)',
    fileButton: 'Kies een bestand',
    noFile: 'Nog geen bestand gekozen',
    documentLabel: 'Of plak hier de tekst van het document',
    documentHint:
      'Een document is een JSON-bestand met een samenwerking, een zelfevaluatie of een portfolio, zoals deze pagina het laat downloaden. Wat u hier wijzigt, wordt meteen opnieuw gecontroleerd.',
    check: 'Controleer het document',
    resultHeading: '2. Uitkomst',
    footer:
      'De beoordeling volgt Berenschot, ‘Samenwerking gemeente en onderwijs – lessen uit de lokale praktijk’ (2018). Scores lopen van 0 tot 100: onder 50 is onvoldoende, vanaf 75 is goed.',
    empty:
      'Nog geen uitkomst. Vul de vragenlijst in, lees een export in, beschrijf een samenwerking of open een document.',
    statusErrors: 'Dit kan nog niet worden beoordeeld: {count} punten moeten worden aangepast.',
    statusErrorsOne: 'Dit kan nog niet worden beoordeeld: één punt moet worden aangepast.',
    statusCollaboration: 'De samenwerking is in orde: ‘{name}’, met {partners} partners.',
    statusAssessment:
      'De zelfevaluatie van ‘{collaboration}’ van {date} is in orde, ingevuld door {respondents} deelnemers.',
    statusAssessmentOne: 'De zelfevaluatie van ‘{collaboration}’ van {date} is in orde, ingevuld door één deelnemer.',
    statusPortfolio:
      'Het portfolio ‘{name}’ is in orde: {collaborations} samenwerkingen en {assessments} zelfevaluaties.',
    statusFailed: 'Er ging iets mis bij het beoordelen: {message}',
    errorsHeading: 'Wat moet er worden aangepast?',
    errorsHint:
      'Vóór elke melding staat waar het probleem zit. In een document begint de telling bij 0: partners[1] is de tweede partner. In een CSV-bestand is rows[3] de derde rij van het rekenblad, met de kolomkop erachter.',
    wholeDocument: 'het geheel',
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
    colCoverage: 'Beantwoord',
    noScore: 'geen score',
    onvoldoende: 'onvoldoende',
    voldoende: 'voldoende',
    goed: 'goed',
    orderHeading: 'Let op de volgorde',
    orderWarning:
      '‘{factor}’ scoort {gap} punten hoger dan ‘{prerequisite}’, terwijl die eerdere factor nog onvoldoende is. Versterk eerst ‘{prerequisite}’: de latere factor rust daarop.',
    disagreementsHeading: 'Waar de partners verschillend over denken',
    disagreementsNone:
      'Op geen enkele stelling lopen de gemiddelde antwoorden van de partners twee punten of meer uiteen.',
    disagreementsIntro:
      'Bij deze stellingen lopen de gemiddelde antwoorden van de partners twee punten of meer uiteen. Bespreek ze samen: hetzelfde woord betekent niet voor iedereen hetzelfde.',
    disagreement: '{partner}: gemiddeld {mean}',
    pitfallsHeading: 'Valkuilen en advies',
    noPitfalls: 'Er zijn geen valkuilen gevonden.',
    signal: 'Lage score ({score} van 100) op de stelling:',
    advice: 'Advies:',
    aboutPitfall: 'Wat houdt deze valkuil in?',
    moreAdvice: 'Meer advies',
    formsHeading: 'Welke samenwerkingsvorm past?',
    currentForm: 'U werkt nu samen in de vorm ‘{form}’.',
    formsIntro:
      'Vink aan wat de partners samen willen delen. U ziet dan de lichtste vormen die daarbij passen, gelet op de sectoren en de richting (openbaar of bijzonder) van de partners. Vooraf aangevinkt is wat de huidige vorm mogelijk maakt.',
    shareLegend: 'Wat willen de partners samen delen?',
    overleg: 'Overleg en kennis',
    uitvoering: 'Gezamenlijke activiteiten',
    personeel: 'Personeel',
    middelen: 'Geld en voorzieningen',
    bestuur: 'Bestuur',
    organisatie: 'Eén organisatie worden',
    formsFound: 'Passende vormen, de lichtste eerst:',
    formsNone: 'Geen enkele vorm past bij deze keuze. Vink minder aan, of kijk of de partners kloppen.',
    currentBadge: 'huidige vorm',
    fusietoetsUncertain: 'Waarom is de Fusietoets hier niet zeker?',
    fusietoetsAlternatives: 'Mogelijke andere uitkomsten: {routes}.',
    portfolioHeading: 'Overzicht van het portfolio',
    portfolioListHeading: 'De samenwerkingen',
    portfolioLatest: '{name}: {form}, laatste meting {date}, totaalscore {score}.',
    portfolioNoAssessment: '{name}: {form}, nog geen meting.',
    portfolioCounts: 'Samenwerkingen per vorm',
    portfolioHidden: 'verborgen (minder dan {min})',
    downloadsHeading: 'Downloaden',
    downloadJson: 'Zelfevaluatie (JSON)',
    downloadCollaboration: 'Samenwerking (JSON)',
    downloadMarkdown: 'Rapport (Markdown)',
    downloadHtml: 'Rapport (HTML)',
    downloadSvg: 'Grafiek (SVG)',
    downloadCsv: 'Scores als tabel (CSV)',
    htmlPending: 'Het rapport in HTML volgt in een volgende versie van de bibliotheek.',
  },
  en: {
    otherLanguage: 'Nederlands',
    title: 'Review a collaboration',
    skip: 'Skip to the results',
    heading: 'Review a collaboration',
    intro:
      'Fill in the self-assessment based on the six Berenschot factors, read the answers you collected with Microsoft Forms, Google Forms or LimeSurvey, or describe a collaboration. You see the scores, the pitfalls and what you can do about them at once. Everything happens in your own browser: nothing is sent or stored.',
    inputHeading: '1. Choose how to begin',
    tabFill: 'Fill in the questionnaire',
    tabCsv: 'Read an export',
    tabCollaboration: 'Describe a collaboration',
    tabDocument: 'Open a document',
    fillIntro:
      'Let the participants fill in the questionnaire one after another on this device. After each participant, save the answers and the next one begins; then see the results of all of them together.',
    fillContext: 'Collaboration: ‘{name}’, assessment of {date}.',
    saveResponse: 'Save the answers, next participant',
    showFillResult: 'See the results',
    fillCount: '{count} participants have filled in the questionnaire.',
    fillCountOne: 'One participant has filled in the questionnaire.',
    fillCountNone: 'Nobody has filled in the questionnaire yet.',
    fillNeedsPartner: 'First choose the partner you are answering for.',
    fillNeedsAnswer: 'Answer at least one statement with a number on the scale.',
    fillSaved: 'The answers of participant {count} are saved. The next participant can begin.',
    noRole: '(no role chosen)',
    choosePartner: 'Choose a partner',
    csvIntro:
      'Did you collect the answers with Microsoft Forms, Google Forms, LimeSurvey or a spreadsheet? Save the answers as a CSV file and read them here. Columns are recognised by the text of the statements; columns such as the time and e-mail address are skipped.',
    csvCollaborationLabel: 'Which collaboration do the answers belong to?',
    csvDateLabel: 'Date of the assessment',
    csvFileLabel: 'The file with the answers (.csv)',
    csvFileButton: 'Choose a CSV file',
    csvTemplateHint:
      'Not sent out a questionnaire yet? Download an empty list with the statements as columns, for Excel or another spreadsheet.',
    downloadTemplate: 'Download an empty list (CSV)',
    csvIgnored: 'Columns not used: {columns}.',
    collaborationIntro:
      'Describe the collaboration in a few fields: who the partners are, which groups have a stake and what has happened. You then see which pitfalls the set-up shows and which form of collaboration fits.',
    cName: 'Name of the collaboration',
    cTheme: 'What do you work on together?',
    cForm: 'How do you work together now?',
    cPartners: 'The partners',
    cAddPartner: 'Add a partner',
    cStakeholders: 'Stakeholders',
    cAddStakeholder: 'Add a group',
    cEvents: 'Key events',
    cAddEvent: 'Add an event',
    cCheck: 'Review the collaboration',
    rowName: 'Name',
    rowType: 'Kind of organisation',
    rowGroup: 'Group',
    rowInvolvement: 'Involvement',
    rowEvent: 'What happened?',
    rowDate: 'Date',
    rowOrganisation: 'At which organisation?',
    rowRemove: 'Remove',
    anyPartner: '(all or unknown)',
    involvement: {
      betrokken: 'involved',
      geinformeerd: 'kept informed',
      vertegenwoordigd: 'represented',
      'niet-betrokken': 'not involved',
    },
    eventTypes: {
      turnover: 'A key figure left',
      'announcement-informed': 'News went public, partners told first',
      'announcement-uninformed': 'News went public, partners not told first',
      'execution-start': 'The work started',
    },
    samplesLabel: 'No document of your own yet? Try an example:',
    sampleCollaboration: 'Example: collaboration',
    sampleAssessment: 'Example: self-assessment',
    samplePortfolio: 'Example: portfolio',
    sampleBroken: 'Example: document with errors',
    fileLabel: 'Open a file from your computer (.json)',
    fileButton: 'Choose a file',
    noFile: 'No file chosen yet',
    documentLabel: 'Or paste the text of the document here',
    documentHint:
      'A document is a JSON file with a collaboration, a self-assessment or a portfolio, as this page lets you download it. Whatever you change here is checked again straight away.',
    check: 'Check the document',
    resultHeading: '2. Results',
    footer:
      'The review follows Berenschot, ‘Samenwerking gemeente en onderwijs – lessen uit de lokale praktijk’ (2018). Scores run from 0 to 100: below 50 is insufficient, from 75 up is good.',
    empty: 'No results yet. Fill in the questionnaire, read an export, describe a collaboration or open a document.',
    statusErrors: 'This cannot be reviewed yet: {count} problems need to be fixed.',
    statusErrorsOne: 'This cannot be reviewed yet: one problem needs to be fixed.',
    statusCollaboration: 'The collaboration is in order: ‘{name}’, with {partners} partners.',
    statusAssessment:
      'The self-assessment of ‘{collaboration}’ of {date} is in order, completed by {respondents} participants.',
    statusAssessmentOne:
      'The self-assessment of ‘{collaboration}’ of {date} is in order, completed by one participant.',
    statusPortfolio:
      'The portfolio ‘{name}’ is in order: {collaborations} collaborations and {assessments} self-assessments.',
    statusFailed: 'Something went wrong during the review: {message}',
    errorsHeading: 'What needs to be fixed?',
    errorsHint:
      'Each message starts with where the problem is. In a document, counting starts at 0: partners[1] is the second partner. In a CSV file, rows[3] is the third row of the spreadsheet, followed by the column header.',
    wholeDocument: 'the whole',
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
    colCoverage: 'Answered',
    noScore: 'no score',
    onvoldoende: 'insufficient',
    voldoende: 'sufficient',
    goed: 'good',
    orderHeading: 'Mind the order',
    orderWarning:
      '‘{factor}’ scores {gap} points higher than ‘{prerequisite}’, while that earlier factor is still insufficient. Strengthen ‘{prerequisite}’ first: the later factor builds on it.',
    disagreementsHeading: 'Where the partners see things differently',
    disagreementsNone: 'On no statement do the partners’ average answers differ by two points or more.',
    disagreementsIntro:
      'On these statements the partners’ average answers differ by two points or more. Discuss them together: the same word does not mean the same to everyone.',
    disagreement: '{partner}: average {mean}',
    pitfallsHeading: 'Pitfalls and advice',
    noPitfalls: 'No pitfalls were found.',
    signal: 'Low score ({score} out of 100) on the statement:',
    advice: 'Advice:',
    aboutPitfall: 'What does this pitfall mean?',
    moreAdvice: 'More advice',
    formsHeading: 'Which form of collaboration fits?',
    currentForm: 'You now work together as a ‘{form}’.',
    formsIntro:
      'Tick what the partners want to share. You then see the lightest forms that fit, given the sectors and the denomination (public or denominational) of the partners. Ticked at first is what the current form allows.',
    shareLegend: 'What do the partners want to share?',
    overleg: 'Consultation and knowledge',
    uitvoering: 'Joint activities',
    personeel: 'Staff',
    middelen: 'Money and facilities',
    bestuur: 'Governance',
    organisatie: 'Becoming one organisation',
    formsFound: 'Forms that fit, lightest first:',
    formsNone: 'No form fits this choice. Tick fewer boxes, or check that the partners are right.',
    currentBadge: 'current form',
    fusietoetsUncertain: 'Why is the Fusietoets not certain here?',
    fusietoetsAlternatives: 'Other possible outcomes: {routes}.',
    portfolioHeading: 'Portfolio overview',
    portfolioListHeading: 'The collaborations',
    portfolioLatest: '{name}: {form}, latest assessment {date}, overall score {score}.',
    portfolioNoAssessment: '{name}: {form}, no assessment yet.',
    portfolioCounts: 'Collaborations per form',
    portfolioHidden: 'hidden (fewer than {min})',
    downloadsHeading: 'Download',
    downloadJson: 'Self-assessment (JSON)',
    downloadCollaboration: 'Collaboration (JSON)',
    downloadMarkdown: 'Report (Markdown)',
    downloadHtml: 'Report (HTML)',
    downloadSvg: 'Chart (SVG)',
    downloadCsv: 'Scores as a table (CSV)',
    htmlPending: 'The HTML report comes with a later version of the library.',
  },
};
const SHARING = ['overleg', 'uitvoering', 'personeel', 'middelen', 'bestuur', 'organisatie'];
const INVOLVEMENTS = ['betrokken', 'geinformeerd', 'vertegenwoordigd', 'niet-betrokken'];
const EVENT_TYPES = ['turnover', 'announcement-informed', 'announcement-uninformed', 'execution-start'];
const NOT_APPLICABLE = 'nvt';

const state = {
  locale: 'nl',
  /** What the result pane shows: `{ success, data | error, ignoredColumns? }`, or null. */
  result: null,
  share: [],
  fileName: null,
  csvFileName: null,
  /** The collaboration documents the page knows, by id: the sample, and every one loaded or described. */
  collaborations: new Map(),
  /** The id of the collaboration the questionnaire and the import are for. */
  context: null,
  /** The assessment being filled in on this page: a draft until the first response. */
  draft: null,
  tab: 'document',
};
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
    else if (value !== undefined && value !== null && value !== false)
      node.setAttribute(name, value === true ? '' : value);
  }
  node.append(...children.filter((child) => child !== null && child !== undefined));
  return node;
}

const tag = () => (state.locale === 'nl' ? 'nl-NL' : 'en-GB');
const number = (value, digits = 0) => new Intl.NumberFormat(tag(), { maximumFractionDigits: digits }).format(value);
const label = (entry) => entry.label[state.locale];
/** A `YYYY-MM-DD` date in words, in the page's language. */
const date = (iso) =>
  new Intl.DateTimeFormat(tag(), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
/** Today as `YYYY-MM-DD`, in the user's own time zone. */
function today() {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
/** A slug of a name, for ids. */
const slug = (text) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');

/** The collaboration of a document, when the page knows it. */
const collaborationOf = (id) => state.collaborations.get(id);
/** A partner's name, when the collaboration is known; its id otherwise. */
function partnerName(collaborationId, partnerId) {
  return collaborationOf(collaborationId)?.partners.find((partner) => partner.id === partnerId)?.name ?? partnerId;
}
/** A collaboration's name, when known; its id otherwise. */
const collaborationName = (id) => collaborationOf(id)?.name ?? id;

/** Remembers a collaboration document and makes it the one the questionnaire and the import are for. */
function know(collaboration, makeContext = true) {
  state.collaborations.set(collaboration.id, collaboration);
  if (makeContext && state.context !== collaboration.id) {
    state.context = collaboration.id;
    state.draft = null;
  }
  renderContext();
}

// --- Tabs ------------------------------------------------------------------------------------------------------

function showTab(name) {
  state.tab = name;
  for (const tab of document.querySelectorAll('[role="tab"]')) {
    const selected = tab.id === `tab-${name}`;
    tab.setAttribute('aria-selected', String(selected));
    $(tab.getAttribute('aria-controls')).hidden = !selected;
  }
}

// --- The questionnaire, filled in on the page ------------------------------------------------------------------

function currentDraft() {
  if (state.draft === null) {
    state.draft = blankAssessment({ collaboration: collaborationOf(state.context) ?? state.context, date: today() });
  }
  return state.draft;
}

/** Builds the statements once; the texts are set by `renderQuestionnaireTexts`. */
function buildQuestionnaire() {
  const container = $('fill-sections');
  for (const section of questionnaire.sections) {
    const order = getStrategyFactor(section.factor).order;
    const fieldset = el('fieldset', { class: 'section', 'data-factor': section.factor });
    fieldset.append(el('legend', { 'data-order': order }));
    for (const question of section.questions) {
      const statement = el('fieldset', { class: 'statement', 'data-indicator': question.indicator });
      statement.append(el('legend'));
      const scale = el('div', { class: 'scale' });
      const values = [...questionnaire.scale.labels.map((point) => String(point.value)), NOT_APPLICABLE];
      for (const value of values) {
        const id = `q-${question.indicator}-${value}`;
        scale.append(
          el(
            'div',
            { class: 'choice' },
            el('input', { type: 'radio', id, name: `q-${question.indicator}`, value }),
            el('label', { for: id, 'data-value': value }),
          ),
        );
      }
      statement.append(scale);
      fieldset.append(statement);
    }
    container.append(fieldset);
  }
}

function renderQuestionnaireTexts() {
  const locale = state.locale;
  const [partnerField, roleField, nameField] = questionnaire.respondent.fields;
  $('respondent-legend').textContent = questionnaire.respondent.title[locale];
  $('fill-partner-label').textContent = partnerField.label[locale];
  $('fill-partner-help').textContent = partnerField.help[locale];
  $('fill-role-label').textContent = roleField.label[locale];
  $('fill-name-label').textContent = nameField.label[locale];
  $('fill-name-help').textContent = nameField.help[locale];
  const labels = new Map(questionnaire.scale.labels.map((point) => [String(point.value), point.label[locale]]));
  labels.set(NOT_APPLICABLE, questionnaire.notApplicable.label[locale]);
  for (const fieldset of document.querySelectorAll('#fill-sections fieldset.section')) {
    const factor = getStrategyFactor(fieldset.dataset.factor);
    fieldset.querySelector('legend').textContent = `${factor.order}. ${label(factor)}`;
  }
  for (const statement of document.querySelectorAll('#fill-sections fieldset.statement')) {
    statement.querySelector('legend').textContent = getIndicator(statement.dataset.indicator).question[locale];
  }
  for (const choice of document.querySelectorAll('#fill-sections label[data-value]')) {
    choice.textContent = labels.get(choice.dataset.value);
  }
  const role = $('fill-role');
  const chosenRole = role.value;
  role.replaceChildren(
    el('option', { value: '', text: t('noRole') }),
    ...catalogue.stakeholderGroups
      .filter((group) => !group.retired)
      .map((group) => el('option', { value: group.id, text: label(group) })),
  );
  role.value = chosenRole;
}

/** The context line, the partner list and the count of the questionnaire, and the collaboration list of the import. */
function renderContext() {
  const collaboration = collaborationOf(state.context);
  $('fill-context').textContent =
    collaboration === undefined ? '' : t('fillContext', { name: collaboration.name, date: date(currentDraft().date) });
  const partner = $('fill-partner');
  const chosen = partner.value;
  partner.replaceChildren(
    el('option', { value: '', text: t('choosePartner') }),
    ...(collaboration?.partners ?? []).map((entry) => el('option', { value: entry.id, text: entry.name })),
  );
  partner.value = chosen;
  const count = state.draft?.responses.length ?? 0;
  $('fill-count').textContent = count === 0 ? t('fillCountNone') : t('fillCount', { count }, count);
  $('show-fill-result').disabled = count === 0;
  const select = $('csv-collaboration');
  const selected = select.value || state.context;
  select.replaceChildren(
    ...[...state.collaborations.values()].map((entry) => el('option', { value: entry.id, text: entry.name })),
  );
  select.value = selected;
}

function saveResponse(event) {
  event.preventDefault();
  const problem = $('fill-problem');
  problem.textContent = '';
  const partner = $('fill-partner').value;
  if (partner === '' && (collaborationOf(state.context)?.partners.length ?? 0) > 0) {
    problem.textContent = t('fillNeedsPartner');
    $('fill-partner').focus();
    return;
  }
  const answers = {};
  for (const question of questionnaire.sections.flatMap((section) => section.questions)) {
    const checked = document.querySelector(`input[name="q-${question.indicator}"]:checked`);
    if (checked !== null) answers[question.indicator] = checked.value === NOT_APPLICABLE ? null : Number(checked.value);
  }
  if (!Object.values(answers).some((answer) => typeof answer === 'number')) {
    problem.textContent = t('fillNeedsAnswer');
    return;
  }
  const draft = currentDraft();
  const taken = new Set(draft.responses.map((response) => response.respondent));
  let respondent = slug($('fill-name').value) || `r${draft.responses.length + 1}`;
  for (let suffix = 2; taken.has(respondent); suffix++) respondent = `${respondent.replace(/-\d+$/, '')}-${suffix}`;
  const role = $('fill-role').value;
  const response = { respondent, ...(partner === '' ? {} : { partner }), ...(role === '' ? {} : { role }), answers };
  try {
    state.draft = addResponse(draft, response);
  } catch (error) {
    problem.textContent = isSamenwerkingError(error) ? error.format(state.locale) : String(error);
    return;
  }
  $('fill-form').reset();
  renderContext();
  $('fill-count').textContent = t('fillSaved', { count: state.draft.responses.length });
  $('fill-partner').focus();
  $('panel-fill').scrollIntoView({ block: 'start' });
}

// --- The import of a CSV export --------------------------------------------------------------------------------

async function importCsv(file) {
  state.csvFileName = file.name;
  $('csv-file-name').textContent = file.name;
  const id = $('csv-collaboration').value || state.context;
  const result = assessmentFromCsv(await file.text(), {
    collaboration: collaborationOf(id) ?? id,
    date: $('csv-date').value || today(),
    locale: state.locale,
  });
  show(result);
}

function downloadTemplate() {
  const collaboration = collaborationOf($('csv-collaboration').value || state.context);
  const text = toCsvTemplate({ locale: state.locale, dialect: 'excel-nl', collaboration });
  download(text, `${state.locale === 'nl' ? 'vragenlijst' : 'questionnaire'}.csv`, 'text/csv');
}

// --- The collaboration form ------------------------------------------------------------------------------------

let rowCounter = 0;
function selectOf(id, options, value) {
  const select = el('select', { id });
  select.append(...options.map(([optionValue, text]) => el('option', { value: optionValue, text })));
  if (value !== undefined) select.value = value;
  return select;
}
function field(labelKey, control) {
  return el('div', {}, el('label', { for: control.id, 'data-i18n': labelKey, text: t(labelKey) }), control);
}
function removeButton(row) {
  const button = el('button', { type: 'button', 'data-i18n': 'rowRemove', text: t('rowRemove') });
  button.addEventListener('click', () => row.remove());
  return button;
}

function addPartnerRow(name = '', type = 'schoolbestuur') {
  const n = ++rowCounter;
  const row = el('div', { class: 'row partner-row' });
  const types = catalogue.partnerTypes.filter((entry) => !entry.retired).map((entry) => [entry.id, label(entry)]);
  row.append(
    field('rowName', el('input', { type: 'text', id: `c-partner-name-${n}`, value: name, autocomplete: 'off' })),
    field('rowType', selectOf(`c-partner-type-${n}`, types, type)),
    removeButton(row),
  );
  $('c-partners').append(row);
}

function addStakeholderRow(group = 'gemeenteraad', involvement = 'geinformeerd') {
  const n = ++rowCounter;
  const row = el('div', { class: 'row stakeholder-row' });
  const groups = catalogue.stakeholderGroups.filter((entry) => !entry.retired).map((entry) => [entry.id, label(entry)]);
  const involvements = INVOLVEMENTS.map((value) => [value, texts[state.locale].involvement[value]]);
  row.append(
    field('rowGroup', selectOf(`c-stakeholder-group-${n}`, groups, group)),
    field('rowInvolvement', selectOf(`c-stakeholder-involvement-${n}`, involvements, involvement)),
    removeButton(row),
  );
  $('c-stakeholders').append(row);
}

function partnerOptions() {
  return [
    ['', t('anyPartner')],
    ...[...document.querySelectorAll('#c-partners .partner-row')].map((row, index) => {
      const name = row.querySelector('input').value.trim();
      return [slug(name) || `partner-${index + 1}`, name || `${index + 1}`];
    }),
  ];
}

function addEventRow(type = 'turnover', when = today()) {
  const n = ++rowCounter;
  const row = el('div', { class: 'row event-row' });
  const types = EVENT_TYPES.map((value) => [value, texts[state.locale].eventTypes[value]]);
  const partner = selectOf(`c-event-partner-${n}`, partnerOptions());
  partner.addEventListener('focus', () => {
    const chosen = partner.value;
    partner.replaceChildren(...partnerOptions().map(([value, text]) => el('option', { value, text })));
    partner.value = chosen;
  });
  row.append(
    field('rowEvent', selectOf(`c-event-type-${n}`, types, type)),
    field('rowDate', el('input', { type: 'date', id: `c-event-date-${n}`, value: when })),
    field('rowOrganisation', partner),
    removeButton(row),
  );
  $('c-events').append(row);
}

/** Refreshes the words of the option lists in the form rows after a change of language. */
function renderFormRows() {
  const relabel = (selector, entries) => {
    for (const select of document.querySelectorAll(selector)) {
      for (const option of select.options) option.textContent = entries(option.value);
    }
  };
  const byId = (list) => (id) => label(list.find((entry) => entry.id === id));
  relabel('#c-theme', byId(catalogue.themes));
  relabel('#c-form', byId(catalogue.forms));
  relabel('[id^="c-partner-type-"]', byId(catalogue.partnerTypes));
  relabel('[id^="c-stakeholder-group-"]', byId(catalogue.stakeholderGroups));
  relabel('[id^="c-stakeholder-involvement-"]', (value) => texts[state.locale].involvement[value]);
  relabel('[id^="c-event-type-"]', (value) => texts[state.locale].eventTypes[value]);
  for (const select of document.querySelectorAll('[id^="c-event-partner-"]')) {
    const first = select.options[0];
    if (first !== undefined && first.value === '') first.textContent = t('anyPartner');
  }
}

function buildCollaborationForm() {
  const themes = catalogue.themes.filter((entry) => !entry.retired).map((entry) => [entry.id, label(entry)]);
  $('c-theme').replaceChildren(...themes.map(([value, text]) => el('option', { value, text })));
  $('c-theme').value = 'ikc';
  const forms = catalogue.forms
    .filter((entry) => !entry.retired && entry.parent === undefined)
    .map((entry) => [entry.id, label(entry)]);
  $('c-form').replaceChildren(...forms.map(([value, text]) => el('option', { value, text })));
  $('c-form').value = 'netwerk';
  addPartnerRow('', 'gemeente');
  addPartnerRow('', 'schoolbestuur');
  addStakeholderRow();
}

function collaborationFromForm() {
  const name = $('c-name').value.trim();
  const partners = [...document.querySelectorAll('#c-partners .partner-row')].map((row, index) => {
    const partnerName = row.querySelector('input').value.trim();
    return {
      id: slug(partnerName) || `partner-${index + 1}`,
      name: partnerName,
      type: row.querySelector('select').value,
    };
  });
  const stakeholders = [...document.querySelectorAll('#c-stakeholders .stakeholder-row')].map((row) => {
    const [group, involvement] = row.querySelectorAll('select');
    return { group: group.value, involvement: involvement.value };
  });
  const events = [...document.querySelectorAll('#c-events .event-row')].map((row) => {
    const [kind, partner] = row.querySelectorAll('select');
    const when = row.querySelector('input').value;
    const who = partner.value === '' ? {} : { partner: partner.value };
    if (kind.value === 'turnover') return { type: 'turnover', date: when, ...who };
    if (kind.value === 'execution-start') return { type: 'execution-start', date: when, ...who };
    return {
      type: 'public-announcement',
      date: when,
      partnersInformedFirst: kind.value === 'announcement-informed',
      ...who,
    };
  });
  return {
    kind: 'collaboration',
    schemaVersion: 1,
    id: slug(name) || 'samenwerking',
    name,
    themes: [$('c-theme').value],
    form: $('c-form').value,
    partners,
    ...(stakeholders.length > 0 ? { stakeholders } : {}),
    ...(events.length > 0 ? { events } : {}),
  };
}

function checkCollaborationForm(event) {
  event.preventDefault();
  const result = safeParseCollaboration(collaborationFromForm());
  if (result.success) know(result.data);
  show(result);
}

// --- Documents -------------------------------------------------------------------------------------------------

function check() {
  const text = $('document').value;
  const result = text.trim() === '' ? null : fromJSON(text);
  if (result?.success && result.data.kind === 'collaboration') know(result.data);
  if (result?.success && result.data.kind === 'portfolio') {
    for (const collaboration of result.data.collaborations) know(collaboration, false);
  }
  show(result, false);
}

/** Shows a result; `reveal` moves to it (the result may start far below on a phone). */
function show(result, reveal = true) {
  state.result = result;
  if (result?.success && result.data.kind === 'collaboration') state.share = [...getForm(result.data.form).shares];
  renderResult();
  if (reveal) {
    $('result').scrollIntoView({ block: 'start' });
    $('result').focus({ preventScroll: true });
  }
}

// --- Rendering -------------------------------------------------------------------------------------------------

function renderTexts() {
  document.documentElement.lang = state.locale;
  document.title = t('title');
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  const button = $('language');
  button.textContent = t('otherLanguage');
  button.lang = state.locale === 'nl' ? 'en' : 'nl';
  $('file-name').textContent = state.fileName ?? t('noFile');
  $('csv-file-name').textContent = state.csvFileName ?? t('noFile');
  renderQuestionnaireTexts();
  renderContext();
  renderFormRows();
}

function renderResult() {
  const output = $('output');
  output.replaceChildren();
  $('downloads').hidden = true;
  const result = state.result;
  if (result === null) {
    $('status').textContent = t('empty');
    return;
  }
  try {
    if (!result.success) renderIssues(output, result.error.issues);
    else if (result.data.kind === 'assessment') renderAssessment(output, result.data, result.ignoredColumns);
    else if (result.data.kind === 'collaboration') renderCollaboration(output, result.data);
    else renderPortfolio(output, result.data);
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

function factorTable(score) {
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
      el('td', { class: 'number', text: new Intl.NumberFormat(tag(), { style: 'percent' }).format(factor.coverage) }),
    );
  });
  const table = el(
    'table',
    {},
    el('caption', { text: t('tableCaption') }),
    el('thead', {}, head),
    el('tbody', {}, ...rows),
  );
  return el('div', { class: 'table-wrap' }, table);
}

function renderAssessment(output, assessment, ignoredColumns) {
  const score = scoring.scoreBerenschot(assessment);
  $('status').textContent = t(
    'statusAssessment',
    {
      collaboration: collaborationName(assessment.collaboration),
      date: date(assessment.date),
      respondents: assessment.responses.length,
    },
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
  output.append(el('h3', { text: t('scoreHeading') }));
  if (ignoredColumns !== undefined && ignoredColumns.length > 0) {
    output.append(el('p', { class: 'hint', text: t('csvIgnored', { columns: ignoredColumns.join(', ') }) }));
  }
  output.append(summary, bottleneck, figure, factorTable(score));

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
  renderDisagreements(output, score, assessment.collaboration);
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
  const collaboration = collaborationOf(assessment.collaboration);
  // One report of everything known: the collaboration (names instead of ids, its structural pitfalls) when it is open.
  const reportInput = () => ({
    assessment,
    score,
    ...(collaboration === undefined
      ? {}
      : { collaboration, pitfalls: scoring.detectPitfalls(collaboration, { referenceDate: assessment.date }) }),
  });
  offerDownloads({
    json: () => [
      toJSON(assessment),
      `${assessment.collaboration}-${assessment.date}.assessment.json`,
      'application/json',
    ],
    markdown: () => [
      toMarkdown(reportInput(), { locale: state.locale }),
      `${assessment.collaboration}-${assessment.date}.md`,
      'text/markdown',
    ],
    svg: () => [
      toRadarSvg(score, { locale: state.locale }),
      `${assessment.collaboration}-${assessment.date}.svg`,
      'image/svg+xml',
    ],
    csv: () => [
      toCsv(score, { locale: state.locale }),
      `${assessment.collaboration}-${assessment.date}.csv`,
      'text/csv',
    ],
    html: () =>
      typeof serialise.toHtml === 'function'
        ? [
            serialise.toHtml(reportInput(), { locale: state.locale }),
            `${assessment.collaboration}-${assessment.date}.html`,
            'text/html',
          ]
        : null,
  });
}

function renderDisagreements(output, score, collaborationId) {
  output.append(el('h3', { text: t('disagreementsHeading') }));
  if (score.disagreements.length === 0) {
    output.append(el('p', { text: t('disagreementsNone') }));
    return;
  }
  output.append(el('p', { class: 'hint', text: t('disagreementsIntro') }));
  const list = el('ul', { class: 'disagreements' });
  for (const item of score.disagreements) {
    const means = [...item.partners]
      .sort((a, b) => b.mean - a.mean)
      .map((entry) =>
        t('disagreement', { partner: partnerName(collaborationId, entry.partner), mean: number(entry.mean, 1) }),
      );
    list.append(
      el('li', {}, el('q', { text: getIndicator(item.indicator).question[state.locale] }), el('br'), means.join('; ')),
    );
  }
  output.append(list);
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
  const pitfalls = scoring.detectPitfalls(collaboration, { referenceDate: today() });
  renderPitfalls(
    output,
    pitfalls.map((finding) => {
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
  offerDownloads({
    json: () => [toJSON(collaboration), `${collaboration.id}.collaboration.json`, 'application/json'],
    markdown: () => [
      toMarkdown({ title: collaboration.name, pitfalls }, { locale: state.locale }),
      `${collaboration.id}.md`,
      'text/markdown',
    ],
    html: () =>
      typeof serialise.toHtml === 'function'
        ? [
            serialise.toHtml({ collaboration, pitfalls }, { locale: state.locale }),
            `${collaboration.id}.html`,
            'text/html',
          ]
        : null,
  });
}

/** The lightest fitting forms, with what they entail; the Fusietoets outcome per sector where it applies. */
function fittingForms(collaboration) {
  const sectors = [...new Set(collaboration.partners.flatMap((partner) => partner.sector ?? []))];
  const denominations = new Set(collaboration.partners.flatMap((partner) => partner.denomination ?? []));
  const mixed = denominations.has('openbaar') && denominations.size > 1;
  const pupils = collaboration.partners.reduce((sum, partner) => sum + (partner.pupils ?? 0), 0);
  const needs = {
    share: state.share,
    sectors,
    mixedDenominations: mixed,
    statutory: 'exclude',
    ...(pupils > 0 ? { pupils } : {}),
  };
  const { candidates } = scoring.recommendForms(needs, { subForms: false, on: today() });
  return candidates
    .filter((candidate) => candidate.fits)
    .map((candidate) => ({
      form: getForm(candidate.form),
      notes: candidate.entails.notes.map((note) => note[state.locale]),
      uncertain: candidate.entails.fusietoets.filter((classification) => classification.uncertain),
    }));
}

function renderForms(container, collaboration) {
  const fitting = fittingForms(collaboration).slice(0, 3);
  if (fitting.length === 0) {
    container.replaceChildren(el('p', { text: t('formsNone') }));
    return;
  }
  const list = el('ol', { class: 'forms' });
  for (const { form, notes, uncertain } of fitting) {
    const heading = el('h4', { text: label(form) });
    if (form.id === collaboration.form) heading.append(' ', el('span', { class: 'badge', text: t('currentBadge') }));
    const noteList = notes.length > 0 ? el('ul', {}, ...notes.map((note) => el('li', { text: note }))) : null;
    const explanations = uncertain.map((classification) =>
      el(
        'details',
        { class: 'fusietoets' },
        el('summary', { text: t('fusietoetsUncertain') }),
        ...classification.reasons.map((reason) => el('p', { text: reason[state.locale] })),
        classification.alternatives.length > 0
          ? el('p', { text: t('fusietoetsAlternatives', { routes: classification.alternatives.join(', ') }) })
          : null,
      ),
    );
    list.append(el('li', {}, heading, el('p', { text: form.description[state.locale] }), noteList, ...explanations));
  }
  container.replaceChildren(el('p', { text: t('formsFound') }), list);
}

function renderPortfolio(output, portfolio) {
  const summary = scoring.summarisePortfolio(portfolio);
  $('status').textContent = t('statusPortfolio', {
    name: portfolio.name,
    collaborations: portfolio.collaborations.length,
    assessments: portfolio.assessments.length,
  });
  output.append(el('h3', { text: t('portfolioHeading') }), el('p', { text: summary.summary[state.locale] }));
  const distributions = el('ul', {}, ...summary.factors.map((factor) => el('li', { text: factor.text[state.locale] })));
  output.append(distributions);
  const hidden = t('portfolioHidden', { min: summary.minGroupSize });
  const counts = summary.forms
    .filter((entry) => entry.suppressed || entry.count > 0)
    .map((entry) => el('li', { text: `${label(entry)}: ${entry.suppressed ? hidden : entry.count}` }));
  if (counts.length > 0) output.append(el('h4', { text: t('portfolioCounts') }), el('ul', {}, ...counts));
  const list = el('ul', { class: 'portfolio-list' });
  for (const collaboration of portfolio.collaborations) {
    const latest = portfolio.assessments
      .filter((assessment) => assessment.collaboration === collaboration.id)
      .sort((a, b) => (a.date < b.date ? 1 : -1))[0];
    const form = label(getForm(collaboration.form));
    if (latest === undefined) {
      list.append(el('li', { text: t('portfolioNoAssessment', { name: collaboration.name, form }) }));
      continue;
    }
    const score = scoring.scoreBerenschot(latest).overall.score;
    list.append(
      el('li', {
        text: t('portfolioLatest', {
          name: collaboration.name,
          form,
          date: date(latest.date),
          score: score === null ? '–' : number(score, 1),
        }),
      }),
    );
  }
  output.append(el('h4', { text: t('portfolioListHeading') }), list);
}

// --- Downloads -------------------------------------------------------------------------------------------------

let makers = {};
function offerDownloads(available) {
  makers = available;
  $('downloads').hidden = false;
  for (const button of document.querySelectorAll('[data-download]')) {
    const kind = button.dataset.download;
    const made = kind === 'html' ? (available.html?.() ?? null) : null;
    button.hidden = available[kind] === undefined;
    button.disabled = kind === 'html' && made === null;
    if (kind === 'json')
      button.textContent = t(state.result?.data?.kind === 'collaboration' ? 'downloadCollaboration' : 'downloadJson');
  }
  $('html-pending').hidden = typeof serialise.toHtml === 'function';
}

function download(text, name, type) {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = el('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// --- Wiring ----------------------------------------------------------------------------------------------------

function load(text) {
  $('document').value = text;
  check();
  $('result').scrollIntoView({ block: 'start' });
  $('result').focus({ preventScroll: true });
}

let timer;
$('document').addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(check, 300);
});
$('check').addEventListener('click', () => {
  check();
  $('result').scrollIntoView({ block: 'start' });
});
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
for (const tab of document.querySelectorAll('[role="tab"]')) {
  tab.addEventListener('click', () => showTab(tab.id.replace('tab-', '')));
}
$('fill-form').addEventListener('submit', saveResponse);
$('show-fill-result').addEventListener('click', () => {
  if (state.draft !== null && state.draft.responses.length > 0) show({ success: true, data: state.draft });
});
$('csv-file').addEventListener('change', async (event) => {
  const file = event.target.files?.[0];
  if (file !== undefined) await importCsv(file);
});
$('download-template').addEventListener('click', downloadTemplate);
$('collaboration-form').addEventListener('submit', checkCollaborationForm);
$('c-add-partner').addEventListener('click', () => addPartnerRow());
$('c-add-stakeholder').addEventListener('click', () => addStakeholderRow());
$('c-add-event').addEventListener('click', () => addEventRow());
for (const button of document.querySelectorAll('[data-download]')) {
  button.addEventListener('click', () => {
    const made = makers[button.dataset.download]?.();
    if (made) download(...made);
  });
}
$('language').addEventListener('click', () => {
  state.locale = state.locale === 'nl' ? 'en' : 'nl';
  renderTexts();
  renderResult();
});

// The questionnaire starts for the sample collaboration, until the user loads or describes another one.
const sample = fromJSON(await (await fetch('samples/collaboration.json')).text());
if (sample.success) know(sample.data);
$('csv-date').value = today();
buildQuestionnaire();
buildCollaborationForm();
showTab('document');
renderTexts();
renderResult();
document.body.dataset.ready = 'true';
