/**
 * The stored results read and checked like documents: per kind its structure, its walker (unknown keys and the
 * rules that span fields) and its generated walk, and one parse function over them with the path of the documents
 * (the generated walk copies or checks the value, then the rules, and zod and the walker only when one of them finds
 * something; see `parseDocument.ts`).
 */
import type * as z from 'zod';
import type { DocumentWalker } from './acceptors.js';
import { assessmentComparisonStructure } from './assessmentComparisonFormat.js';
import { berenschotScoreStructure } from './berenschotScoreFormat.js';
import { factorBalanceStructure } from './factorBalanceFormat.js';
import {
  walkAssessmentComparisonResult,
  walkBerenschotScoreResult,
  walkFactorBalanceResult,
  walkPortfolioSummaryResult,
  walkStageInferenceResult,
  walkTrendResult,
} from './fastAccept.generated.js';
import type { RuleIssue } from './fields.js';
import { DEFAULT_MAX_ISSUES } from './issueList.js';
import { type ParseResult, parseWalked } from './parseDocument.js';
import { portfolioSummaryStructure } from './portfolioSummaryFormat.js';
import type { ResultKind, ResultsByKind } from './resultKinds.js';
import {
  assessmentComparisonRules,
  berenschotScoreRules,
  factorBalanceRules,
  portfolioSummaryRules,
  stageInferenceRules,
  trendRules,
} from './resultRules.js';
import { stageInferenceStructure } from './stageInferenceFormat.js';
import { trendStructure } from './trendFormat.js';
import { structureWalker } from './walkStructure.js';

/** What the pipeline needs of one result kind. */
export interface ResultFormat {
  /** The zod structure, without the rules that span fields. */
  readonly structure: z.ZodType;
  /** The unknown keys at every depth, then the rules that span fields. */
  readonly walk: (value: unknown) => RuleIssue[];
  /** The generated walk and the rules that span fields: the first step of a parse. */
  readonly walker: DocumentWalker;
}

const formatOf = (
  structure: z.ZodType,
  walk: DocumentWalker['walk'],
  rules: (value: unknown) => RuleIssue[],
): ResultFormat => ({
  structure,
  walk: structureWalker(structure, rules),
  walker: { walk, rules },
});

/** The format of each stored result kind; own keys only (a `Map`), so a kind named after a prototype member is none. */
export const resultFormats: ReadonlyMap<ResultKind, ResultFormat> = new Map<ResultKind, ResultFormat>([
  ['berenschot-score', formatOf(berenschotScoreStructure, walkBerenschotScoreResult, berenschotScoreRules)],
  ['factor-balance', formatOf(factorBalanceStructure, walkFactorBalanceResult, factorBalanceRules)],
  ['stage-inference', formatOf(stageInferenceStructure, walkStageInferenceResult, stageInferenceRules)],
  ['portfolio-summary', formatOf(portfolioSummaryStructure, walkPortfolioSummaryResult, portfolioSummaryRules)],
  [
    'assessment-comparison',
    formatOf(assessmentComparisonStructure, walkAssessmentComparisonResult, assessmentComparisonRules),
  ],
  ['trend', formatOf(trendStructure, walkTrendResult, trendRules)],
]);

/**
 * Validates a stored result of a kind and returns it deeply frozen; never throws. `trusted` input is plain data the
 * library owns (fresh from `JSON.parse`): it is checked in place, not copied.
 */
export function safeParseResultOf<K extends ResultKind>(
  kind: K,
  input: unknown,
  trusted = false,
  maxIssues: number = DEFAULT_MAX_ISSUES,
): ParseResult<ResultsByKind[K]> {
  const format = resultFormats.get(kind) as ResultFormat;
  return parseWalked(kind, format.walker, format, input, trusted, maxIssues) as ParseResult<ResultsByKind[K]>;
}
