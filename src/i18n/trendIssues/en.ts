import { quoteIds, quoteValue } from '../format.js';
import type { TrendIssueMessages } from './nl.js';

/** The messages about a stored trend that breaks a rule of its format, in English. */
export const en: TrendIssueMessages = {
  dateOrder: (where, previous, found) =>
    `${where}: the dates run from old to new, each once, but '${previous}' is followed by ${quoteValue(found, 'en')}. Compute the trend again with trend(assessments) rather than changing the dates by hand.`,
  pointCount: (where, points, dates) =>
    `${where}: ${points} ${points === 1 ? 'point' : 'points'} for ${dates} ${dates === 1 ? 'date' : 'dates'}, while a series has one point per date of the trend. Compute the trend again with trend(assessments) rather than adding or removing points.`,
  pointDate: (where, expected, found) =>
    `${where}: this point belongs to the date '${expected}' at the same place in dates, but has ${quoteValue(found, 'en')}. Compute the trend again with trend(assessments) rather than editing it by hand.`,
  changeDate: (where, found, dates) =>
    `${where}: a change falls on a later assessment of the trend (${quoteIds(dates)}), in date order, but this one has ${quoteValue(found, 'en')}. Compute the trend again with trend(assessments) rather than editing it by hand.`,
  derived: (where, expected, found) =>
    `${where}: the points and options.minChange give ${quoteValue(expected, 'en')}, but it says ${quoteValue(found, 'en')}. Compute the trend again with trend(assessments) rather than editing it by hand.`,
  overallSubject: (where, found) =>
    `${where}: the series of the overall score has the subject 'overall', not ${quoteValue(found, 'en')}. Put the subject back to 'overall', or compute the trend again with trend(assessments).`,
};
