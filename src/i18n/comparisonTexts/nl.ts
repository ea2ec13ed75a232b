import { formatChange, formatCount, formatNumber } from '../format.js';
import type { LocalisedText } from '../LocalisedText.js';

const number = (value: number): string => formatNumber(value, 'nl');

/** A moment of a comparison: its date and school year. */
interface Moment {
  readonly date: string;
  readonly schoolYear: string;
}

/** The lines of `compareAssessments`, in Dutch: the change of one factor, and the summary of the comparison. */
export const nl = {
  factorChange: (name: LocalisedText, before: number | null, after: number | null): string => {
    if (before === null && after === null) return `${name.nl}: geen score, voor noch na.`;
    if (before === null) return `${name.nl}: eerst geen score, nu ${number(after as number)}.`;
    if (after === null) return `${name.nl}: eerst ${number(before)}, nu geen score.`;
    return `${name.nl}: van ${number(before)} naar ${number(after)} (${formatChange(after - before, 'nl')}).`;
  },
  summary: (
    before: Moment,
    after: Moment,
    overallChange: number | null,
    appeared: number,
    resolved: number,
    bandChanges: number,
  ): string => {
    const change =
      overallChange === null ? 'totaalscore niet te vergelijken' : `totaalscore ${formatChange(overallChange, 'nl')}`;
    return `Van ${before.date} (schooljaar ${before.schoolYear}) naar ${after.date} (schooljaar ${after.schoolYear}): ${change}; ${formatCount(appeared, 'valkuil erbij', 'valkuilen erbij', 'nl')}, ${formatCount(resolved, 'valkuil opgelost', 'valkuilen opgelost', 'nl')}; ${formatCount(bandChanges, 'band veranderd', 'banden veranderd', 'nl')}.`;
  },
};

/** The lines of `compareAssessments`: the shape every language implements. */
export type ComparisonTextMessages = typeof nl;
