/**
 * The fast path of the parse functions: the generated structure check (`fastAccept.generated.ts`) followed by the
 * same rule functions that the full pipeline runs. `true` only for a valid document; `false` means "not sure", and
 * the full pipeline decides and finds the issues.
 */
import { assessmentRules } from './assessmentFormat.js';
import { collaborationRules } from './collaborationFormat.js';
import {
  acceptsAssessmentStructure,
  acceptsCollaborationStructure,
  acceptsPlanStructure,
  acceptsPortfolioStructure,
} from './fastAccept.generated.js';
import type { RuleIssue } from './fields.js';
import { planRules } from './planFormat.js';
import { portfolioRulesAll } from './portfolioFormat.js';

/** A fast validator: `true` only for a valid document. */
export type Accept = (value: unknown) => boolean;

type StructureCheck = (value: unknown, freeze: boolean) => boolean;

function acceptor(structure: StructureCheck, rules: (value: unknown) => RuleIssue[], freeze: boolean): Accept {
  return (value) => structure(value, freeze) && rules(value).length === 0;
}

/**
 * Tells whether a value is a valid collaboration document by every rule of `safeParseCollaboration`. `false`
 * means "not sure": the full pipeline decides.
 */
export const acceptsCollaboration: Accept = acceptor(acceptsCollaborationStructure, collaborationRules, false);

/** Tells whether a value is a valid assessment document by every rule of `safeParseAssessment`. */
export const acceptsAssessment: Accept = acceptor(acceptsAssessmentStructure, assessmentRules, false);

/** Tells whether a value is a valid portfolio document by every rule of `safeParsePortfolio`. */
export const acceptsPortfolio: Accept = acceptor(acceptsPortfolioStructure, portfolioRulesAll, false);

/** Tells whether a value is a valid plan document by every rule of `safeParsePlan`. */
export const acceptsPlan: Accept = acceptor(acceptsPlanStructure, planRules, false);

const freezingAcceptors: ReadonlyMap<string, Accept> = new Map<string, Accept>([
  ['collaboration', acceptor(acceptsCollaborationStructure, collaborationRules, true)],
  ['assessment', acceptor(acceptsAssessmentStructure, assessmentRules, true)],
  ['portfolio', acceptor(acceptsPortfolioStructure, portfolioRulesAll, true)],
  ['plan', acceptor(acceptsPlanStructure, planRules, true)],
]);

/**
 * The fast validator of a document kind, for the parse functions: like `accepts…`, and it freezes what passes the
 * structure check (every object and array, innermost first), so it must only get data the library owns: the
 * output of `JSON.parse` or a snapshot. On `false` the value may be partly frozen; a frozen part is always frozen
 * all through.
 */
export function acceptorFor(kind: string): Accept | null {
  return freezingAcceptors.get(kind) ?? null;
}
