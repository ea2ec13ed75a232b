import { isPlainObject, readDateArgument, rejectValue, throwIfIssues } from '../arguments/argumentReader.js';
import type { Issue } from '../errors/SamenwerkingError.js';
import { expectedArguments } from '../i18n/expectedArguments/expectedArguments.js';
import { monthsAfter, schoolYearStart, schoolYearStartOf } from '../internal/calendar.js';

/**
 * How often a collaboration is reviewed: every so many months, or every so many school years.
 *
 * @category Time
 */
export type ReviewCadence =
  | {
      /** The number of months between reviews, a whole number from 1 to 120. */
      readonly months: number;
    }
  | {
      /** The number of school years between reviews, a whole number from 1 to 10. */
      readonly schoolYears: number;
    };

/**
 * Gives the date of the next review after the last one.
 *
 * @remarks
 * With `{ months }` the review falls the same day so many months later; when that month is shorter, on its last
 * day (31 January plus one month is 28 or 29 February). With `{ schoolYears }` it falls on the first day (1 August)
 * of the school year that many years after the one of the last review.
 *
 * @param last - The date of the last review, as a `Date` or a `YYYY-MM-DD` string.
 * @param cadence - The review rhythm: `{ months: 6 }` or `{ schoolYears: 1 }`.
 * @returns The next review date as `YYYY-MM-DD`.
 * @throws {SamenwerkingError} `invalid_date` when `last` is not a valid date.
 * @throws {SamenwerkingError} `invalid_option` when the cadence is not one of the two forms with a whole number in
 *   range, or the next review would fall after the year 9999.
 *
 * @example
 * ```ts
 * nextReviewDate('2026-01-31', { months: 1 });
 * //=> '2026-02-28'
 * nextReviewDate('2026-03-15', { schoolYears: 1 });
 * //=> '2026-08-01'
 * ```
 * @category Time
 */
export function nextReviewDate(last: Date | string, cadence: ReviewCadence): string {
  const issues: Issue[] = [];
  const day = readDateArgument(last, ['last'], issues);
  throwIfIssues(issues);
  const { months, years } = readCadence(cadence);
  let next: string | undefined;
  if (isWhole(months, 1, 120) && years === undefined) {
    next = monthsAfter(day as string, months);
  } else if (isWhole(years, 1, 10) && months === undefined) {
    next = schoolYearStart(schoolYearStartOf(day as string) + years);
  }
  if (next === undefined || next.length > 10) {
    rejectValue(issues, ['cadence'], 'cadence', cadence, expectedArguments.cadence());
    throwIfIssues(issues);
  }
  return next as string;
}

function isWhole(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** Reads the two fields of a cadence; a value that is not an object, or whose fields cannot be read, has neither. */
function readCadence(cadence: unknown): { readonly months: unknown; readonly years: unknown } {
  if (!isPlainObject(cadence)) return { months: undefined, years: undefined };
  try {
    return { months: cadence.months, years: cadence.schoolYears };
  } catch {
    // A getter or proxy that throws: the cadence is refused like any other unusable value.
    return { months: Number.NaN, years: Number.NaN };
  }
}
