import { capitalise, formatDate } from '../format.js';
import type { LocalisedText } from '../LocalisedText.js';

type Measure = 'pupils' | 'schools';

const day = (date: string): string => formatDate(date, 'nl');
const measureText = (measure: Measure, value: number): string =>
  measure === 'pupils' ? `${value} leerlingen` : `${value} scholen`;
const mergerText = (measure: Measure): string => (measure === 'pupils' ? 'een scholenfusie' : 'een besturenfusie');

/**
 * The texts of `classifyFusietoets`, in Dutch: the names of the routes and of the bodies involved, the reasons for a
 * route, and the kinds of value a merger accepts. Dates come from the dated rules in the catalogue
 * (`catalogue/data/fusietoets.ts`), so each is written once.
 */
export const nl = {
  /** The routes of the Fusietoets, as a reader names them. */
  route: {
    'geen-fusietoets': 'geen Fusietoets',
    'niet-toetsplichtig': 'niet toetsplichtig',
    'lichte-toets': 'lichte (administratieve) toets door DUO',
    'inhoudelijke-toets': 'inhoudelijke toets met advies van de CFTO; de minister beslist',
    'cdho-toets': 'inhoudelijke toets door de CDHO; de minister beslist',
    'mbo-toestemming': 'voorafgaande toestemming van de minister, na advies',
  },
  /** The bodies that advise on or check a merger. */
  advisor: {
    duo: 'DUO',
    cfto: 'de Commissie Fusietoets Onderwijs (CFTO)',
    cdho: 'de Commissie Doelmatigheid Hoger Onderwijs (CDHO)',
    cmmbo: 'de Commissie Macrodoelmatigheid MBO (CMMBO)',
  },
  expectedMerger: "een object { kind, sector, … } met kind 'institutioneel' of 'bestuurlijk'",
  expectedSamenwerkingsbestuur:
    "weglaten of false, tenzij kind 'bestuurlijk' is: een samenwerkingsbestuur ontstaat door een besturenfusie",
  expectedSamenwerkingsschool:
    "weglaten of false, tenzij kind 'institutioneel' is en de sector po of vo: een samenwerkingsschool ontstaat door scholen samen te voegen (WPO art. 17d)",
  expectedPraktijkonderwijs: "weglaten of false, tenzij de sector 'vo' of 'praktijkonderwijs' is",
  beforeLaw: (on: string, lawStart: string): string =>
    `Op ${on} bestond de Fusietoets nog niet: de Wet fusietoets in het onderwijs geldt sinds ${day(lawStart)}.`,
  outsideEducation: 'Kinderopvang valt niet onder de Wet fusietoets in het onderwijs.',
  ferAlways:
    'Voor elke fusie, ook een die niet getoetst wordt, is een fusie-effectrapportage (FER) nodig, met instemming of advies van de medezeggenschap en het advies van de gemeente.',
  higherEducation: (regulationStart: string): string =>
    `In het hoger onderwijs toetst de CDHO elke fusie inhoudelijk, zowel voor als na ${day(regulationStart)}; de minister beslist.`,
  vocational: (advisor: LocalisedText): string =>
    `In het mbo is voor elke fusie vooraf toestemming van de minister nodig; ${advisor.nl} adviseert.`,
  vocationalBeforeRegulation: (regulationStart: string): string =>
    `Vóór ${day(regulationStart)} adviseerde de CFTO over mbo-fusies; de CMMBO kreeg die taak met de regeling van ${regulationStart.slice(0, 4)}.`,
  regime2011: (lawStart: string, regulationStart: string): string =>
    `Van ${day(lawStart)} tot ${day(regulationStart)} had een fusie in het funderend onderwijs in beginsel vooraf goedkeuring van de minister nodig, na advies van de CFTO; de drempels naar omvang kwamen pas met de regeling van ${regulationStart.slice(0, 4)}.`,
  primaryExceptions: (lawStart: string): string =>
    `Toen de wet op ${day(lawStart)} inging, gold die goedkeuring in het primair onderwijs niet voor enkele soorten fusies; welke dat waren, beschrijven de bronnen van de catalogus niet. Of deze fusie onder zo'n uitzondering viel, staat daarom niet vast: onzeker, hier als getoetst behandeld en 'niet toetsplichtig' als andere lezing. Controleer de wettekst van toen (Stb. 2011, 95).`,
  praktijkonderwijs: (regulationStart: string): string =>
    `Een fusie of overdracht van een school voor praktijkonderwijs is sinds ${day(regulationStart)} niet toetsplichtig.`,
  samenwerkingsbestuurConflict:
    'Fusie tot samenwerkingsbestuur: volgens de CFTO geldt de vrijstelling voor besturenfusies van minder dan 10 scholen hier juist niet, dus toetsplichtig; volgens de samenvatting van de Raad van State schafte de wet van 2017 (Stb. 2017, 327) de Fusietoets voor zulke fusies af. De bronnen spreken elkaar tegen; controleer de wettekst.',
  samenwerkingsschoolConflict:
    'Fusie tot samenwerkingsschool: volgens de samenvatting van de Raad van State schafte de wet van 2017 (Stb. 2017, 327) de Fusietoets voor zulke fusies af, maar dat is niet getoetst aan de wettekst; de gewone regels zouden toetsen. Onzeker.',
  samenwerkingsschoolAgrees:
    'Fusie tot samenwerkingsschool: de gewone regels en de samenvatting van de Raad van State komen hier op hetzelfde uit.',
  thresholdBelow: (measure: Measure, value: number, limit: number): string =>
    `${capitalise(mergerText(measure))} met ${measureText(measure, value)}, minder dan ${limit}: niet toetsplichtig.`,
  thresholdBelowOutsidePrimary: (measure: Measure, value: number, limit: number): string =>
    `${capitalise(mergerText(measure))} met ${measureText(measure, value)}, minder dan ${limit}: in het primair onderwijs niet toetsplichtig.`,
  thresholdAbove: (measure: Measure, value: number, limit: number): string =>
    `${capitalise(mergerText(measure))} met ${measureText(measure, value)}, meer dan ${limit}: toetsplichtig.`,
  thresholdAt: (measure: Measure, limit: number): string =>
    `Precies ${measureText(measure, limit)}: de CFTO stelt ${mergerText(measure)} met minder dan ${limit} vrij, DUO toetst er een met meer dan ${limit}; precies ${limit} valt tussen beide formuleringen. Onzeker; hier als toetsplichtig behandeld.`,
  thresholdUnknown: (measure: Measure, limit: number): string =>
    `Het aantal ${measure === 'pupils' ? 'leerlingen' : 'scholen'} is niet opgegeven, terwijl ${mergerText(measure)} met minder dan ${limit} niet toetsplichtig is. Onzeker; geef '${measure}' op.`,
  primaryOnlyThresholds: (sector: string): string =>
    `De CFTO noemt de vrijstellingen naar omvang alleen voor het primair onderwijs; DUO noemt ze bij po en vo samen zonder dat onderscheid. Voor ${sector} is daarom onzeker of de vrijstelling geldt; hier als toetsplichtig behandeld.`,
  specialEducation: (regulationStart: string): string =>
    `Bij fusies met speciaal onderwijs bleef de CFTO na ${day(regulationStart)} inhoudelijk adviseren.`,
  lightCriteriaMet: (regulationStart: string): string =>
    `De fusie voldoet aan een criterium voor de administratieve toets (${regulationStart.slice(0, 4)}): DUO toetst licht.`,
  lightCriteriaNotMet: (regulationStart: string): string =>
    `De fusie voldoet aan geen criterium voor de administratieve toets (${regulationStart.slice(0, 4)}): inhoudelijke toets met advies van de CFTO.`,
  lightCriteriaUnknown: (regulationStart: string, lightTestStart: string): string =>
    `Tussen ${day(regulationStart)} en ${day(lightTestStart)} hing de keuze tussen de lichte toets door DUO en de inhoudelijke toets met CFTO-advies af van criteria (leerlingendaling van 15% in 5 jaar, omvang en marktaandeel, aansluiting van een eenpitter) die niet zijn opgegeven (meetsLightTestCriteria). Onzeker; hier als inhoudelijke toets behandeld.`,
  regime2018: (lightTestStart: string): string =>
    `Sinds ${day(lightTestStart)} is bij een toetsplichtige fusie geen advies van de CFTO meer verplicht: DUO doet een lichte, administratieve toets.`,
  disputedLightTest: (disputeFrom: string, lightTestStart: string, on: string): string =>
    `Volgens VOS/ABB geldt de lichte toets al sinds ${formatDate(disputeFrom, 'nl', 'month')}, volgens de CFTO pas vanaf ${day(lightTestStart)}; op ${on} is de route daarom onzeker.`,
  senate: (voteDate: string): string =>
    `Op ${day(voteDate)} verwierp de Eerste Kamer het voorstel om de Fusietoets in po en vo af te schaffen; de lichte toets bleef bestaan.`,
  catchmentAreas:
    'Bij een institutionele fusie in het vo blijft de eis gelden dat de voedingsgebieden van de scholen elkaar overlappen.',
};

/** The texts of `classifyFusietoets`: the shape every language implements. */
export type FusietoetsFindingMessages = typeof nl;
