/**
 * The check of an argument that may be an assessment or a score (`compareAssessments`, `trend`): the fast validator of
 * its kind, which loads no zod.
 */
import { isPlainObject } from '../arguments/argumentReader.js';
import { acceptsBerenschotScore } from '../schema/acceptors.js';
import { acceptsAssessmentInput } from './readInput.js';

/** Tells whether a value is a valid assessment or a valid stored Berenschot score. */
export function acceptsAssessmentOrScore(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  if (value.kind === 'assessment') return acceptsAssessmentInput(value);
  return value.kind === 'berenschot-score' && acceptsBerenschotScore(value);
}
