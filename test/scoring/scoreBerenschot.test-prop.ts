import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { indicatorIds } from '../../src/catalogue/ids/indicators.js';
import type { Answers, Assessment, Response } from '../../src/schema/types.js';
import type { BerenschotScore } from '../../src/scoring/index.js';
import { scoreBerenschot } from '../../src/scoring/index.js';
import { assessmentArbitrary } from '../support/assessmentArbitrary.js';

const RUNS = { numRuns: 1000 } as const;
const assessments = assessmentArbitrary();

function scaleOf(assessment: Assessment): { min: number; max: number } {
  return assessment.scale ?? { min: 1, max: 5 };
}

/** Every answer that is not null and below the scale maximum, as [response position, indicator]. */
function raisable(assessment: Assessment): [number, string][] {
  const { max } = scaleOf(assessment);
  const found: [number, string][] = [];
  assessment.responses.forEach((response, index) => {
    for (const [indicator, answer] of Object.entries(response.answers)) {
      if (typeof answer === 'number' && answer < max) found.push([index, indicator]);
    }
  });
  return found;
}

/** The result without the parts that legitimately depend on the scale's units: the formula text and disagreements. */
function scaleFree(result: BerenschotScore): unknown {
  return {
    ...result,
    disagreements: undefined,
    factors: result.factors.map((factor) => ({
      ...factor,
      explanation: { ...factor.explanation, formula: undefined },
    })),
  };
}

describe('scoreBerenschot laws', () => {
  test.prop([assessments], RUNS)('keeps every score within 0..100 and every coverage within 0..1', (assessment) => {
    const result = scoreBerenschot(assessment);
    const inRange = (value: number | null, high: number): boolean => value === null || (value >= 0 && value <= high);
    expect(inRange(result.overall.score, 100)).toBe(true);
    for (const factor of result.factors) {
      expect(inRange(factor.score, 100)).toBe(true);
      expect(inRange(factor.readiness, 100)).toBe(true);
      expect(inRange(factor.coverage, 1)).toBe(true);
      for (const indicator of factor.indicators) expect(inRange(indicator.score, 100)).toBe(true);
    }
    for (const pitfall of result.pitfalls) expect(inRange(pitfall.score, 40)).toBe(true);
  });

  test.prop([assessments, fc.nat(), fc.integer({ min: 1, max: 10 })], RUNS)(
    'never lowers an indicator, its factor or the overall score when one answer goes up',
    (assessment, pick, step) => {
      const candidates = raisable(assessment);
      fc.pre(candidates.length > 0);
      const [position, indicator] = candidates[pick % candidates.length] as [number, string];
      const response = assessment.responses[position] as Response;
      const answer = response.answers[indicator as keyof Answers] as number;
      const raised = Math.min(answer + step, scaleOf(assessment).max);
      const responses = assessment.responses.map((entry, index) =>
        index === position ? { ...entry, answers: { ...entry.answers, [indicator]: raised } } : entry,
      );
      const before = scoreBerenschot(assessment);
      const after = scoreBerenschot({ ...assessment, responses });

      const factorIndex = before.factors.findIndex((factor) =>
        factor.indicators.some((entry) => entry.indicator === indicator),
      );
      const factorBefore = before.factors[factorIndex];
      const factorAfter = after.factors[factorIndex];
      const indicatorBefore = factorBefore?.indicators.find((entry) => entry.indicator === indicator)?.score;
      const indicatorAfter = factorAfter?.indicators.find((entry) => entry.indicator === indicator)?.score;
      expect(indicatorAfter as number).toBeGreaterThanOrEqual(indicatorBefore as number);
      if (factorBefore?.score != null) expect(factorAfter?.score as number).toBeGreaterThanOrEqual(factorBefore.score);
      if (before.overall.score !== null) {
        expect(after.overall.score as number).toBeGreaterThanOrEqual(before.overall.score);
      }
    },
  );

  test.prop(
    [
      assessments.chain((assessment) =>
        fc.tuple(
          fc.constant(assessment),
          fc.shuffledSubarray([...assessment.responses], {
            minLength: assessment.responses.length,
            maxLength: assessment.responses.length,
          }),
        ),
      ),
    ],
    RUNS,
  )('gives the same result whatever the order of the responses', ([assessment, shuffled]) => {
    expect(scoreBerenschot({ ...assessment, responses: shuffled })).toStrictEqual(scoreBerenschot(assessment));
  });

  test.prop([assessments, fc.integer({ min: 1, max: 6 }), fc.integer({ min: -20, max: 20 })], RUNS)(
    'gives the same scores when the scale and the answers are mapped by the same a·x + b',
    (assessment, factor, offset) => {
      const map = (value: number): number => factor * value + offset;
      const { min, max } = scaleOf(assessment);
      const rescaled: Assessment = {
        ...assessment,
        scale: { min: map(min), max: map(max) },
        responses: assessment.responses.map((response) => ({
          ...response,
          answers: Object.fromEntries(
            Object.entries(response.answers).map(([indicator, answer]) => [
              indicator,
              typeof answer === 'number' ? map(answer) : answer,
            ]),
          ) as Answers,
        })),
      };
      expect(scaleFree(scoreBerenschot(rescaled))).toStrictEqual(scaleFree(scoreBerenschot(assessment)));
    },
  );

  test.prop([assessments, fc.option(fc.constantFrom('gemeente', 'bestuur-noord', 'nieuw'), { nil: undefined })], RUNS)(
    'changes nothing when a response with only null answers is added',
    (assessment, partner) => {
      const answers = Object.fromEntries(indicatorIds.map((indicator) => [indicator, null])) as Answers;
      const empty: Response =
        partner === undefined ? { respondent: 'leeg', answers } : { respondent: 'leeg', partner, answers };
      expect(scoreBerenschot({ ...assessment, responses: [...assessment.responses, empty] })).toStrictEqual(
        scoreBerenschot(assessment),
      );
    },
  );

  test.prop([assessments], RUNS)('never changes its input', (assessment) => {
    const before = structuredClone(assessment);
    scoreBerenschot(assessment, { weights: { 'relatie.klik': 2 }, minCoverage: 0.3 });
    expect(assessment).toStrictEqual(before);
  });

  test.prop([assessments], RUNS)('lists the six factors in strategy order with every indicator once', (assessment) => {
    const result = scoreBerenschot(assessment);
    expect(result.factors.map((factor) => factor.factor)).toStrictEqual([
      'belanghebbenden',
      'ambitie',
      'belangen',
      'relatie',
      'organisatie',
      'communicatie',
    ]);
    expect(result.factors.flatMap((factor) => factor.indicators.map((entry) => entry.indicator)).sort()).toStrictEqual(
      [...indicatorIds].sort(),
    );
  });
});
