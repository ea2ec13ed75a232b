/**
 * Every text of `balanceFactors`, `recommendForms`, `classifyFusietoets` and `compareWithBenchmark`, in Dutch and
 * English, in one place: labels, explanations a report can print, and the messages of invalid input (what is wrong
 * and what is allowed).
 *
 * @internal
 */
import type { FactorCategory, LocalisedText, Sharing } from '../catalogue/types.js';
import { listOf, quote, quoteEn } from '../errors/messages.js';
import type { FusietoetsAdvisor, FusietoetsRoute } from './classifyFusietoets.js';

type Locale = keyof LocalisedText;

/** A text in both languages, a new object on every call. */
function both(nl: string, en: string): LocalisedText {
  return { nl, en };
}

/** Writes a number for a sentence: at most one decimal, with a decimal comma in Dutch. */
export function numberText(value: number, locale: Locale): string {
  const text = String(Math.round(value * 10) / 10);
  return locale === 'nl' ? text.replace('.', ',') : text;
}

/** Joins words as a reader writes a list: `a, b en c` or `a, b and c`. */
export function joinWords(items: readonly string[], locale: Locale): string {
  if (items.length <= 1) return items[0] ?? '';
  const last = items[items.length - 1] as string;
  return `${items.slice(0, -1).join(', ')} ${locale === 'nl' ? 'en' : 'and'} ${last}`;
}

/** Joins localised labels into one list per language. */
export function joinLabels(labels: readonly LocalisedText[]): LocalisedText {
  return both(
    joinWords(
      labels.map((label) => label.nl),
      'nl',
    ),
    joinWords(
      labels.map((label) => label.en),
      'en',
    ),
  );
}

/** The domains of the bevorderende and belemmerende factors, in the order the balance lists them. */
export const categoryLabels: Readonly<Record<FactorCategory, LocalisedText>> = {
  financieel: { nl: 'Financieel', en: 'Financial' },
  organisatorisch: { nl: 'Organisatorisch', en: 'Organisational' },
  'wet-en-regelgeving': { nl: 'Wet- en regelgeving', en: 'Laws and regulations' },
  relationeel: { nl: 'Relationeel', en: 'Relational' },
  cultureel: { nl: 'Cultureel', en: 'Cultural' },
  inhoudelijk: { nl: 'Inhoudelijk', en: 'Substantive' },
  context: { nl: 'Context', en: 'Context' },
};

/** What partners can share, as a reader names it. */
export const sharingLabels: Readonly<Record<Sharing, LocalisedText>> = {
  overleg: { nl: 'overleg', en: 'consultation' },
  uitvoering: { nl: 'gezamenlijke uitvoering', en: 'joint execution' },
  personeel: { nl: 'personeel', en: 'staff' },
  middelen: { nl: 'middelen', en: 'resources' },
  bestuur: { nl: 'bestuur', en: 'governance' },
  organisatie: { nl: 'één organisatie', en: 'one organisation' },
};

/** The routes of the Fusietoets, as a reader names them. */
export const routeLabels: Readonly<Record<FusietoetsRoute, LocalisedText>> = {
  'geen-fusietoets': { nl: 'geen Fusietoets', en: 'no Fusietoets' },
  'niet-toetsplichtig': { nl: 'niet toetsplichtig', en: 'exempt from the test' },
  'lichte-toets': { nl: 'lichte (administratieve) toets door DUO', en: 'light (administrative) test by DUO' },
  'inhoudelijke-toets': {
    nl: 'inhoudelijke toets met advies van de CFTO; de minister beslist',
    en: 'substantive test with advice from the CFTO; the minister decides',
  },
  'cdho-toets': {
    nl: 'inhoudelijke toets door de CDHO; de minister beslist',
    en: 'substantive test by the CDHO; the minister decides',
  },
  'mbo-toestemming': {
    nl: 'voorafgaande toestemming van de minister, na advies',
    en: 'prior consent of the minister, after advice',
  },
};

/** The bodies that advise on or check a merger. */
export const advisorLabels: Readonly<Record<FusietoetsAdvisor, LocalisedText>> = {
  duo: { nl: 'DUO', en: 'DUO' },
  cfto: { nl: 'de Commissie Fusietoets Onderwijs (CFTO)', en: 'the Commissie Fusietoets Onderwijs (CFTO)' },
  cdho: {
    nl: 'de Commissie Doelmatigheid Hoger Onderwijs (CDHO)',
    en: 'the Commissie Doelmatigheid Hoger Onderwijs (CDHO)',
  },
  cmmbo: { nl: 'de Commissie Macrodoelmatigheid MBO (CMMBO)', en: 'the Commissie Macrodoelmatigheid MBO (CMMBO)' },
};

/** The measure a threshold is about, in a sentence. */
function measureText(measure: 'pupils' | 'schools', value: number, locale: Locale): string {
  if (measure === 'pupils') return locale === 'nl' ? `${value} leerlingen` : `${value} pupils`;
  return locale === 'nl' ? `${value} scholen` : `${value} schools`;
}

/** The kind of merger a threshold belongs to, in a sentence. */
function mergerText(measure: 'pupils' | 'schools', locale: Locale): string {
  if (measure === 'pupils') return locale === 'nl' ? 'een scholenfusie' : 'a school merger';
  return locale === 'nl' ? 'een besturenfusie' : 'a board merger';
}

/** A value with its unit, for a benchmark row. */
function valueText(unit: 'percentage' | 'count' | 'mean', value: number, locale: Locale): string {
  return unit === 'percentage' ? `${numberText(value, locale)}%` : numberText(value, locale);
}

/** The unit of a difference between two values of a benchmark. */
function differenceUnit(unit: 'percentage' | 'count' | 'mean', locale: Locale): string {
  if (unit === 'percentage') return locale === 'nl' ? ' procentpunt' : ' percentage points';
  if (unit === 'mean') return locale === 'nl' ? ' schaalpunt' : ' scale points';
  return '';
}

const allowedFigures: LocalisedText = {
  nl: 'een object met de rijsleutels van de benchmark als sleutels en getallen als waarden',
  en: 'an object with the row keys of the benchmark as keys and numbers as values',
};

/** The texts, one function or table per situation. */
export const findingMessages = {
  /** The values an argument field accepts, as the "Allowed:" part of an error. */
  allowed: {
    boolean: { nl: 'true of false, of weglaten', en: 'true or false, or leave it out' },
    wholeNumberFrom: (min: number): LocalisedText =>
      both(`een geheel getal van ${min} of meer, of weglaten`, `a whole number of ${min} or more, or leave it out`),
    oneOf: (choices: readonly string[]): LocalisedText => {
      const list = choices.map((choice) => `'${choice}'`);
      return both(`een van ${list.join(', ')}, of weglaten`, `one of ${list.join(', ')}, or leave it out`);
    },
    list: (item: LocalisedText): LocalisedText => both(`een lijst van ${item.nl}`, `a list of ${item.en}`),
    sharing: {
      nl: "'overleg', 'uitvoering', 'personeel', 'middelen', 'bestuur' of 'organisatie'",
      en: "'overleg', 'uitvoering', 'personeel', 'middelen', 'bestuur' or 'organisatie'",
    },
    needs: {
      nl: 'een object met de wensen en eisen van de partners (share, keepLegalEntity, …)',
      en: 'an object with the wishes and requirements of the partners (share, keepLegalEntity, …)',
    },
    merger: {
      nl: "een object { kind, sector, … } met kind 'institutioneel' of 'bestuurlijk'",
      en: "an object { kind, sector, … } with kind 'institutioneel' or 'bestuurlijk'",
    },
    factorWeight: {
      nl: 'een getal van 0 tot en met 1.000.000, of undefined voor het gewicht uit de catalogus',
      en: 'a number from 0 to 1,000,000, or undefined for the catalogue weight',
    },
    factorWeights: {
      nl: "een object met id's van bevorderende of belemmerende factoren als sleutels en gewichten als waarden",
      en: 'an object with ids of promoting or hindering factors as keys and weights as values',
    },
    percentage: { nl: 'een getal van 0 tot en met 100, of null', en: 'a number from 0 to 100, or null' },
    count: { nl: 'een getal van 0 of meer, of null', en: 'a number of 0 or more, or null' },
    mean: (min: number, max: number): LocalisedText =>
      both(
        `een getal van ${min} tot en met ${max} (de schaal), of null`,
        `a number from ${min} to ${max} (the scale), or null`,
      ),
    samenwerkingsbestuur: {
      nl: "weglaten of false, tenzij kind 'bestuurlijk' is: een samenwerkingsbestuur ontstaat door een besturenfusie",
      en: "leave it out or false, unless kind is 'bestuurlijk': a joint board comes from a board merger",
    },
    samenwerkingsschool: {
      nl: "weglaten of false, tenzij kind 'institutioneel' is en de sector po of vo: een samenwerkingsschool ontstaat door scholen samen te voegen (WPO art. 17d)",
      en: "leave it out or false, unless kind is 'institutioneel' and the sector po or vo: a joint school comes from merging schools (WPO art. 17d)",
    },
    praktijkonderwijs: {
      nl: "weglaten of false, tenzij de sector 'vo' of 'praktijkonderwijs' is",
      en: "leave it out or false, unless the sector is 'vo' or 'praktijkonderwijs'",
    },
  },

  /** The names of catalogue lists, for unknown ids. */
  lists: {
    sector: { nl: 'sector', en: 'sector' },
    factor: { nl: 'bevorderende of belemmerende factor', en: 'promoting or hindering factor' },
    benchmark: { nl: 'benchmark', en: 'benchmark' },
  },

  unknownField: (
    argument: string,
    key: string,
    known: readonly string[],
    suggestions: readonly string[],
  ): LocalisedText => {
    const hint = suggestions.map((name) => `'${name}'`).join(', ');
    return both(
      `'${argument}' kent geen veld '${key}'.${hint === '' ? '' : ` Bedoelde u ${hint}?`} Bekende velden: ${known.join(', ')}.`,
      `'${argument}' has no field '${key}'.${hint === '' ? '' : ` Did you mean ${hint}?`} Known fields: ${known.join(', ')}.`,
    );
  },

  unknownId: (
    list: LocalisedText,
    value: unknown,
    suggestions: readonly string[],
    known: readonly string[],
  ): LocalisedText => {
    const hint = suggestions.map((id) => `'${id}'`).join(', ');
    const shown = listOf(known, 12);
    return both(
      `Er is geen ${list.nl} met id ${quote(value)} in de catalogus.${hint === '' ? '' : ` Bedoelde u ${hint}?`} Bekend zijn: ${shown}.`,
      `There is no ${list.en} with id ${quoteEn(value)} in the catalogue.${hint === '' ? '' : ` Did you mean ${hint}?`} Known ids: ${shown}.`,
    );
  },

  // balanceFactors

  invalidStrength: (value: unknown): LocalisedText =>
    both(
      `Sterkte ${quote(value)} is ongeldig. Geef een geheel getal van 0 (niet aanwezig) tot en met 3 (sterk aanwezig).`,
      `Strength ${quoteEn(value)} is not valid. Give a whole number from 0 (absent) to 3 (strongly present).`,
    ),

  duplicateFactor: (factor: string, first: number): LocalisedText =>
    both(
      `Factor '${factor}' is al waargenomen in factorwaarneming ${first + 1}. Noem elke factor één keer.`,
      `Factor '${factor}' was already observed in factor observation ${first + 1}. Name each factor once.`,
    ),

  balanceFormula: {
    nl: 'uitzicht = 100 × bevorderend / (bevorderend + belemmerend), met bevorderend = Σ sterkte × gewicht over de waargenomen bevorderende factoren en belemmerend = Σ sterkte × gewicht over de waargenomen belemmerende factoren; geen uitzicht als beide 0 zijn',
    en: 'outlook = 100 × promoting / (promoting + hindering), where promoting = Σ strength × weight over the observed promoting factors and hindering = Σ strength × weight over the observed hindering factors; no outlook when both are 0',
  },

  balanceSummary: (promoting: number, hindering: number, outlook: number | null): LocalisedText => {
    if (outlook === null) {
      return both(
        'Geen uitzicht: er is niets waargenomen met een sterkte en gewicht boven 0.',
        'No outlook: nothing was observed with a strength and weight above 0.',
      );
    }
    return both(
      `Bevorderend ${numberText(promoting, 'nl')}, belemmerend ${numberText(hindering, 'nl')}: uitzicht ${numberText(outlook, 'nl')} op een schaal van 0 tot 100.`,
      `Promoting ${numberText(promoting, 'en')}, hindering ${numberText(hindering, 'en')}: outlook ${numberText(outlook, 'en')} on a scale of 0 to 100.`,
    );
  },

  obstacleExplanation: (strength: number, weight: number, contribution: number, share: number): LocalisedText =>
    both(
      `Sterkte ${strength} × gewicht ${numberText(weight, 'nl')} = ${numberText(contribution, 'nl')}, ${numberText(share, 'nl')}% van het belemmerende gewicht.`,
      `Strength ${strength} × weight ${numberText(weight, 'en')} = ${numberText(contribution, 'en')}, ${numberText(share, 'en')}% of the hindering weight.`,
    ),

  presentObstacle: (label: LocalisedText, strength: number, weight: number, evidenceWeight: number): LocalisedText =>
    both(
      `${label.nl} is aanwezig (sterkte ${strength} × gewicht ${numberText(weight, 'nl')} = ${numberText(evidenceWeight, 'nl')})`,
      `${label.en} is present (strength ${strength} × weight ${numberText(weight, 'en')} = ${numberText(evidenceWeight, 'en')})`,
    ),

  absentPromoter: (label: LocalisedText, weight: number, evidenceWeight: number): LocalisedText =>
    both(
      `${label.nl} ontbreekt (sterkte 0, telt als 3 × gewicht ${numberText(weight, 'nl')} = ${numberText(evidenceWeight, 'nl')})`,
      `${label.en} is absent (strength 0, counts as 3 × weight ${numberText(weight, 'en')} = ${numberText(evidenceWeight, 'en')})`,
    ),

  reasonExplanation: (evidence: readonly LocalisedText[], total: number): LocalisedText => {
    const list = joinLabels(evidence);
    return both(
      `Wijst op deze reden: ${list.nl}. Bewijsgewicht samen ${numberText(total, 'nl')}.`,
      `Points to this reason: ${list.en}. Evidence weight in total ${numberText(total, 'en')}.`,
    );
  },

  // recommendForms

  share: {
    nothingWanted: {
      nl: 'Er is niets opgegeven dat de partners willen delen; elke vorm volstaat.',
      en: 'Nothing was given that the partners want to share; every form will do.',
    },
    met: (wanted: LocalisedText, excess: LocalisedText | undefined): LocalisedText =>
      both(
        `Deelt alles wat de partners willen delen (${wanted.nl}).${excess === undefined ? '' : ` Deelt daarnaast ook ${excess.nl}: zwaarder dan nodig.`}`,
        `Shares everything the partners want to share (${wanted.en}).${excess === undefined ? '' : ` Also shares ${excess.en}: heavier than needed.`}`,
      ),
    notMet: (missing: LocalisedText): LocalisedText =>
      both(
        `Deelt niet wat de partners willen delen: ${missing.nl}.`,
        `Does not share what the partners want to share: ${missing.en}.`,
      ),
  },

  keepLegalEntity: {
    notRequired: {
      nl: 'De partners hoeven niet zelfstandig bevoegd gezag te blijven.',
      en: 'The partners need not stay the competent authority themselves.',
    },
    met: {
      nl: 'Elke partner blijft een eigen rechtspersoon en bevoegd gezag van de eigen scholen.',
      en: 'Each partner stays its own legal entity and the competent authority for its own schools.',
    },
    notMet: {
      nl: 'Het bevoegd gezag gaat over naar een ander bestuur: een partner houdt zijn scholen niet als eigen rechtspersoon.',
      en: 'The competent authority moves to another board: a partner does not keep its schools as its own legal entity.',
    },
  },

  keepIdentity: {
    notRequired: {
      nl: 'De scholen hoeven hun eigen identiteit of richting niet te behouden.',
      en: 'The schools need not keep their own identity or denomination.',
    },
    met: {
      nl: 'De scholen blijven bestaan en houden hun eigen identiteit en richting.',
      en: 'The schools carry on and keep their own identity and denomination.',
    },
    safeguarded: {
      nl: 'De scholen gaan op in één school, maar een identiteitscommissie waarborgt dat openbaar en bijzonder onderwijs beide tot hun recht komen.',
      en: 'The schools become one school, but an identity committee makes sure both public and denominational education keep their place.',
    },
    notMet: {
      nl: 'De scholen gaan op in één school zonder waarborg voor de eigen identiteit.',
      en: 'The schools become one school with no safeguard for their own identity.',
    },
  },

  mixedDenominations: {
    unknown: {
      nl: 'Niet opgegeven of openbaar en bijzonder onderwijs samengaan.',
      en: 'Not given whether public and denominational education come together.',
    },
    combines: {
      nl: 'Openbare en bijzondere partners kunnen in deze vorm samenwerken.',
      en: 'Public and denominational partners can work together in this form.',
    },
    doesNotCombine: {
      nl: 'Deze vorm brengt openbaar en bijzonder onderwijs niet samen; daarvoor is er de samenwerkingsschool.',
      en: 'This form does not bring public and denominational education together; the joint school (samenwerkingsschool) is for that.',
    },
    requiresMixed: {
      nl: 'Deze vorm kan alleen ontstaan uit ten minste één openbare en één bijzondere school (WPO art. 17d), en die zijn er niet.',
      en: 'This form can only come from at least one public and one denominational school (WPO art. 17d), and there are none.',
    },
    sameDenomination: {
      nl: 'Alle partners hebben dezelfde soort richting; deze vorm vraagt niets anders.',
      en: 'All partners share the same kind of denomination; this form asks for nothing else.',
    },
  },

  sectors: {
    notGiven: { nl: 'Er zijn geen sectoren opgegeven.', en: 'No sectors were given.' },
    open: { nl: 'De vorm staat open voor elke sector.', en: 'The form is open to every sector.' },
    met: (sectors: readonly string[]): LocalisedText =>
      both(
        `De vorm is bedoeld voor ${joinWords(sectors, 'nl')}, en daaronder vallen alle opgegeven sectoren.`,
        `The form is meant for ${joinWords(sectors, 'en')}, which covers every sector given.`,
      ),
    notMet: (outside: readonly string[], sectors: readonly string[]): LocalisedText =>
      both(
        `De vorm is bedoeld voor ${joinWords(sectors, 'nl')}, niet voor ${joinWords(outside, 'nl')}.`,
        `The form is meant for ${joinWords(sectors, 'en')}, not for ${joinWords(outside, 'en')}.`,
      ),
  },

  statutory: {
    statutoryIncluded: {
      nl: 'Een wettelijk verplichte vorm: de wet bepaalt wie meedoet en waarover.',
      en: 'A statutory form: the law sets who takes part and on what.',
    },
    voluntary: { nl: 'Een vorm die de partners zelf kiezen.', en: 'A form the partners choose themselves.' },
    statutoryExcluded: {
      nl: 'Een wettelijk verplichte vorm, en wettelijke vormen zijn uitgesloten.',
      en: 'A statutory form, and statutory forms are excluded.',
    },
    voluntaryExcluded: {
      nl: 'Een vrij te kiezen vorm, en alleen wettelijk verplichte vormen zijn gevraagd.',
      en: 'A voluntary form, and only statutory forms were asked for.',
    },
  },

  entails: {
    newLegalEntity: { nl: 'Er ontstaat een nieuwe rechtspersoon.', en: 'A new legal entity is created.' },
    transfersCompetentAuthority: {
      nl: 'Het bevoegd gezag van ten minste één school gaat over naar een ander bestuur.',
      en: 'The competent authority of at least one school moves to another board.',
    },
    statutory: {
      nl: 'De vorm is wettelijk verplicht; deelname en taken staan in de wet.',
      en: 'The form is required by law; membership and tasks are set by law.',
    },
    mergerConsent: {
      nl: 'Er is een fusie-effectrapportage (FER) nodig, met instemming of advies van de medezeggenschapsraden.',
      en: 'A merger impact report (FER) is needed, with the consent or advice of the participation councils.',
    },
    governanceConsent: {
      nl: 'Het bestuur verandert: betrek de medezeggenschapsraden tijdig; welk recht zij hebben (instemming of advies) staat niet in de bronnen.',
      en: 'Governance changes: involve the participation councils early; which right they have (consent or advice) is not in the sources.',
    },
    identityCommittee: {
      nl: 'Een identiteitscommissie ziet erop toe dat openbaar en bijzonder onderwijs beide tot hun recht komen.',
      en: 'An identity committee makes sure both public and denominational education keep their place.',
    },
    fusietoets: (sector: string, on: string, route: LocalisedText, uncertain: boolean): LocalisedText =>
      both(
        `Fusietoets (${sector}, ${on}): ${route.nl}${uncertain ? ' (onzeker, zie de toelichting)' : ''}.`,
        `Fusietoets (${sector}, ${on}): ${route.en}${uncertain ? ' (uncertain, see the reasons)' : ''}.`,
      ),
    fusietoetsNeedsDate: {
      nl: 'De Fusietoets kan gelden; geef een datum (options.on) op om de route te bepalen.',
      en: 'The Fusietoets may apply; give a date (options.on) to determine the route.',
    },
    fusietoetsNeedsSector: {
      nl: 'De Fusietoets kan gelden; geef de sectoren van de partners op (needs.sectors) om de route te bepalen.',
      en: 'The Fusietoets may apply; give the partners’ sectors (needs.sectors) to determine the route.',
    },
  },

  // classifyFusietoets

  beforeLaw: (on: string): LocalisedText =>
    both(
      `Op ${on} bestond de Fusietoets nog niet: de Wet fusietoets in het onderwijs geldt sinds 1 oktober 2011.`,
      `On ${on} there was no Fusietoets yet: the Wet fusietoets in het onderwijs applies from 1 October 2011.`,
    ),
  outsideEducation: {
    nl: 'Kinderopvang valt niet onder de Wet fusietoets in het onderwijs.',
    en: 'Childcare is not covered by the Wet fusietoets in het onderwijs.',
  },
  ferAlways: {
    nl: 'Voor elke fusie, ook een die niet getoetst wordt, is een fusie-effectrapportage (FER) nodig, met instemming of advies van de medezeggenschap en het advies van de gemeente.',
    en: 'Every merger, also one that is not tested, needs a merger impact report (FER), with the consent or advice of the participation council and the advice of the municipality.',
  },
  higherEducation: {
    nl: 'In het hoger onderwijs toetst de CDHO elke fusie inhoudelijk, zowel voor als na 1 augustus 2017; de minister beslist.',
    en: 'In higher education the CDHO tests every merger on substance, both before and after 1 August 2017; the minister decides.',
  },
  vocational: (advisor: LocalisedText): LocalisedText =>
    both(
      `In het mbo is voor elke fusie vooraf toestemming van de minister nodig; ${advisor.nl} adviseert.`,
      `In mbo every merger needs the minister’s prior consent; ${advisor.en} advises.`,
    ),
  vocationalBefore2017: {
    nl: 'Vóór 1 augustus 2017 adviseerde de CFTO over mbo-fusies; de CMMBO kreeg die taak met de regeling van 2017.',
    en: 'Before 1 August 2017 the CFTO advised on mbo mergers; the CMMBO took over that task with the 2017 regulation.',
  },
  regime2011: {
    nl: 'Van 1 oktober 2011 tot 1 augustus 2017 had elke fusie in het funderend onderwijs vooraf goedkeuring van de minister nodig, na advies van de CFTO; de drempels naar omvang kwamen pas met de regeling van 2017.',
    en: 'From 1 October 2011 to 1 August 2017 every merger in primary and secondary education needed the minister’s prior approval, after advice from the CFTO; the size thresholds only came with the 2017 regulation.',
  },
  praktijkonderwijs: {
    nl: 'Een fusie of overdracht van een school voor praktijkonderwijs is sinds 1 augustus 2017 niet toetsplichtig.',
    en: 'Since 1 August 2017 a merger or transfer of a praktijkonderwijs school is exempt from the test.',
  },
  samenwerkingsbestuurConflict: {
    nl: 'Fusie tot samenwerkingsbestuur: volgens de CFTO geldt de vrijstelling voor besturenfusies van minder dan 10 scholen hier juist niet, dus toetsplichtig; volgens de samenvatting van de Raad van State schafte de wet van 2017 (Stb. 2017, 327) de Fusietoets voor zulke fusies af. De bronnen spreken elkaar tegen; controleer de wettekst.',
    en: 'Merger into a joint board (samenwerkingsbestuur): according to the CFTO the exemption for board mergers of fewer than 10 schools does not apply here, so the test applies; according to the Raad van State’s summary the 2017 law (Stb. 2017, 327) abolished the Fusietoets for such mergers. The sources contradict each other; check the enacted text.',
  },
  samenwerkingsschoolConflict: {
    nl: 'Fusie tot samenwerkingsschool: volgens de samenvatting van de Raad van State schafte de wet van 2017 (Stb. 2017, 327) de Fusietoets voor zulke fusies af, maar dat is niet getoetst aan de wettekst; de gewone regels zouden toetsen. Onzeker.',
    en: 'Merger into a joint school (samenwerkingsschool): according to the Raad van State’s summary the 2017 law (Stb. 2017, 327) abolished the Fusietoets for such mergers, but that is unverified against the enacted text; the ordinary rules would test it. Uncertain.',
  },
  samenwerkingsschoolAgrees: {
    nl: 'Fusie tot samenwerkingsschool: de gewone regels en de samenvatting van de Raad van State komen hier op hetzelfde uit.',
    en: 'Merger into a joint school (samenwerkingsschool): the ordinary rules and the Raad van State’s summary agree here.',
  },
  thresholdBelow: (measure: 'pupils' | 'schools', value: number, limit: number): LocalisedText =>
    both(
      `${capitalise(mergerText(measure, 'nl'))} met ${measureText(measure, value, 'nl')}, minder dan ${limit}: niet toetsplichtig.`,
      `${capitalise(mergerText(measure, 'en'))} with ${measureText(measure, value, 'en')}, fewer than ${limit}: exempt from the test.`,
    ),
  thresholdBelowOutsidePrimary: (measure: 'pupils' | 'schools', value: number, limit: number): LocalisedText =>
    both(
      `${capitalise(mergerText(measure, 'nl'))} met ${measureText(measure, value, 'nl')}, minder dan ${limit}: in het primair onderwijs niet toetsplichtig.`,
      `${capitalise(mergerText(measure, 'en'))} with ${measureText(measure, value, 'en')}, fewer than ${limit}: exempt in primary education.`,
    ),
  thresholdAbove: (measure: 'pupils' | 'schools', value: number, limit: number): LocalisedText =>
    both(
      `${capitalise(mergerText(measure, 'nl'))} met ${measureText(measure, value, 'nl')}, meer dan ${limit}: toetsplichtig.`,
      `${capitalise(mergerText(measure, 'en'))} with ${measureText(measure, value, 'en')}, more than ${limit}: the test applies.`,
    ),
  thresholdAt: (measure: 'pupils' | 'schools', limit: number): LocalisedText =>
    both(
      `Precies ${measureText(measure, limit, 'nl')}: de CFTO stelt ${mergerText(measure, 'nl')} met minder dan ${limit} vrij, DUO toetst er een met meer dan ${limit}; precies ${limit} valt tussen beide formuleringen. Onzeker; hier als toetsplichtig behandeld.`,
      `Exactly ${measureText(measure, limit, 'en')}: the CFTO exempts ${mergerText(measure, 'en')} with fewer than ${limit}, DUO tests one with more than ${limit}; exactly ${limit} falls between the two wordings. Uncertain; treated here as subject to the test.`,
    ),
  thresholdUnknown: (measure: 'pupils' | 'schools', limit: number): LocalisedText =>
    both(
      `Het aantal ${measure === 'pupils' ? 'leerlingen' : 'scholen'} is niet opgegeven, terwijl ${mergerText(measure, 'nl')} met minder dan ${limit} niet toetsplichtig is. Onzeker; geef '${measure}' op.`,
      `The number of ${measure} was not given, while ${mergerText(measure, 'en')} with fewer than ${limit} is exempt. Uncertain; give '${measure}'.`,
    ),
  primaryOnlyThresholds: (sector: string): LocalisedText =>
    both(
      `De CFTO noemt de vrijstellingen naar omvang alleen voor het primair onderwijs; DUO noemt ze bij po en vo samen zonder dat onderscheid. Voor ${sector} is daarom onzeker of de vrijstelling geldt; hier als toetsplichtig behandeld.`,
      `The CFTO states the size exemptions for primary education only; DUO states them for po and vo together without that distinction. For ${sector} it is therefore uncertain whether the exemption applies; treated here as subject to the test.`,
    ),
  specialEducationIn2017: {
    nl: 'Bij fusies met speciaal onderwijs bleef de CFTO na 1 augustus 2017 inhoudelijk adviseren.',
    en: 'For mergers involving special education the CFTO kept advising on substance after 1 August 2017.',
  },
  lightCriteriaMet: {
    nl: 'De fusie voldoet aan een criterium voor de administratieve toets (2017): DUO toetst licht.',
    en: 'The merger meets a criterion for the administrative test (2017): DUO carries out a light test.',
  },
  lightCriteriaNotMet: {
    nl: 'De fusie voldoet aan geen criterium voor de administratieve toets (2017): inhoudelijke toets met advies van de CFTO.',
    en: 'The merger meets no criterion for the administrative test (2017): substantive test with advice from the CFTO.',
  },
  lightCriteriaUnknown: {
    nl: 'Tussen 1 augustus 2017 en 1 augustus 2018 hing de keuze tussen de lichte toets door DUO en de inhoudelijke toets met CFTO-advies af van criteria (leerlingendaling van 15% in 5 jaar, omvang en marktaandeel, aansluiting van een eenpitter) die niet zijn opgegeven (meetsLightTestCriteria). Onzeker; hier als inhoudelijke toets behandeld.',
    en: 'Between 1 August 2017 and 1 August 2018 the choice between the light test by DUO and the substantive test with CFTO advice depended on criteria (a 15% pupil decline in 5 years, size and market share, a single-school board joining) that were not given (meetsLightTestCriteria). Uncertain; treated here as the substantive test.',
  },
  regime2018: {
    nl: 'Sinds 1 augustus 2018 is bij een toetsplichtige fusie geen advies van de CFTO meer verplicht: DUO doet een lichte, administratieve toets.',
    en: 'Since 1 August 2018 a merger subject to the test no longer needs advice from the CFTO: DUO carries out a light, administrative test.',
  },
  april2018: (on: string): LocalisedText =>
    both(
      `Volgens VOS/ABB geldt de lichte toets al sinds april 2018, volgens de CFTO pas vanaf 1 augustus 2018; op ${on} is de route daarom onzeker.`,
      `According to VOS/ABB the light test has applied since April 2018, according to the CFTO only from 1 August 2018; on ${on} the route is therefore uncertain.`,
    ),
  senate2020: {
    nl: 'Op 16 juni 2020 verwierp de Eerste Kamer het voorstel om de Fusietoets in po en vo af te schaffen; de lichte toets bleef bestaan.',
    en: 'On 16 June 2020 the Senate rejected the bill abolishing the Fusietoets in po and vo; the light test stayed.',
  },
  catchmentAreas: {
    nl: 'Bij een institutionele fusie in het vo blijft de eis gelden dat de voedingsgebieden van de scholen elkaar overlappen.',
    en: 'For an institutional merger in vo the schools’ catchment areas must still overlap.',
  },

  // compareWithBenchmark

  figuresNotObject: (value: unknown): LocalisedText =>
    both(
      `De cijfers (${quote(value)}) moeten ${allowedFigures.nl} zijn.`,
      `The figures (${quoteEn(value)}) must be ${allowedFigures.en}.`,
    ),

  invalidFigure: (key: string, value: unknown, allowed: LocalisedText): LocalisedText =>
    both(
      `Het cijfer voor rij '${key}' is onbruikbaar (${quote(value)}). Toegestaan: ${allowed.nl}.`,
      `The figure for row '${key}' is unusable (${quoteEn(value)}). Allowed: ${allowed.en}.`,
    ),

  unknownRow: (
    benchmark: string,
    key: string,
    suggestions: readonly string[],
    rows: readonly string[],
  ): LocalisedText => {
    const hint = suggestions.map((id) => `'${id}'`).join(', ');
    const shown = listOf(rows, 12);
    return both(
      `Benchmark '${benchmark}' heeft geen rij '${key}'.${hint === '' ? '' : ` Bedoelde u ${hint}?`} Rijen: ${shown}.`,
      `Benchmark '${benchmark}' has no row '${key}'.${hint === '' ? '' : ` Did you mean ${hint}?`} Rows: ${shown}.`,
    );
  },

  ambiguousKey: (benchmark: string, key: string, rows: readonly string[]): LocalisedText =>
    both(
      `In benchmark '${benchmark}' gaan meerdere rijen over '${key}'. Gebruik de sleutel van één rij: ${rows.join(', ')}.`,
      `In benchmark '${benchmark}' several rows are about '${key}'. Use the key of one row: ${rows.join(', ')}.`,
    ),

  rowCompared: (
    unit: 'percentage' | 'count' | 'mean',
    figure: number,
    benchmark: number,
    difference: number,
  ): LocalisedText => {
    const sentence = (locale: Locale): string => {
      const ours = valueText(unit, figure, locale);
      const theirs = valueText(unit, benchmark, locale);
      const gap = `${numberText(Math.abs(difference), locale)}${differenceUnit(unit, locale)}`;
      if (locale === 'nl') {
        if (difference === 0) return `Uw ${ours} is gelijk aan de ${theirs} van de benchmark.`;
        return `Uw ${ours} ligt ${gap} ${difference > 0 ? 'boven' : 'onder'} de ${theirs} van de benchmark.`;
      }
      if (difference === 0) return `Your ${ours} equals the benchmark’s ${theirs}.`;
      return `Your ${ours} is ${gap} ${difference > 0 ? 'above' : 'below'} the benchmark’s ${theirs}.`;
    };
    return both(sentence('nl'), sentence('en'));
  },

  rowWithoutFigure: (unit: 'percentage' | 'count' | 'mean', benchmark: number): LocalisedText =>
    both(
      `Geen eigen cijfer; de benchmark is ${valueText(unit, benchmark, 'nl')}.`,
      `No figure of your own; the benchmark is ${valueText(unit, benchmark, 'en')}.`,
    ),

  citation: (
    title: string,
    publisher: string,
    year: number,
    section: string,
    n: number | null,
    base: LocalisedText,
  ): LocalisedText =>
    both(
      `${publisher}, ${title} (${year}), ${section}; ${n === null ? 'n niet vermeld' : `n = ${n}`}; basis: ${base.nl}`,
      `${publisher}, ${title} (${year}), ${section}; ${n === null ? 'n not stated' : `n = ${n}`}; base: ${base.en}`,
    ),
} as const;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
