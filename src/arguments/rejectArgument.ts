import type { Issue } from '../errors/SamenwerkingError.js';
import { inputIssues } from '../i18n/inputIssues/inputIssues.js';
import type { LocalisedText } from '../i18n/LocalisedText.js';

/**
 * Files an `invalid_argument` issue for an argument that cannot be used: the message names the argument, what came in
 * and what it must be, in Dutch and English.
 *
 * @param issues - The problems of the call.
 * @param argument - The name of the argument, also its path.
 * @param value - What came in.
 * @param expected - What it must be.
 */
export function rejectArgument(issues: Issue[], argument: string, value: unknown, expected: LocalisedText): void {
  issues.push({
    code: 'invalid_argument',
    path: [argument],
    message: inputIssues.invalidArgument(argument, value, expected),
  });
}
