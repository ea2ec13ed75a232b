/**
 * The rules of a plan that span fields. Loads no zod: the fast path of the parse functions runs them after the
 * generated walk.
 */
import { pitfallStructure } from '../catalogue/data/structure.js';
import { type StrategyFactorId, strategyFactorIds } from '../catalogue/ids/strategyFactors.js';
import type { PathSegment } from '../errors/SamenwerkingError.js';
import { documentIssues } from '../i18n/documentIssues/documentIssues.js';
import { planIssues } from '../i18n/planIssues/planIssues.js';
import { scoringTerms } from '../i18n/scoringTerms/scoringTerms.js';
import { checkUnique, isJsonObject, type RuleIssue, ruleIssue } from './ruleHelpers.js';

const isStrategyFactor = (id: string): id is StrategyFactorId => (strategyFactorIds as readonly string[]).includes(id);

/** The strategy factor each pitfall threatens, from the catalogue's structure (no texts). */
const factorOfPitfall: ReadonlyMap<string, string> = new Map(
  pitfallStructure.map((pitfall) => [pitfall.id, pitfall.factor]),
);

/**
 * Checks the rules that span fields of a plan: unique action ids, and every action's pitfall one of its factor.
 * Runs on invalid documents too; builds nothing for a valid document but one map, so that the fast path runs it too.
 */
export function planRules(value: unknown, at: readonly PathSegment[] = []): RuleIssue[] {
  if (!isJsonObject(value)) return [];
  const actions = Array.isArray(value.actions) ? value.actions : [];
  const issues = checkUnique<Record<string, unknown>>(
    actions,
    (action) => action.id,
    (index) => [...at, 'actions', index, 'id'],
  );
  for (let index = 0; index < actions.length; index++) {
    const action = actions[index];
    if (!isJsonObject(action) || typeof action.pitfall !== 'string' || typeof action.factor !== 'string') continue;
    const threatened = factorOfPitfall.get(action.pitfall) as StrategyFactorId | undefined;
    // An unknown pitfall or factor is reported by the structure check; only two known ids are compared here.
    if (threatened === undefined || threatened === action.factor || !isStrategyFactor(action.factor)) continue;
    const path = [...at, 'actions', index, 'pitfall'];
    const { pitfall, factor } = action;
    issues.push(
      ruleIssue('invalid_value', path, () =>
        planIssues.pitfallOfOtherFactor(
          documentIssues.fieldName(path),
          pitfall,
          scoringTerms.factorName(threatened),
          scoringTerms.factorName(factor),
        ),
      ),
    );
  }
  return issues;
}
