import { formatNumber, listValues, quoteIds, quoteValue } from '../format.js';
import type { BenchmarkFindingMessages } from './nl.js';

type Unit = 'percentage' | 'count' | 'mean';

const number = (value: number): string => formatNumber(value, 'en');
const quote = (value: unknown): string => quoteValue(value, 'en');
const valueText = (unit: Unit, value: number): string => (unit === 'percentage' ? `${number(value)}%` : number(value));
const differenceUnit: Readonly<Record<Unit, string>> = {
  percentage: ' percentage points',
  mean: ' scale points',
  count: '',
};
const didYouMean = (suggestions: readonly string[]): string =>
  suggestions.length === 0 ? '' : ` Did you mean ${quoteIds(suggestions)}?`;
const expectedFigures = 'an object with the row keys of the benchmark as keys and numbers as values';

/** The texts of `compareWithBenchmark`, in English. */
export const en: BenchmarkFindingMessages = {
  expectedPercentage: 'a number from 0 to 100, or null',
  expectedCount: 'a number of 0 or more, or null',
  expectedMean: (min, max) => `a number from ${min} to ${max} (the scale), or null`,
  figuresNotObject: (value) => `The figures (${quote(value)}) must be ${expectedFigures}.`,
  invalidFigure: (key, value, expected) =>
    `The figure for row '${key}' is unusable (${quote(value)}). Allowed: ${expected.en}.`,
  unknownRow: (benchmark, key, suggestions, rows) =>
    `Benchmark '${benchmark}' has no row '${key}'.${didYouMean(suggestions)} Rows: ${listValues(rows, 12, 'en')}.`,
  ambiguousKey: (benchmark, key, rows) =>
    `In benchmark '${benchmark}' several rows are about '${key}'. Use the key of one row: ${rows.join(', ')}.`,
  rowCompared: (unit, figure, benchmark, difference) => {
    const ours = valueText(unit, figure);
    const theirs = valueText(unit, benchmark);
    if (difference === 0) return `Your ${ours} equals the benchmark’s ${theirs}.`;
    const gap = `${number(Math.abs(difference))}${differenceUnit[unit]}`;
    return `Your ${ours} is ${gap} ${difference > 0 ? 'above' : 'below'} the benchmark’s ${theirs}.`;
  },
  rowWithoutFigure: (unit, benchmark) => `No figure of your own; the benchmark is ${valueText(unit, benchmark)}.`,
  citation: (title, publisher, year, section, n, base) =>
    `${publisher}, ${title} (${year}), ${section}; ${n === null ? 'n not stated' : `n = ${n}`}; base: ${base.en}`,
};
