/**
 * Recognises a Berenschot score among the arguments of the functions that take one (`proposePlan`, `reviewPlan`,
 * `trend`): a plain check of the fields they read, not a validation of the whole result.
 */
import { isPlainObject } from '../arguments/argumentReader.js';

/** Tells whether a value has the fields of a Berenschot score that the plan and trend functions read. */
export function isScoreLike(value: unknown): value is import('./types.js').BerenschotScore {
  return (
    isPlainObject(value) &&
    value.kind !== 'assessment' &&
    typeof value.collaboration === 'string' &&
    typeof value.date === 'string' &&
    isPlainObject(value.overall) &&
    Array.isArray(value.factors) &&
    value.factors.every((factor) => isPlainObject(factor) && Array.isArray(factor.indicators)) &&
    Array.isArray(value.pitfalls)
  );
}
