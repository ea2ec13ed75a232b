/**
 * The check of the assessment that `scoreBerenschot` gets: a parsed one passes at once, a hand-built or stored one is
 * checked with the generated yes-or-no check and the rules, and a misfit gives one issue that points to
 * `safeParseAssessment` for the details (the scoring bundle carries no per-issue messages).
 */
import type { Issue } from '../errors/SamenwerkingError.js';
import { scoringInput } from '../i18n/scoringInput/scoringInput.js';
import { isParsed } from '../internal/parsed.js';
import type { Assessment } from '../schema/types.js';
import { acceptsAssessmentInput } from './readInput.js';

/**
 * Gives the assessment argument when it can be scored, or files one `invalid_argument` issue at `['assessment']`.
 *
 * @param value - The argument as the caller passed it.
 * @param issues - The issues of the call; one is added when the value cannot be scored.
 * @returns The assessment, or `undefined` after filing the issue.
 */
export function readAssessment(value: unknown, issues: Issue[]): Assessment | undefined {
  if (isParsed(value) ? (value as { readonly kind?: unknown }).kind === 'assessment' : acceptsAssessmentInput(value)) {
    return value as Assessment;
  }
  issues.push({ code: 'invalid_argument', path: ['assessment'], message: scoringInput.invalidAssessment(value) });
  return undefined;
}
