import { readChoiceField, throwIfIssues } from '../arguments/argumentReader.js';
import type { Issue } from '../errors/SamenwerkingError.js';
import type { Locale } from '../i18n/LocalisedText.js';
import type { Collaboration } from '../schema/types.js';
import { questionnaire } from './questionnaire.js';
import { readWriteOptions } from './readLocaleAndCollaboration.js';

/**
 * Options of {@link toCsvTemplate}.
 *
 * @category Questionnaire
 */
export interface ToCsvTemplateOptions {
  /** The language of the headers: `'nl'` (default) or `'en'`. */
  readonly locale?: Locale;
  /** The collaboration: with its document, the template has one row per partner with its name filled in. */
  readonly collaboration?: string | Collaboration;
  /**
   * How the file is written: `'rfc4180'` (default: commas, CRLF) or `'excel-nl'` (semicolons, CRLF and a byte-order
   * mark, as Excel in Dutch reads and writes CSV).
   */
  readonly dialect?: 'rfc4180' | 'excel-nl';
}

/** Quotes a field when it holds the delimiter, a quote or a line break. */
function field(text: string, delimiter: string): string {
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes the header row of a spreadsheet for a round of the self-assessment: a column for the partner, the role and the
 * respondent's name, then the 27 statements in the chosen language, in the order of the strategy. Filled in one
 * row per respondent, the file reads back with {@link assessmentFromCsv}.
 *
 * @param options - The language, the collaboration (with its document, one row per partner is prefilled with its
 *   name) and the CSV dialect.
 * @returns The CSV text, ending with a line break.
 * @throws {SamenwerkingError} `invalid_option` for a locale other than `'nl'` and `'en'`, an unknown dialect, a
 *   collaboration that is neither a slug nor a collaboration document, or an unknown option.
 *
 * @example
 * ```ts
 * const csv = toCsvTemplate({ locale: 'en' });
 * csv.split('\r\n')[0].split(',').slice(0, 4);
 * //=> ['Which partner are you answering for?', 'What is your role?', 'Your name (optional)', 'Every party with a role is involved before important decisions are taken.']
 * assessmentFromCsv(csv + 'gemeente,,,4\r\n', { collaboration: 'kindcentra-noord', date: '2026-03-15' }).success;
 * //=> true
 * ```
 * @category Questionnaire
 */
export function toCsvTemplate(options?: ToCsvTemplateOptions): string {
  const issues: Issue[] = [];
  const { locale, collaboration, reader } = readWriteOptions(options, issues, ['dialect']);
  const dialect = readChoiceField(reader, 'dialect', ['rfc4180', 'excel-nl'] as const) ?? 'rfc4180';
  throwIfIssues(issues);
  const delimiter = dialect === 'excel-nl' ? ';' : ',';
  const headers = [
    ...questionnaire.respondent.fields.map((respondentField) => respondentField.label[locale]),
    ...questionnaire.sections.flatMap((section) => section.questions.map((question) => question.statement[locale])),
  ];
  const lines = [headers.map((header) => field(header, delimiter)).join(delimiter)];
  for (const partner of collaboration?.document?.partners ?? []) {
    const cells = headers.map((_, index) => (index === 0 ? field(partner.name, delimiter) : ''));
    lines.push(cells.join(delimiter));
  }
  return `${dialect === 'excel-nl' ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
