import type * as z from 'zod';
import type { AssessmentComparison } from './AssessmentComparison.js';
import { assessmentComparisonStructure } from './assessmentComparisonFormat.js';
import { addToZodContext } from './fields.js';
import { resultFormats } from './results.js';

const walk = (value: unknown) => resultFormats.get('assessment-comparison')?.walk(value) ?? [];

/**
 * The schema of a stored assessment comparison (`kind: 'assessment-comparison'`, `schemaVersion: 1`), the result of
 * `compareAssessments`: its structure, unknown keys refused (except `x-` keys) and the rules that span fields. Shipped as
 * `samenwerking/schemas/assessment-comparison.json`; `fromJSON` reads a stored one with the same checks.
 *
 * @example
 * ```ts
 * AssessmentComparisonSchema.safeParse(compareAssessments(assessment, assessment)).success;
 * //=> true
 * ```
 * @category Schemas
 */
export const AssessmentComparisonSchema: z.ZodType<AssessmentComparison> = assessmentComparisonStructure.superRefine(
  (value, ctx) => addToZodContext(walk(value), ctx),
);
