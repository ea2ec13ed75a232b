import { capitalise, formatCount, listValues, lowerFirst, quoteIds, quoteKey, quoteValue } from '../format.js';
import { type JsonExpectation, quoteCharacter } from './jsonError.js';
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
  targetFor: (factor) => `target score for ${quoteKey(factor)}`,
  answerTo: (indicator) => `answer to ${quoteKey(indicator)}`,
  extension: (key) => `extension field ${quoteKey(key)}`,
  field: (key) => `field ${quoteKey(key)}`,
};

const typeWords: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object with fields',
  record: 'an object with fields',
  null: 'null',
};

const quote = (value: unknown): string => quoteValue(value, 'en');
const typeWord = (expected: string): string =>
  Object.hasOwn(typeWords, expected) ? (typeWords[expected] as string) : expected;

/** What the JSON text needed where it went wrong, as the subject of "… is expected". */
const expectations: Readonly<Record<JsonExpectation, string>> = {
  value: 'a value (text in double quotes, a number, true, false, null, a list [ ] or an object { })',
  'comma-or-close-list': "a comma or ']'",
  'comma-or-close-object': "a comma or '}'",
  'key-or-close-object': "a field name in double quotes or '}'",
  key: "a field name in double quotes (a comma right before '}' is not allowed)",
  colon: "a colon ':' after the field name",
  end: 'the end of the text, as the document is complete there',
  'string-end': 'the closing quote of the text (write a line break or tab inside a text as \\n or \\t)',
  escape: 'a valid code after the backslash, such as \\n, \\" or \\u00e9',
  digit: 'a digit',
};

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
  tooFewItems: (path, minimum, count) =>
    about(
      path,
      `needs at least ${formatCount(minimum, 'item', 'items', 'en')}, but has ${count}. Add ${formatCount(minimum - count, 'item', 'items', 'en')}.`,
    ),
  tooManyItems: (path, maximum, count) =>
    about(path, `has ${count} items; the maximum is ${maximum}. Split the document or leave items out.`),
  tooLong: (path, maximum, length) =>
    about(path, `is ${length} characters long; the maximum is ${maximum}. Shorten the text.`),
  belowMinimum: (path, minimum, value) =>
    about(path, `${quote(value)} is too small; the smallest allowed value is ${minimum}.`),
  aboveMaximum: (path, maximum, value) =>
    about(path, `${quote(value)} is too large; the largest allowed value is ${maximum}.`),
  notAllowed: (path, value, allowed) =>
    about(path, `${quote(value)} is not allowed. Choose from: ${listValues(allowed, 12, 'en')}.`),
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
    return `${quoteKey(path[path.length - 1] ?? '')} is not a field of ${owner === words.document ? 'this document' : owner}. Allowed: ${listValues(allowed, 20, 'en')}, and fields starting with 'x-'.${suggestions.length === 0 ? '' : ` Did you mean ${quoteIds(suggestions)}?`}`;
  },
  forbiddenKey: (path) =>
    `${quoteKey(path[path.length - 1] ?? '')} is not allowed as a field name, because it can interfere with JavaScript objects. Remove this field.`,
  duplicateId: (path, value, firstIndex) =>
    about(path, `${quote(value)} already occurs earlier (at item ${firstIndex + 1}). Give each item its own value.`),
  danglingPartner: (path, value, known) =>
    about(
      path,
      `partner ${quote(value)} is not in this document; known partners: ${listValues(known, 10, 'en') || 'none'}.`,
    ),
  danglingCollaboration: (path, value, known) =>
    about(
      path,
      `collaboration ${quote(value)} is not in this portfolio; known collaborations: ${listValues(known, 10, 'en') || 'none'}.`,
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
      `a value of kind ${quoteKey(detail)} cannot appear in a JSON document. Use text, numbers, true/false, null, lists or objects.`,
    ),
  tooDeep: (path, maximum) =>
    about(path, `the data is nested deeper than ${maximum} levels here. Flatten the structure.`),
  tooManyValues: (maximum) => `The document holds more than ${maximum} values. Split it into smaller documents.`,
  stringTooLong: (path, length) => about(path, `a text of ${length} characters is too long. Shorten it.`),
  emptyText:
    'The text is not valid JSON: it is empty. Pass the contents of a JSON document, for example of a .json file.',
  jsonError: (error) => {
    const found = error.found === undefined ? 'but the text ends there' : `but there is ${quoteCharacter(error.found)}`;
    const advice = error.curlyQuotes
      ? ' The text has typographic quotes (“ ” or ‘ ’), as a word processor writes them; JSON knows only straight double quotes ("). Replace them, or copy the document from a plain text editor.'
      : ' Check brackets, commas and quotes, or export the document again.';
    return `The text is not valid JSON: at line ${error.line}, column ${error.column} ${expectations[error.expected]} is expected, ${found}.${advice}`;
  },
  notText: (value) =>
    `Expected JSON text, got ${quote(value)}. Pass a string, for example the contents of a .json file.${
      typeof value === 'object' && value !== null
        ? ' Is the document an object already? Then check it with safeParseCollaboration, safeParseAssessment or safeParsePortfolio.'
        : ''
    }`,
  documentIsText: () =>
    'Expected a document as an object with fields, but got text. Read JSON text with fromJSON(text), or turn it into an object first with JSON.parse(text).',
  tooManyIssues: (total, shown) =>
    `${total} issues were found in all; only the first ${shown} are listed above. Fix those and check again, or ask for more with the option maxIssues.`,
  textTooLong: (maximum) => `The text is longer than ${maximum} characters. Split the document into smaller ones.`,
  unknownKind: (value, documents, results) =>
    `Document kind: ${quote(value)} is unknown. Set kind to ${quoteIds(documents)} for a document, or to ${quoteIds(results)} for a stored result.`,
  internalError: (detail) =>
    `Something went wrong inside the library while checking (internal error: ${detail}). This is a bug in samenwerking, not in the document; please report it, with the document if you can.`,
  other: (path, detail) => about(path, `invalid value (${detail}).`),
};
