import { quoteValue } from '../format.js';
import type { CalendarIssueMessages } from './nl.js';

const quote = (value: unknown): string => quoteValue(value, 'en');

/** The messages about a date or a school year given as an argument, in English. */
export const en: CalendarIssueMessages = {
  invalidDate: (value) =>
    `${quote(value)} is not a real calendar date. Write the date as YYYY-MM-DD, for example '2026-03-15'.`,
  invalidSchoolYear: (value) =>
    `${quote(value)} is not a school year. Write it as two consecutive years, for example '2025-2026'.`,
};
