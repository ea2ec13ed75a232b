import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { deepFreeze } from '../../src/internal/deepFreeze.js';
import { compareAssessments } from '../../src/scoring/compareAssessments.js';
import { scoreBerenschot } from '../../src/scoring/scoreBerenschot.js';
import { assessmentArbitrary } from '../support/assessmentArbitrary.js';

const RUNS = { numRuns: 1000 } as const;
/** 1,000 generated documents per property take a few seconds, more under coverage. */
const TIMEOUT = 60_000;
// Every drawn assessment is of the same collaboration and dated 2026-03-15, so any two can be compared either way.
const assessments = assessmentArbitrary({ maxResponses: 6 });

describe('compareAssessments on any valid assessments', () => {
  test.prop([assessments], RUNS)(
    'shows no change between an assessment and itself',
    (assessment) => {
      const comparison = compareAssessments(assessment, assessment);
      const score = scoreBerenschot(assessment);
      comparison.factors.forEach((entry, index) => {
        expect(entry.change).toBe(score.factors[index]?.score === null ? null : 0);
      });
      expect(comparison.overallChange).toBe(score.overall.score === null ? null : 0);
      expect(comparison.bandChanges).toStrictEqual([]);
      expect(comparison.pitfallsAppeared).toStrictEqual([]);
      expect(comparison.pitfallsResolved).toStrictEqual([]);
      expect(comparison.pitfallsRemaining).toStrictEqual(score.pitfalls.map((pitfall) => pitfall.pitfall));
      expect([comparison.days, comparison.sameSchoolYear]).toStrictEqual([0, true]);
    },
    TIMEOUT,
  );

  test.prop([assessments, assessments], RUNS)(
    'gives after − before for every factor',
    (first, second) => {
      const comparison = compareAssessments(first, second);
      const [before, after] = [scoreBerenschot(first), scoreBerenschot(second)];
      comparison.factors.forEach((entry, index) => {
        const was = before.factors[index]?.score ?? null;
        const is = after.factors[index]?.score ?? null;
        expect([entry.before, entry.after]).toStrictEqual([was, is]);
        expect(entry.change).toBe(was === null || is === null ? null : is - was);
      });
    },
    TIMEOUT,
  );

  test.prop([assessments, assessments], RUNS)(
    'mirrors when the two swap places on the same date: changes negate, appeared and resolved trade places',
    (first, second) => {
      const forward = compareAssessments(first, second);
      const backward = compareAssessments(second, first);
      forward.factors.forEach((entry, index) => {
        const mirrored = backward.factors[index]?.change ?? null;
        // IEEE subtraction is exact under a sign flip; `+ 0` turns −0 into 0.
        expect(entry.change === null ? null : -entry.change + 0).toBe(mirrored === null ? null : mirrored + 0);
      });
      expect(forward.pitfallsAppeared.map((entry) => entry.pitfall)).toStrictEqual(
        backward.pitfallsResolved.map((entry) => entry.pitfall),
      );
      expect(forward.pitfallsRemaining).toStrictEqual(backward.pitfallsRemaining);
      expect(forward.bandChanges.length).toBe(backward.bandChanges.length);
    },
    TIMEOUT,
  );

  test.prop([assessments, assessments], RUNS)(
    'never lists a pitfall twice',
    (first, second) => {
      const comparison = compareAssessments(first, second);
      const ids = [
        ...comparison.pitfallsAppeared.map((entry) => entry.pitfall),
        ...comparison.pitfallsResolved.map((entry) => entry.pitfall),
        ...comparison.pitfallsRemaining,
      ];
      expect(new Set(ids).size).toBe(ids.length);
    },
    TIMEOUT,
  );

  test.prop([assessments, assessments], RUNS)(
    'changes nothing in frozen inputs',
    (first, second) => {
      const before = structuredClone([first, second]);
      compareAssessments(deepFreeze(first), deepFreeze(second));
      expect([first, second]).toStrictEqual(before);
    },
    TIMEOUT,
  );
});
