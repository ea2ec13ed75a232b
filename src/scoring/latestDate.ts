import type { Collaboration } from '../schema/types.js';

/**
 * The latest of all dates in a collaboration (start, end, agreements, events), or `undefined` when it has none. The
 * scoring functions measure time windows to it, so that none of them reads the clock.
 */
export function latestDate(collaboration: Collaboration): string | undefined {
  let latest: string | undefined;
  const consider = (date: string | undefined): void => {
    if (date !== undefined && (latest === undefined || date > latest)) latest = date;
  };
  consider(collaboration.startDate);
  consider(collaboration.endDate);
  for (const agreement of collaboration.agreements ?? []) consider(agreement.date);
  for (const event of collaboration.events ?? []) consider(event.date);
  return latest;
}
