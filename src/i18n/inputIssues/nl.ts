import { quoteIds, quoteValue } from '../format.js';
import type { LocalisedText } from '../LocalisedText.js';

/**
 * The messages about an argument that cannot be used and about a field an argument object may not have, in Dutch.
 * Apart from the messages about options (`argumentIssues`), so that a bundle that only reads options does not carry
 * them.
 */
export const nl = {
  /** A field of an argument object the function does not know, with the closest known names. */
  unknownField: (argument: string, key: string, known: readonly string[], suggestions: readonly string[]): string =>
    `'${argument}' kent geen veld '${key}'.${suggestions.length === 0 ? '' : ` Bedoelde u ${quoteIds(suggestions)}?`} Bekende velden: ${known.join(', ')}.`,
  /** An argument that cannot be used where it was given, with the kind of value expected. */
  invalidArgument: (argument: string, value: unknown, expected: LocalisedText): string =>
    `Het argument '${argument}' is hier niet bruikbaar (${quoteValue(value, 'nl')}). Geef ${expected.nl}.`,
};

/** The messages about unusable arguments: the shape every language implements. */
export type InputIssueMessages = typeof nl;
