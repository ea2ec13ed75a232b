/**
 * The document formats (collaboration, assessment, portfolio, plan) as zod schemas, with parse functions that return
 * deeply frozen documents or a `SamenwerkingError` with every issue in Dutch and English; and the schemas of the
 * stored results (a score, a balance, a stage, a portfolio summary, a comparison, a trend), which `fromJSON` reads. The error class
 * {@link "samenwerking/errors".SamenwerkingError | SamenwerkingError} and its guard
 * {@link "samenwerking/errors".isSamenwerkingError | isSamenwerkingError} are re-exported here from
 * `samenwerking/errors`.
 *
 * @module samenwerking/schema
 */
export { isSamenwerkingError, SamenwerkingError } from '../errors/SamenwerkingError.js';
export { AssessmentComparisonSchema } from './AssessmentComparisonSchema.js';
export { AssessmentSchema, parseAssessment, ResponseSchema, safeParseAssessment } from './AssessmentSchema.js';
export { BerenschotScoreSchema } from './BerenschotScoreSchema.js';
export { CatalogueSchema } from './CatalogueSchema.js';
export {
  AmbitionSchema,
  CollaborationSchema,
  EventSchema,
  PartnerSchema,
  parseCollaboration,
  StakeholderSchema,
  safeParseCollaboration,
} from './CollaborationSchema.js';
export { denominations } from './enums.js';
export { FactorBalanceSchema } from './FactorBalanceSchema.js';
export { PlanActionSchema, PlanSchema, parsePlan, safeParsePlan } from './PlanSchema.js';
export { PortfolioSchema, parsePortfolio, safeParsePortfolio } from './PortfolioSchema.js';
export { PortfolioSummarySchema } from './PortfolioSummarySchema.js';
export type { ParseOptions, ParseResult } from './parseDocument.js';
export { type ResultKind, type ResultsByKind, resultKinds, type StoredResult } from './resultKinds.js';
export { StageInferenceSchema } from './StageInferenceSchema.js';
export { TrendSchema } from './TrendSchema.js';
export {
  type DocumentsByKind,
  type StandardSchema,
  type StandardSchemaIssue,
  type StandardSchemaResult,
  type ToStandardSchemaOptions,
  toStandardSchema,
} from './toStandardSchema.js';
export type * from './types.js';
