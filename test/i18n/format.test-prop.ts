import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { formatFixed, formatList, formatNumber } from '../../src/i18n/format.js';

const tags = { nl: 'nl-NL', en: 'en-GB' } as const;
/** What Intl itself writes, without a minus sign before a value that rounds to 0. */
function intl(value: number, locale: 'nl' | 'en', decimals: number, fixed: boolean): string {
  const text = new Intl.NumberFormat(tags[locale], {
    minimumFractionDigits: fixed ? decimals : 0,
    maximumFractionDigits: decimals,
    useGrouping: false,
  }).format(value);
  return /^-0(?:[.,]0*)?$/.test(text) ? text.slice(1) : text;
}

const values = fc.oneof(
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.integer({ min: -100_000, max: 100_000 }).map((hundredths) => hundredths / 100),
  fc.integer({ min: -100_000, max: 100_000 }).map((thousandths) => thousandths / 1000),
  fc.double({ min: -1e-5, max: 1e-5, noNaN: true }),
  // Around 10^15 once scaled, where the fast path hands over to Intl.
  fc.double({ min: -1e17, max: 1e17, noNaN: true }),
  fc.integer({ min: 1e10, max: 1e12 }).map((whole) => whole + 0.25),
);
const locales = fc.constantFrom<'nl' | 'en'>('nl', 'en');

describe('number formatting', () => {
  test.prop([values, locales, fc.integer({ min: 0, max: 3 })], { numRuns: 5000 })(
    'writes a number for a sentence exactly as Intl.NumberFormat does',
    (value, locale, decimals) => {
      expect(formatNumber(value, locale, decimals)).toBe(intl(value, locale, decimals, false));
    },
  );

  test.prop([values, locales, fc.integer({ min: 0, max: 3 })], { numRuns: 5000 })(
    'writes a number for a table exactly as Intl.NumberFormat does',
    (value, locale, decimals) => {
      expect(formatFixed(value, locale, decimals)).toBe(intl(value, locale, decimals, true));
    },
  );
});

describe('list formatting', () => {
  const names = fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 8 });
  test.prop([names, locales])('joins a list exactly as Intl.ListFormat does', (items, locale) => {
    expect(formatList(items, locale)).toBe(new Intl.ListFormat(tags[locale], { type: 'conjunction' }).format(items));
  });
});
