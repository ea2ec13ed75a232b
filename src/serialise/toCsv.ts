import { rejectValue } from '../arguments/argumentReader.js';
import { type Issue, SamenwerkingError } from '../errors/SamenwerkingError.js';
import { expectedValues } from '../i18n/expectedValues/expectedValues.js';
import type { Locale } from '../i18n/LocalisedText.js';
import type { PortfolioSummary } from '../scoring/summarisePortfolio.js';
import { type CsvTable, defaultTable, tableOf } from './report/csvTables.js';
import { type ReportInput, type ReportPart, readReportInput } from './report/ReportInput.js';
import { readReportLocale } from './report/readReportOptions.js';
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

/** Quotes one field as RFC 4180 asks: in double quotes when it holds a comma, quote or line break. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
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
 * @throws {SamenwerkingError} `invalid_argument` when the input holds nothing tabular; `invalid_option` for an
 *   unknown dialect, table or locale, or a table the input has no data for.
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
export function toCsv(input: ReportInput | ReportPart | PortfolioSummary, options: ToCsvOptions = {}): string {
  const locale = readReportLocale(options);
  const issues: Issue[] = [];
  const dialect = options.dialect ?? 'rfc4180';
  if (!DIALECTS.includes(dialect)) {
    rejectValue(issues, ['options', 'dialect'], 'dialect', dialect, expectedValues.optionalOneOf(DIALECTS));
  }
  if (options.table !== undefined && !TABLES.includes(options.table)) {
    rejectValue(issues, ['options', 'table'], 'table', options.table, expectedValues.optionalOneOf(TABLES));
  }
  if (issues.length > 0) throw new SamenwerkingError(issues);
  const read = readReportInput(input, true);
  return writeCsv(tableOf(read, options.table ?? defaultTable(read), locale), dialect, locale);
}
