/**
 * Remembers which objects are documents returned by this library's parse and update functions: valid and deeply
 * frozen. Update functions can then build on them directly, sharing structure, instead of parsing them again.
 *
 * The mark is a private class field, which only the class below can add and test: it cannot be forged or copied
 * (a spread, `structuredClone` or a Proxy of a marked document is not marked), and setting and testing it costs a
 * fraction of a `WeakSet`'s add and lookup, which also weighed on every garbage collection.
 */

/** A base class whose constructor hands back its argument, so that a subclass adds its fields to that object. */
class Stamp {
  constructor(document: object) {
    // biome-ignore lint/correctness/noConstructorReturn: the argument becomes `this` for the subclass's field.
    return document;
  }
}

/** Adds the private mark to the document it is constructed with (frozen or not: a private field is no property). */
class Parsed extends Stamp {
  #parsed: undefined;

  /** Tells whether a value carries the mark. */
  static has(value: object): boolean {
    return #parsed in value;
  }
}

/**
 * Marks a validated, deeply frozen document; a document marked already is given back as it is (a private field
 * cannot be added twice).
 *
 * The marked object is the one `new` gives back, so that a bundler cannot drop the construction as unused.
 */
export function markParsed<T extends object>(document: T): T {
  return Parsed.has(document) ? document : (new Parsed(document) as unknown as T);
}

/** Tells whether a value is a document this library validated and froze. */
export function isParsed(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Parsed.has(value);
}
