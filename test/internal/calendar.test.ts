import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  daysInMonth,
  isCalendarDate,
  localDate,
  monthsAfter,
  monthsBefore,
  schoolYearStartOf,
  toCalendarDate,
  toIsoDate,
  wholeMonthsBetween,
} from '../../src/internal/calendar.js';

describe('isCalendarDate', () => {
  it('accepts existing dates and rejects impossible ones', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2100-02-29')).toBe(false);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('2026-04-31')).toBe(false);
    expect(isCalendarDate('2026-4-30')).toBe(false);
    expect(isCalendarDate('0000-01-01')).toBe(false);
  });

  it('rejects every other character where a digit or a hyphen belongs, and any other length', () => {
    for (const text of [
      '2024/02/29',
      '2024-02-2a',
      '2024-0a-01',
      '20a4-01-01',
      '2024-01-01 ',
      ' 2024-01-01',
      '+024-01-01',
    ]) {
      expect(isCalendarDate(text)).toBe(false);
    }
    expect(isCalendarDate('٢٠٢٤-٠١-٠١')).toBe(false); // Arabic-Indic digits are not the digits 0 to 9
    expect(isCalendarDate('12024-01-01')).toBe(false);
    expect(isCalendarDate('')).toBe(false);
  });
});

describe('daysInMonth', () => {
  it('knows the short months and leap years', () => {
    expect([1, 2, 4, 6, 9, 11, 12].map((month) => daysInMonth(2023, month))).toEqual([31, 28, 30, 30, 30, 30, 31]);
    expect(daysInMonth(1900, 2)).toBe(28);
  });
});

describe('localDate and toIsoDate', () => {
  it('round-trip early years that new Date(y, m, d) would move to the 1900s', () => {
    expect(toIsoDate(localDate(42, 3, 5))).toBe('0042-03-05');
  });
});

describe('toCalendarDate', () => {
  it('reads a Date by its local calendar date', () => {
    expect(toCalendarDate(new Date(2026, 4, 6, 23, 30))).toBe('2026-05-06');
  });

  it('keeps an existing date string and refuses anything else', () => {
    expect(toCalendarDate('2026-05-06')).toBe('2026-05-06');
    expect(toCalendarDate('2026-02-30')).toBeUndefined();
    expect(toCalendarDate(new Date(Number.NaN))).toBeUndefined();
    expect(toCalendarDate(20260506)).toBeUndefined();
  });
});

describe('monthsBefore and monthsAfter', () => {
  it('land on the last day of a shorter month', () => {
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsAfter('2024-01-31', 1)).toBe('2024-02-29');
  });

  it('stop at the year 1 going back', () => {
    expect(monthsBefore('0001-06-15', 12)).toBe('0000-01-01');
  });
});

describe('wholeMonthsBetween', () => {
  it('counts a month once its day of the month comes round again', () => {
    expect(wholeMonthsBetween('2020-01-31', '2020-02-29')).toBe(0);
    expect(wholeMonthsBetween('2020-01-15', '2020-02-15')).toBe(1);
    expect(wholeMonthsBetween('2019-08-01', '2026-03-15')).toBe(79);
  });
});

describe('daysBetween', () => {
  it('counts calendar days across a change to summer time and a leap day', () => {
    expect(daysBetween('2024-02-28', '2024-03-31')).toBe(32);
    expect(daysBetween('2026-03-01', '2025-03-01')).toBe(-365);
  });
});

describe('schoolYearStartOf', () => {
  it('starts the school year on 1 August', () => {
    expect(schoolYearStartOf('2026-07-31')).toBe(2025);
    expect(schoolYearStartOf('2026-08-01')).toBe(2026);
  });
});
