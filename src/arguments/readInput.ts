/**
 * The check of the documents and stored results that the scoring functions take. A document this library parsed (or
 * a result it computed) is valid and frozen, and is used as it is. Anything else, a document built by hand or a
 * result read from storage without `fromJSON`, is checked by the generated fast validator and the rules that span
 * fields, which load no zod, and then used.
 *
 * The check reads the value where it is, without copying it: a copy would double the memory of a large portfolio
 * (issue 15 asks for less than half of it extra) and the size of `scoreBerenschot` alone (which must stay under its
 * 10 kB budget). The validator accepts plain objects and arrays only, within the snapshot's bounds, and reads every
 * value once; a value whose getters give something else on a second read is outside what any check can promise:
 * parse it first (`parseAssessment` and the others copy before they check).
 *
 * A value that fails gets one `invalid_argument` issue that names the argument, what it must be and what it is, and
 * points to the function that lists each of its problems (`parseAssessment`, `BerenschotScoreSchema.safeParse`, …):
 * listing them here would need zod, which the scoring does not load.
 */
import type { Issue, PathSegment } from '../errors/SamenwerkingError.js';
import { expectedInputs, type InputKind } from '../i18n/expectedInputs/expectedInputs.js';
import { inputIssues } from '../i18n/inputIssues/inputIssues.js';
import { isParsed } from '../internal/parsed.js';

/** A fast validator of one kind: `true` only for a valid value. */
export type Accept = (value: unknown) => boolean;

/**
 * Gives the value to work on, or `undefined` after filing an `invalid_argument` issue.
 *
 * @param value - The argument as given.
 * @param argument - The name of the argument, for the path and the message.
 * @param kind - What it must be.
 * @param accepts - The fast validator of that kind.
 * @param issues - The problems of the call.
 * @param path - Where the value sits; the argument's name by default.
 */
export function readInput<T>(
  value: unknown,
  argument: string,
  kind: InputKind,
  accepts: Accept,
  issues: Issue[],
  path: readonly PathSegment[] = [argument],
): T | undefined {
  if (parsedAs(value, kind) || accepts(value)) return value as T;
  const message = inputIssues.invalidArgument(argument, value, expectedInputs.input(kind));
  issues.push({ code: 'invalid_argument', path, message });
  return undefined;
}

/**
 * Tells whether a value is a document or result this library made (parsed, updated or computed) of the kind asked
 * for: a parsed assessment is not a collaboration, nor is a part of a result.
 */
function parsedAs(value: unknown, kind: InputKind): boolean {
  if (!isParsed(value)) return false;
  if (kind === 'pitfall-findings') return Array.isArray(value);
  const actual = Array.isArray(value) ? undefined : (value as { readonly kind?: unknown }).kind;
  return kind === 'assessment-or-score' ? actual === 'assessment' || actual === 'berenschot-score' : actual === kind;
}
