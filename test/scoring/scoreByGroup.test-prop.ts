import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { indicatorIds } from '../../src/catalogue/ids/indicators.js';
import type { Assessment, Response } from '../../src/schema/types.js';
import { studentQuantile } from '../../src/scoring/confidenceInterval.js';
import { scoreBerenschot } from '../../src/scoring/scoreBerenschot.js';
import { scoreByGroup } from '../../src/scoring/scoreByGroup.js';
import { assessmentArbitrary } from '../support/assessmentArbitrary.js';

const RUNS = { numRuns: 300 } as const;
const TIMEOUT = 60_000;
const TOLERANCE = 1e-9;

const sparse = assessmentArbitrary({ maxResponses: 12 });
/**
 * Every respondent answers every indicator, with no `null` (the generator's draws may still leave one out at its
 * edge values, so a missing answer is filled in with the scale's lowest value).
 */
const complete = assessmentArbitrary({ maxResponses: 12, nullShare: 0, answerShare: 1 }).map(
  (assessment): Assessment => ({
    ...assessment,
    responses: assessment.responses.map((response) => ({
      ...response,
      answers: Object.fromEntries(
        indicatorIds.map((indicator) => [
          indicator,
          (response.answers as Readonly<Record<string, number | null | undefined>>)[indicator] ??
            assessment.scale?.min ??
            1,
        ]),
      ) as Response['answers'],
    })),
  }),
);

const close = (left: number | null | undefined, right: number | null | undefined): boolean =>
  left === right || (typeof left === 'number' && typeof right === 'number' && Math.abs(left - right) <= TOLERANCE);

describe('scoreByGroup on any valid assessment', () => {
  test.prop([sparse], RUNS)(
    "by 'all' gives the scores of scoreBerenschot",
    (assessment) => {
      const all = scoreByGroup(assessment, { by: 'all' }).groups[0];
      const score = scoreBerenschot(assessment);
      expect(all?.overall?.score).toBe(score.overall.score);
      all?.factors.forEach((factor, index) => {
        expect(factor.score).toBe(score.factors[index]?.score);
      });
    },
    TIMEOUT,
  );

  test.prop([sparse], RUNS)(
    'puts every score inside its interval, and every interval within 0..100',
    (assessment) => {
      for (const group of scoreByGroup(assessment, { by: 'partner', minGroupSize: 1 }).groups) {
        for (const estimate of [group.overall, ...group.factors]) {
          if (estimate?.interval == null || estimate.score === null) continue;
          expect(estimate.interval.lower).toBeGreaterThanOrEqual(0);
          expect(estimate.interval.upper).toBeLessThanOrEqual(100);
          expect(estimate.interval.lower).toBeLessThanOrEqual(estimate.score + TOLERANCE);
          expect(estimate.interval.upper).toBeGreaterThanOrEqual(estimate.score - TOLERANCE);
        }
      }
    },
    TIMEOUT,
  );

  test.prop([sparse, fc.constantFrom('bestuur-noord', 'bestuur-zuid', 'gemeente'), fc.nat(20)], RUNS)(
    "adding a respondent to one group never changes another group's score",
    (assessment, partner, value) => {
      const before = scoreByGroup(assessment, { by: 'partner', minGroupSize: 1 });
      const min = assessment.scale?.min ?? 1;
      const width = (assessment.scale?.max ?? 5) - min + 1;
      const added: Response = { respondent: 'extra', partner, answers: { 'ambitie.concreet': min + (value % width) } };
      const after = scoreByGroup(
        { ...assessment, responses: [...assessment.responses, added] },
        { by: 'partner', minGroupSize: 1 },
      );
      expect(after.groups.find((group) => group.group === partner)?.respondents).toBe(
        (before.groups.find((group) => group.group === partner)?.respondents ?? 0) + 1,
      );
      for (const group of before.groups) {
        if (group.group === partner) continue;
        const same = after.groups.find((entry) => entry.group === group.group);
        expect(same?.overall?.score).toBe(group.overall?.score);
        expect(same?.overall?.interval).toStrictEqual(group.overall?.interval);
      }
    },
    TIMEOUT,
  );

  test.prop([sparse, fc.integer()], RUNS)(
    'does not depend on the order of the responses',
    (assessment, seed) => {
      const shuffled = [...assessment.responses];
      let state = seed;
      for (let index = shuffled.length - 1; index > 0; index--) {
        state = (state * 1103515245 + 12345) | 0;
        const other = Math.abs(state) % (index + 1);
        [shuffled[index], shuffled[other]] = [shuffled[other] as Response, shuffled[index] as Response];
      }
      const left = scoreByGroup(assessment, { by: 'partner', minGroupSize: 1 });
      const right = scoreByGroup({ ...assessment, responses: shuffled }, { by: 'partner', minGroupSize: 1 });
      expect(right.groups.map((group) => group.group)).toStrictEqual(left.groups.map((group) => group.group));
      left.groups.forEach((group, index) => {
        const other = right.groups[index];
        expect(close(other?.overall?.score, group.overall?.score)).toBe(true);
        expect(close(other?.overall?.standardError, group.overall?.standardError)).toBe(true);
        expect(close(other?.overall?.standardDeviation, group.overall?.standardDeviation)).toBe(true);
      });
    },
    TIMEOUT,
  );
});

describe('scoreByGroup on complete answers', () => {
  test.prop([complete], RUNS)(
    'gives the standard error s / √n, and the interval score ± t × s / √n',
    (assessment) => {
      const all = scoreByGroup(assessment, { by: 'all' }).groups[0];
      for (const estimate of [all?.overall, ...(all?.factors ?? [])]) {
        if (estimate == null || estimate.score === null || estimate.standardDeviation === null) continue;
        const n = estimate.respondents;
        const expected = estimate.standardDeviation / Math.sqrt(n);
        expect(Math.abs((estimate.standardError as number) - expected)).toBeLessThanOrEqual(1e-9);
        const margin = studentQuantile(n - 1) * expected;
        expect(close(estimate.interval?.lower, Math.max(0, estimate.score - margin))).toBe(true);
        expect(close(estimate.interval?.upper, Math.min(100, estimate.score + margin))).toBe(true);
      }
    },
    TIMEOUT,
  );

  test.prop([complete], RUNS)(
    'group scores weighted by their respondents combine to the whole when no group is left out',
    (assessment) => {
      const named = assessment.responses.filter((response) => response.partner !== undefined);
      fc.pre(named.length > 0);
      const whole = scoreBerenschot({ ...assessment, responses: named });
      const groups = scoreByGroup({ ...assessment, responses: named }, { by: 'partner', minGroupSize: 1 }).groups;
      const combine = (pick: (group: (typeof groups)[number]) => number | null | undefined): number =>
        groups.reduce((sum, group) => sum + (group.respondents * (pick(group) as number)) / named.length, 0);
      expect(
        close(
          combine((group) => group.overall?.score),
          whole.overall.score,
        ),
      ).toBe(true);
      whole.factors.forEach((factor, index) => {
        expect(
          close(
            combine((group) => group.factors[index]?.score),
            factor.score,
          ),
        ).toBe(true);
      });
    },
    TIMEOUT,
  );
});
