/** The first line of a `SamenwerkingError`'s message, in Dutch: how many problems were found. */
export const nl = {
  problemsFound: (count: number): string => (count === 1 ? '1 probleem gevonden' : `${count} problemen gevonden`),
};

/** The summary of an error: the shape every language implements. */
export type ErrorSummaryMessages = typeof nl;
