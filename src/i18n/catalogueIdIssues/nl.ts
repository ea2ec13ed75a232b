import type { CatalogueListName } from '../catalogueLists/listNames.js';
import { nl as lists } from '../catalogueLists/nl.js';
import { listValues, quoteIds, quoteValue } from '../format.js';

const quote = (value: unknown): string => quoteValue(value, 'nl');
const didYouMean = (suggestions: readonly string[]): string =>
  suggestions.length === 0 ? '' : ` Bedoelde u ${quoteIds(suggestions)}?`;

/**
 * The messages about a catalogue id given as an argument, in Dutch: an id that is not in its list, or one that this
 * edition retired. A group of its own, apart from the other argument messages, so that a function that takes no
 * catalogue id does not load the names of the catalogue lists.
 */
export const nl = {
  /** An id that is not in a catalogue list, with the closest known ids and, when given, the known ids. */
  unknownId: (
    list: CatalogueListName,
    id: unknown,
    suggestions: readonly string[],
    known?: readonly string[],
  ): string =>
    `Er is geen ${lists.entry[list]} met id ${quote(id)} in de catalogus.${didYouMean(suggestions)}${
      known === undefined ? '' : ` Bekend zijn: ${listValues(known, 12, 'nl')}.`
    }`,
  /** A catalogue entry that this edition retired, where a current one is needed; names its successor when it has one. */
  retiredId: (id: string, replacedBy: string | undefined): string =>
    replacedBy === undefined
      ? `'${id}' is vervallen in deze editie van de catalogus en heeft geen opvolger. Kies een id dat niet vervallen is.`
      : `'${id}' is vervallen in deze editie van de catalogus. Gebruik '${replacedBy}' in plaats daarvan.`,
};

/** The messages about a catalogue id given as an argument: the shape every language implements. */
export type CatalogueIdIssueMessages = typeof nl;
