/**
 * Names the field at a path in domain words, with the words of one language: the most specific name known for the
 * last key, an item of a list for an index, and the document itself for the root. The logic is the same in every
 * language; only the words differ.
 */

/** The words one language uses to name fields. */
export interface FieldWords {
  /** The root of a document. */
  readonly document: string;
  /** Field names keyed by `parent.key` (most specific) or `key`. */
  readonly fields: Readonly<Record<string, string>>;
  /** The name of one item of a list, keyed by the list's key. */
  readonly items: Readonly<Record<string, string>>;
  /** An item of a list without a name of its own, by its position from 1. */
  readonly item: (position: number) => string;
  /** The answer to an indicator. */
  readonly answerTo: (indicator: string) => string;
  /** The target score for a strategy factor, in a plan. */
  readonly targetFor: (factor: string) => string;
  /** An `x-` extension field. */
  readonly extension: (key: string) => string;
  /** Any other field. */
  readonly field: (key: string) => string;
}

/** Names the field at `path` with the words of one language. */
export function nameField(path: readonly (string | number)[], words: FieldWords): string {
  const last = path[path.length - 1];
  if (last === undefined) return words.document;
  const parentKey = [...path.slice(0, -1)].reverse().find((segment) => typeof segment === 'string');
  if (typeof last === 'number') {
    const item =
      typeof parentKey === 'string' && Object.hasOwn(words.items, parentKey) ? words.items[parentKey] : undefined;
    return item ?? words.item(last + 1);
  }
  if (parentKey === 'answers') return words.answerTo(last);
  if (parentKey === 'targets' && path.length === 2) return words.targetFor(last);
  if (last.startsWith('x-')) return words.extension(last);
  // Own keys only: a field named 'toString' or 'constructor' must not find Object.prototype's members.
  const specific = `${parentKey}.${last}`;
  if (Object.hasOwn(words.fields, specific)) return words.fields[specific] as string;
  if (Object.hasOwn(words.fields, last)) return words.fields[last] as string;
  return words.field(last);
}
