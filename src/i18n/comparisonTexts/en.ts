import { formatChange, formatCount, formatNumber } from '../format.js';
import type { ComparisonTextMessages } from './nl.js';

const number = (value: number): string => formatNumber(value, 'en');

/** The lines of `compareAssessments`, in English. */
export const en: ComparisonTextMessages = {
  factorChange: (name, before, after) => {
    if (before === null && after === null) return `${name.en}: no score, before or after.`;
    if (before === null) return `${name.en}: no score before, now ${number(after as number)}.`;
    if (after === null) return `${name.en}: ${number(before)} before, no score now.`;
    return `${name.en}: from ${number(before)} to ${number(after)} (${formatChange(after - before, 'en')}).`;
  },
  summary: (before, after, overallChange, appeared, resolved, bandChanges) => {
    const change =
      overallChange === null ? 'overall score not comparable' : `overall score ${formatChange(overallChange, 'en')}`;
    return `From ${before.date} (school year ${before.schoolYear}) to ${after.date} (school year ${after.schoolYear}): ${change}; ${formatCount(appeared, 'new pitfall', 'new pitfalls', 'en')}, ${formatCount(resolved, 'pitfall resolved', 'pitfalls resolved', 'en')}; ${formatCount(bandChanges, 'band changed', 'bands changed', 'en')}.`;
  },
};
