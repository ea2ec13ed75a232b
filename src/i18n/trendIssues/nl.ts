import { quoteIds, quoteValue } from '../format.js';

/**
 * The messages about a stored trend that breaks a rule of its format, in Dutch: dates out of order, a series whose
 * points do not follow the dates, a change on a date the trend does not have, or a figure that does not follow from the
 * points. A stored trend should come back exactly as `trend` wrote it; these messages point at one edited by hand.
 */
export const nl = {
  dateOrder: (where: string, previous: string, found: unknown): string =>
    `${where}: de datums staan van oud naar nieuw en elke datum één keer, maar na '${previous}' volgt ${quoteValue(found, 'nl')}. Bereken de trend opnieuw met trend(metingen) in plaats van de datums met de hand te wijzigen.`,
  pointCount: (where: string, points: number, dates: number): string =>
    `${where}: ${points} ${points === 1 ? 'punt' : 'punten'} voor ${dates} ${dates === 1 ? 'datum' : 'datums'}, terwijl een reeks één punt per datum van de trend heeft. Bereken de trend opnieuw met trend(metingen) in plaats van punten toe te voegen of weg te halen.`,
  pointDate: (where: string, expected: string, found: unknown): string =>
    `${where}: dit punt hoort bij de datum '${expected}' op dezelfde plek in dates, maar heeft ${quoteValue(found, 'nl')}. Bereken de trend opnieuw met trend(metingen) in plaats van het met de hand aan te passen.`,
  changeDate: (where: string, found: unknown, dates: readonly string[]): string =>
    `${where}: een verandering valt op een latere meting van de trend (${quoteIds(dates)}), in volgorde van datum, maar deze heeft ${quoteValue(found, 'nl')}. Bereken de trend opnieuw met trend(metingen) in plaats van het met de hand aan te passen.`,
  derived: (where: string, expected: unknown, found: unknown): string =>
    `${where}: uit de punten en options.minChange volgt ${quoteValue(expected, 'nl')}, maar er staat ${quoteValue(found, 'nl')}. Bereken de trend opnieuw met trend(metingen) in plaats van het met de hand aan te passen.`,
  overallSubject: (where: string, found: unknown): string =>
    `${where}: de reeks van de totaalscore heeft als onderwerp 'overall', niet ${quoteValue(found, 'nl')}. Zet het onderwerp terug op 'overall', of bereken de trend opnieuw met trend(metingen).`,
};

/** The messages about a stored trend: the shape every language implements. */
export type TrendIssueMessages = typeof nl;
