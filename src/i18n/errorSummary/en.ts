import type { ErrorSummaryMessages } from './nl.js';

/** The first line of a `SamenwerkingError`'s message, in English. */
export const en: ErrorSummaryMessages = {
  problemsFound: (count) => (count === 1 ? '1 problem found' : `${count} problems found`),
};
