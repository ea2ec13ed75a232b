/**
 * Scoring: the Berenschot score of a self-assessment with an explanation per strategy factor; the pitfalls
 * (valkuilen) in the structure of a collaboration; the balance of promoting and hindering factors; form
 * recommendations and the Fusietoets route; stages; portfolio summaries; comparisons with benchmarks and between
 * assessments. No function here reads the clock,
 * changes its input or loads zod.
 *
 * @module samenwerking/scoring
 */

export type { AppliedComparisonOptions } from '../schema/AssessmentComparison.js';
export type { AppliedBalanceOptions } from '../schema/FactorBalance.js';
export type { AppliedPortfolioOptions } from '../schema/PortfolioSummary.js';
export type { AppliedStageOptions } from '../schema/StageInference.js';
export type { AppliedTrendOptions } from '../schema/Trend.js';
export {
  type BalanceFactorsOptions,
  balanceFactors,
  type CategoryBalance,
  type FactorBalance,
  type LikelyReason,
  type Obstacle,
  type ReasonEvidence,
  type StrategyFactorBalance,
  type WeighedFactor,
} from './balanceFactors.js';
export {
  classifyFusietoets,
  type FusietoetsAdvisor,
  type FusietoetsClassification,
  type FusietoetsMerger,
  type FusietoetsRoute,
  type FusietoetsRule,
  type FusietoetsRuleId,
  type FusietoetsThreshold,
  type MergerKind,
} from './classifyFusietoets.js';
export {
  type AssessmentComparison,
  type BandChange,
  type BandDirection,
  type CompareAssessmentsOptions,
  type ComparedMoment,
  compareAssessments,
  type FactorChange,
  type PitfallChange,
} from './compareAssessments.js';
export {
  type BenchmarkComparison,
  type BenchmarkComparisonRow,
  type BenchmarkFigures,
  type CompareWithBenchmarkOptions,
  compareWithBenchmark,
} from './compareWithBenchmark.js';
export type { ScoreInterval } from './confidenceInterval.js';
export { type DetectPitfallsOptions, detectPitfalls } from './detectPitfalls.js';
export {
  type AgreementTopicsEvidence,
  type AmbitionContentEvidence,
  type DurationEvidence,
  type FactorScoreEvidence,
  type InterestsSummaryEvidence,
  inferStage,
  type MissingSectionEvidence,
  type ObservedFactorEvidence,
  type OverallBandEvidence,
  type SelfPlacementEvidence,
  type StageConfidence,
  type StageEvidence,
  type StageInference,
  type StageOrder,
  type StageReason,
  type StageRule,
  type StageScore,
} from './inferStage.js';
export { type ProposePlanOptions, proposePlan } from './proposePlan.js';
export {
  type FormCandidate,
  type FormCriterion,
  type FormEntailments,
  type FormFitReason,
  type FormNeeds,
  type FormRecommendation,
  type RecommendFormsOptions,
  recommendForms,
  type StatutoryPreference,
} from './recommendForms.js';
export {
  type ActionCounts,
  type ActionProgress,
  type ActionReview,
  type PlanReview,
  type ReviewPlanOptions,
  reviewPlan,
  type TargetReview,
} from './reviewPlan.js';
export { type ScoreBerenschotOptions, scoreBerenschot } from './scoreBerenschot.js';
export {
  type GroupBy,
  type GroupFactorScore,
  type GroupScore,
  type GroupScores,
  type ScoreByGroupOptions,
  type ScoreEstimate,
  scoreByGroup,
} from './scoreByGroup.js';
export {
  type CountedGroup,
  type FactorDistribution,
  type FormCount,
  type GroupCount,
  type OverallDistribution,
  type PitfallFrequency,
  type PortfolioSummary,
  type SchoolYearSummary,
  type ScoreDistribution,
  type StageCount,
  type SummarisePortfolioOptions,
  type SuppressedGroup,
  summarisePortfolio,
  type ThemeCount,
} from './summarisePortfolio.js';
export {
  type Trend,
  type TrendBandChange,
  type TrendDirection,
  type TrendOptions,
  type TrendPitfallChange,
  type TrendPoint,
  type TrendSeries,
  trend,
} from './trend.js';
export type * from './types.js';
