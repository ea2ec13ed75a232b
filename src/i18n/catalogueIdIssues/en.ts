import { en as lists } from '../catalogueLists/en.js';
import { listValues, quoteIds, quoteValue } from '../format.js';
import type { CatalogueIdIssueMessages } from './nl.js';

const quote = (value: unknown): string => quoteValue(value, 'en');
const didYouMean = (suggestions: readonly string[]): string =>
  suggestions.length === 0 ? '' : ` Did you mean ${quoteIds(suggestions)}?`;

/** The messages about a catalogue id given as an argument, in English. */
export const en: CatalogueIdIssueMessages = {
  unknownId: (list, id, suggestions, known) =>
    `There is no ${lists.entry[list]} with id ${quote(id)} in the catalogue.${didYouMean(suggestions)}${
      known === undefined ? '' : ` Known ids: ${listValues(known, 12, 'en')}.`
    }`,
  retiredId: (id, replacedBy) =>
    replacedBy === undefined
      ? `'${id}' is retired in this edition of the catalogue and has no successor. Choose an id that is not retired.`
      : `'${id}' is retired in this edition of the catalogue. Use '${replacedBy}' instead.`,
};
