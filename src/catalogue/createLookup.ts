import { SamenwerkingError } from '../errors/SamenwerkingError.js';
import { catalogueIdIssues } from '../i18n/catalogueIdIssues/catalogueIdIssues.js';
import type { CatalogueListName } from '../i18n/catalogueLists/listNames.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import { lazy } from '../internal/lazy.js';
import { suggestIds } from '../internal/suggest.js';

/**
 * Builds the O(1) lookup for one catalogue list. The index is made on the first call, so a list that is never
 * looked up costs nothing; an unknown id throws `unknown_id` with the closest known ids.
 */
export function createLookup<Entry extends { readonly id: string }>(
  entries: readonly Entry[],
  list: CatalogueListName,
): (id: string) => Entry {
  const index = lazy(() => new Map(deepFreeze(entries).map((entry) => [entry.id, entry])));
  return (id) => {
    const entry = typeof id === 'string' ? index().get(id) : undefined;
    if (entry !== undefined) return entry;
    const known = entries.map((candidate) => candidate.id);
    throw new SamenwerkingError([
      { code: 'unknown_id', path: [], message: catalogueIdIssues.unknownId(list, id, suggestIds(id, known)) },
    ]);
  };
}

/** Builds the type guard that tells whether a value is an id of one catalogue list. */
export function createIdGuard<Id extends string>(ids: readonly Id[]): (value: unknown) => value is Id {
  const known = lazy((): ReadonlySet<string> => new Set(ids));
  return (value): value is Id => typeof value === 'string' && known().has(value);
}
