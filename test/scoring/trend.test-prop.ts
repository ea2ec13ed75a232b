import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import type { Assessment } from '../../src/schema/types.js';
import { compareAssessments } from '../../src/scoring/compareAssessments.js';
import { scoreBerenschot } from '../../src/scoring/scoreBerenschot.js';
import { trend } from '../../src/scoring/trend.js';
import { assessmentArbitrary } from '../support/assessmentArbitrary.js';

const RUNS = { numRuns: 200 } as const;
const TIMEOUT = 60_000;

/** Two to five assessments of one collaboration on distinct dates (the generator dates them all 2026-03-15). */
const series = fc
  .tuple(
    fc.array(assessmentArbitrary({ maxResponses: 4 }), { minLength: 2, maxLength: 5 }),
    fc.uniqueArray(fc.integer({ min: 0, max: 3000 }), { minLength: 5, maxLength: 5 }),
  )
  .map(([assessments, offsets]) =>
    assessments.map((assessment, index): Assessment => {
      const day = new Date(Date.UTC(2020, 0, 1 + (offsets[index] as number)));
      return { ...assessment, date: day.toISOString().slice(0, 10) };
    }),
  );

describe('trend on any series of assessments', () => {
  test.prop([series], RUNS)(
    'of two assessments agrees with compareAssessments',
    (assessments) => {
      const [first, second] = [...assessments.slice(0, 2)].sort((left, right) => (left.date < right.date ? -1 : 1));
      const course = trend([second as Assessment, first as Assessment]);
      const comparison = compareAssessments(first as Assessment, second as Assessment);
      expect(course.overall.changeSinceFirst).toBe(comparison.overallChange);
      expect(course.overall.changeSincePrevious).toBe(comparison.overallChange);
      course.factors.forEach((series, index) => {
        expect(series.changeSinceFirst).toBe(comparison.factors[index]?.change);
      });
      const bands = [...course.factors, course.overall].flatMap((series) =>
        series.bandChanges.map(({ subject, before, after, direction }) => ({ subject, before, after, direction })),
      );
      expect(bands).toStrictEqual(comparison.bandChanges);
      expect(
        course.pitfallChanges.filter((change) => change.change === 'appeared').map((change) => change.pitfall),
      ).toStrictEqual(comparison.pitfallsAppeared.map((change) => change.pitfall));
      expect(
        course.pitfallChanges.filter((change) => change.change === 'resolved').map((change) => change.pitfall),
      ).toStrictEqual(comparison.pitfallsResolved.map((change) => change.pitfall));
    },
    TIMEOUT,
  );

  test.prop([series, fc.integer()], RUNS)(
    'does not depend on the order the assessments are passed in',
    (assessments, seed) => {
      const shuffled = [...assessments];
      let state = seed;
      for (let index = shuffled.length - 1; index > 0; index--) {
        state = (state * 1103515245 + 12345) | 0;
        const other = Math.abs(state) % (index + 1);
        [shuffled[index], shuffled[other]] = [shuffled[other] as Assessment, shuffled[index] as Assessment];
      }
      expect(trend(shuffled)).toStrictEqual(trend(assessments));
    },
    TIMEOUT,
  );

  test.prop([series], RUNS)(
    'has one point per assessment, each the score of that assessment, and dates in order',
    (assessments) => {
      const course = trend(assessments);
      expect(course.dates).toStrictEqual([...assessments.map((entry) => entry.date)].sort());
      for (const date of course.dates) {
        const score = scoreBerenschot(assessments.find((entry) => entry.date === date) as Assessment);
        const at = course.dates.indexOf(date);
        expect(course.overall.points[at]?.score).toBe(score.overall.score);
        course.factors.forEach((series, index) => {
          expect(series.points[at]?.score).toBe(score.factors[index]?.score);
        });
      }
    },
    TIMEOUT,
  );

  test.prop([series, fc.double({ min: 0, max: 100, noNaN: true })], RUNS)(
    'calls a series rising or falling only when it moved at least minChange from first to last',
    (assessments, minChange) => {
      const course = trend(assessments, { minChange });
      for (const series of [course.overall, ...course.factors]) {
        const change = series.changeSinceFirst;
        if (change === null) expect(series.direction).toBeNull();
        else if (series.direction === 'rising') expect(change).toBeGreaterThanOrEqual(minChange);
        else if (series.direction === 'falling') expect(change).toBeLessThanOrEqual(-minChange);
        else expect(Math.abs(change) < minChange || change === 0).toBe(true);
      }
    },
    TIMEOUT,
  );

  test.prop([assessmentArbitrary({ maxResponses: 6 })], RUNS)(
    'of one assessment shows no change, no band change and no pitfall change',
    (assessment) => {
      const course = trend([assessment]);
      for (const series of [course.overall, ...course.factors]) {
        expect(series.points).toHaveLength(1);
        expect(series.changeSinceFirst).toBe(series.points[0]?.score === null ? null : 0);
        expect(series.changeSincePrevious).toBeNull();
        expect(series.bandChanges).toStrictEqual([]);
      }
      expect(course.pitfallChanges).toStrictEqual([]);
      expect(course.pitfallsNow).toStrictEqual(scoreBerenschot(assessment).pitfalls.map((pitfall) => pitfall.pitfall));
    },
    TIMEOUT,
  );
});
