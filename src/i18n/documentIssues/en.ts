import { capitalise, listValues, lowerFirst, quoteIds, quoteValue } from '../format.js';
import type { FieldWords } from './nameField.js';
import { nameField } from './nameField.js';
import type { DocumentIssueMessages } from './nl.js';

/** A path in a document: keys and array indexes from the root. */
type Path = readonly (string | number)[];

const words: FieldWords = {
  document: 'the document',
  fields: {
    kind: 'document kind',
    schemaVersion: 'format version',
    id: 'id',
    'partners.id': 'partner id',
    name: 'name',
    'partners.name': 'partner name',
    themes: 'themes',
    form: 'collaboration form',
    startDate: 'start date',
    endDate: 'end date',
    partners: 'partners',
    'partners.type': 'partner type',
    sector: 'education sector',
    denomination: 'denomination',
    pupils: 'number of pupils',
    schools: 'number of schools',
    stakeholders: 'stakeholders',
    group: 'stakeholder group',
    involvement: 'involvement',
    representedBy: 'representing partner',
    note: 'note',
    ambition: 'ambition',
    statement: 'statement',
    principles: 'principles',
    contributions: 'contributions',
    'contributions.partner': 'contributing partner',
    'contributions.type': 'contribution type',
    amountEur: 'amount in euros',
    description: 'description',
    interests: 'interests',
    'interests.partner': 'partner of the interest',
    documented: 'documented',
    visibleToAll: 'visible to all partners',
    shared: 'shared',
    agreements: 'agreements',
    subject: 'subject',
    date: 'date',
    covers: 'what the agreement covers',
    events: 'events',
    'events.type': 'event type',
    'events.partner': 'partner of the event',
    role: 'role',
    partnersInformedFirst: 'partners informed first',
    factors: 'factors',
    'factors.factor': 'factor',
    strength: 'strength',
    stage: 'collaboration stage',
    rating: 'rating',
    collaboration: 'collaboration',
    scale: 'answer scale',
    min: 'lowest answer',
    max: 'highest answer',
    responses: 'responses',
    respondent: 'respondent',
    'responses.partner': 'partner of the respondent',
    answers: 'answers',
    collaborations: 'collaborations',
    assessments: 'assessments',
    edition: 'catalogue edition',
    targets: 'target scores',
    actions: 'actions',
    'actions.id': 'action id',
    title: 'title',
    'actions.factor': 'strategy factor of the action',
    pitfall: 'pitfall',
    owner: 'owner',
    due: 'due date',
    status: 'status',
  },
  items: {
    themes: 'theme',
    partners: 'partner',
    stakeholders: 'stakeholder',
    principles: 'principle',
    contributions: 'contribution',
    interests: 'interest',
    agreements: 'agreement',
    covers: 'agreement topic',
    events: 'event',
    factors: 'factor observation',
    responses: 'response',
    collaborations: 'collaboration',
    assessments: 'assessment',
    actions: 'action',
  },
  item: (position) => `item ${position}`,
  targetFor: (factor) => `target score for '${factor}'`,
  answerTo: (indicator) => `answer to '${indicator}'`,
  extension: (key) => `extension field '${key}'`,
  field: (key) => `field '${key}'`,
};

const typeWords: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object with fields',
  null: 'null',
};

const quote = (value: unknown): string => quoteValue(value, 'en');
const typeWord = (expected: string): string => typeWords[expected] ?? expected;

function about(path: Path, text: string): string {
  return path.length === 0 ? capitalise(text) : `${capitalise(nameField(path, words))}: ${text}`;
}

const invalidDate = (value: unknown): string =>
  `${quote(value)} is not a real calendar date. Write the date as YYYY-MM-DD, for example '2026-03-15'.`;

/** The messages of document validation, in English. */
export const en: DocumentIssueMessages = {
  fieldName: (path) => nameField(path, words),
  missing: (path, expected) => about(path, `this field is missing. Fill in ${typeWord(expected)}.`),
  wrongType: (path, expected, value) => about(path, `expected ${typeWord(expected)}, got ${quote(value)}.`),
  empty: (path) => about(path, 'must not be empty; fill in some text.'),
  tooFewItems: (path, minimum) => about(path, `needs at least ${minimum} item(s).`),
  tooManyItems: (path, maximum, count) =>
    about(path, `has ${count} items; the maximum is ${maximum}. Split the document or leave items out.`),
  tooLong: (path, maximum, length) =>
    about(path, `is ${length} characters long; the maximum is ${maximum}. Shorten the text.`),
  belowMinimum: (path, minimum, value) =>
    about(path, `${quote(value)} is too small; the smallest allowed value is ${minimum}.`),
  aboveMaximum: (path, maximum, value) =>
    about(path, `${quote(value)} is too large; the largest allowed value is ${maximum}.`),
  notAllowed: (path, value, allowed) =>
    about(path, `${quote(value)} is not allowed. Choose from: ${listValues(allowed, 12)}.`),
  wrongKind: (value, expected) =>
    `Document kind: ${quote(value)} does not fit here; a document with kind '${expected}' is expected.`,
  unsupportedVersion: (value, supported) =>
    `Format version ${quote(value)} cannot be read by this version of the library. Readable versions: ${supported.join(', ')}. Upgrade the library or set schemaVersion to a readable version.`,
  invalidSlug: (path, value) =>
    about(
      path,
      `${quote(value)} is not a valid id. Use lower-case letters, digits and hyphens (not at the start or end), at most 64 characters, for example 'bestuur-noord'.`,
    ),
  invalidDate: (path, value) => about(path, invalidDate(value)),
  unknownCatalogueId: (path, list, value, suggestions) =>
    about(
      path,
      lowerFirst(
        `There is no ${list.en} with id ${quote(value)} in the catalogue.${suggestions.length === 0 ? '' : ` Did you mean ${quoteIds(suggestions)}?`}`,
      ),
    ),
  unknownKey: (path, allowed, suggestions) => {
    const owner = nameField(path.slice(0, -1), words);
    return `'${String(path[path.length - 1])}' is not a field of ${owner === words.document ? 'this document' : owner}. Allowed: ${listValues(allowed, 20)}, and fields starting with 'x-'.${suggestions.length === 0 ? '' : ` Did you mean ${quoteIds(suggestions)}?`}`;
  },
  forbiddenKey: (path) =>
    `'${String(path[path.length - 1])}' is not allowed as a field name, because it can interfere with JavaScript objects. Remove this field.`,
  duplicateId: (path, value, firstIndex) =>
    about(path, `${quote(value)} already occurs earlier (at item ${firstIndex + 1}). Give each item its own value.`),
  danglingPartner: (path, value, known) =>
    about(path, `partner ${quote(value)} is not in this document; known partners: ${listValues(known, 10) || 'none'}.`),
  danglingCollaboration: (path, value, known) =>
    about(
      path,
      `collaboration ${quote(value)} is not in this portfolio; known collaborations: ${listValues(known, 10) || 'none'}.`,
    ),
  dateOrder: (endDate, startDate) =>
    `End date: ${endDate} is before the start date ${startDate}. Make the end date equal to or later than the start date.`,
  scaleOrder: (min, max) => `Answer scale: the lowest answer (${min}) must be smaller than the highest (${max}).`,
  answerOutsideScale: (path, value, min, max) =>
    about(
      path,
      `${quote(value)} is outside the scale; give a whole number from ${min} to ${max}, or null when the question does not apply.`,
    ),
  noAnswers: 'Answers: not a single answer in the assessment is filled in (all are null). Fill in at least one answer.',
  unreadable: (path) => about(path, 'this value could not be read (a getter or proxy threw). Pass plain JSON data.'),
  cycle: (path) => about(path, 'this value refers back to itself (a cycle). Pass plain JSON data.'),
  notJson: (path, detail) =>
    about(
      path,
      `a value of kind '${detail}' cannot appear in a JSON document. Use text, numbers, true/false, null, lists or objects.`,
    ),
  tooDeep: (path, maximum) =>
    about(path, `the data is nested deeper than ${maximum} levels here. Flatten the structure.`),
  tooManyValues: (maximum) => `The document holds more than ${maximum} values. Split it into smaller documents.`,
  stringTooLong: (path, length) => about(path, `a text of ${length} characters is too long. Shorten it.`),
  invalidJson: (detail) =>
    `The text is not valid JSON (${detail}). Check brackets, commas and quotes, or export the document again.`,
  notText: (value) =>
    `Expected JSON text, got ${quote(value)}. Pass a string, for example the contents of a .json file.`,
  textTooLong: (maximum) => `The text is longer than ${maximum} characters. Split the document into smaller ones.`,
  unknownKind: (value) =>
    `Document kind: ${quote(value)} is unknown. Set kind to 'collaboration', 'assessment', 'portfolio' or 'plan'.`,
  other: (path, detail) => about(path, `invalid value (${detail}).`),
};
