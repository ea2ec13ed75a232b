/**
 * The format of a stored assessment comparison (`kind: 'assessment-comparison'`, the result of `compareAssessments`),
 * written once.
 */
import * as z from 'zod';
import { strategyFactorIds } from '../catalogue/ids/strategyFactors.js';
import type { AppliedComparisonOptions, AssessmentComparison } from './AssessmentComparison.js';
import { appliedScoreOptionsPart } from './berenschotScoreFormat.js';
import { indicatorId, pitfallId, strategyFactorId } from './enums.js';
import { type EnumOf, isoDate, namedEnum, part, slug } from './fields.js';
import { band, frameOf, localisedText, schoolYear, score, tally } from './resultFields.js';
import type { Agrees, Assert } from './sameType.js';

/** A change of a score: after − before, from −100 to 100; the trend's changes too. */
export const change: z.ZodNumber = z.number().min(-100).max(100);

/** What a band or a series belongs to: a strategy factor, or `overall`; the trend's series use it too. */
export const bandSubject: EnumOf<readonly [...typeof strategyFactorIds, 'overall']> = namedEnum(
  'BandSubject',
  [...strategyFactorIds, 'overall'],
  'What a band belongs to: a strategy factor, or overall for the overall score.',
);

/** Which way a band moved; the trend's band changes use it too. */
export const bandDirection: EnumOf<readonly ['up', 'down', 'scored', 'unscored']> = namedEnum(
  'BandDirection',
  ['up', 'down', 'scored', 'unscored'],
  'Which way a band moved: up or down between two bands, scored from no score to a band, unscored from a band to no score.',
);

const momentPart = part('ComparedMoment', 'One side of a comparison: when it was measured and how it scored overall.', {
  date: [isoDate, 'The date of the assessment.'],
  schoolYear: [schoolYear, 'The school year of that date.'],
  overall: [score.nullable(), 'The overall score, or null when no factor had a score.'],
  band: [band.nullable(), 'The band of the overall score, or null without a score.'],
});

const factorChangePart = part('FactorChange', "The change of one strategy factor's score.", {
  factor: [strategyFactorId, 'The strategy factor.'],
  label: [localisedText, 'Its name.'],
  before: [score.nullable(), 'The score before, or null.'],
  after: [score.nullable(), 'The score after, or null.'],
  change: [change.nullable(), 'After − before, or null when either is null.'],
  bandBefore: [band.nullable(), 'The band before, or null.'],
  bandAfter: [band.nullable(), 'The band after, or null.'],
  text: [localisedText, 'The change in a sentence a report can print.'],
});

const bandChangePart = part('BandChange', 'A band that differs between the two assessments.', {
  subject: [bandSubject, 'The strategy factor, or overall for the overall score.'],
  before: [band.nullable(), 'The band before, or null without a score.'],
  after: [band.nullable(), 'The band after, or null without a score.'],
  direction: [bandDirection, 'Which way it moved.'],
});

const pitfallChangePart = part('PitfallChange', 'A pitfall that appeared or was resolved.', {
  pitfall: [pitfallId, 'The pitfall.'],
  factor: [strategyFactorId, 'The strategy factor it threatens.'],
  indicator: [indicatorId, 'Its signal indicator.'],
  label: [localisedText, 'Its name.'],
  before: [score.nullable(), "The signal indicator's score before, or null when nobody answered it."],
  after: [score.nullable(), "The signal indicator's score after, or null when nobody answered it."],
});

const appliedComparisonOptionsPart = part(
  'AppliedComparisonOptions',
  'The options the comparison was computed with, every default filled in.',
  { scoring: [appliedScoreOptionsPart, 'The options an argument that was an assessment was scored with.'] },
);

const assessmentComparisonPart = part(
  'AssessmentComparison',
  'What changed between two assessments of the same collaboration (the result of compareAssessments).',
  {
    ...frameOf('assessment-comparison'),
    collaboration: [slug, 'The id of the collaboration.'],
    before: [momentPart, 'The earlier assessment.'],
    after: [momentPart, 'The later assessment.'],
    days: [tally, 'The number of days from the first date to the second.'],
    sameSchoolYear: [z.boolean(), 'Whether both dates fall in the same school year.'],
    overallChange: [change.nullable(), 'The overall score after − before, or null when either is null.'],
    factors: [z.array(factorChangePart).min(6).max(6), 'The six strategy factors, in strategy order.'],
    bandChanges: [z.array(bandChangePart), 'The bands that differ, factors in strategy order and then overall.'],
    pitfallsAppeared: [z.array(pitfallChangePart), 'The pitfalls signalled after but not before.'],
    pitfallsResolved: [z.array(pitfallChangePart), 'The pitfalls signalled before but not after.'],
    pitfallsRemaining: [z.array(pitfallId), 'The pitfalls signalled on both dates.'],
    summary: [localisedText, 'The comparison in a sentence a report can print.'],
    options: [appliedComparisonOptionsPart, 'The options the comparison was computed with.'],
  },
);

/** The structure of a stored assessment comparison, without the rules that span fields. */
export const assessmentComparisonStructure: z.ZodType<AssessmentComparison> = assessmentComparisonPart;

// Fail to compile when the format and the documented types differ, in either direction.
type _ComparisonAgrees = Assert<Agrees<AssessmentComparison, z.output<typeof assessmentComparisonPart>>>;
type _OptionsAgree = Assert<Agrees<AppliedComparisonOptions, z.output<typeof appliedComparisonOptionsPart>>>;
