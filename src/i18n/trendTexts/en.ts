import { formatChange, formatCount, formatNumber } from '../format.js';
import type { TrendTextMessages } from './nl.js';

const number = (value: number): string => formatNumber(value, 'en');

const DIRECTION = { rising: 'rising', falling: 'falling', stable: 'stable' } as const;

/** The texts of `trend`, in English. */
export const en: TrendTextMessages = {
  overallName: 'Overall score',
  series: (name, first, last, sinceFirst, direction, points) => {
    if (first === null && last === null) return `${name.en}: no score at the first or the last assessment.`;
    if (points === 1) return `${name.en}: ${last === null ? 'no score' : number(last)}, the start of the series.`;
    if (sinceFirst === null || direction === null) {
      return `${name.en}: not comparable over the whole series (first ${first === null ? 'no score' : number(first)}, now ${last === null ? 'no score' : number(last)}).`;
    }
    return `${name.en}: from ${number(first as number)} to ${number(last as number)} (${formatChange(sinceFirst, 'en')}), ${DIRECTION[direction]}.`;
  },
  summary: (first, last, assessments, overallChange, direction, appeared, resolved) => {
    const count = formatCount(assessments, 'assessment', 'assessments', 'en');
    if (assessments === 1) return `One assessment (${first}): the start of a series; no change to see yet.`;
    const change =
      overallChange === null || direction === null
        ? 'overall score not comparable over the whole series'
        : `overall score ${DIRECTION[direction]} (${formatChange(overallChange, 'en')} since the first assessment)`;
    return `From ${first} to ${last}, ${count}: ${change}; along the way ${formatCount(appeared, 'pitfall appeared', 'pitfalls appeared', 'en')} and ${formatCount(resolved, 'was resolved', 'were resolved', 'en')}.`;
  },
  chartTitle: (collaboration) => `Scores of ${collaboration} over time`,
  chartDescription: (first, last, assessments, lines) =>
    `Line chart of ${formatCount(assessments, 'assessment', 'assessments', 'en')}, from ${first} to ${last}, on a scale of 0 to 100 with the bands as background. ${lines}`,
  pointTitle: (name, date, score) => `${name.en}, ${date}: ${score === null ? 'no score' : number(score)}`,
  chartBands: 'an object { voldoende, goed } with 0 ≤ voldoende < goed ≤ 100',
  expectedAssessments: 'a list of one or more assessments (kind: assessment) or scores from scoreBerenschot',
  sameCollaboration: (collaboration) =>
    `an assessment of the same collaboration as the first ('${collaboration}'); a trend follows one collaboration`,
  distinctDate: (date, other) =>
    `a date other than ${date}: assessment ${other} already has it; merge assessments of the same day into one`,
  minChange: 'a number from 0 to 100: the smallest difference in points that counts as rising or falling',
};
