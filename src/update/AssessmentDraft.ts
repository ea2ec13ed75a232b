import type { Assessment, Response } from '../schema/types.js';

/**
 * An assessment that may hold no responses yet, as `blankAssessment` returns it. It has every field of an
 * {@link Assessment}; it becomes a valid assessment once it holds a response with an answer, which
 * {@link addResponse} adds.
 *
 * @category Update
 */
export interface AssessmentDraft extends Omit<Assessment, 'responses'> {
  /** The responses so far; none in a blank draft. */
  readonly responses: readonly Response[];
}
