/**
 * The kinds of stored result (DOMAIN §8, "Results as documents"): what a scoring function returns that a user would
 * keep, each with `kind`, `schemaVersion`, the catalogue `edition` and the `options` it was computed with.
 *
 * @remarks
 * To add a kind: add it here, its type to {@link ResultsByKind}, its format module (`trendFormat.ts` for the last one
 * added) and its rules in `resultRules.ts`, and register it in `results.ts`, `acceptors.ts`,
 * `scripts/lib/format-source.ts` and `scripts/lib/json-schemas.ts`, then run `npm run generate`. The `plan` is a
 * document people edit, not a result: read and written like a collaboration, it carries `edition` but no `options`, and
 * is one of the document kinds of `types.ts` rather than this list.
 *
 * @module
 */
import type { AssessmentComparison } from './AssessmentComparison.js';
import type { BerenschotScore } from './BerenschotScore.js';
import type { FactorBalance } from './FactorBalance.js';
import type { PortfolioSummary } from './PortfolioSummary.js';
import type { StageInference } from './StageInference.js';
import type { Trend } from './Trend.js';

/**
 * The stored result kinds, as written in `kind`.
 *
 * @example
 * ```ts
 * resultKinds.includes('berenschot-score');
 * //=> true
 * ```
 * @category Schemas
 */
export const resultKinds = [
  'berenschot-score',
  'factor-balance',
  'stage-inference',
  'portfolio-summary',
  'assessment-comparison',
  'trend',
] as const;

/**
 * A stored result kind.
 *
 * @category Schemas
 */
export type ResultKind = (typeof resultKinds)[number];

/**
 * The type of each stored result, by kind.
 *
 * @category Schemas
 */
export interface ResultsByKind {
  /** The result of `scoreBerenschot`. */
  readonly 'berenschot-score': BerenschotScore;
  /** The result of `balanceFactors`. */
  readonly 'factor-balance': FactorBalance;
  /** The result of `inferStage`. */
  readonly 'stage-inference': StageInference;
  /** The result of `summarisePortfolio`. */
  readonly 'portfolio-summary': PortfolioSummary;
  /** The result of `compareAssessments`. */
  readonly 'assessment-comparison': AssessmentComparison;
  /** The result of `trend`. */
  readonly trend: Trend;
}

/**
 * Any stored result.
 *
 * @category Schemas
 */
export type StoredResult = ResultsByKind[ResultKind];
