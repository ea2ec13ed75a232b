import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  add,
  compare,
  divide,
  multiply,
  nextBelow,
  type Ratio,
  ratio,
  ratioOf,
  subtract,
  toNumber,
  toNumberBelowLimit,
} from '../../src/internal/ratio.js';
import {
  cmp,
  distance,
  exactOf,
  type Fraction,
  fraction,
  minus,
  over,
  plus,
  times,
} from '../support/exactReference.js';

const RUNS = { numRuns: 2000 } as const;

/** The fraction a ratio stands for, read through the reference. */
function asFraction(value: Ratio): Fraction {
  return fraction(BigInt(value.num), BigInt(value.den));
}

/** Integers of every size: small ones that stay plain numbers, and large ones that need `bigint`s. */
const integers = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.bigInt({ min: -(2n ** 200n), max: 2n ** 200n }),
  fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
);
const positive = fc.oneof(
  fc.integer({ min: 1, max: 1000 }),
  fc.bigInt({ min: 1n, max: 2n ** 200n }),
  fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
);
const ratios = fc.tuple(integers, positive).map(([num, den]) => ratio(num, den));

/** The doubles next to a positive double, up and down. */
function neighbours(value: number): [number, number] {
  return [nextBelow(value), -nextBelow(-value)];
}

describe('exact ratios', () => {
  test.prop([ratios, ratios], RUNS)('add, subtract, multiply and divide as the reference does', (left, right) => {
    const a = asFraction(left);
    const b = asFraction(right);
    expect(cmp(asFraction(add(left, right)), plus(a, b))).toBe(0);
    expect(cmp(asFraction(subtract(left, right)), minus(a, b))).toBe(0);
    expect(cmp(asFraction(multiply(left, right)), times(a, b))).toBe(0);
    if (b.num !== 0n) expect(cmp(asFraction(divide(left, right)), over(a, b))).toBe(0);
  });

  test.prop([ratios, ratios], RUNS)('compare as the reference does', (left, right) => {
    expect(compare(left, right)).toBe(cmp(asFraction(left), asFraction(right)));
  });

  test.prop([fc.double({ noNaN: true, noDefaultInfinity: true })], RUNS)(
    'read every finite double exactly',
    (value) => {
      expect(cmp(asFraction(ratioOf(value)), exactOf(value))).toBe(0);
    },
  );

  test.prop([ratios], RUNS)('round to the nearest double, as IEEE 754 rounds one operation', (value) => {
    const exact = asFraction(value);
    const rounded = toNumber(value);
    fc.pre(Number.isFinite(rounded) && rounded !== 0);
    const size = Math.abs(rounded);
    const [below, above] = neighbours(size);
    const away = distance(Math.sign(rounded) * size, exact);
    // No neighbour of the result is nearer to the exact value.
    expect(cmp(away, distance(Math.sign(rounded) * below, exact))).toBeLessThanOrEqual(0);
    expect(cmp(away, distance(Math.sign(rounded) * above, exact))).toBeLessThanOrEqual(0);
  });

  test.prop([ratios, fc.double({ min: -1e6, max: 1e6, noNaN: true })], RUNS)(
    'keep a number below a limit when the exact value is below it',
    (value, limit) => {
      const shown = toNumberBelowLimit(value, limit, ratioOf(limit));
      expect(shown < limit).toBe(cmp(asFraction(value), exactOf(limit)) < 0);
    },
  );

  it('rounds the ratio one over three as the division does', () => {
    expect(toNumber(ratio(1, 3))).toBe(1 / 3);
    expect(toNumber(ratio(10n ** 40n, 3n * 10n ** 40n))).toBe(1 / 3);
  });

  it('keeps a value just below 50 below it, one step under the limit', () => {
    const justBelow = ratio(50n * 10n ** 30n - 1n, 10n ** 30n);
    expect(toNumber(justBelow)).toBe(50);
    expect(toNumberBelowLimit(justBelow, 50, ratioOf(50))).toBe(49.99999999999999);
  });
});
