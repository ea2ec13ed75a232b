import { SamenwerkingError } from '../errors/SamenwerkingError.js';
import { calendarIssues } from '../i18n/calendarIssues/calendarIssues.js';

/**
 * The first and the last day of a school year, both included, as `YYYY-MM-DD` strings.
 *
 * @category Time
 */
export interface SchoolYearInterval {
  /** The first day: 1 August. */
  readonly start: string;
  /** The last day: 31 July of the next calendar year. */
  readonly end: string;
}

const SCHOOL_YEAR = /^(\d{4})-(\d{4})$/;

/**
 * Gives the first and the last day of a school year.
 *
 * @remarks
 * ISO date strings compare correctly as text, so `start <= date && date <= end` tells whether a date falls in the
 * school year; the day after `end` is the `start` of the next school year.
 *
 * @param schoolYear - The school year as two consecutive years, for example `'2025-2026'`.
 * @returns The interval from 1 August to 31 July, both included.
 * @throws {SamenwerkingError} `invalid_date` when the label is not two consecutive years.
 *
 * @example
 * ```ts
 * schoolYearInterval('2025-2026');
 * //=> { start: '2025-08-01', end: '2026-07-31' }
 * ```
 * @category Time
 */
export function schoolYearInterval(schoolYear: string): SchoolYearInterval {
  const match = typeof schoolYear === 'string' ? SCHOOL_YEAR.exec(schoolYear) : null;
  const startYear = match === null ? Number.NaN : Number(match[1]);
  if (match === null || startYear < 1 || Number(match[2]) !== startYear + 1) {
    throw new SamenwerkingError([
      { code: 'invalid_date', path: ['schoolYear'], message: calendarIssues.invalidSchoolYear(schoolYear) },
    ]);
  }
  return { start: `${match[1]}-08-01`, end: `${match[2]}-07-31` };
}
