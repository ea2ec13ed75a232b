import { rejectField, throwIfIssues } from '../arguments/argumentReader.js';
import type { Issue } from '../errors/SamenwerkingError.js';
import { expectedArguments } from '../i18n/expectedArguments/expectedArguments.js';
import type { Locale } from '../i18n/LocalisedText.js';
import type { PortfolioSummary } from '../scoring/summarisePortfolio.js';
import { type CsvTable, defaultTable, tableOf } from './report/csvTables.js';
import { type ReportInput, type ReportPart, readReportInput } from './report/ReportInput.js';
import { readReportOptions } from './report/readReportOptions.js';
import { type CsvDialect, writeCsv } from './report/writeCsv.js';

/**
 * Options of {@link toCsv}.
 *
 * @category Serialise
 */
export interface ToCsvOptions {
  /** The language of the labels, and in `excel-nl` of the headers: `'nl'` (default) or `'en'`. */
  readonly locale?: Locale;
  /** `'rfc4180'` (default) or `'excel-nl'`, for Excel in Dutch. */
  readonly dialect?: CsvDialect;
  /**
   * Which table to write; by default the first the input has of factors, comparison, portfolio, pitfalls, trend and
   * plan.
   */
  readonly table?: CsvTable;
}

/**
 * Writes one field as RFC 4180 asks (in double quotes when it holds a comma, quote or line break), with a text that a
 * spreadsheet would read as a formula neutralised as OWASP advises: a text that starts with `=`, `+`, `-`, `@`, a tab
 * or a carriage return gets a `'` in front and is quoted, so Excel, LibreOffice and Google Sheets show it as text and
 * never run it. Numbers stay numbers (`-3` is written as `-3`); a number that is not finite is an empty field.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) return `"'${text.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Joins rows into RFC 4180 text: fields separated by commas, records by CRLF, a header first. */
export function csvRows(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): string {
  return `${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

const DIALECTS: readonly CsvDialect[] = ['rfc4180', 'excel-nl'];
const TABLES: readonly CsvTable[] = ['factors', 'indicators', 'pitfalls', 'portfolio', 'comparison', 'trend', 'plan'];

/**
 * Writes a tabular result as CSV: the factor scores or indicator scores of a `scoreBerenschot` result, the pitfalls
 * (of a score and of `detectPitfalls`, one row per pitfall), the distributions of a `summarisePortfolio` result, or a
 * `compareAssessments` result, a `trend` (one row per factor and date, the total included), or the actions of a plan.
 * A header row first, then one row per item, with a stable column order.
 *
 * @remarks
 * Two dialects. `rfc4180` (the default): comma-separated, CRLF line ends, fields with a comma, quote or line break in
 * double quotes, codes as headers (`collaboration, date, order, factor, label, score, band, coverage, readiness,
 * indicators_answered, indicators_total, bottleneck` for the factors), numbers unrounded with a decimal point so a
 * script can compute with them, `true`/`false` for flags. `excel-nl`, for Excel set to Dutch: a byte-order mark,
 * semicolons, decimal commas, headers and yes/no in the chosen language, bands in words, and numbers rounded as the
 * reports round them: scores to one decimal, shares (coverage) to a whole percentage, weights to two decimals. An
 * empty field means "no value" in both.
 *
 * @param input - A score, pitfall findings, a portfolio summary, a comparison, or a {@link ReportInput} holding them.
 * @param options - The language, the dialect and the table.
 * @returns The CSV text.
 * A text from a document or result that a spreadsheet would take for a formula (starting with `=`, `+`, `-`, `@`, a
 * tab or a carriage return) is written with a `'` in front, in quotes, so it is shown and never run (OWASP's advice
 * on CSV injection); numbers stay numbers.
 *
 * @throws {SamenwerkingError} `invalid_argument` when the input holds nothing tabular, or a document or result in it is
 *   not valid (one built by hand or read from storage is checked as it is); `invalid_option` when the options are not
 *   an object or have an unknown key, for an unknown dialect, table or locale, or a table the input has no data for.
 *
 * @example
 * ```ts
 * toCsv(scoreBerenschot(assessment)).split('\r\n')[0];
 * //=> 'collaboration,date,order,factor,label,score,band,coverage,readiness,indicators_answered,indicators_total,bottleneck'
 * toCsv(scoreBerenschot(assessment), { dialect: 'excel-nl' }).split('\r\n')[1];
 * //=> 'kindcentra-noord;2026-03-15;1;belanghebbenden;Betrek alle belanghebbenden;51,7;voldoende;100;100,0;5;5;nee'
 * ```
 * @category Serialise
 */
export function toCsv(input: ReportInput | ReportPart | PortfolioSummary, options?: ToCsvOptions): string {
  const issues: Issue[] = [];
  const { reader, locale } = readReportOptions(options, ['locale', 'dialect', 'table'], issues);
  const dialect = (reader.fields.dialect ?? 'rfc4180') as CsvDialect;
  if (!DIALECTS.includes(dialect)) rejectField(reader, ['dialect'], dialect, expectedArguments.optionalOneOf(DIALECTS));
  const table = reader.fields.table as CsvTable | undefined;
  if (table !== undefined && !TABLES.includes(table)) {
    rejectField(reader, ['table'], table, expectedArguments.optionalOneOf(TABLES));
  }
  throwIfIssues(issues);
  const read = readReportInput(input, true);
  return writeCsv(tableOf(read, table ?? defaultTable(read), locale), dialect, locale);
}
