import { describe, expectTypeOf, it } from 'vitest';
import type { ReviewCadence, SchoolYear, SchoolYearInterval } from '../../src/time/index.js';
import { nextReviewDate, schoolYearInterval, schoolYearOf } from '../../src/time/index.js';

describe('time types', () => {
  it('schoolYearOf takes a Date or a string and gives a school-year label', () => {
    expectTypeOf(schoolYearOf).parameter(0).toEqualTypeOf<Date | string>();
    expectTypeOf(schoolYearOf).returns.toEqualTypeOf<SchoolYear>();
    expectTypeOf<'2025-2026'>().toMatchTypeOf<SchoolYear>();
  });

  it('schoolYearInterval gives readonly start and end strings', () => {
    expectTypeOf(schoolYearInterval).returns.toEqualTypeOf<SchoolYearInterval>();
    expectTypeOf<SchoolYearInterval['start']>().toEqualTypeOf<string>();
  });

  it('nextReviewDate takes one of two cadences', () => {
    expectTypeOf(nextReviewDate).parameter(1).toEqualTypeOf<ReviewCadence>();
    expectTypeOf({ months: 6 }).toMatchTypeOf<ReviewCadence>();
    expectTypeOf({ schoolYears: 1 }).toMatchTypeOf<ReviewCadence>();
    // @ts-expect-error a cadence needs months or schoolYears
    nextReviewDate('2026-01-01', { weeks: 2 });
    // @ts-expect-error a date must be a Date or a string, not a number
    schoolYearOf(20260801);
  });
});
