/**
 * The format of a stored trend (`kind: 'trend'`, the result of `trend`), written once: its parts with every field and
 * what it is. The rules that span fields are in `resultRules.ts`.
 */
import * as z from 'zod';
import { bandDirection, bandSubject, change } from './assessmentComparisonFormat.js';
import { appliedScoreOptionsPart } from './berenschotScoreFormat.js';
import { indicatorId, pitfallId, strategyFactorId } from './enums.js';
import { type EnumOf, isoDate, namedEnum, part, slug } from './fields.js';
import { band, frameOf, localisedText, schoolYear, score } from './resultFields.js';
import type { Agrees, Assert } from './sameType.js';
import type { AppliedTrendOptions, Trend } from './Trend.js';

const trendDirection: EnumOf<readonly ['rising', 'falling', 'stable']> = namedEnum(
  'TrendDirection',
  ['rising', 'falling', 'stable'],
  'Which way a series went from its first to its last score: rising or falling by at least minChange points, stable otherwise.',
);

const pitfallChangeKind: EnumOf<readonly ['appeared', 'resolved']> = namedEnum(
  'TrendPitfallChangeKind',
  ['appeared', 'resolved'],
  'Whether a pitfall appeared (signalled after, not before) or was resolved (signalled before, not after).',
);

const pointPart = part('TrendPoint', 'One point of a series: a score at one assessment.', {
  date: [isoDate, 'The date of the assessment.'],
  schoolYear: [schoolYear, 'The school year of that date.'],
  score: [score.nullable(), 'The score, or null when the assessment gave none.'],
  band: [band.nullable(), 'The band of the score, or null without a score.'],
});

const bandChangePart = part('TrendBandChange', 'A band change between two consecutive assessments.', {
  subject: [bandSubject, 'The strategy factor, or overall for the overall score.'],
  before: [band.nullable(), 'The band before, or null without a score.'],
  after: [band.nullable(), 'The band after, or null without a score.'],
  direction: [bandDirection, 'Which way it moved.'],
  date: [isoDate, 'The date of the assessment at which the band was first different.'],
});

const seriesPart = part(
  'TrendSeries',
  'The course of one score (a strategy factor, or the overall score) over the assessments.',
  {
    subject: [bandSubject, 'The strategy factor, or overall.'],
    label: [localisedText, 'Its name.'],
    points: [z.array(pointPart).min(1), 'One point per assessment, oldest first.'],
    changeSinceFirst: [change.nullable(), 'The last score − the first, or null when either is null.'],
    changeSincePrevious: [
      change.nullable(),
      'The last score − the one before it, or null when either is null or there is one assessment.',
    ],
    direction: [trendDirection.nullable(), 'Rising, falling or stable; null when changeSinceFirst is null.'],
    bandChanges: [z.array(bandChangePart), 'The band changes from one assessment to the next, oldest first.'],
    text: [localisedText, 'The series in a sentence a report can print.'],
  },
);

const pitfallChangePart = part(
  'TrendPitfallChange',
  'A pitfall that appeared or was resolved between two consecutive assessments.',
  {
    pitfall: [pitfallId, 'The pitfall.'],
    factor: [strategyFactorId, 'The strategy factor it threatens.'],
    indicator: [indicatorId, 'Its signal indicator.'],
    label: [localisedText, 'Its name.'],
    before: [score.nullable(), "The signal indicator's score before, or null when nobody answered it."],
    after: [score.nullable(), "The signal indicator's score after, or null when nobody answered it."],
    change: [pitfallChangeKind, 'Whether it appeared or was resolved.'],
    date: [isoDate, 'The date of the assessment at which the change was seen.'],
  },
);

const appliedTrendOptionsPart = part(
  'AppliedTrendOptions',
  'The options the trend was computed with, every default filled in.',
  {
    minChange: [score, 'The smallest change in points, first to last, that counts as rising or falling.'],
    scoring: [appliedScoreOptionsPart, 'The options an argument that was an assessment was scored with.'],
  },
);

const trendPart = part('Trend', 'The course of one collaboration over its assessments (the result of trend).', {
  ...frameOf('trend'),
  collaboration: [slug, 'The id of the collaboration.'],
  dates: [z.array(isoDate).min(1), 'The dates of the assessments, oldest first, each once.'],
  overall: [seriesPart, 'The overall score over time.'],
  factors: [z.array(seriesPart).min(6).max(6), 'The six strategy factors over time, in strategy order.'],
  pitfallChanges: [
    z.array(pitfallChangePart),
    'The pitfalls that appeared or were resolved along the way, by date: per date the appeared ones, then the resolved.',
  ],
  pitfallsNow: [z.array(pitfallId), 'The pitfalls signalled at the last assessment.'],
  summary: [localisedText, 'The trend in a sentence a report can print.'],
  options: [appliedTrendOptionsPart, 'The options the trend was computed with.'],
});

/** The structure of a stored trend, without the rules that span fields. */
export const trendStructure: z.ZodType<Trend> = trendPart;

// Fail to compile when the format and the documented types differ, in either direction.
type _TrendAgrees = Assert<Agrees<Trend, z.output<typeof trendPart>>>;
type _OptionsAgree = Assert<Agrees<AppliedTrendOptions, z.output<typeof appliedTrendOptionsPart>>>;
