import { fc, test } from '@fast-check/vitest';
import { addMonths } from 'date-fns/addMonths';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { describe, expect } from 'vitest';
import {
  dateOf,
  daysBetween,
  isCalendarDate,
  monthsAfter,
  monthsBefore,
  toIsoDate,
} from '../../src/internal/calendar.js';

const calendarDate = fc
  .date({ min: new Date(1900, 0, 1), max: new Date(2200, 11, 31), noInvalidDate: true })
  .map((date) => toIsoDate(date));

describe('the calendar', () => {
  test.prop([calendarDate, fc.integer({ min: 0, max: 1200 })])(
    'moves by months as date-fns addMonths does, both ways',
    (date, months) => {
      expect(monthsAfter(date, months)).toBe(toIsoDate(addMonths(dateOf(date), months)));
      expect(monthsBefore(date, months)).toBe(toIsoDate(addMonths(dateOf(date), -months)));
    },
  );

  test.prop([calendarDate, calendarDate])(
    'counts days as date-fns does, and the other way round negated',
    (from, to) => {
      expect(daysBetween(from, to)).toBe(differenceInCalendarDays(dateOf(to), dateOf(from)));
      expect(daysBetween(to, from) + daysBetween(from, to)).toBe(0);
    },
  );

  const pad = (value: number, width: number): string => String(value).padStart(width, '0');
  /** Dates written YYYY-MM-DD around every edge (year 0, month 0 and 13, day 0 to 32, leap years), and near misses. */
  const written = fc.oneof(
    fc
      .tuple(fc.integer({ min: 0, max: 2500 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([year, month, day]) => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`),
    fc.string({ unit: fc.constantFrom(...'0123456789-/a '), minLength: 8, maxLength: 12 }),
  );

  test.prop([written], { numRuns: 3_000 })(
    'isCalendarDate says what the written form and the calendar say: YYYY-MM-DD from the year 1, an existing day',
    (text) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
      const [year, month, day] = match === null ? [0, 0, 0] : match.slice(1).map(Number);
      // The reference: a UTC date of those numbers gives them back only when the day exists.
      const date = new Date(0);
      date.setUTCFullYear(year as number, (month as number) - 1, day as number);
      const exists =
        match !== null &&
        (year as number) >= 1 &&
        date.getUTCFullYear() === year &&
        date.getUTCMonth() === (month as number) - 1 &&
        date.getUTCDate() === day;
      expect(isCalendarDate(text)).toBe(exists);
    },
  );
});
