import { readDateArgument, throwIfIssues } from '../arguments/argumentReader.js';
import type { Issue } from '../errors/SamenwerkingError.js';
import { schoolYearStartOf } from '../internal/calendar.js';

/**
 * A Dutch school year written as its two calendar years, for example `'2025-2026'`.
 *
 * @category Time
 */
export type SchoolYear = `${number}-${number}`;

/**
 * Gives the school year a date falls in. The Dutch school year runs from 1 August to 31 July.
 *
 * @remarks
 * A `Date` is read by its local calendar date (as date-fns does); a string must be an existing `YYYY-MM-DD` date.
 *
 * @param date - The date, as a `Date` or a `YYYY-MM-DD` string.
 * @returns The school year, for example `'2025-2026'`.
 * @throws {SamenwerkingError} `invalid_date` when the date is an invalid `Date` or not an existing `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * schoolYearOf('2026-07-31');
 * //=> '2025-2026'
 * schoolYearOf('2026-08-01');
 * //=> '2026-2027'
 * ```
 * @category Time
 */
export function schoolYearOf(date: Date | string): SchoolYear {
  const issues: Issue[] = [];
  const day = readDateArgument(date, ['date'], issues);
  throwIfIssues(issues);
  return schoolYearLabel(schoolYearStartOf(day as string));
}

/** Writes the school year that starts on 1 August of a year. */
export function schoolYearLabel(startYear: number): SchoolYear {
  return `${String(startYear).padStart(4, '0')}-${String(startYear + 1).padStart(4, '0')}` as SchoolYear;
}
