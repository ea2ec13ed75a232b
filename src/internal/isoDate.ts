/**
 * Calendar dates as `YYYY-MM-DD` strings: strict parsing, and conversion to and from local `Date`s at
 * midnight. Never reads the clock.
 */

import { messages } from '../errors/messages.js';
import type { PathSegment } from '../errors/SamenwerkingError.js';
import { SamenwerkingError } from '../errors/SamenwerkingError.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Tells whether a string is an existing calendar date written as `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The number of days in a month of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The same day so many calendar months earlier, as `YYYY-MM-DD`; on the last day of a shorter month when the day
 * does not exist there, and `'0000-01-01'` before the year 1.
 */
export function monthsBefore(date: string, months: number): string {
  const monthIndex = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 - months;
  const year = Math.floor(monthIndex / 12);
  if (year < 1) return '0000-01-01';
  const month = (monthIndex % 12) + 1;
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Builds a local `Date` at midnight, also for years below 100 (which `new Date(y, m, d)` maps to 19xx). */
export function localDate(year: number, month: number, day: number): Date {
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, month - 1, day);
  return date;
}

/** Writes the local calendar date of a `Date` as `YYYY-MM-DD`. */
export function toIsoDate(date: Date): string {
  const year = String(date.getFullYear()).padStart(4, '0');
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/**
 * Reads a `Date` or a `YYYY-MM-DD` string as a calendar date, returned as a local `Date` at midnight.
 *
 * @throws {SamenwerkingError} `invalid_date` when the value is neither a valid `Date` nor an existing date.
 */
export function readDate(value: unknown, path: readonly PathSegment[] = []): Date {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw invalidDate(value, path);
    return localDate(value.getFullYear(), value.getMonth() + 1, value.getDate());
  }
  if (typeof value === 'string' && isIsoDate(value)) {
    return localDate(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10)));
  }
  throw invalidDate(value, path);
}

function invalidDate(value: unknown, path: readonly PathSegment[]): SamenwerkingError {
  const shown = value instanceof Date ? 'Invalid Date' : value;
  return new SamenwerkingError([{ code: 'invalid_date', path, message: messages.invalidDate(shown) }]);
}
