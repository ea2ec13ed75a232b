import { fc, test } from '@fast-check/vitest';
import { addMonths } from 'date-fns/addMonths';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { describe, expect } from 'vitest';
import { dateOf, daysBetween, monthsAfter, monthsBefore, toIsoDate } from '../../src/internal/calendar.js';

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
});
