/**
 * The answer scale of an assessment that states none. Kept apart from the zod schemas (this module imports nothing),
 * so that code without zod at run time, such as the scoring, can read the same value.
 */

/** The answer scale when an assessment does not state one: 1 to 5. */
export const DEFAULT_SCALE: { readonly min: number; readonly max: number } = Object.freeze({ min: 1, max: 5 });
