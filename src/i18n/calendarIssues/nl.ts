import { quoteValue } from '../format.js';

const quote = (value: unknown): string => quoteValue(value, 'nl');

/**
 * The messages about a date or a school year given as an argument, in Dutch: a group of its own, so that a function
 * that takes no date does not load them.
 */
export const nl = {
  /** A value that is not an existing calendar date. */
  invalidDate: (value: unknown): string =>
    `${quote(value)} is geen bestaande kalenderdatum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld '2026-03-15'.`,
  /** A value that is not a school year. */
  invalidSchoolYear: (value: unknown): string =>
    `${quote(value)} is geen schooljaar. Schrijf het als twee opeenvolgende jaren, bijvoorbeeld '2025-2026'.`,
};

/** The messages about a date or a school year given as an argument: the shape every language implements. */
export type CalendarIssueMessages = typeof nl;
