import { quoteIds, quoteValue } from '../format.js';
import type { InputIssueMessages } from './nl.js';

/** The messages about an argument that cannot be used and about a field an argument object may not have, in English. */
export const en: InputIssueMessages = {
  unknownField: (argument, key, known, suggestions) =>
    `'${argument}' has no field '${key}'.${suggestions.length === 0 ? '' : ` Did you mean ${quoteIds(suggestions)}?`} Known fields: ${known.join(', ')}.`,
  invalidArgument: (argument, value, expected) =>
    `The argument '${argument}' cannot be used here (${quoteValue(value, 'en')}). Pass ${expected.en}.`,
};
