import { quoteIds, quoteValue } from '../format.js';
import type { ArgumentIssueMessages } from './nl.js';

const quote = (value: unknown): string => quoteValue(value, 'en');
const didYouMean = (suggestions: readonly string[]): string =>
  suggestions.length === 0 ? '' : ` Did you mean ${quoteIds(suggestions)}?`;

/** The messages about the arguments and options of a function, in English. */
export const en: ArgumentIssueMessages = {
  invalidOption: (option, value, expected) =>
    `The option '${option}' has an unusable value (${quote(value)}). Allowed: ${expected.en}.`,
  unknownOption: (option, known, suggestions) =>
    `There is no option '${option}'.${didYouMean(suggestions)} Known options: ${known.join(', ')}.`,
  unknownWeightKey: (option, key, kind, suggestions, example) =>
    `The option '${option}' names '${key}', which is not ${kind === 'indicator' ? 'an indicator' : 'a strategy factor'} of the catalogue.${didYouMean(suggestions)} Use catalogue ids as keys, for example '${example}'.`,
  zeroFactorWeight: (option, factor) =>
    `The weights in '${option}' for the indicators of factor '${factor}' add up to 0. Give at least one indicator of this factor a weight above 0.`,
  zeroFactorWeights: (option) =>
    `The weights in '${option}' add up to 0. Give at least one strategy factor a weight above 0.`,
};
