/**
 * A reference for the exactness laws: the formulas of DOMAIN §6.1 computed with plain `bigint` fractions, written
 * apart from `src/internal/ratio.ts` (no shared code), so that a test compares the library with an independent
 * computation of the exact values.
 */
import { strategyStructure } from '../../src/catalogue/data/structure.js';
import type { Assessment } from '../../src/schema/types.js';

/** A fraction `num / den` with `den > 0`. */
export interface Fraction {
  readonly num: bigint;
  readonly den: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

/** A fraction in lowest terms. */
export function fraction(num: bigint, den: bigint = 1n): Fraction {
  const sign = den < 0n ? -1n : 1n;
  const divisor = gcd(num, den) || 1n;
  return { num: (sign * num) / divisor, den: (sign * den) / divisor };
}

export const plus = (a: Fraction, b: Fraction): Fraction => fraction(a.num * b.den + b.num * a.den, a.den * b.den);
export const minus = (a: Fraction, b: Fraction): Fraction => fraction(a.num * b.den - b.num * a.den, a.den * b.den);
export const times = (a: Fraction, b: Fraction): Fraction => fraction(a.num * b.num, a.den * b.den);
export const over = (a: Fraction, b: Fraction): Fraction => fraction(a.num * b.den, a.den * b.num);
export const cmp = (a: Fraction, b: Fraction): number => {
  const difference = a.num * b.den - b.num * a.den;
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
};

/** The exact value of a finite double, from its decimal-free binary expansion. */
export function exactOf(value: number): Fraction {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  const bits = view.getBigUint64(0);
  const sign = bits >> 63n === 1n ? -1n : 1n;
  const exponent = Number((bits >> 52n) & 0x7ffn);
  const fractionBits = bits & ((1n << 52n) - 1n);
  const mantissa = exponent === 0 ? fractionBits : fractionBits | (1n << 52n);
  const power = (exponent === 0 ? 1 : exponent) - 1075;
  return power >= 0
    ? fraction(sign * mantissa * (1n << BigInt(power)))
    : fraction(sign * mantissa, 1n << BigInt(-power));
}

/** The distance between a double and a fraction, as a fraction. */
export function distance(value: number, exact: Fraction): Fraction {
  const difference = minus(exactOf(value), exact);
  return difference.num < 0n ? fraction(-difference.num, difference.den) : difference;
}

/** Whether a double lies within `tolerance` of a fraction. */
export function within(value: number, exact: Fraction, tolerance: number): boolean {
  return cmp(distance(value, exact), exactOf(tolerance)) <= 0;
}

/** The settings of the reference, as doubles (the options a test passes). */
export interface ReferenceSettings {
  readonly weights?: Readonly<Record<string, number>>;
  readonly factorWeights?: Readonly<Record<string, number>>;
  readonly minCoverage?: number;
  readonly bands?: { readonly voldoende: number; readonly goed: number };
  readonly pitfallThreshold?: number;
}

/** The exact numbers of a Berenschot score. */
export interface ExactScore {
  readonly indicators: ReadonlyMap<string, Fraction | null>;
  readonly factors: readonly {
    readonly factor: string;
    readonly score: Fraction | null;
    readonly band: string | null;
  }[];
  readonly overall: Fraction | null;
  readonly overallBand: string | null;
}

/** The exact Berenschot score of an assessment under the given settings (DOMAIN §6.1, steps 1 to 4). */
export function exactScore(assessment: Assessment, settings: ReferenceSettings = {}): ExactScore {
  const min = BigInt(assessment.scale?.min ?? 1);
  const max = BigInt(assessment.scale?.max ?? 5);
  const sums = new Map<string, { sum: bigint; count: bigint }>();
  for (const response of assessment.responses) {
    for (const [indicator, answer] of Object.entries(response.answers)) {
      if (typeof answer !== 'number') continue;
      const tally = sums.get(indicator) ?? { sum: 0n, count: 0n };
      sums.set(indicator, { sum: tally.sum + BigInt(answer) - min, count: tally.count + 1n });
    }
  }
  const bands = settings.bands ?? { voldoende: 50, goed: 75 };
  const bandOf = (score: Fraction): string =>
    cmp(score, exactOf(bands.voldoende)) < 0
      ? 'onvoldoende'
      : cmp(score, exactOf(bands.goed)) < 0
        ? 'voldoende'
        : 'goed';
  const indicators = new Map<string, Fraction | null>();
  const factors = strategyStructure.map((factor) => {
    let weighted = fraction(0n);
    let answered = fraction(0n);
    let total = fraction(0n);
    for (const indicator of factor.indicators) {
      const weight = exactOf(settings.weights?.[indicator] ?? 1);
      total = plus(total, weight);
      const tally = sums.get(indicator);
      const score = tally === undefined ? null : fraction(100n * tally.sum, tally.count * (max - min));
      indicators.set(indicator, score);
      if (score === null) continue;
      answered = plus(answered, weight);
      weighted = plus(weighted, times(weight, score));
    }
    const enough = answered.num > 0n && cmp(over(answered, total), exactOf(settings.minCoverage ?? 0.5)) >= 0;
    const score = enough ? over(weighted, answered) : null;
    return { factor: factor.id, score, band: score === null ? null : bandOf(score) };
  });
  let weighted = fraction(0n);
  let weights = fraction(0n);
  for (const factor of factors) {
    if (factor.score === null) continue;
    const weight = exactOf(settings.factorWeights?.[factor.factor] ?? 1);
    weighted = plus(weighted, times(weight, factor.score));
    weights = plus(weights, weight);
  }
  const overall = weights.num === 0n ? null : over(weighted, weights);
  return { indicators, factors, overall, overallBand: overall === null ? null : bandOf(overall) };
}
