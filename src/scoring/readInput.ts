/**
 * The fast validator of an assessment as `scoreBerenschot` needs it, next to the check of inputs it is used with
 * (`arguments/readInput.ts`, re-exported here for the scoring functions).
 */
import { assessmentRulesHold } from '../schema/assessmentRules.js';
import { checksAssessmentStructure } from '../schema/fastCheck.generated.js';

export { type Accept, readInput } from '../arguments/readInput.js';

/**
 * The fast validator of an assessment as `scoreBerenschot` needs it: the generated structure check and the rules as a
 * yes or no. Not the one of `schema/acceptors.ts`, which would bring the messages of every rule, and the validators of
 * every other kind, into a bundle that only scores.
 */
export function acceptsAssessmentInput(value: unknown): boolean {
  return checksAssessmentStructure(value) && assessmentRulesHold(value);
}
