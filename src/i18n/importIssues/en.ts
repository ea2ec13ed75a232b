import { listValues, quoteIds, quoteValue } from '../format.js';
import type { ImportIssueMessages } from './nl.js';

const quote = (value: unknown): string => quoteValue(value, 'en');
const didYouMean = (suggestions: readonly string[]): string =>
  suggestions.length === 0 ? '' : ` Did you mean ${quoteIds(suggestions)}?`;

/** The messages of the import of answers, in English. */
export const en: ImportIssueMessages = {
  notText: (value) =>
    `Give the contents of the CSV file as text; it is ${quote(value)} now. Read the file first, for example with file.text() in a browser or readFile(path, 'utf8') in Node.`,
  notRows: (value) =>
    `Give the rows as a list: either lists of cells whose first row holds the column headers, or objects keyed by the column headers. It is ${quote(value)} now.`,
  notResults: (value) =>
    `Give the SurveyJS results as a list with one object per respondent (survey.data); it is ${quote(value)} now.`,
  notARow: (value) =>
    `This row is neither a list of cells nor an object keyed by column headers (${quote(value)}). Give every row in the same form.`,
  noHeader:
    'The file holds no column headers. The first row must hold the headers: the statements or the indicator ids.',
  unclosedQuote:
    'A field starts here with a quotation mark that is never closed, so the rest of the file falls into one cell. Save the file as CSV again, or close the quotation mark.',
  noStatementColumns: (headers, example) =>
    `No column belongs to a statement of the questionnaire (columns: ${
      listValues(
        headers.map((header) => `'${header}'`),
        6,
        'en',
      ) || 'none'
    }). Use the indicator id or the text of the statement as the column header, for example 'ambitie.concreet' or '${example}', or say with the option 'columns' which column belongs to which indicator.`,
  mappedColumnMissing: (header, headers) =>
    `The option 'columns' names the column '${header}', but the file has no such column. Columns in the file: ${listValues(
      headers.map((item) => `'${item}'`),
      10,
      'en',
    )}.`,
  mappedIndicatorUnknown: (header, indicator, suggestions) =>
    `The option 'columns' links column '${header}' to ${quote(indicator)}, which is not an indicator of the catalogue.${didYouMean(suggestions)} Use an indicator id, such as 'ambitie.concreet'.`,
  namedColumnMissing: (option, header, headers) =>
    `The option '${option}' names the column '${header}', but the file has no such column. Columns in the file: ${listValues(
      headers.map((item) => `'${item}'`),
      10,
      'en',
    )}.`,
  duplicateColumn: (indicator, first) =>
    `This column belongs to the same statement as column '${first}' (indicator '${indicator}'). Remove one of them, or link them to different indicators with the option 'columns'.`,
  invalidAnswer: (value, labels, min, max) =>
    `${quote(value)} is not an answer on the scale. Allowed: a whole number from ${min} to ${max}, one of the answers (${labels.map((label) => `'${label}'`).join(', ')}), or empty, 'n/a' or 'don’t know' when there is no answer.`,
  answerOutsideScale: (value, min, max) =>
    `${value} lies outside the answer scale of ${min} to ${max}. Give a whole number from ${min} to ${max}, or leave the cell empty when there is no answer.`,
  unknownPartner: (value, known, suggestions) =>
    `${quote(value)} is not a partner of this collaboration.${didYouMean(suggestions)} Known are: ${listValues(known, 10, 'en')}. Use the name or the id of a partner, or leave the cell empty.`,
  partnerNeedsDocument: (value) =>
    `${quote(value)} is not a partner id (lower-case letters, digits and hyphens). Give the whole collaboration document in the option 'collaboration' instead of its id alone: then the partners' names are recognised too.`,
  unknownRole: (value, known, suggestions) =>
    `${quote(value)} is not a stakeholder group of the catalogue.${didYouMean(suggestions)} Known are: ${listValues(known, 10, 'en')}. Leave the cell empty when the role is not known.`,
  duplicateRespondent: (id, row) =>
    `This respondent ('${id}') is in row ${row} already. Give every respondent a name or code of their own, or remove the duplicate row.`,
  tooManyRows: (count, max) =>
    `The file holds ${count} filled-in rows; an assessment can hold at most ${max}. Split the file into several assessments.`,
  noAnswers:
    'No row holds an answer to a statement. Check that the right columns were recognised and that the answers are numbers or answer texts.',
  expectedCollaboration:
    "the id of the collaboration (for example 'spil-eindhoven') or the collaboration document itself; required",
  expectedDate: "the date of the assessment as YYYY-MM-DD (for example '2026-03-15') or a valid Date; required",
  expectedColumns:
    "an object with column headers as keys and indicator ids as values, for example { SQ001: 'ambitie.concreet' }",
  expectedHeader: 'the column header as it appears in the first row, or left out',
  expectedDialect: "'rfc4180' (commas) or 'excel-nl' (semicolons, for Excel in Dutch), or left out",
  unreadable: (reason) =>
    `The input could not be read (${reason}). Give plain data: text, lists and objects without special properties.`,
  tooManyIssues: (shown, total) =>
    `${total} problems were found; only the first ${shown} are shown. Fix these first, then read the file again.`,
};
