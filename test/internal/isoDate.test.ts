import { describe, expect, it } from 'vitest';
import { daysInMonth, isIsoDate, localDate, readDate, toIsoDate } from '../../src/internal/isoDate.js';

describe('isIsoDate', () => {
  it('accepts existing dates and rejects impossible ones', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-4-30')).toBe(false);
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

  it('read a Date at local midnight', () => {
    const read = readDate(new Date(2026, 4, 6, 15, 30));
    expect(read.getHours()).toBe(0);
    expect(toIsoDate(read)).toBe('2026-05-06');
  });
});
