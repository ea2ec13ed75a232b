/**
 * The helpers of the rules that span fields: what a rule issue is, plain-object and unknown-key checks, and repeats in
 * a list. Loads no zod, so that the rule modules (and through them the scoring, which checks a document it did not
 * parse) load none either; `fields.ts` re-exports them.
 */
import type { IssueCode, PathSegment } from '../errors/SamenwerkingError.js';
import { documentIssues } from '../i18n/documentIssues/documentIssues.js';
import type { LocalisedText } from '../i18n/LocalisedText.js';
import { suggestIds } from '../internal/suggest.js';
import { LazyIssue } from './issueList.js';

/** An issue found by one of our own rules, before it becomes part of a `SamenwerkingError`. */
export interface RuleIssue {
  /** The code. */
  readonly code: IssueCode;
  /** The path from the root of the value checked. */
  readonly path: readonly PathSegment[];
  /** The message in both languages. */
  readonly message: LocalisedText;
}

/** Tells whether a value is a plain object (not an array, not null). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An issue of a rule whose message is built only when it is read (for the issues a parse returns, at most a hundred
 * by default), and then once.
 */
export function ruleIssue(code: IssueCode, path: readonly PathSegment[], build: () => LocalisedText): RuleIssue {
  return new LazyIssue(code, path, build);
}

/** Checks that an object has only allowed keys and `x-` keys. */
export function checkKeys(value: unknown, allowed: readonly string[], path: readonly PathSegment[]): RuleIssue[] {
  if (!isJsonObject(value)) return [];
  const issues: RuleIssue[] = [];
  for (const key of Object.keys(value)) {
    if (key.startsWith('x-') || allowed.includes(key)) continue;
    const keyPath = [...path, key];
    issues.push(
      ruleIssue('unknown_key', keyPath, () => documentIssues.unknownKey(keyPath, allowed, suggestIds(key, allowed, 2))),
    );
  }
  return issues;
}

/**
 * Finds repeated values in a list of items, reporting each repeat at `path(index)`. Builds a path only for a
 * repeat, so that it costs little on valid documents.
 */
export function checkUnique<Item>(
  items: unknown,
  keyOf: (item: Item) => unknown,
  path: (index: number) => readonly PathSegment[],
  issues: RuleIssue[] = [],
): RuleIssue[] {
  findRepeats(items, keyOf, (index, value, earlier) => {
    const at = path(index);
    issues.push(ruleIssue('duplicate_id', at, () => documentIssues.duplicateId(at, value, earlier)));
  });
  return issues;
}

/**
 * Calls `onRepeat` for every item whose key (a string or a number) an earlier item has too, with the positions of
 * both: the repeat check of {@link checkUnique}, without building a message, for a check that only needs a yes or no.
 */
export function findRepeats<Item>(
  items: unknown,
  keyOf: (item: Item) => unknown,
  onRepeat: (index: number, value: string | number, earlier: number) => void,
): void {
  if (!Array.isArray(items)) return;
  const first = new Map<unknown, number>();
  for (let index = 0; index < items.length; index++) {
    const item: Item = items[index];
    // A hole (an item that could not be read) has no key; nor has `null` or a list.
    const value = isJsonObject(item) || (item !== undefined && typeof item !== 'object') ? keyOf(item) : undefined;
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    const earlier = first.get(value);
    if (earlier === undefined) first.set(value, index);
    else onRepeat(index, value, earlier);
  }
}
