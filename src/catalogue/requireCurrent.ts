import { isPlainObject, throwIfIssues } from '../arguments/argumentReader.js';
import { rejectArgument } from '../arguments/rejectArgument.js';
import type { Issue, PathSegment } from '../errors/SamenwerkingError.js';
import { SamenwerkingError } from '../errors/SamenwerkingError.js';
import { catalogueIdIssues } from '../i18n/catalogueIdIssues/catalogueIdIssues.js';
import { expectedArguments } from '../i18n/expectedArguments/expectedArguments.js';
import type { CatalogueEntry } from './types.js';

/**
 * Passes a catalogue entry through when it is current, and refuses a retired one with an error that names the id
 * replacing it.
 *
 * @remarks
 * Lookups such as `getTheme` also return retired entries (with `retired: true` and `replacedBy`), so that documents
 * written against an older edition keep working. Call this where an id of the current edition is needed, for
 * example when a tool writes a new document or proposes a plan.
 *
 * @param entry - A catalogue entry, as returned by a lookup.
 * @param path - Where the id sits in the caller's input, used as the issue's path; empty by default.
 * @returns The same entry, when it is not retired.
 * @throws {SamenwerkingError} `invalid_argument` when `entry` is not a catalogue entry or `path` not a list of
 *   strings and numbers.
 * @throws {SamenwerkingError} `retired_id` when the entry is retired; the message names its replacement, or says
 * that it has none. `invalid_argument` when `entry` is not a catalogue entry or `path` is not a list of keys and
 * indexes.
 *
 * @example
 * ```ts
 * requireCurrent(getTheme('krimp')).id;
 * //=> 'krimp'
 * const retired = { ...getTheme('krimp'), retired: true, replacedBy: 'kansengelijkheid' } as const;
 * (() => {
 *   try {
 *     return requireCurrent(retired, ['themes', 0]);
 *   } catch (error) {
 *     return isSamenwerkingError(error) ? error.format('en') : error;
 *   }
 * })();
 * //=> "themes[0]: 'krimp' is retired in this edition of the catalogue. Use 'kansengelijkheid' instead."
 * ```
 * @category Catalogue
 */
export function requireCurrent<Entry extends CatalogueEntry>(entry: Entry, path: readonly PathSegment[] = []): Entry {
  const given: unknown = entry;
  const pathGiven: unknown = path;
  const issues: Issue[] = [];
  if (!isPlainObject(given) || typeof given.id !== 'string') {
    rejectArgument(issues, 'entry', given, expectedArguments.catalogueEntry());
  }
  if (!isPath(pathGiven)) rejectArgument(issues, 'path', pathGiven, expectedArguments.issuePath());
  throwIfIssues(issues);
  if (entry.retired !== true) return entry;
  throw new SamenwerkingError([
    { code: 'retired_id', path, message: catalogueIdIssues.retiredId(entry.id, entry.replacedBy) },
  ]);
}

/** Tells whether a value is a path: an array of keys and whole-number indexes. */
function isPath(value: unknown): value is readonly PathSegment[] {
  try {
    return (
      Array.isArray(value) &&
      value.every((segment) => typeof segment === 'string' || (Number.isSafeInteger(segment) && segment >= 0))
    );
  } catch {
    // A revoked proxy is no path.
    return false;
  }
}
