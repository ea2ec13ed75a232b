/**
 * The shape of a `trend` result. A leaf of types that the scoring (which builds it) and the format of the stored
 * result (which validates it) use.
 *
 * @module
 */
import type { PitfallId } from '../catalogue/ids/pitfalls.js';
import type { StrategyFactorId } from '../catalogue/ids/strategyFactors.js';
import type { LocalisedText } from '../i18n/LocalisedText.js';
import type { SchoolYear } from '../time/schoolYearOf.js';
import type { BandChange, PitfallChange } from './AssessmentComparison.js';
import type { AppliedScoreOptions, Band } from './BerenschotScore.js';

/**
 * Which way a series went from its first to its last score.
 *
 * @category Scoring
 */
export type TrendDirection = 'rising' | 'falling' | 'stable';

/**
 * One point of a series: a score at one assessment.
 *
 * @category Scoring
 */
export interface TrendPoint {
  /** The date of the assessment, `YYYY-MM-DD`. */
  readonly date: string;
  /** The school year of that date. */
  readonly schoolYear: SchoolYear;
  /** The score, or `null` when the assessment gave none. */
  readonly score: number | null;
  /** The band of the score, or `null`. */
  readonly band: Band | null;
}

/**
 * A band change between two consecutive assessments, with the date it was seen.
 *
 * @category Scoring
 */
export interface TrendBandChange extends BandChange {
  /** The date of the assessment at which the band was first different. */
  readonly date: string;
}

/**
 * The course of one score (a strategy factor, or the overall score) over the assessments.
 *
 * @category Scoring
 */
export interface TrendSeries {
  /** The strategy factor, or `'overall'`. */
  readonly subject: StrategyFactorId | 'overall';
  /** Its name. */
  readonly label: LocalisedText;
  /** One point per assessment, oldest first. */
  readonly points: readonly TrendPoint[];
  /** The last score − the first, `null` when either is `null`; 0 for a series of one scored point. */
  readonly changeSinceFirst: number | null;
  /** The last score − the one before it, `null` when either is `null` or there is one assessment. */
  readonly changeSincePrevious: number | null;
  /** Rising, falling or stable by `changeSinceFirst` and `minChange`; `null` when `changeSinceFirst` is `null`. */
  readonly direction: TrendDirection | null;
  /** The band changes from one assessment to the next, oldest first. */
  readonly bandChanges: readonly TrendBandChange[];
  /** The series in a sentence a report can print. */
  readonly text: LocalisedText;
}

/**
 * A pitfall that appeared or was resolved between two consecutive assessments.
 *
 * @category Scoring
 */
export interface TrendPitfallChange extends PitfallChange {
  /** Whether it appeared or was resolved. */
  readonly change: 'appeared' | 'resolved';
  /** The date of the assessment at which the change was seen. */
  readonly date: string;
}

/**
 * The options a trend was computed with.
 *
 * @category Scoring
 */
export interface AppliedTrendOptions {
  /** The smallest change in points, first to last, that counts as rising or falling. */
  readonly minChange: number;
  /** The options an argument that was an assessment was scored with (a score is taken as it is). */
  readonly scoring: AppliedScoreOptions;
}

/**
 * The course of one collaboration over its assessments: a `trend` result document.
 *
 * @category Scoring
 */
export interface Trend {
  /** The kind of result: `'trend'`. */
  readonly kind: 'trend';
  /** The version of the result format: 1. */
  readonly schemaVersion: 1;
  /** The catalogue edition the scores were computed with. */
  readonly edition: string;
  /** The id of the collaboration. */
  readonly collaboration: string;
  /** The dates of the assessments, oldest first, each once. */
  readonly dates: readonly string[];
  /** The overall score over time. */
  readonly overall: TrendSeries;
  /** The six strategy factors over time, in strategy order. */
  readonly factors: readonly TrendSeries[];
  /** The pitfalls that appeared or were resolved along the way: by date; per date the appeared ones, then the resolved, each in catalogue order. */
  readonly pitfallChanges: readonly TrendPitfallChange[];
  /** The pitfalls signalled at the last assessment, as its score lists them. */
  readonly pitfallsNow: readonly PitfallId[];
  /** The trend in a sentence a report can print. */
  readonly summary: LocalisedText;
  /** The options the trend was computed with, every default filled in. */
  readonly options: AppliedTrendOptions;
}
