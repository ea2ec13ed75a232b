/**
 * The shape of a `compareAssessments` result. A leaf of types that the scoring (which builds it) and the format of
 * the stored result (which validates it) use.
 *
 * @module
 */
import type { IndicatorId } from '../catalogue/ids/indicators.js';
import type { PitfallId } from '../catalogue/ids/pitfalls.js';
import type { StrategyFactorId } from '../catalogue/ids/strategyFactors.js';
import type { LocalisedText } from '../i18n/LocalisedText.js';
import type { SchoolYear } from '../time/schoolYearOf.js';
import type { AppliedScoreOptions, Band } from './BerenschotScore.js';

/**
 * One side of a comparison: when it was measured and how it scored overall.
 *
 * @category Scoring
 */
export interface ComparedMoment {
  /** The date of the assessment, `YYYY-MM-DD`. */
  readonly date: string;
  /** The school year of that date. */
  readonly schoolYear: SchoolYear;
  /** The overall score, or `null` when no factor had a score. */
  readonly overall: number | null;
  /** The band of the overall score, or `null` without a score. */
  readonly band: Band | null;
}

/**
 * The change of one strategy factor's score.
 *
 * @category Scoring
 */
export interface FactorChange {
  /** The strategy factor. */
  readonly factor: StrategyFactorId;
  /** Its name. */
  readonly label: LocalisedText;
  /** The score before, or `null`. */
  readonly before: number | null;
  /** The score after, or `null`. */
  readonly after: number | null;
  /** After − before, or `null` when either is `null`. */
  readonly change: number | null;
  /** The band before, or `null`. */
  readonly bandBefore: Band | null;
  /** The band after, or `null`. */
  readonly bandAfter: Band | null;
  /** The change in a sentence a report can print. */
  readonly text: LocalisedText;
}

/**
 * Which way a band moved: `up` or `down` between two bands, `scored` from no score to a band, `unscored` from a band
 * to no score.
 *
 * @category Scoring
 */
export type BandDirection = 'up' | 'down' | 'scored' | 'unscored';

/**
 * A band that differs between the two assessments.
 *
 * @category Scoring
 */
export interface BandChange {
  /** The strategy factor, or `'overall'` for the overall score. */
  readonly subject: StrategyFactorId | 'overall';
  /** The band before, or `null` without a score. */
  readonly before: Band | null;
  /** The band after, or `null` without a score. */
  readonly after: Band | null;
  /** Which way it moved. */
  readonly direction: BandDirection;
}

/**
 * A pitfall that appeared or was resolved, with its signal indicator's score on both sides.
 *
 * @category Scoring
 */
export interface PitfallChange {
  /** The pitfall. */
  readonly pitfall: PitfallId;
  /** The strategy factor it threatens. */
  readonly factor: StrategyFactorId;
  /** Its signal indicator. */
  readonly indicator: IndicatorId;
  /** Its name. */
  readonly label: LocalisedText;
  /** The signal indicator's score before, or `null` when nobody answered it. */
  readonly before: number | null;
  /** The signal indicator's score after, or `null` when nobody answered it. */
  readonly after: number | null;
}

/**
 * What changed between two assessments of the same collaboration.
 *
 * @category Scoring
 */
export interface AssessmentComparison {
  /** The result kind. */
  readonly kind: 'assessment-comparison';
  /** The version of the result format: 1. */
  readonly schemaVersion: 1;
  /** The edition of the catalogue the comparison was computed with. */
  readonly edition: string;
  /** The id of the collaboration. */
  readonly collaboration: string;
  /** The earlier assessment. */
  readonly before: ComparedMoment;
  /** The later assessment. */
  readonly after: ComparedMoment;
  /** The number of days from the first date to the second, 0 or more. */
  readonly days: number;
  /** Whether both dates fall in the same school year. */
  readonly sameSchoolYear: boolean;
  /** The overall score after − before, or `null` when either is `null`. */
  readonly overallChange: number | null;
  /** The six strategy factors, in strategy order. */
  readonly factors: readonly FactorChange[];
  /** The bands that differ, factors in strategy order and then the overall band. */
  readonly bandChanges: readonly BandChange[];
  /** The pitfalls signalled after but not before, in catalogue order. */
  readonly pitfallsAppeared: readonly PitfallChange[];
  /** The pitfalls signalled before but not after, in catalogue order. */
  readonly pitfallsResolved: readonly PitfallChange[];
  /** The pitfalls signalled on both dates, in catalogue order. */
  readonly pitfallsRemaining: readonly PitfallId[];
  /** The comparison in a sentence a report can print. */
  readonly summary: LocalisedText;
  /** The options the comparison was computed with, every default filled in. */
  readonly options: AppliedComparisonOptions;
}

/**
 * The options an assessment comparison was computed with.
 *
 * @category Scoring
 */
export interface AppliedComparisonOptions {
  /** The options an argument that was an assessment was scored with (a score is taken as it is). */
  readonly scoring: AppliedScoreOptions;
}
