import { quoteIds } from '../format.js';
import type { LocalisedText } from '../LocalisedText.js';

/**
 * The kinds of value an argument or option expects, in Dutch: the part after "Toegestaan:" in a message about an
 * argument. Each is a phrase, not a sentence. The phrases of the scoring options are in `expectedValues`, a group of
 * their own so that `scoreBerenschot` alone loads only those.
 */
export const nl = {
  referenceDate: "een bestaande datum als JJJJ-MM-DD (bijvoorbeeld '2026-03-15') of een geldige Date",
  wholeNumberFrom: (min: number): string => `een geheel getal van ${min} of meer`,
  wholeNumber: (min: number, max: number): string => `een geheel getal van ${min} tot en met ${max}`,
  optionalBoolean: 'true of false, of weglaten',
  optionalWholeNumberFrom: (min: number): string => `een geheel getal van ${min} of meer, of weglaten`,
  optionalOneOf: (choices: readonly string[]): string => `een van ${quoteIds(choices)}, of weglaten`,
  listOf: (item: LocalisedText): string => `een lijst van ${item.nl}`,
  cadence: '{ months: 1 t/m 120 } of { schoolYears: 1 t/m 10 }, met een volgende datum vóór het jaar 10000',
  locale: "'nl' of 'en'",
  documentKind: "'collaboration', 'assessment', 'portfolio' of 'plan'",
  schemaOptions: 'een object, bijvoorbeeld { locale: "en" }',
  chartSize: 'een getal van 200 tot en met 2000',
  xmlId: 'een XML-id, zoals radar-1',
  reportContent:
    'een score van scoreBerenschot, de lijst van detectPitfalls, of een object { title?, score?, pitfalls? } met die twee',
  text: 'een tekst',
  catalogueEntry: "een item uit de catalogus, zoals getTheme('krimp') het geeft",
  issuePath: "een lijst van veldnamen en posities, bijvoorbeeld ['themes', 0]",
  pretty: 'true, false of een aantal spaties van 0 tot en met 10',
  recipe: 'een functie die het concept (draft) aanpast',
  document: 'een document of bewaard resultaat als object, of de catalogus',
  scoringOptions: 'de opties van scoreBerenschot, als object',
  assessmentOrScore: 'een meting (kind: assessment) of een score van scoreBerenschot',
  sameCollaboration: (collaboration: string): string =>
    `een score of meting van dezelfde samenwerking ('${collaboration}')`,
  notBefore: (date: string): string =>
    `een meting op of na ${date}, de datum van 'before'; verwissel de twee argumenten als ze in de verkeerde volgorde staan`,
};

/** The kinds of value an argument expects: the shape every language implements. */
export type ExpectedArgumentMessages = typeof nl;
