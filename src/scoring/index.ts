/**
 * Scoring: the Berenschot score of a self-assessment with an explanation per strategy factor; the pitfalls
 * (valkuilen) in the structure of a collaboration; the balance of promoting and hindering factors; form
 * recommendations and the Fusietoets route; comparisons with benchmarks. No function here reads the clock,
 * changes its input or loads zod.
 *
 * @module
 */
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
  type FusietoetsSource,
  type FusietoetsThreshold,
  type MergerKind,
} from './classifyFusietoets.js';
export {
  type BenchmarkComparison,
  type BenchmarkComparisonRow,
  type BenchmarkFigures,
  type CompareWithBenchmarkOptions,
  compareWithBenchmark,
} from './compareWithBenchmark.js';
export { type DetectPitfallsOptions, detectPitfalls } from './detectPitfalls.js';
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
export { type ScoreBerenschotOptions, scoreBerenschot } from './scoreBerenschot.js';
export type * from './types.js';
