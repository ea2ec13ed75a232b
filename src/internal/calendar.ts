/**
 * The one date module: calendar dates as `YYYY-MM-DD` strings, checked strictly, converted to and from local `Date`s
 * at midnight, and counted in days and months. Built on date-fns where it serves (counting days across time-zone changes,
 * writing a date); moving by months and counting whole months is done on the `YYYY-MM-DD` string, which date-fns does
 * not offer and which the scoring functions do for every collaboration.
 * Never reads the clock. No other module does calendar arithmetic.
 */
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { lightFormat } from 'date-fns/lightFormat';

const CALENDAR_DATE = /^\d{4}-\d\d-\d\d$/;

/** The number of days in a month of the (proleptic) Gregorian calendar; `month` from 1 to 12. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Tells whether a string is an existing calendar date written as `YYYY-MM-DD`, from the year 1. */
export function isCalendarDate(value: string): boolean {
  // `test` and three slices rather than `exec`: every date field of every document comes through here, and a match
  // builds an array with its groups for each.
  if (!CALENDAR_DATE.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8));
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Builds a local `Date` at midnight, also for years below 100 (which `new Date(y, m, d)` maps to 19xx). */
export function localDate(year: number, month: number, day: number): Date {
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, month - 1, day);
  return date;
}

/** The local `Date` at midnight of an existing `YYYY-MM-DD` date. */
export function dateOf(calendarDate: string): Date {
  return localDate(
    Number(calendarDate.slice(0, 4)),
    Number(calendarDate.slice(5, 7)),
    Number(calendarDate.slice(8, 10)),
  );
}

/** Writes the local calendar date of a `Date` as `YYYY-MM-DD` (the year with at least four digits). */
export function toIsoDate(date: Date): string {
  return lightFormat(date, 'yyyy-MM-dd');
}

/** Tells whether a value is a `Date` (valid or not); `false` for a revoked proxy, which refuses the question. */
export function isDate(value: unknown): value is Date {
  try {
    return value instanceof Date;
  } catch {
    return false;
  }
}

/**
 * Reads a `Date` (by its local calendar date) or an existing `YYYY-MM-DD` string as `YYYY-MM-DD`; `undefined` for
 * anything else, an invalid `Date` included.
 */
export function toCalendarDate(value: unknown): string | undefined {
  if (typeof value === 'string') return isCalendarDate(value) ? value : undefined;
  try {
    if (!(value instanceof Date) || Number.isNaN(value.getTime())) return undefined;
    const date = toIsoDate(value);
    return isCalendarDate(date) ? date : undefined;
  } catch {
    // Not a real Date: a revoked proxy, or a proxy of a Date whose methods refuse it.
    return undefined;
  }
}

/**
 * The same day so many calendar months later (or earlier, for a negative count), as `YYYY-MM-DD`; on the last day of
 * a shorter month when the day does not exist there, as date-fns `addMonths` does. Computed on the string, without a
 * `Date`, because the scoring functions move their time windows for every collaboration.
 */
function shiftMonths(calendarDate: string, months: number): { readonly year: number; readonly text: string } {
  const monthIndex = Number(calendarDate.slice(0, 4)) * 12 + Number(calendarDate.slice(5, 7)) - 1 + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  const day = Math.min(Number(calendarDate.slice(8, 10)), daysInMonth(year, month));
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { year, text };
}

/**
 * The same day so many calendar months earlier, as `YYYY-MM-DD`; on the last day of a shorter month when the day
 * does not exist there, and `'0000-01-01'` before the year 1.
 */
export function monthsBefore(calendarDate: string, months: number): string {
  const earlier = shiftMonths(calendarDate, -months);
  return earlier.year < 1 ? '0000-01-01' : earlier.text;
}

/**
 * The same day so many calendar months later, as `YYYY-MM-DD` (the year may grow past four digits); on the last day
 * of a shorter month when the day does not exist there.
 */
export function monthsAfter(calendarDate: string, months: number): string {
  return shiftMonths(calendarDate, months).text;
}

/**
 * The number of whole calendar months from one date to a later one: a month counts once its day of the month is
 * reached again (from 31 January, 28 February is not yet a whole month).
 */
export function wholeMonthsBetween(from: string, to: string): number {
  const months =
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
  return Number(to.slice(8, 10)) < Number(from.slice(8, 10)) ? months - 1 : months;
}

/** The number of days from one `YYYY-MM-DD` date to another; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(dateOf(to), dateOf(from));
}

/** The calendar year in which the Dutch school year of a `YYYY-MM-DD` date starts (it runs from 1 August). */
export function schoolYearStartOf(calendarDate: string): number {
  const year = Number(calendarDate.slice(0, 4));
  return Number(calendarDate.slice(5, 7)) >= 8 ? year : year - 1;
}

/** The first day (1 August) of the school year that starts in a calendar year, as `YYYY-MM-DD`. */
export function schoolYearStart(startYear: number): string {
  return `${String(startYear).padStart(4, '0')}-08-01`;
}

/** The `YYYY-MM-DD` date a number of days after another (before it for a negative number), in the proleptic calendar. */
export function daysAfter(calendarDate: string, days: number): string {
  const date = dateOf(calendarDate);
  date.setDate(date.getDate() + days);
  return toIsoDate(date);
}
