import { readOptions, throwIfIssues } from '../arguments/argumentReader.js';
import { readLocaleField } from '../arguments/readLocale.js';
import { strategyFactors } from '../catalogue/data/strategyFactors.js';
import type { Issue } from '../errors/SamenwerkingError.js';
import type { Locale } from '../i18n/LocalisedText.js';
import { readInput } from '../arguments/readInput.js';
import { acceptsBerenschotScore } from '../schema/acceptors.js';
import type { BerenschotScore } from '../scoring/types.js';

/**
 * Options of {@link toCsv}.
 *
 * @category Serialise
 */
export interface ToCsvOptions {
  /** The language of the factor labels: `'nl'` (default) or `'en'`. Headers and codes stay the same. */
  readonly locale?: Locale;
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

const HEADER = [
  'collaboration',
  'date',
  'order',
  'factor',
  'label',
  'score',
  'band',
  'coverage',
  'readiness',
  'indicators_answered',
  'indicators_total',
  'bottleneck',
] as const;

/**
 * Writes the factor scores of a `scoreBerenschot` result as CSV: a header row and one row per strategy factor, in
 * strategy order, with a stable column order.
 *
 * @remarks
 * RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break in double quotes. A text that a
 * spreadsheet would take for a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) is written with
 * a `'` in front, in quotes, so it is shown and never run (OWASP's advice on CSV injection). Numbers are
 * written unrounded with a decimal point, so a spreadsheet or script can compute with them; an empty field means
 * "no score". Columns: `collaboration, date, order, factor, label, score, band, coverage, readiness,
 * indicators_answered, indicators_total, bottleneck`.
 *
 * @param score - The result of `scoreBerenschot`.
 * @param options - The language of the labels.
 * @returns The CSV text.
 * @throws {SamenwerkingError} `invalid_argument` when `score` is not a valid result of `scoreBerenschot` (a stored
 *   one is checked as it is), `invalid_option` when `options` is not an object, has an unknown key, or `locale` is
 *   not `'nl'` or `'en'`.
 *
 * @example
 * ```ts
 * toCsv(scoreBerenschot(assessment)).split('\r\n')[0];
 * //=> 'collaboration,date,order,factor,label,score,band,coverage,readiness,indicators_answered,indicators_total,bottleneck'
 * ```
 * @category Serialise
 */
export function toCsv(score: BerenschotScore, options?: ToCsvOptions): string {
  const issues: Issue[] = [];
  readInput<BerenschotScore>(score, 'score', 'berenschot-score', acceptsBerenschotScore, issues);
  const locale: Locale = readLocaleField(readOptions(options, ['locale'], issues));
  throwIfIssues(issues);
  const rows = strategyFactors.map((factor) => {
    const result = score.factors.find((candidate) => candidate.factor === factor.id);
    return [
      score.collaboration,
      score.date,
      factor.order,
      factor.id,
      factor.label[locale],
      result?.score ?? null,
      result?.band ?? null,
      result?.coverage ?? null,
      result?.readiness ?? null,
      result?.indicators.filter((indicator) => indicator.score !== null).length ?? 0,
      result?.indicators.length ?? 0,
      score.overall.bottleneck === factor.id ? 'true' : 'false',
    ];
  });
  return csvRows(HEADER, rows);
}
