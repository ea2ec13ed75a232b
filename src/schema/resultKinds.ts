/**
 * The kinds of stored result (DOMAIN §8, "Results as documents"): what a scoring function returns that a user would
 * keep, each with `kind`, `schemaVersion`, the catalogue `edition` and the `options` it was computed with.
 *
 * @remarks
 * Two more are planned: the `trend` result (from `trend`, a result like these: add its kind here, its type to
 * {@link ResultsByKind}, its format module `trendFormat.ts` and its rules in `resultRules.ts`, and register it in
 * `results.ts`, `acceptors.ts` and `scripts/lib/format-source.ts`), and the `plan` document (a document people edit,
 * read and written like a collaboration: it carries `edition` but no `options`, and joins the document kinds of
 * `types.ts` rather than this list).
 *
 * @module
 */
import type { AssessmentComparison } from './AssessmentComparison.js';
import type { BerenschotScore } from './BerenschotScore.js';
import type { FactorBalance } from './FactorBalance.js';
import type { PortfolioSummary } from './PortfolioSummary.js';
import type { StageInference } from './StageInference.js';

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
}

/**
 * Any stored result.
 *
 * @category Schemas
 */
export type StoredResult = ResultsByKind[ResultKind];
