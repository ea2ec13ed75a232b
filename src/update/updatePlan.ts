import { safeParsePlan } from '../schema/PlanSchema.js';
import type { Plan } from '../schema/types.js';
import { type Recipe, updateWith } from './updateDocument.js';

/**
 * Changes a plan with an immer recipe, validates the result, and returns a new frozen document that shares every
 * unchanged part with the original.
 *
 * @param plan - The plan to change.
 * @param recipe - A function that changes the draft in place, or returns a replacement.
 * @returns The changed, validated, deeply frozen plan; the same object when the recipe changed nothing.
 * @throws {SamenwerkingError} With every issue of the result when the change makes it invalid (for example a target
 *   above 100: `too_big`, or a repeated action id: `duplicate_id`), or of the input when it was not valid to begin
 *   with.
 *
 * @example
 * ```ts
 * const plan = parsePlan({
 *   kind: 'plan', schemaVersion: 1, collaboration: 'spil-eindhoven', date: '2026-08-15',
 *   targets: { relatie: 75 }, actions: [],
 * });
 * const raised = updatePlan(plan, (draft) => {
 *   draft.targets = { ...draft.targets, relatie: 80 };
 * });
 * [plan.targets?.relatie, raised.targets?.relatie];
 * //=> [75, 80]
 * ```
 * @category Update
 */
export function updatePlan(plan: Plan, recipe: Recipe<Plan>): Plan {
  return updateWith(plan, recipe, safeParsePlan);
}
