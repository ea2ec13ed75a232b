/**
 * Remembers which objects are documents returned by this library's parse and update functions: valid and deeply
 * frozen. Update functions can then build on them directly, sharing structure, instead of parsing them again.
 */
const parsed = new WeakSet<object>();

/** Marks a validated, deeply frozen document. */
export function markParsed<T extends object>(document: T): T {
  parsed.add(document);
  return document;
}

/** Tells whether a value is a document this library validated and froze. */
export function isParsed(value: unknown): boolean {
  return typeof value === 'object' && value !== null && parsed.has(value);
}
