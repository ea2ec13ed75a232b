import { safeParseAssessment } from '../schema/AssessmentSchema.js';
import type { Assessment } from '../schema/types.js';
import { type Recipe, updateWith } from './updateDocument.js';

/**
 * Changes an assessment with an immer recipe, validates the result, and returns a new frozen document that shares
 * every unchanged part with the original.
 *
 * @param assessment - The assessment to change.
 * @param recipe - A function that changes the draft in place, or returns a replacement.
 * @returns The changed, validated, deeply frozen assessment; the same object when the recipe changed nothing.
 * @throws {SamenwerkingError} `invalid_argument` when `recipe` is not a function.
 * @throws {SamenwerkingError} With every issue of the result when the change makes it invalid (for example an
 *   answer outside the scale: `too_big`), or of the input when it was not valid to begin with.
 *
 * @example
 * ```ts
 * const later = updateAssessment(assessment, (draft) => {
 *   draft.date = '2026-06-01';
 * });
 * later.responses === assessment.responses;
 * //=> true
 * ```
 * @category Update
 */
export function updateAssessment(assessment: Assessment, recipe: Recipe<Assessment>): Assessment {
  return updateWith(assessment, recipe, safeParseAssessment);
}
