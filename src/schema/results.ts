/**
 * The stored results read and checked like documents: per kind its structure and its walker (unknown keys and the
 * rules that span fields), and one parse function over them with the pipeline of the documents (snapshot, fast
 * path, zod, walker; see `parseDocument.ts`).
 */
import type * as z from 'zod';
import { acceptorFor } from './acceptors.js';
import { assessmentComparisonStructure } from './assessmentComparisonFormat.js';
import { berenschotScoreStructure } from './berenschotScoreFormat.js';
import { factorBalanceStructure } from './factorBalanceFormat.js';
import type { RuleIssue } from './fields.js';
import { DEFAULT_MAX_ISSUES } from './issueList.js';
import { type ParseResult, safeParseWith } from './parseDocument.js';
import { portfolioSummaryStructure } from './portfolioSummaryFormat.js';
import type { ResultKind, ResultsByKind } from './resultKinds.js';
import {
  assessmentComparisonRules,
  berenschotScoreRules,
  factorBalanceRules,
  portfolioSummaryRules,
  stageInferenceRules,
} from './resultRules.js';
import { stageInferenceStructure } from './stageInferenceFormat.js';
import { structureWalker } from './walkStructure.js';

/** What the pipeline needs of one result kind. */
export interface ResultFormat {
  /** The zod structure, without the rules that span fields. */
  readonly structure: z.ZodType;
  /** The unknown keys at every depth, then the rules that span fields. */
  readonly walk: (value: unknown) => RuleIssue[];
}

const formatOf = (structure: z.ZodType, rules: (value: unknown) => RuleIssue[]): ResultFormat => ({
  structure,
  walk: structureWalker(structure, rules),
});

/** The format of each stored result kind; own keys only (a `Map`), so a kind named after a prototype member is none. */
export const resultFormats: ReadonlyMap<ResultKind, ResultFormat> = new Map<ResultKind, ResultFormat>([
  ['berenschot-score', formatOf(berenschotScoreStructure, berenschotScoreRules)],
  ['factor-balance', formatOf(factorBalanceStructure, factorBalanceRules)],
  ['stage-inference', formatOf(stageInferenceStructure, stageInferenceRules)],
  ['portfolio-summary', formatOf(portfolioSummaryStructure, portfolioSummaryRules)],
  ['assessment-comparison', formatOf(assessmentComparisonStructure, assessmentComparisonRules)],
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
  return safeParseWith(
    format.structure,
    format.walk,
    kind,
    input,
    trusted,
    acceptorFor(kind),
    maxIssues,
  ) as ParseResult<ResultsByKind[K]>;
}
