import { safeParseCollaboration } from '../schema/CollaborationSchema.js';
import type { Collaboration } from '../schema/types.js';
import { type Recipe, updateWith } from './updateDocument.js';

/**
 * Changes a collaboration with an immer recipe, validates the result, and returns a new frozen document that shares
 * every unchanged part with the original.
 *
 * @remarks
 * The original is never changed. A document that did not come from this library's parse or update functions is
 * validated first (and copied), so nothing of the caller's own objects ends up frozen.
 *
 * @param collaboration - The collaboration to change.
 * @param recipe - A function that changes the draft in place, or returns a replacement.
 * @returns The changed, validated, deeply frozen collaboration; the same object when the recipe changed nothing.
 * @throws {SamenwerkingError} `invalid_argument` when `recipe` is not a function.
 * @throws {SamenwerkingError} With every issue of the result when the change makes the document invalid (for
 *   example `duplicate_id` or `dangling_reference`), or of the input when it was not valid to begin with.
 *
 * @example
 * ```ts
 * const renamed = updateCollaboration(collaboration, (draft) => {
 *   draft.name = 'SPIL-centra Eindhoven (2026)';
 * });
 * renamed.partners === collaboration.partners;
 * //=> true
 * ```
 * @category Update
 */
export function updateCollaboration(collaboration: Collaboration, recipe: Recipe<Collaboration>): Collaboration {
  return updateWith(collaboration, recipe, safeParseCollaboration);
}
