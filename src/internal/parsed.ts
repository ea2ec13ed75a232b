/**
 * Remembers which objects are documents returned by this library's parse and update functions: valid and deeply
 * frozen. Update functions can then build on them directly, sharing structure, instead of parsing them again.
 *
 * The mark is a private class field, which only the class below can add and test: it cannot be forged or copied
 * (a spread, `structuredClone` or a Proxy of a marked document is not marked), and setting and testing it costs a
 * fraction of a `WeakSet`'s add and lookup, which also weighed on every garbage collection. It is added before the
 * document is frozen; a document that comes frozen already is kept in a `WeakSet`, as before.
 */

/** A base class whose constructor hands back its argument, so that a subclass adds its fields to that object. */
class Stamp {
  constructor(document: object) {
    // biome-ignore lint/correctness/noConstructorReturn: the argument becomes `this` for the subclass's field.
    return document;
  }
}

/** Adds the private mark to the (still extensible) document it is constructed with. */
class Parsed extends Stamp {
  #parsed: undefined;

  /** Tells whether a value carries the mark. */
  static has(value: object): boolean {
    return #parsed in value;
  }
}

/**
 * The documents marked after they were frozen: TC39's "non-extensible applies to private" (stage 3) makes adding a
 * private field to a non-extensible object throw, so those are remembered here instead. Mark a document before
 * freezing it where the code allows, which is the cheaper way.
 */
const markedFrozen = new WeakSet<object>();

/**
 * Marks a validated document that is (or is about to be) deeply frozen; a document marked already is given back as it
 * is (a private field cannot be added twice).
 *
 * The marked object is the one `new` gives back, so that a bundler cannot drop the construction as unused.
 */
export function markParsed<T extends object>(document: T): T {
  if (isParsed(document)) return document;
  if (Object.isExtensible(document)) return new Parsed(document) as unknown as T;
  markedFrozen.add(document);
  return document;
}

/** Tells whether a value is a document this library validated and froze. */
export function isParsed(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (Parsed.has(value) || markedFrozen.has(value));
}

/** Adds to a response (still extensible) its numeric answers by indicator position; see {@link keepAnswerNumbers}. */
class AnswerNumbers extends Stamp {
  #numbers: readonly number[];

  constructor(response: object, numbers: readonly number[]) {
    super(response);
    this.#numbers = numbers;
  }

  /** The numbers a response carries, or `undefined`. */
  static of(response: object): readonly number[] | undefined {
    return #numbers in response ? response.#numbers : undefined;
  }
}

/**
 * Gives a response of an assessment that a parse is about to freeze and return its numeric answers as a flat list of
 * pairs, `[position, answer, position, answer, …]`, where the position is the indicator's place in `indicatorIds`
 * (the strategy order). The parse has each key and value in hand; the scoring reads the pairs instead of looking up
 * every indicator id in an answers object whose keys come in any order, which cost it a quarter of its time. Pairs
 * rather than a list by position: the scoring visits only the numbers (most answers may be `null` or missing), and
 * the list holds only numbers, which the engine reads fastest. Kept on the response rather than on its answers: responses share a few
 * shapes, answers have nearly one each, and reading a private field is cheap only on shapes the engine has seen.
 *
 * A response that is frozen already is left as it is: the numbers are added just before the response is frozen (with
 * its answers), so that they stay true, and a response that has them is frozen (a second walk of it adds nothing).
 *
 * @param response - The response; frozen right after, its answers frozen already.
 * @param numbers - The pairs, in the order the keys came.
 */
export function keepAnswerNumbers(response: object, numbers: readonly number[]): void {
  if (Object.isExtensible(response)) new AnswerNumbers(response, numbers);
}

/**
 * The numeric answers that a parse kept on a response (see {@link keepAnswerNumbers}), as pairs of position and
 * answer, or `undefined` for a response that did not come from a parse.
 */
export function answerNumbersOf(response: object): readonly number[] | undefined {
  return AnswerNumbers.of(response);
}
