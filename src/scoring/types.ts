/**
 * The shapes of the scoring results: the Berenschot score of an assessment and the pitfalls found in the structure
 * of a collaboration. Every result is plain, JSON-compatible data.
 *
 * @module
 */
import type { IndicatorId } from '../catalogue/data/indicators.js';
import type { PartnerTypeId } from '../catalogue/data/partnerTypes.js';
import type { PitfallId } from '../catalogue/data/pitfalls.js';
import type { StakeholderGroupId } from '../catalogue/data/stakeholderGroups.js';
import type { StrategyFactorId } from '../catalogue/data/strategyFactors.js';
import type { LocalisedText } from '../catalogue/types.js';
import type { CollaborationEvent, Involvement } from '../schema/types.js';

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
}

/**
 * A partner named as evidence: a `gemeente` or `schoolbestuur` partner that makes a stakeholder group necessary, or a
 * partner that lacks a contribution or an interest.
 *
 * @category Scoring
 */
export interface PartnerEvidence {
  /** The kind of evidence. */
  readonly kind: 'partner';
  /** The position of the partner in `partners`. */
  readonly index: number;
  /** The id of the partner. */
  readonly partner: string;
  /** The partner type. */
  readonly type: PartnerTypeId;
}

/**
 * The number of partners, when it exceeds the forum size and nobody is represented.
 *
 * @category Scoring
 */
export interface PartnerCountEvidence {
  /** The kind of evidence. */
  readonly kind: 'partner-count';
  /** The number of partners. */
  readonly partners: number;
  /** The largest number of partners that can still meet without representation. */
  readonly maxForumSize: number;
}

/**
 * A stakeholder entry named as evidence.
 *
 * @category Scoring
 */
export interface StakeholderEvidence {
  /** The kind of evidence. */
  readonly kind: 'stakeholder';
  /** The position of the entry in `stakeholders`. */
  readonly index: number;
  /** The stakeholder group. */
  readonly group: StakeholderGroupId;
  /** How far the group takes part. */
  readonly involvement: Involvement;
}

/**
 * A stakeholder group that should be listed but is not.
 *
 * @category Scoring
 */
export interface MissingStakeholderEvidence {
  /** The kind of evidence. */
  readonly kind: 'missing-stakeholder';
  /** The stakeholder group that is missing. */
  readonly group: StakeholderGroupId;
}

/**
 * The ambition named as evidence: it is missing, or it has no principles.
 *
 * @category Scoring
 */
export interface AmbitionEvidence {
  /** The kind of evidence. */
  readonly kind: 'ambition';
  /** What is wrong: no ambition at all, or no principles in it. */
  readonly problem: 'missing' | 'no-principles';
}

/**
 * An interest named as evidence.
 *
 * @category Scoring
 */
export interface InterestEvidence {
  /** The kind of evidence. */
  readonly kind: 'interest';
  /** The position of the interest in `interests`. */
  readonly index: number;
  /** The id of the partner whose interest it is. */
  readonly partner: string;
  /** Whether the interest is written down. */
  readonly documented: boolean;
  /** Whether every partner can see it. */
  readonly visibleToAll: boolean;
  /** Whether the other partners share it. */
  readonly shared: boolean;
}

/**
 * An event named as evidence.
 *
 * @category Scoring
 */
export interface EventEvidence {
  /** The kind of evidence. */
  readonly kind: 'event';
  /** The position of the event in `events`. */
  readonly index: number;
  /** The event type. */
  readonly type: CollaborationEvent['type'];
  /** The date of the event, `YYYY-MM-DD`. */
  readonly date: string;
  /** The partner named in the event, when it names one. */
  readonly partner?: string;
  /** The role that changed hands, for a turnover event that names one. */
  readonly role?: string;
}

/**
 * An agreement named as evidence: the first agreement that covers roles, made after execution started.
 *
 * @category Scoring
 */
export interface AgreementEvidence {
  /** The kind of evidence. */
  readonly kind: 'agreement';
  /** The position of the agreement in `agreements`. */
  readonly index: number;
  /** The date of the agreement, `YYYY-MM-DD`. */
  readonly date: string;
  /** What the agreement is about. */
  readonly subject: string;
}

/**
 * The absence of any agreement that covers a topic.
 *
 * @category Scoring
 */
export interface MissingAgreementEvidence {
  /** The kind of evidence. */
  readonly kind: 'missing-agreement';
  /** The topic no agreement covers. */
  readonly covers: 'rollen';
}

/**
 * One item of evidence for a pitfall found in a collaboration document: it names exactly what triggered the
 * finding (a partner, a stakeholder entry, an interest, an event, an agreement, or something that is missing), with
 * its position in the document where it has one.
 *
 * @category Scoring
 */
export type PitfallEvidence =
  | PartnerEvidence
  | PartnerCountEvidence
  | StakeholderEvidence
  | MissingStakeholderEvidence
  | AmbitionEvidence
  | InterestEvidence
  | EventEvidence
  | AgreementEvidence
  | MissingAgreementEvidence;

/**
 * A pitfall found in the structure of a collaboration document.
 *
 * @category Scoring
 */
export interface PitfallFinding {
  /** The pitfall. */
  readonly pitfall: PitfallId;
  /** The strategy factor the pitfall threatens. */
  readonly factor: StrategyFactorId;
  /** The kind of evidence: the collaboration document. */
  readonly source: 'collaboration';
  /** What in the document triggered the finding, in document order; never empty. */
  readonly evidence: readonly PitfallEvidence[];
  /** What is wrong and what to do about it. */
  readonly message: LocalisedText;
}
