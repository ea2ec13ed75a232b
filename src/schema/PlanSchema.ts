import type * as z from 'zod';
import { addToZodContext, withKeyCheck } from './fields.js';
import { orThrow, type ParseOptions, type ParseResult, safeParseKind } from './parseDocument.js';
import { planActionStructure, planKeys, planStructure, walkPlan } from './planFormat.js';
import type { Plan, PlanAction } from './types.js';

export { MAX_ACTIONS, planKeys, planRules, planStructure, walkPlan } from './planFormat.js';

/**
 * The schema of one action of a plan, checked on its own (unknown keys included).
 *
 * @example
 * ```ts
 * PlanActionSchema.safeParse({ id: 'raad-informeren', title: 'Raad informeren', factor: 'belanghebbenden', status: 'gepland' }).success;
 * //=> true
 * ```
 * @category Schemas
 */
export const PlanActionSchema: z.ZodType<PlanAction> = withKeyCheck(planActionStructure, planKeys.action);

/**
 * The schema of an improvement plan (`kind: 'plan'`, `schemaVersion: 1`): a target score per strategy factor and the
 * actions that should reach them, each with its factor, an optional pitfall, owner and due date, and a status.
 *
 * @example
 * ```ts
 * PlanSchema.safeParse({
 *   kind: 'plan', schemaVersion: 1, collaboration: 'spil-eindhoven', date: '2026-08-15',
 *   targets: { relatie: 75 },
 *   actions: [{ id: 'kennismaken', title: 'Kennismaken buiten het overleg', factor: 'relatie', status: 'gepland' }],
 * }).success;
 * //=> true
 * ```
 * @category Schemas
 */
export const PlanSchema: z.ZodType<Plan> = planStructure.superRefine((value, ctx) =>
  addToZodContext(walkPlan(value), ctx),
);

/**
 * Validates a plan document and returns it deeply frozen. Never throws.
 *
 * @param input - Any value, typically parsed JSON.
 * @returns `{ success: true, data }` or `{ success: false, error }` with every issue found.
 *
 * @example
 * ```ts
 * const result = safeParsePlan({
 *   kind: 'plan', schemaVersion: 1, collaboration: 'spil-eindhoven', date: '2026-08-15',
 *   actions: [{ id: 'a1', title: 'Raad informeren', factor: 'relatie', pitfall: 'gemeenteraad-over-het-hoofd', status: 'gepland' }],
 * });
 * result.success || result.error.issues.map((issue) => [issue.code, issue.path.join('.')]);
 * //=> [['invalid_value', 'actions.0.pitfall']]
 * ```
 * @category Schemas
 */
export function safeParsePlan(input: unknown, options?: ParseOptions): ParseResult<Plan> {
  return safeParseKind('plan', input, options);
}

/**
 * Validates a plan document and returns it deeply frozen.
 *
 * @param input - Any value, typically parsed JSON.
 * @returns A frozen copy of the plan.
 * @throws {SamenwerkingError} With every issue found: `duplicate_id` for a repeated action id, `invalid_value` for a
 *   pitfall that threatens another factor than its action's or an unknown status, `unknown_id` for an unknown factor
 *   or pitfall, `too_big` for a target above 100, `invalid_date`, `unknown_key` and the other codes.
 *
 * @example
 * ```ts
 * parsePlan({
 *   kind: 'plan', schemaVersion: 1, collaboration: 'spil-eindhoven', date: '2026-08-15',
 *   targets: { ambitie: 75 }, actions: [],
 * }).targets;
 * //=> { ambitie: 75 }
 * ```
 * @category Schemas
 */
export function parsePlan(input: unknown, options?: ParseOptions): Plan {
  return orThrow(safeParseKind<Plan>('plan', input, options));
}
