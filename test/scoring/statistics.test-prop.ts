import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { quantile, summariseNumbers } from '../../src/scoring/statistics.js';
import { exactOf, fraction, over, plus, within } from '../support/exactReference.js';

const scores = fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 60 });
const sortedCopy = (values: readonly number[]): number[] => [...values].sort((left, right) => left - right);

describe('summariseNumbers', () => {
  test.prop([scores])('keeps min ≤ q1 ≤ median ≤ q3 ≤ max and the mean between min and max', (values) => {
    const summary = summariseNumbers(values);
    if (summary === undefined) throw new Error('no summary');
    expect(summary.count).toBe(values.length);
    expect(summary.min).toBe(Math.min(...values));
    expect(summary.max).toBe(Math.max(...values));
    expect(summary.q1).toBeGreaterThanOrEqual(summary.min);
    expect(summary.median).toBeGreaterThanOrEqual(summary.q1);
    expect(summary.q3).toBeGreaterThanOrEqual(summary.median);
    expect(summary.max).toBeGreaterThanOrEqual(summary.q3);
    expect(summary.mean).toBeGreaterThanOrEqual(summary.min);
    expect(summary.mean).toBeLessThanOrEqual(summary.max);
  });

  test.prop([scores, fc.nat()])('does not depend on the order of the numbers', (values, seed) => {
    const shuffled = [...values].sort((left, right) => ((left * 7919 + seed) % 13) - ((right * 7919 + seed) % 13));
    expect(summariseNumbers(shuffled)).toEqual(summariseNumbers(values));
  });

  test.prop([fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 3000 })])(
    'gives a mean within 1e-9 of the exact mean of the numbers',
    (values) => {
      const exactSum = values.reduce((total, value) => plus(total, exactOf(value)), fraction(0n));
      const mean = summariseNumbers(values)?.mean as number;
      expect(within(mean, over(exactSum, fraction(BigInt(values.length))), 1e-9)).toBe(true);
    },
  );

  it('keeps the mean of many scores whose plain sum drifts exact to within 1e-9', () => {
    // 0.1 a million times and 100: a plain running sum is off by about 1.3e-6, the mean by about 1.3e-12.
    const values = [...new Array<number>(1_000_000).fill(0.1), 100];
    const exactSum = plus(fraction(exactOf(0.1).num * 1_000_000n, exactOf(0.1).den), fraction(100n));
    const mean = summariseNumbers(values)?.mean as number;
    expect(within(mean, over(exactSum, fraction(1_000_001n)), 1e-12)).toBe(true);
  });

  test.prop([scores])('leaves its input alone', (values) => {
    const copy = [...values];
    summariseNumbers(values);
    expect(values).toEqual(copy);
  });

  test.prop([fc.double({ min: 0, max: 100, noNaN: true }), fc.integer({ min: 1, max: 30 })])(
    'gives the value itself for numbers that are all equal',
    (value, count) => {
      const summary = summariseNumbers(new Array<number>(count).fill(value));
      expect(summary).toEqual({ count, min: value, q1: value, median: value, q3: value, max: value, mean: value });
    },
  );

  test.prop([
    fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 41 }).filter((list) => list.length % 2 === 1),
  ])('takes the middle number as the median of an odd count', (values) => {
    const sorted = sortedCopy(values);
    expect(summariseNumbers(values)?.median).toBe(sorted[(sorted.length - 1) / 2]);
  });

  it('gives nothing for no numbers', () => {
    expect(summariseNumbers([])).toBeUndefined();
  });
});

describe('quantile', () => {
  test.prop([scores])('is the minimum at 0 and the maximum at 1', (values) => {
    const sorted = sortedCopy(values);
    expect(quantile(sorted, 0)).toBe(sorted[0]);
    expect(quantile(sorted, 1)).toBe(sorted[sorted.length - 1]);
  });

  test.prop([scores, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })])(
    'never falls when p grows',
    (values, first, second) => {
      const sorted = sortedCopy(values);
      const [low, high] = first <= second ? [first, second] : [second, first];
      expect(quantile(sorted, high)).toBeGreaterThanOrEqual(quantile(sorted, low));
    },
  );

  test.prop([
    fc.double({ min: 0, max: 50, noNaN: true }),
    fc.double({ min: 50, max: 100, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
  ])('interpolates linearly between two numbers', (low, high, p) => {
    expect(quantile([low, high], p)).toBeCloseTo(low + p * (high - low), 9);
  });
});
