/**
 * The shape of a `scoreBerenschot` result. A leaf of types that both the scoring function (which builds it) and the
 * format of the stored result (`berenschotScoreFormat.ts`, which validates it) use, so neither area imports the other.
 *
 * @module
 */
import type { IndicatorId } from '../catalogue/ids/indicators.js';
import type { PitfallId } from '../catalogue/ids/pitfalls.js';
import type { StrategyFactorId } from '../catalogue/ids/strategyFactors.js';
import type { LocalisedText } from '../i18n/LocalisedText.js';

/**
 * The band a score falls in: `onvoldoende` (insufficient), `voldoende` (sufficient) or `goed` (good).
 *
 * @category Scoring
 */
export type Band = 'onvoldoende' | 'voldoende' | 'goed';

/**
 * The lower bounds of the two upper bands. A score below `voldoende` is `onvoldoende`, a score from `voldoende` up
 * to (not including) `goed` is `voldoende`, and a score from `goed` up is `goed`.
 *
 * @category Scoring
 */
export interface BandThresholds {
  /** The lowest score that counts as `voldoende`; 50 by default. */
  readonly voldoende: number;
  /** The lowest score that counts as `goed`; 75 by default. */
  readonly goed: number;
}

/**
 * The options a score was computed with, every default filled in: stored with the score, so that it can be read, and
 * explained, without knowing how it was called.
 *
 * @category Scoring
 */
export interface AppliedScoreOptions {
  /** The weight of every indicator within its factor, keyed by indicator id. */
  readonly weights: Readonly<Partial<Record<IndicatorId, number>>>;
  /** The weight of every strategy factor in the overall score, keyed by factor id. */
  readonly factorWeights: Readonly<Partial<Record<StrategyFactorId, number>>>;
  /** The share of a factor's indicator weight that must be answered for a score. */
  readonly minCoverage: number;
  /** The lower bounds of the bands. */
  readonly bands: BandThresholds;
  /** The lead over an `onvoldoende` prerequisite from which a factor gets a sequence warning. */
  readonly sequenceGap: number;
  /** The signal-indicator score below which a pitfall is reported. */
  readonly pitfallThreshold: number;
  /** The spread between partner means, in scale points, from which a disagreement is reported. */
  readonly disagreementGap: number;
}

/**
 * The score of one indicator: the normalised mean of its answers.
 *
 * @category Scoring
 */
export interface IndicatorScore {
  /** The indicator. */
  readonly indicator: IndicatorId;
  /** The score from 0 to 100, or `null` when nobody answered the indicator. */
  readonly score: number | null;
  /** The number of answers that were not `null`. */
  readonly answers: number;
}

/**
 * One indicator as it entered the score of its factor.
 *
 * @category Scoring
 */
export interface ExplainedIndicator {
  /** The indicator. */
  readonly indicator: IndicatorId;
  /** The indicator score from 0 to 100, or `null` when nobody answered it. */
  readonly score: number | null;
  /** The weight of the indicator within its factor. */
  readonly weight: number;
  /** Whether the indicator score entered the weighted mean (it has a score, a positive weight, and the factor scored). */
  readonly counted: boolean;
}

/**
 * How a factor score came about, as data a report can render in Dutch or English.
 *
 * @category Scoring
 */
export interface FactorExplanation {
  /** The indicators of the factor, in catalogue order, with their scores and weights. */
  readonly indicators: readonly ExplainedIndicator[];
  /** The summed weight of the indicators that have a score. */
  readonly answeredWeight: number;
  /** The summed weight of all indicators of the factor. */
  readonly totalWeight: number;
  /** The answered weight divided by the total weight, from 0 to 1. */
  readonly coverage: number;
  /** The coverage a factor needs to get a score. */
  readonly minCoverage: number;
  /** The formula used, in words. */
  readonly formula: LocalisedText;
  /** The one-sentence account of this factor's outcome. */
  readonly summary: LocalisedText;
}

/**
 * The score of one of the six strategy factors.
 *
 * @category Scoring
 */
export interface FactorScore {
  /** The strategy factor. */
  readonly factor: StrategyFactorId;
  /** The weighted mean of the indicator scores, from 0 to 100, or `null` when too few indicators were answered. */
  readonly score: number | null;
  /** The band of the score, or `null` when there is no score. */
  readonly band: Band | null;
  /** The answered share of the factor's indicator weight, from 0 to 1. */
  readonly coverage: number;
  /** The lowest score among the prerequisites: 100 without prerequisites, `null` when one of them has no score. */
  readonly readiness: number | null;
  /** The scores of the factor's indicators, in catalogue order. */
  readonly indicators: readonly IndicatorScore[];
  /** The account of how the score came about. */
  readonly explanation: FactorExplanation;
}

/**
 * The overall outcome of an assessment.
 *
 * @category Scoring
 */
export interface OverallScore {
  /** The weighted mean of the factor scores, from 0 to 100, or `null` when no factor has a score. */
  readonly score: number | null;
  /** The band of the overall score, or `null` when there is no score. */
  readonly band: Band | null;
  /** The first factor, in strategy order, whose band is `onvoldoende`; `null` when there is none. */
  readonly bottleneck: StrategyFactorId | null;
}

/**
 * A factor that scores well ahead of a prerequisite that is still `onvoldoende` (the order is soft: a warning).
 *
 * @category Scoring
 */
export interface SequenceWarning {
  /** The factor that runs ahead. */
  readonly factor: StrategyFactorId;
  /** The prerequisite that lags behind, with band `onvoldoende`. */
  readonly prerequisite: StrategyFactorId;
  /** The factor's score minus the prerequisite's score. */
  readonly gap: number;
}

/**
 * A pitfall signalled by a low score on its signal indicator.
 *
 * @category Scoring
 */
export interface AssessmentPitfall {
  /** The pitfall. */
  readonly pitfall: PitfallId;
  /** The strategy factor the pitfall threatens. */
  readonly factor: StrategyFactorId;
  /** The kind of evidence: an assessment. */
  readonly source: 'assessment';
  /** The signal indicator of the pitfall. */
  readonly indicator: IndicatorId;
  /** The score of the signal indicator, below the pitfall threshold. */
  readonly score: number;
}

/**
 * The mean answer of the respondents of one partner to one indicator.
 *
 * @category Scoring
 */
export interface PartnerMean {
  /** The id of the partner. */
  readonly partner: string;
  /** The mean raw answer, on the assessment's scale. */
  readonly mean: number;
  /** The number of answers that were not `null`. */
  readonly answers: number;
}

/**
 * An indicator on which the partners' mean answers lie far apart.
 *
 * @category Scoring
 */
export interface Disagreement {
  /** The indicator. */
  readonly indicator: IndicatorId;
  /** The highest partner mean minus the lowest, in scale points. */
  readonly spread: number;
  /** The mean answer of every partner that answered, ordered by partner id. */
  readonly partners: readonly PartnerMean[];
}

/**
 * The Berenschot score of an assessment: per strategy factor a score with its explanation, the overall score, and
 * the warnings derived from them.
 *
 * @category Scoring
 */
export interface BerenschotScore {
  /** The result kind. */
  readonly kind: 'berenschot-score';
  /** The version of the result format: 1. */
  readonly schemaVersion: 1;
  /** The edition of the catalogue the score was computed with, for example `'2026.2'`. */
  readonly edition: string;
  /** The id of the collaboration assessed. */
  readonly collaboration: string;
  /** The date of the assessment, `YYYY-MM-DD`. */
  readonly date: string;
  /** The overall score, its band and the bottleneck factor. */
  readonly overall: OverallScore;
  /** The six strategy factors, in strategy order. */
  readonly factors: readonly FactorScore[];
  /** The factors that run well ahead of a prerequisite that is still `onvoldoende`. */
  readonly sequenceWarnings: readonly SequenceWarning[];
  /** The pitfalls whose signal indicator scores below the threshold, in catalogue order. */
  readonly pitfalls: readonly AssessmentPitfall[];
  /** The indicators on which the partners disagree, in catalogue order. */
  readonly disagreements: readonly Disagreement[];
  /** The options the score was computed with, every default filled in. */
  readonly options: AppliedScoreOptions;
}
