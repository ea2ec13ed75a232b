import { describe, expect, it } from 'vitest';
import {
  formatChange,
  formatCount,
  formatDate,
  formatFixed,
  formatList,
  formatNumber,
  formatPercent,
  listValues,
  quoteValue,
} from '../../src/i18n/format.js';

describe('quoteValue', () => {
  it('quotes strings and writes numbers, booleans and null plainly', () => {
    expect(quoteValue('abc', 'nl')).toBe("'abc'");
    expect(quoteValue(3, 'nl')).toBe('3');
    expect(quoteValue(false, 'en')).toBe('false');
    expect(quoteValue(null, 'en')).toBe('null');
    expect(quoteValue(undefined, 'nl')).toBe('undefined');
  });

  it('names lists by their length and objects by their kind, in the language', () => {
    expect(quoteValue([1, 2], 'nl')).toBe('een lijst van 2 items');
    expect(quoteValue([1], 'en')).toBe('a list of 1 item');
    expect(quoteValue([1, 2], 'en')).toBe('a list of 2 items');
    expect(quoteValue({ a: 1 }, 'nl')).toBe('een object');
    expect(quoteValue({ kind: 'collaboration' }, 'en')).toBe("an object of kind 'collaboration'");
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
      },
    );
    expect(quoteValue(hostile, 'en')).toBe('an object');
  });

  it('cuts long values short', () => {
    const quoted = quoteValue('x'.repeat(100), 'en');
    expect(quoted.length).toBe(58);
    expect(quoted.endsWith('…')).toBe(true);
  });
});

describe('listValues', () => {
  it('joins values and cuts after the maximum', () => {
    expect(listValues(['a', 'b'], 8, 'en')).toBe('a, b');
    // Issue 15: a cut list says how many more there are.
    expect(listValues(['a', 'b', 'c'], 2, 'en')).toBe('a, b and 1 more');
    expect(listValues(new Set(['a', 'b', 'c', 'd']), 2, 'nl')).toBe('a, b en nog 2');
    expect(listValues([], 2, 'nl')).toBe('');
  });
});

describe('formatNumber', () => {
  it('writes at most one decimal, with a decimal comma in Dutch and no grouping', () => {
    expect(formatNumber(62.5, 'nl')).toBe('62,5');
    expect(formatNumber(62.5, 'en')).toBe('62.5');
    expect(formatNumber(33.333333, 'nl')).toBe('33,3');
    expect(formatNumber(50, 'nl')).toBe('50');
    expect(formatNumber(1234.56, 'en')).toBe('1234.6');
  });

  it('never writes a minus sign before a value that rounds to zero', () => {
    expect(formatNumber(-0.04, 'nl')).toBe('0');
    expect(formatFixed(-0.04, 'en', 1)).toBe('0.0');
  });
});

describe('formatFixed and formatPercent', () => {
  it('write a fixed number of decimals, or a dash without a number', () => {
    expect(formatFixed(62, 'nl', 1)).toBe('62,0');
    expect(formatFixed(null, 'en', 1)).toBe('–');
  });

  it('write a share as a percentage', () => {
    expect(formatPercent(0.5, 'nl')).toBe('50%');
    expect(formatPercent(0.625, 'nl')).toBe('62,5%');
    expect(formatPercent(0.625, 'en', 0)).toBe('63%');
  });
});

describe('formatChange', () => {
  it('writes a change with its sign, a real minus, and 0 without a sign', () => {
    expect(formatChange(6.24, 'nl')).toBe('+6,2');
    expect(formatChange(-3, 'en')).toBe('−3');
    expect(formatChange(0.01, 'en')).toBe('0');
  });
});

describe('formatList', () => {
  it('joins names as a reader writes a list', () => {
    expect(formatList(['a', 'b', 'c'], 'nl')).toBe('a, b en c');
    expect(formatList(['a', 'b', 'c'], 'en')).toBe('a, b and c');
    expect(formatList(['a'], 'en')).toBe('a');
    expect(formatList([], 'nl')).toBe('');
  });
});

describe('formatCount', () => {
  it('writes the word in the right number', () => {
    expect(formatCount(1, 'meting', 'metingen', 'nl')).toBe('1 meting');
    expect(formatCount(0, 'meting', 'metingen', 'nl')).toBe('0 metingen');
    expect(formatCount(2, 'assessment', 'assessments', 'en')).toBe('2 assessments');
  });
});

describe('formatDate', () => {
  it('writes a date in words in both languages', () => {
    expect(formatDate('2011-10-01', 'nl')).toBe('1 oktober 2011');
    expect(formatDate('2011-10-01', 'en')).toBe('1 October 2011');
    expect(formatDate('2018-04-01', 'nl', 'month')).toBe('april 2018');
    expect(formatDate('2018-04-01', 'en', 'month')).toBe('April 2018');
  });
});
