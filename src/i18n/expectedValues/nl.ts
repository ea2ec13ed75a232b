import { quoteIds } from '../format.js';
import type { LocalisedText } from '../LocalisedText.js';

/**
 * The kinds of value an argument or option expects, in Dutch: the part after "Toegestaan:" in a message about an
 * argument. Each is a phrase, not a sentence.
 */
export const nl = {
  options: 'een object met opties, of undefined',
  weight: 'een eindig getal van 0 of meer, of undefined voor het standaardgewicht 1',
  weights: "een object met id's uit de catalogus als sleutels en gewichten van 0 of meer als waarden",
  fraction: 'een getal van 0 tot en met 1',
  gap: 'een eindig getal van 0 of meer',
  score: 'een getal van 0 tot en met 100',
  bands: 'een object { voldoende, goed } met 0 ≤ voldoende < goed ≤ 100',
  bandOrder: 'een ondergrens voor voldoende die lager is dan die voor goed, beide van 0 tot en met 100',
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
  scoringOptions: 'de opties van scoreBerenschot, als object',
  assessmentOrScore: 'een meting (kind: assessment) of een score van scoreBerenschot',
  sameCollaboration: (collaboration: string): string =>
    `een score of meting van dezelfde samenwerking ('${collaboration}')`,
  catalogueEntry: "een item uit de catalogus, zoals getTheme('krimp') het geeft",
  issuePath: "een lijst van veldnamen en posities, bijvoorbeeld ['themes', 0]",
  notBefore: (date: string): string =>
    `een meting op of na ${date}, de datum van 'before'; verwissel de twee argumenten als ze in de verkeerde volgorde staan`,
};

/** The kinds of value an argument expects: the shape every language implements. */
export type ExpectedValueMessages = typeof nl;
