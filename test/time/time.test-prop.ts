import { fc, test } from '@fast-check/vitest';
import { addDays } from 'date-fns/addDays';
import { describe, expect } from 'vitest';
import { toIsoDate } from '../../src/internal/calendar.js';
import { nextReviewDate, schoolYearInterval, schoolYearOf } from '../../src/time/index.js';

const day = fc
  .date({ min: new Date(1900, 0, 1), max: new Date(2200, 11, 31), noInvalidDate: true })
  .map((date) => toIsoDate(date));

describe('school years', () => {
  test.prop([day], { numRuns: 1000 })('every date falls inside the interval of its school year', (date) => {
    const { start, end } = schoolYearInterval(schoolYearOf(date));
    expect(start <= date && date <= end).toBe(true);
  });

  test.prop([fc.integer({ min: 1, max: 9997 })], { numRuns: 1000 })('consecutive school years touch', (year) => {
    const label = `${String(year).padStart(4, '0')}-${String(year + 1).padStart(4, '0')}`;
    const next = `${String(year + 1).padStart(4, '0')}-${String(year + 2).padStart(4, '0')}`;
    const { end } = schoolYearInterval(label);
    const [y, m, d] = end.split('-').map(Number) as [number, number, number];
    const dayAfter = new Date(2000, 0, 1);
    dayAfter.setFullYear(y, m - 1, d);
    expect(toIsoDate(addDays(dayAfter, 1))).toBe(schoolYearInterval(next).start);
  });

  test.prop([day], { numRuns: 1000 })('a string and the matching Date give the same school year', (date) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    expect(schoolYearOf(new Date(y, m - 1, d))).toBe(schoolYearOf(date));
  });
});

describe('review dates', () => {
  test.prop([day, fc.integer({ min: 1, max: 120 })], { numRuns: 1000 })(
    'the next review always comes after the last one',
    (date, months) => {
      expect(nextReviewDate(date, { months }) > date).toBe(true);
    },
  );

  test.prop([day, fc.integer({ min: 1, max: 10 })], { numRuns: 1000 })(
    'a school-year review falls on the first day of a later school year',
    (date, schoolYears) => {
      const next = nextReviewDate(date, { schoolYears });
      expect(next.endsWith('-08-01')).toBe(true);
      expect(next > date).toBe(true);
      expect(schoolYearInterval(schoolYearOf(next)).start).toBe(next);
    },
  );
});
