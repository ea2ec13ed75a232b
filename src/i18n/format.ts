/**
 * The one set of helpers that turn values into words, for `nl-NL` and `en-GB`: numbers, percentages, changes, lists
 * and dates through `Intl`, and the quoting of a user's value in a message. Every message file and every report uses
 * these; none formats a number or joins a list by hand.
 *
 * @module
 */
import { lazyByKey } from '../internal/lazy.js';
import type { Locale } from './LocalisedText.js';

/** The BCP 47 tag each language is written in. */
const tags: Readonly<Record<Locale, string>> = { nl: 'nl-NL', en: 'en-GB' };

/** The number formats made so far, by language, by fixed or not, by decimals: scoring formats tens per score. */
const numberFormats: Record<Locale, [Intl.NumberFormat[], Intl.NumberFormat[]]> = { nl: [[], []], en: [[], []] };

/** The number format of a language with at most (or, when `fixed`, exactly) `decimals` decimals, made once. */
function numberFormat(locale: Locale, decimals: number, fixed: boolean): Intl.NumberFormat {
  const made = numberFormats[locale][fixed ? 1 : 0];
  let format = made[decimals];
  if (format === undefined) {
    format = new Intl.NumberFormat(tags[locale], {
      minimumFractionDigits: fixed ? decimals : 0,
      maximumFractionDigits: decimals,
      useGrouping: false,
    });
    made[decimals] = format;
  }
  return format;
}

const listFormat = /* @__PURE__ */ lazyByKey(
  (locale: Locale): Intl.ListFormat => new Intl.ListFormat(tags[locale], { style: 'long', type: 'conjunction' }),
);

const dateFormat = /* @__PURE__ */ lazyByKey((key: string): Intl.DateTimeFormat => {
  const [locale, style] = key.split(':') as [Locale, 'day' | 'month'];
  return new Intl.DateTimeFormat(tags[locale], {
    ...(style === 'day' ? { day: 'numeric' } : {}),
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
});

/**
 * The decimal separator of each language as `Intl` writes it (CLDR's): a comma in Dutch, a point in English. Both
 * write the minus sign as a hyphen-minus. Written out rather than read from `formatToParts`, which cost the scoring
 * bundle bytes; the property test that compares `formatNumber` with `Intl` covers both.
 */
const decimalSeparators: Readonly<Record<Locale, string>> = { nl: ',', en: '.' };

/** The powers of ten of the decimals a number is rounded to. */
const SCALES: readonly number[] = [1, 10, 100, 1000, 10000];

/**
 * Formats a number as `Intl.NumberFormat` does (rounding half away from zero, no grouping), with `Intl`'s
 * separator and minus sign, but without calling `Intl` for the common case: scoring writes tens of numbers per score.
 * A value whose scaled fraction lies near one half, or that is very large (10¹⁵ once scaled), goes to `Intl` itself,
 * so the two can never differ (a property test compares them); a very small one rounds to 0 here as there.
 */
function formatDecimal(value: number, locale: Locale, decimals: number, fixed: boolean): string {
  const scale = SCALES[decimals];
  const magnitude = Math.abs(value);
  const scaled = magnitude * (scale ?? 1);
  const fraction = scaled - Math.floor(scaled);
  if (scale === undefined || scaled >= 1e15 || Math.abs(fraction - 0.5) < 1e-7) {
    const text = numberFormat(locale, decimals, fixed).format(value);
    return value < 0 ? withoutNegativeZero(text) : text;
  }
  // Written from whole numbers, which are cheaper to write than the fraction they make.
  const rounded = Math.round(scaled);
  const rest = rounded % scale;
  // The decimals with their leading zeros: 10^decimals + rest has one digit more, a 1.
  let decimalDigits = String(scale + rest).slice(1);
  if (!fixed) while (decimalDigits.endsWith('0')) decimalDigits = decimalDigits.slice(0, -1);
  const text = `${(rounded - rest) / scale}${decimalDigits && decimalSeparators[locale] + decimalDigits}`;
  return value < 0 && rounded !== 0 ? `-${text}` : text;
}

/**
 * Writes a number for a sentence: rounded to at most `decimals` decimals (half away from zero), a decimal comma in
 * Dutch, no grouping, and never a minus sign before a value that rounds to 0.
 *
 * @param value - A finite number.
 * @param locale - The language.
 * @param decimals - The most decimals shown; 1 by default.
 * @returns The number as text, for example `'62,5'` in Dutch.
 */
export function formatNumber(value: number, locale: Locale, decimals = 1): string {
  return formatDecimal(value, locale, decimals, false);
}

/** Drops the minus sign of a value that rounds to zero (`-0`, `-0,0`). */
function withoutNegativeZero(text: string): string {
  return /^-0(?:[.,]0*)?$/.test(text) ? text.slice(1) : text;
}

/**
 * Writes a number for a table column, with exactly `decimals` decimals; `–` when there is no number.
 *
 * @param value - A number, or `null`.
 * @param locale - The language.
 * @param decimals - The decimals shown.
 * @returns The number as text, for example `'62,0'` in Dutch, or `'–'`.
 */
export function formatFixed(value: number | null, locale: Locale, decimals: number): string {
  if (value === null || !Number.isFinite(value)) return '–';
  return formatDecimal(value, locale, decimals, true);
}

/**
 * Writes a share from 0 to 1 as a percentage, with at most `decimals` decimals.
 *
 * @param share - The share, 0 to 1.
 * @param locale - The language.
 * @param decimals - The most decimals shown; 1 by default.
 * @returns The percentage, for example `'62,5%'` in Dutch.
 */
export function formatPercent(share: number, locale: Locale, decimals = 1): string {
  return `${formatNumber(share * 100, locale, decimals)}%`;
}

/**
 * Writes a change with its sign, at most one decimal: `'+6,2'`, `'−3'` (a real minus sign) or `'0'`.
 *
 * @param change - The change.
 * @param locale - The language.
 * @returns The change as text.
 */
export function formatChange(change: number, locale: Locale): string {
  const magnitude = formatNumber(Math.abs(change), locale);
  if (Number(magnitude.replace(',', '.')) === 0) return magnitude;
  return `${change > 0 ? '+' : '−'}${magnitude}`;
}

/** How a language joins a list: between two items, between the first items of a longer list, before its last. */
interface ListPattern {
  readonly pair: string;
  readonly middle: string;
  readonly last: string;
}

/** The list pattern of a language, read once from `Intl.ListFormat` itself. */
const listPattern = /* @__PURE__ */ lazyByKey((locale: Locale): ListPattern => {
  const format = listFormat(locale);
  const between = (text: string, from: string, to: string): string =>
    text.slice(text.indexOf(from) + from.length, text.indexOf(to));
  const three = format.format(['\u0001', '\u0002', '\u0003']);
  return {
    pair: between(format.format(['\u0001', '\u0002']), '\u0001', '\u0002'),
    middle: between(three, '\u0001', '\u0002'),
    last: between(three, '\u0002', '\u0003'),
  };
});

/**
 * Joins names as a reader writes a list: `'a, b en c'` in Dutch, `'a, b and c'` in English. The words and commas are
 * `Intl.ListFormat`'s, read once per language; a property test checks that the result equals `Intl.ListFormat`'s.
 *
 * @param items - The names, in order.
 * @param locale - The language.
 * @returns The list as one text; empty for no names.
 */
export function formatList(items: readonly string[], locale: Locale): string {
  if (items.length <= 1) return items[0] ?? '';
  const pattern = listPattern(locale);
  if (items.length === 2) return `${items[0]}${pattern.pair}${items[1]}`;
  return `${items.slice(0, -1).join(pattern.middle)}${pattern.last}${items[items.length - 1]}`;
}

/**
 * Writes items as a list in running text, at most `max` of them: a longer list names the first `max − 1` and counts
 * the rest (`'A, B en 12 andere'`, `'A, B and 12 more'`), so that a message about 100,000 partners stays short and
 * names only what it shows.
 *
 * @param items - The items, in order.
 * @param locale - The language.
 * @param name - The name of an item in the text.
 * @param max - The most items shown; 10 by default.
 * @returns The list as one text; empty for no items.
 */
export function formatListShort<Item>(
  items: readonly Item[],
  locale: Locale,
  name: (item: Item) => string,
  max = 10,
): string {
  if (items.length <= max) return formatList(items.map(name), locale);
  const rest = items.length - max + 1;
  return formatList(
    [...items.slice(0, max - 1).map(name), locale === 'nl' ? `${rest} andere` : `${rest} more`],
    locale,
  );
}

/**
 * Writes a `YYYY-MM-DD` date in words: `'1 oktober 2011'`, `'1 October 2011'`; with `'month'` only the month and the
 * year: `'april 2018'`, `'April 2018'`.
 *
 * @param date - The date, `YYYY-MM-DD`.
 * @param locale - The language.
 * @param style - `'day'` (default) or `'month'`.
 * @returns The date in words.
 */
export function formatDate(date: string, locale: Locale, style: 'day' | 'month' = 'day'): string {
  const utc = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return dateFormat(`${locale}:${style}`).format(utc);
}

/**
 * Writes the first letter as a capital.
 *
 * @param text - Any text.
 * @returns The text with a capital first letter.
 */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Writes the first letter in lower case.
 *
 * @param text - Any text.
 * @returns The text with a lower-case first letter.
 */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * Quotes a value the user gave, for a message: a string in single quotes, a number, boolean or `null` as it is, a
 * list with its length ("een lijst van 3 items"), an object with its `kind` when it has one ("an object of kind
 * 'collaboration'": what a document or a stored result is), anything else by its type; cut short after 60
 * characters. Reading the `kind` of a hostile object (a throwing getter, a proxy) cannot make it throw.
 *
 * @param value - Any value.
 * @param locale - The language.
 * @returns The value as it appears in a message.
 */
export function quoteValue(value: unknown, locale: Locale): string {
  let text: string;
  // A string is cut before it is quoted, so that a text of millions of characters is never copied whole.
  if (typeof value === 'string') text = `'${value.length > 60 ? value.slice(0, 60) : value}'`;
  else if (typeof value === 'number' || typeof value === 'boolean' || value === null) text = String(value);
  else if (value === undefined) text = 'undefined';
  else if (typeof value === 'object') text = describeObject(value, locale);
  else text = typeof value;
  return text.length > 60 ? shorten(text, 58) : text;
}

/** A list by its length, an object by its `kind`, in words. */
function describeObject(value: object, locale: Locale): string {
  let length: number | undefined;
  let kind: unknown;
  try {
    if (Array.isArray(value)) length = value.length;
    else kind = (value as { readonly kind?: unknown }).kind;
  } catch {
    kind = undefined;
  }
  const nl = locale === 'nl';
  if (length !== undefined) return `${nl ? 'een lijst van' : 'a list of'} ${length} ${length === 1 ? 'item' : 'items'}`;
  if (typeof kind !== 'string') return nl ? 'een object' : 'an object';
  return `${nl ? 'een object met kind' : 'an object of kind'} '${kind.length > 30 ? `${kind.slice(0, 27)}…` : kind}'`;
}

/**
 * Cuts a text the user gave to at most `max` characters for a message, ending in `…` when it was longer, without
 * splitting a surrogate pair. Only the first `max` characters are read, so a text of any length costs the same.
 *
 * @param text - Any text.
 * @param max - The most characters shown; 60 by default.
 * @returns The text, or its start and `…`.
 */
export function shorten(text: string, max = 60): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * Lists allowed values or ids for a message, separated by commas; after `max` of them it says how many more there
 * are ("en nog 3", "and 3 more"), so that a message about a list of 100,000 partners stays short. Reads only the first
 * `max` values, and counts the rest.
 *
 * @param values - The values: a list, a set or the keys of a map.
 * @param max - The most values shown.
 * @param locale - The language of "and N more".
 * @returns The values; empty for none.
 */
export function listValues(values: Iterable<string>, max: number, locale: Locale): string {
  const shown: string[] = [];
  let total = 0;
  for (const value of values) {
    if (total < max) shown.push(shorten(value));
    total++;
  }
  const more = total - shown.length;
  if (more === 0) return shown.join(', ');
  return `${shown.join(', ')} ${locale === 'nl' ? `en nog ${more}` : `and ${more} more`}`;
}

/**
 * Quotes a key or id the user gave, for a message: in single quotes, cut short after 60 characters.
 *
 * @param key - The key.
 * @returns The key in quotes.
 */
export function quoteKey(key: string | number): string {
  return `'${shorten(String(key))}'`;
}

/**
 * Lists ids in quotes: `'a', 'b'`.
 *
 * @param ids - The ids.
 * @returns The quoted ids, comma-separated; empty for none.
 */
export function quoteIds(ids: readonly string[]): string {
  return ids.map((id) => `'${id}'`).join(', ');
}

const pluralRules = /* @__PURE__ */ lazyByKey((locale: Locale): Intl.PluralRules => new Intl.PluralRules(tags[locale]));

/**
 * Writes a count with the word in the right number: `'1 meting'`, `'2 metingen'`.
 *
 * @param count - The count.
 * @param one - The word for one thing.
 * @param other - The word for any other number of things.
 * @param locale - The language.
 * @returns The count and the word.
 */
export function formatCount(count: number, one: string, other: string, locale: Locale): string {
  return `${count} ${pluralRules(locale).select(count) === 'one' ? one : other}`;
}
