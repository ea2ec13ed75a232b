import { en as lists } from '../catalogueLists/en.js';
import { listValues, quoteIds, quoteValue } from '../format.js';
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
  unknownField: (argument, key, known, suggestions) =>
    `'${argument}' has no field '${key}'.${didYouMean(suggestions)} Known fields: ${known.join(', ')}.`,
  unknownId: (list, id, suggestions, known) =>
    `There is no ${lists.entry[list]} with id ${quote(id)} in the catalogue.${didYouMean(suggestions)}${
      known === undefined ? '' : ` Known ids: ${listValues(known, 12, 'en')}.`
    }`,
  retiredId: (id, replacedBy) =>
    replacedBy === undefined
      ? `'${id}' is retired in this edition of the catalogue and has no successor. Choose an id that is not retired.`
      : `'${id}' is retired in this edition of the catalogue. Use '${replacedBy}' instead.`,
  invalidArgument: (argument, value, expected) =>
    `The argument '${argument}' cannot be used here (${quote(value)}). Pass ${expected.en}.`,
  unknownWeightKey: (option, key, kind, suggestions, example) =>
    `The option '${option}' names '${key}', which is not ${kind === 'indicator' ? 'an indicator' : 'a strategy factor'} of the catalogue.${didYouMean(suggestions)} Use catalogue ids as keys, for example '${example}'.`,
  zeroFactorWeight: (option, factor) =>
    `The weights in '${option}' for the indicators of factor '${factor}' add up to 0. Give at least one indicator of this factor a weight above 0.`,
  zeroFactorWeights: (option) =>
    `The weights in '${option}' add up to 0. Give at least one strategy factor a weight above 0.`,
  invalidDate: (value) =>
    `${quote(value)} is not a real calendar date. Write the date as YYYY-MM-DD, for example '2026-03-15'.`,
  invalidSchoolYear: (value) =>
    `${quote(value)} is not a school year. Write it as two consecutive years, for example '2025-2026'.`,
};
