import { strategyFactors } from '../catalogue/data/strategyFactors.js';
import type { Locale } from '../i18n/LocalisedText.js';
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
 * RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break in double quotes. Numbers are
 * written unrounded with a decimal point, so a spreadsheet or script can compute with them; an empty field means
 * "no score". Columns: `collaboration, date, order, factor, label, score, band, coverage, readiness,
 * indicators_answered, indicators_total, bottleneck`.
 *
 * @param score - The result of `scoreBerenschot`.
 * @param options - The language of the labels.
 * @returns The CSV text.
 *
 * @example
 * ```ts
 * toCsv(scoreBerenschot(assessment)).split('\r\n')[0];
 * //=> 'collaboration,date,order,factor,label,score,band,coverage,readiness,indicators_answered,indicators_total,bottleneck'
 * ```
 * @category Serialise
 */
export function toCsv(score: BerenschotScore, options: ToCsvOptions = {}): string {
  const locale = options.locale === 'en' ? 'en' : 'nl';
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
