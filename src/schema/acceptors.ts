/**
 * The walkers of the parse functions, by document kind: the generated walk of the structure
 * (`fastAccept.generated.ts`) and the rule functions that the full pipeline runs too, for the documents and for the
 * stored results. The `accepts…` functions tell, without copying, whether a value is a valid document or result;
 * `false` means "not sure", and the full pipeline decides and finds the issues.
 */
import type { Walk } from '../internal/snapshot.js';
import { assessmentRules } from './assessmentRules.js';
import { collaborationRules } from './collaborationRules.js';
import {
  acceptsAssessmentComparisonStructure,
  acceptsAssessmentStructure,
  acceptsBerenschotScoreStructure,
  acceptsCollaborationStructure,
  acceptsFactorBalanceStructure,
  acceptsPitfallFindingsStructure,
  acceptsPlanStructure,
  acceptsPortfolioStructure,
  acceptsPortfolioSummaryStructure,
  acceptsStageInferenceStructure,
  acceptsTrendStructure,
  walkAssessmentDocument,
  walkCollaborationDocument,
  walkPlanDocument,
  walkPortfolioDocument,
} from './fastAccept.generated.js';
import { planRules } from './planRules.js';
import { portfolioRulesAll } from './portfolioRules.js';
import {
  assessmentComparisonRules,
  berenschotScoreRules,
  factorBalanceRules,
  portfolioSummaryRules,
  stageInferenceRules,
  trendRules,
} from './resultRules.js';
import type { RuleIssue } from './ruleHelpers.js';

/** A fast validator: `true` only for a valid document. */
export type Accept = (value: unknown) => boolean;

/** The walk of one document kind: its generated walker and the rules that span fields. */
export interface DocumentWalker {
  /** Walks a document with the given walk: gives its copy (or the value itself) and counts the breaks. */
  readonly walk: (walk: Walk, value: unknown) => unknown;
  /** The rules that span fields, on a value whose structure is valid. */
  readonly rules: (value: unknown) => RuleIssue[];
}

/** The walker of each document kind. */
export const documentWalkers: ReadonlyMap<string, DocumentWalker> = /* @__PURE__ */ new Map<string, DocumentWalker>([
  ['collaboration', { walk: walkCollaborationDocument, rules: collaborationRules }],
  ['assessment', { walk: walkAssessmentDocument, rules: assessmentRules }],
  ['portfolio', { walk: walkPortfolioDocument, rules: portfolioRulesAll }],
  ['plan', { walk: walkPlanDocument, rules: planRules }],
]);

type StructureCheck = (value: unknown, freeze: boolean) => boolean;

function acceptor(structure: StructureCheck, rules: (value: unknown) => RuleIssue[], freeze: boolean): Accept {
  return (value) => structure(value, freeze) && rules(value).length === 0;
}

/**
 * Tells whether a value is a valid collaboration document by every rule of `safeParseCollaboration`. `false`
 * means "not sure": the full pipeline decides.
 */
export const acceptsCollaboration: Accept = /* @__PURE__ */ acceptor(
  acceptsCollaborationStructure,
  collaborationRules,
  false,
);

/** Tells whether a value is a valid assessment document by every rule of `safeParseAssessment`. */
export const acceptsAssessment: Accept = /* @__PURE__ */ acceptor(acceptsAssessmentStructure, assessmentRules, false);

/** Tells whether a value is a valid portfolio document by every rule of `safeParsePortfolio`. */
export const acceptsPortfolio: Accept = /* @__PURE__ */ acceptor(acceptsPortfolioStructure, portfolioRulesAll, false);

/** Tells whether a value is a valid plan document by every rule of `safeParsePlan`. */
export const acceptsPlan: Accept = /* @__PURE__ */ acceptor(acceptsPlanStructure, planRules, false);

/** Tells whether a value is a valid stored Berenschot score by every rule of its format. */
export const acceptsBerenschotScore: Accept = /* @__PURE__ */ acceptor(
  acceptsBerenschotScoreStructure,
  berenschotScoreRules,
  false,
);

/** Tells whether a value is a valid stored factor balance by every rule of its format. */
export const acceptsFactorBalance: Accept = /* @__PURE__ */ acceptor(
  acceptsFactorBalanceStructure,
  factorBalanceRules,
  false,
);

/** Tells whether a value is a valid stored stage inference by every rule of its format. */
export const acceptsStageInference: Accept = /* @__PURE__ */ acceptor(
  acceptsStageInferenceStructure,
  stageInferenceRules,
  false,
);

/** Tells whether a value is a valid stored portfolio summary by every rule of its format. */
export const acceptsPortfolioSummary: Accept = /* @__PURE__ */ acceptor(
  acceptsPortfolioSummaryStructure,
  portfolioSummaryRules,
  false,
);

/** Tells whether a value is a valid stored assessment comparison by every rule of its format. */
export const acceptsAssessmentComparison: Accept = /* @__PURE__ */ acceptor(
  acceptsAssessmentComparisonStructure,
  assessmentComparisonRules,
  false,
);

/** Tells whether a value is a valid stored trend by every rule of its format. */
export const acceptsTrend: Accept = /* @__PURE__ */ acceptor(acceptsTrendStructure, trendRules, false);

/** Tells whether a value is a list of pitfall findings as `detectPitfalls` returns it. */
export const acceptsPitfallFindings: Accept = (value) =>
  Array.isArray(value) && acceptsPitfallFindingsStructure({ findings: value }, false);

const freezingAcceptors: ReadonlyMap<string, Accept> = /* @__PURE__ */ new Map<string, Accept>([
  ['collaboration', /* @__PURE__ */ acceptor(acceptsCollaborationStructure, collaborationRules, true)],
  ['assessment', /* @__PURE__ */ acceptor(acceptsAssessmentStructure, assessmentRules, true)],
  ['portfolio', /* @__PURE__ */ acceptor(acceptsPortfolioStructure, portfolioRulesAll, true)],
  ['plan', /* @__PURE__ */ acceptor(acceptsPlanStructure, planRules, true)],
  ['berenschot-score', /* @__PURE__ */ acceptor(acceptsBerenschotScoreStructure, berenschotScoreRules, true)],
  ['factor-balance', /* @__PURE__ */ acceptor(acceptsFactorBalanceStructure, factorBalanceRules, true)],
  ['stage-inference', /* @__PURE__ */ acceptor(acceptsStageInferenceStructure, stageInferenceRules, true)],
  ['portfolio-summary', /* @__PURE__ */ acceptor(acceptsPortfolioSummaryStructure, portfolioSummaryRules, true)],
  [
    'assessment-comparison',
    /* @__PURE__ */ acceptor(acceptsAssessmentComparisonStructure, assessmentComparisonRules, true),
  ],
  ['trend', /* @__PURE__ */ acceptor(acceptsTrendStructure, trendRules, true)],
]);

/**
 * The fast validator of a document or result kind that freezes what it checks, in place: like `accepts…`, so it must
 * only get data the library owns (the output of `JSON.parse` or a snapshot). On `false` the value may be partly
 * frozen; a frozen part is always frozen all through.
 */
export function acceptorFor(kind: string): Accept | null {
  return freezingAcceptors.get(kind) ?? null;
}
