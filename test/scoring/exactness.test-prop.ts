import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { indicatorIds } from '../../src/catalogue/ids/indicators.js';
import { strategyFactorIds } from '../../src/catalogue/ids/strategyFactors.js';
import type { Assessment } from '../../src/schema/types.js';
import { type ScoreBerenschotOptions, scoreBerenschot } from '../../src/scoring/index.js';
import { assessmentArbitrary } from '../support/assessmentArbitrary.js';
import {
  cmp,
  exactOf,
  exactScore,
  type Fraction,
  minus,
  type ReferenceSettings,
  within,
} from '../support/exactReference.js';

const RUNS = { numRuns: 400 } as const;
const assessments = assessmentArbitrary({ maxResponses: 12 });
/**
 * Assessments in which every respondent answers every indicator: every factor has a score, so the sequence property
 * below is not starved by its precondition (with sparse answers fewer than one draw in ten had a pair of scored
 * factors, and fast-check drew and threw away thousands of assessments: 10 s alone, though each check takes 0.3 ms).
 */
const fullAssessments = assessmentArbitrary({ maxResponses: 12, answerShare: 1, nullShare: 0 });

/** Weights of every size the option allows: the default 1, fractions that binary cannot write, tiny and huge ones. */
const weight = fc.oneof(
  fc.constantFrom(1, 0.1, 0.2, 0.3, 1 / 3, 2.5, 1e6, 1e-300, Number.MIN_VALUE, 999_999.999),
  fc.double({ min: 0, max: 1e6, noNaN: true }),
);
const weightOptions: fc.Arbitrary<Pick<ReferenceSettings, 'weights' | 'factorWeights'>> = fc.record({
  weights: fc.dictionary(fc.constantFrom(...indicatorIds), weight, { maxKeys: 12 }),
  factorWeights: fc.dictionary(fc.constantFrom(...strategyFactorIds), weight, { maxKeys: 4 }),
});

/** Every number in a value, with its path. */
function numbersIn(value: unknown, path = ''): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => numbersIn(item, `${path}.${key}`));
}

/** Scores, or `undefined` when the options are refused (a factor whose indicator weights add up to 0). */
function tryScore(assessment: Assessment, options: ScoreBerenschotOptions) {
  try {
    return scoreBerenschot(assessment, options);
  } catch {
    return undefined;
  }
}

describe('exact scores (DOMAIN §8 "Numbers" and "Bands at a boundary")', () => {
  it('gives a factor whose indicator scores average to exactly 50 the score 50 and the band voldoende', () => {
    // Indicator scores 56.25, 125/3 three times and 68.75 on a 1 to 5 scale: their mean is exactly 50, and summed in
    // this order in doubles it is 49.99999999999999.
    const answers = (values: readonly (number | null)[]): Record<string, number | null> =>
      Object.fromEntries(
        [
          'belanghebbenden.tijdig-betrokken',
          'belanghebbenden.vertegenwoordiging',
          'belanghebbenden.gemeenteraad',
          'belanghebbenden.schooldirecteuren',
          'belanghebbenden.slagvaardig',
        ].map((indicator, index) => [indicator, values[index] ?? null]),
      );
    const assessment: Assessment = {
      kind: 'assessment',
      schemaVersion: 1,
      collaboration: 'grens',
      date: '2026-03-15',
      responses: [
        { respondent: 'r1', answers: answers([3, 3, 3, 3, 4]) },
        { respondent: 'r2', answers: answers([3, 3, 3, 3, 4]) },
        { respondent: 'r3', answers: answers([3, 2, 2, 2, 4]) },
        { respondent: 'r4', answers: answers([4, null, null, null, 3]) },
      ],
    } as Assessment;
    const result = scoreBerenschot(assessment);
    expect(result.factors[0]?.indicators.map((indicator) => indicator.score)).toEqual([
      56.25,
      125 / 3,
      125 / 3,
      125 / 3,
      68.75,
    ]);
    expect(result.factors[0]?.score).toBe(50);
    expect(result.factors[0]?.band).toBe('voldoende');
    expect(result.overall).toEqual({ score: 50, band: 'voldoende', bottleneck: null });
  });

  test.prop([assessments, weightOptions], RUNS)(
    'reports every score within 1e-9 of its exact value, and gives it the band of that exact value',
    (assessment, options) => {
      const result = tryScore(assessment, options);
      fc.pre(result !== undefined);
      const exact = exactScore(assessment, options);
      result.factors.forEach((factor, index) => {
        const reference = exact.factors[index] as { score: Fraction | null; band: string | null };
        expect(factor.score === null).toBe(reference.score === null);
        if (factor.score !== null) expect(within(factor.score, reference.score as Fraction, 1e-9)).toBe(true);
        expect(factor.band).toBe(reference.band);
        for (const indicator of factor.indicators) {
          const value = exact.indicators.get(indicator.indicator) as Fraction | null;
          if (indicator.score !== null) expect(within(indicator.score, value as Fraction, 1e-9)).toBe(true);
        }
      });
      expect(result.overall.score === null).toBe(exact.overall === null);
      if (result.overall.score !== null) {
        expect(within(result.overall.score, exact.overall as Fraction, 1e-9)).toBe(true);
      }
      expect(result.overall.band).toBe(exact.overallBand);
    },
  );

  test.prop([assessments, weightOptions], RUNS)(
    'gives a finite number or null everywhere, for every allowed weight',
    (assessment, options) => {
      const result = tryScore(assessment, options);
      fc.pre(result !== undefined);
      for (const [path, value] of numbersIn(result)) expect(Number.isFinite(value), path).toBe(true);
    },
  );

  test.prop([assessments, fc.constantFrom(1e-300, 0.1, 1 / 3, 7, 1e6)], RUNS)(
    'changes no score when every weight is the same, whatever its size',
    (assessment, same) => {
      const weights = Object.fromEntries(indicatorIds.map((indicator) => [indicator, same]));
      const factorWeights = Object.fromEntries(strategyFactorIds.map((factor) => [factor, same]));
      const plain = scoreBerenschot(assessment);
      const weighted = scoreBerenschot(assessment, { weights, factorWeights });
      expect(weighted.overall).toEqual(plain.overall);
      expect(weighted.factors.map((factor) => [factor.score, factor.band, factor.coverage])).toEqual(
        plain.factors.map((factor) => [factor.score, factor.band, factor.coverage]),
      );
    },
  );

  /** The double nearest to a fraction of safe integers (one division rounds once). */
  const nearest = (value: Fraction): number => Number(value.num) / Number(value.den);

  test.prop([assessments, fc.nat()], RUNS)(
    'gives a score the band above a limit exactly when its exact value reaches that limit',
    (assessment, pick) => {
      const exact = exactScore(assessment);
      const scores = [...exact.factors.map((factor) => factor.score), exact.overall].filter(
        (score): score is Fraction => score !== null && nearest(score) > 0 && nearest(score) < 100,
      );
      fc.pre(scores.length > 0);
      // A limit as close to the exact score as a double gets: on it when it is a double, else a hair away.
      const chosen = scores[pick % scores.length] as Fraction;
      const limit = nearest(chosen);
      const result = scoreBerenschot(assessment, { bands: { voldoende: limit, goed: 100 } });
      const reported = [
        ...result.factors.map((factor, index) => [exact.factors[index]?.score, factor.score, factor.band] as const),
        [exact.overall, result.overall.score, result.overall.band] as const,
      ];
      for (const [value, score, band] of reported) {
        if (value == null || score === null) continue;
        const reaches = cmp(value, exactOf(limit)) >= 0;
        if (cmp(value, exactOf(100)) < 0) expect(band).toBe(reaches ? 'voldoende' : 'onvoldoende');
        expect(score >= limit).toBe(reaches);
      }
    },
  );

  test.prop([assessments, fc.nat()], RUNS)(
    'signals a pitfall exactly when its indicator is below the threshold, also a hair below or on it',
    (assessment, pick) => {
      const exact = exactScore(assessment);
      const signals = ['belanghebbenden.tijdig-betrokken', 'relatie.klik', 'ambitie.concreet', 'communicatie.tijdig'];
      const answered = signals.filter((indicator) => exact.indicators.get(indicator) != null);
      fc.pre(answered.length > 0);
      const indicator = answered[pick % answered.length] as string;
      const value = exact.indicators.get(indicator) as Fraction;
      const threshold = nearest(value);
      const result = scoreBerenschot(assessment, { pitfallThreshold: Math.min(100, threshold) });
      const signalled = result.pitfalls.find((pitfall) => pitfall.indicator === indicator);
      expect(signalled !== undefined).toBe(cmp(value, exactOf(threshold)) < 0);
      if (signalled !== undefined) expect(signalled.score).toBeLessThan(threshold);
    },
  );

  test.prop([fullAssessments], RUNS)(
    'warns about a sequence exactly when the lead reaches the gap, and reports the lead within 1e-9',
    (assessment) => {
      const exact = exactScore(assessment);
      const byId = new Map(exact.factors.map((factor) => [factor.factor, factor.score]));
      const pairs: [string, string][] = [
        ['ambitie', 'belanghebbenden'],
        ['belangen', 'belanghebbenden'],
        ['relatie', 'ambitie'],
        ['relatie', 'belangen'],
        ['organisatie', 'relatie'],
        ['organisatie', 'ambitie'],
      ];
      const found = pairs.flatMap(([factor, prerequisite]) => {
        const ahead = byId.get(factor);
        const behind = byId.get(prerequisite);
        if (ahead == null || behind == null || cmp(behind, exactOf(99.999)) >= 0) return [];
        const lead = minus(ahead, behind);
        return lead.num > 0n ? [{ factor, prerequisite, lead }] : [];
      });
      fc.pre(found.length > 0);
      const { factor, prerequisite, lead } = found[0] as { factor: string; prerequisite: string; lead: Fraction };
      const gap = nearest(lead);
      // The prerequisite is onvoldoende under these bands, so only the gap decides.
      const result = scoreBerenschot(assessment, { bands: { voldoende: 99.999, goed: 100 }, sequenceGap: gap });
      const warning = result.sequenceWarnings.find(
        (candidate) => candidate.factor === factor && candidate.prerequisite === prerequisite,
      );
      expect(warning !== undefined).toBe(cmp(lead, exactOf(gap)) >= 0);
      if (warning !== undefined) expect(within(warning.gap, lead, 1e-9)).toBe(true);
    },
  );
});
