import type * as z from 'zod';
import { assessmentKeys, assessmentStructure, responseStructure, walkAssessment } from './assessmentFormat.js';
import { addToZodContext, withKeyCheck } from './fields.js';
import { orThrow, type ParseOptions, type ParseResult, safeParseKind } from './parseDocument.js';
import type { Assessment, Response } from './types.js';

export {
  assessmentKeys,
  assessmentRules,
  assessmentStructure,
  MAX_RESPONSES,
  walkAssessment,
} from './assessmentFormat.js';

/**
 * The schema of one respondent's answers.
 *
 * @example
 * ```ts
 * ResponseSchema.safeParse({ respondent: 'r1', answers: { 'ambitie.concreet': 4, 'relatie.klik': null } }).success;
 * //=> true
 * ```
 * @category Schemas
 */
export const ResponseSchema: z.ZodType<Response> = withKeyCheck(responseStructure, assessmentKeys.response);

/**
 * The schema of a Berenschot self-assessment (`kind: 'assessment'`, `schemaVersion: 1`): respondents rate the
 * indicators on a whole-number scale (1 to 5 unless `scale` says otherwise), `null` meaning "not applicable".
 *
 * @example
 * ```ts
 * AssessmentSchema.safeParse({
 *   kind: 'assessment', schemaVersion: 1, collaboration: 'spil-eindhoven', date: '2026-03-15',
 *   responses: [{ respondent: 'r1', answers: { 'ambitie.concreet': 4 } }],
 * }).success;
 * //=> true
 * ```
 * @category Schemas
 */
export const AssessmentSchema: z.ZodType<Assessment> = assessmentStructure.superRefine((value, ctx) =>
  addToZodContext(walkAssessment(value), ctx),
);

/**
 * Validates an assessment document and returns it deeply frozen. Never throws.
 *
 * @param input - Any value, typically parsed JSON.
 * @param options - `maxIssues`: the most issues returned (100 by default); the last one then says how many there
 *   were in all (`too_many_issues`).
 * @returns `{ success: true, data }` or `{ success: false, error }` with every issue found.
 *
 * @example
 * ```ts
 * const result = safeParseAssessment({
 *   kind: 'assessment', schemaVersion: 1, collaboration: 'spil-eindhoven', date: '2026-03-15',
 *   responses: [{ respondent: 'r1', answers: { 'ambitie.concreet': 7 } }],
 * });
 * result.success || result.error.issues[0].code;
 * //=> 'too_big'
 * ```
 * @category Schemas
 */
export function safeParseAssessment(input: unknown, options?: ParseOptions): ParseResult<Assessment> {
  return safeParseKind('assessment', input, options);
}

/**
 * Validates an assessment document and returns it deeply frozen.
 *
 * @param input - Any value, typically parsed JSON.
 * @param options - `maxIssues`: the most issues returned (100 by default); the last one then says how many there
 *   were in all (`too_many_issues`).
 * @returns A frozen copy of the document.
 * @throws {SamenwerkingError} With every issue found: `unknown_id` for an unknown indicator, `too_small` and
 *   `too_big` for answers outside the scale, `duplicate_id`, `invalid_date`, `unknown_key` and the other codes.
 *
 * @example
 * ```ts
 * parseAssessment({
 *   kind: 'assessment', schemaVersion: 1, collaboration: 'spil-eindhoven', date: '2026-03-15',
 *   responses: [{ respondent: 'r1', answers: { 'ambitie.concreet': 4 } }],
 * }).responses.length;
 * //=> 1
 * ```
 * @category Schemas
 */
export function parseAssessment(input: unknown, options?: ParseOptions): Assessment {
  return orThrow(safeParseKind<Assessment>('assessment', input, options));
}
