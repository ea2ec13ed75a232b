/**
 * Formatting shared by the reports: numbers in the reader's language, Markdown escaping, and XML escaping.
 */
import type { Locale } from '../catalogue/types.js';

const formatters = new Map<string, Intl.NumberFormat>();

/** Writes a number with a fixed number of decimals, with a decimal comma in Dutch; `–` for `null`. */
export function formatNumber(value: number | null, locale: Locale, decimals = 0): string {
  if (value === null || !Number.isFinite(value)) return '–';
  const key = `${locale}:${decimals}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: false,
    });
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}

/** Writes a share (0..1) as a whole percentage. */
export function formatPercent(share: number, locale: Locale): string {
  return `${formatNumber(share * 100, locale)}%`;
}

/** Escapes text from a document so that it shows literally in Markdown, also inside a table cell. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>~]/g, '\\$&').replace(/\r?\n/g, ' ');
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (character) => `&#${character.charCodeAt(0)};`);
}
