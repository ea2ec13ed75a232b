import { quoteIds } from '../format.js';
import type { ExpectedArgumentMessages } from './nl.js';

/** The kinds of value an argument or option expects, in English. */
export const en: ExpectedArgumentMessages = {
  referenceDate: "an existing date as YYYY-MM-DD (for example '2026-03-15') or a valid Date",
  wholeNumberFrom: (min) => `a whole number of ${min} or more`,
  wholeNumber: (min, max) => `a whole number from ${min} to ${max}`,
  optionalBoolean: 'true or false, or leave it out',
  optionalWholeNumberFrom: (min) => `a whole number of ${min} or more, or leave it out`,
  optionalOneOf: (choices) => `one of ${quoteIds(choices)}, or leave it out`,
  listOf: (item) => `a list of ${item.en}`,
  cadence: '{ months: 1 to 120 } or { schoolYears: 1 to 10 }, with a next date before the year 10000',
  locale: "'nl' or 'en'",
  documentKind: "'collaboration', 'assessment', 'portfolio' or 'plan'",
  schemaOptions: 'an object, for example { locale: "en" }',
  chartSize: 'a number from 200 to 2000',
  xmlId: 'an XML id, such as radar-1',
  reportContent:
    'a score from scoreBerenschot, the list from detectPitfalls, or an object { title?, score?, pitfalls? } with those two',
  text: 'a text',
  catalogueEntry: "a catalogue entry, as getTheme('krimp') gives it",
  issuePath: "a list of field names and positions, for example ['themes', 0]",
  pretty: 'true, false or a number of spaces from 0 to 10',
  recipe: 'a function that changes the draft',
  document: 'a document or stored result as an object, or the catalogue',
  scoringOptions: 'the options of scoreBerenschot, as an object',
  assessmentOrScore: 'an assessment (kind: assessment) or a score from scoreBerenschot',
  sameCollaboration: (collaboration) => `a score or assessment of the same collaboration ('${collaboration}')`,
  notBefore: (date) =>
    `an assessment on or after ${date}, the date of 'before'; swap the two arguments if they are in the wrong order`,
};
