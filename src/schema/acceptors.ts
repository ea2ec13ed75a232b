/**
 * The walkers of the parse functions, by document kind: the generated walk of the structure
 * (`fastAccept.generated.ts`) and the rule functions that the full pipeline runs too. The `accepts…` functions tell,
 * without copying or freezing, whether a value is a valid document; `false` means "not sure", and the full pipeline
 * decides and finds the issues.
 */
import { startWalk, type Walk } from '../internal/snapshot.js';
import { assessmentRules } from './assessmentFormat.js';
import { collaborationRules } from './collaborationFormat.js';
import {
  walkAssessmentDocument,
  walkCollaborationDocument,
  walkPlanDocument,
  walkPortfolioDocument,
} from './fastAccept.generated.js';
import type { RuleIssue } from './fields.js';
import { planRules } from './planFormat.js';
import { portfolioRulesAll } from './portfolioFormat.js';

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
export const documentWalkers: ReadonlyMap<string, DocumentWalker> = new Map<string, DocumentWalker>([
  ['collaboration', { walk: walkCollaborationDocument, rules: collaborationRules }],
  ['assessment', { walk: walkAssessmentDocument, rules: assessmentRules }],
  ['portfolio', { walk: walkPortfolioDocument, rules: portfolioRulesAll }],
  ['plan', { walk: walkPlanDocument, rules: planRules }],
]);

function acceptor(kind: string, freezing: boolean): Accept {
  const walker = documentWalkers.get(kind) as DocumentWalker;
  return (value) => {
    const walk = startWalk(false, freezing);
    try {
      walker.walk(walk, value);
    } catch {
      // Only a value that is not plain data can throw (a proxy): the full pipeline reports it.
      return false;
    }
    return walk.breaks === 0 && walk.strayKeys === 0 && walker.rules(value).length === 0;
  };
}

/**
 * Tells whether a value is a valid collaboration document by every rule of `safeParseCollaboration`. `false`
 * means "not sure": the full pipeline decides.
 */
export const acceptsCollaboration: Accept = acceptor('collaboration', false);

/** Tells whether a value is a valid assessment document by every rule of `safeParseAssessment`. */
export const acceptsAssessment: Accept = acceptor('assessment', false);

/** Tells whether a value is a valid portfolio document by every rule of `safeParsePortfolio`. */
export const acceptsPortfolio: Accept = acceptor('portfolio', false);

/** Tells whether a value is a valid plan document by every rule of `safeParsePlan`. */
export const acceptsPlan: Accept = acceptor('plan', false);

const freezingAcceptors: ReadonlyMap<string, Accept> = new Map<string, Accept>([
  ['collaboration', acceptor('collaboration', true)],
  ['assessment', acceptor('assessment', true)],
  ['portfolio', acceptor('portfolio', true)],
  ['plan', acceptor('plan', true)],
]);

/**
 * The fast validator of a document kind that freezes what it checks, in place: like `accepts…`, so it must only get
 * data the library owns (the output of `JSON.parse`). On `false` the value may be partly frozen; a frozen part is
 * always frozen all through.
 */
export function acceptorFor(kind: string): Accept | null {
  return freezingAcceptors.get(kind) ?? null;
}
