import { messages } from '../errors/messages.js';
import { SamenwerkingError } from '../errors/SamenwerkingError.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import { suggestIds } from '../internal/suggest.js';
import type { LocalisedText } from './types.js';

/**
 * Builds the O(1) lookup for one catalogue list. The index is made on the first call, so a list that is never
 * looked up costs nothing; an unknown id throws `unknown_id` with the closest known ids.
 */
export function createLookup<Entry extends { readonly id: string }>(
  entries: readonly Entry[],
  list: LocalisedText,
): (id: string) => Entry {
  let index: Map<string, Entry> | undefined;
  return (id) => {
    if (index === undefined) {
      deepFreeze(entries);
      index = new Map(entries.map((entry) => [entry.id, entry]));
    }
    const entry = typeof id === 'string' ? index.get(id) : undefined;
    if (entry !== undefined) return entry;
    const known = entries.map((candidate) => candidate.id);
    throw new SamenwerkingError([
      { code: 'unknown_id', path: [], message: messages.unknownId(list, id, suggestIds(id, known)) },
    ]);
  };
}

/** Builds the type guard that tells whether a value is an id of one catalogue list. */
export function createIdGuard<Id extends string>(ids: readonly Id[]): (value: unknown) => value is Id {
  let known: ReadonlySet<string> | undefined;
  return (value): value is Id => {
    known ??= new Set(ids);
    return typeof value === 'string' && known.has(value);
  };
}
