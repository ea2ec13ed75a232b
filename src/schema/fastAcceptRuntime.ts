/**
 * The generic part of the generated walkers in `fastAccept.generated.ts`: what does not depend on the format (plain
 * objects, keys, lengths in code points, repeats) and the steps that hand a value the format does not expect to the
 * generic walk of `internal/snapshot.ts`, which copies or checks it with the snapshot's rules and paths. Every step
 * that finds the value off the format counts a break in the walk; a walk without breaks is a valid structure.
 */
import { keepAnswerNumbers } from '../internal/parsed.js';
import {
  ABSENT,
  addProblem,
  defaultLimits,
  isForbiddenKey,
  isPlainJson,
  type SnapshotLimits,
  startCheck,
  type Walk,
} from '../internal/snapshot.js';

export { ABSENT, keepAnswerNumbers, type Walk };

/** The longest string anywhere: the snapshot's bound. */
export const MAX_STRING: number = defaultLimits.maxStringLength;

/** Tells whether a value is a plain object: an object whose prototype is `Object.prototype` or `null`. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Tells whether a key is an extension key: it starts with `x-`. */
export function isExtensionKey(key: string): boolean {
  return key.charCodeAt(0) === 120 && key.charCodeAt(1) === 45; // 'x-'
}

/** Counts the code points of a string, as zod measures lengths. */
function codePoints(value: string): number {
  let count = value.length;
  for (let index = 0; index < value.length - 1; index++) {
    if ((value.charCodeAt(index) & 0xfc00) === 0xd800 && (value.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
      count--;
      index++;
    }
  }
  return count;
}

/** Tells whether a string has at most `max` code points (cheap when it has at most `max` UTF-16 units). */
export function atMostCodePoints(value: string, max: number): boolean {
  return value.length <= max || (value.length <= 2 * max && codePoints(value) <= max);
}

/** Tells whether no value occurs twice in a list (as `===` compares; the lists it checks are short). */
export function allDistinct(list: readonly unknown[]): boolean {
  const length = list.length;
  if (length > 16) return new Set(list).size === length;
  for (let index = 1; index < length; index++) {
    for (let before = 0; before < index; before++) if (list[before] === list[index]) return false;
  }
  return true;
}

/**
 * Counts a break of the value at `depth` and notes under which field of the root it lies (`walk.keys[0]`, set before
 * a field of the root is walked; nothing for the root itself), and its path when it is a `leaf` (a primitive field or
 * item). Only the breaks found here are noted: a walk with more breaks than notes had one the full pipeline cannot
 * place (a missing field, a list's length), and zod then reads the whole value. Runs only off the format, so it costs
 * a valid document nothing.
 */
function breakAt(walk: Walk, depth: number, leaf: boolean): void {
  walk.breaks++;
  walk.brokenKeys.push(depth > 0 ? walk.keys[0] : undefined);
  walk.leafPaths.push(leaf ? walk.keys.slice(0, depth) : undefined);
}

/**
 * A value at `depth` that is not what the format expects there (the wrong type, or an object where a list belongs):
 * a break, and the generic walk copies or checks it. Its parent counted it already.
 */
export function other(walk: Walk, value: unknown, depth: number, leaf = false): unknown {
  breakAt(walk, depth, leaf);
  walk.nodes--;
  return walk.generic(walk, value, depth);
}

/** The value of a field `key` of the object at `depth` that does not fit the field: a break, then the generic walk. */
export function mismatch(walk: Walk, item: unknown, depth: number, key: string): unknown {
  walk.keys[depth] = key;
  return other(walk, item, depth + 1, true);
}

/** An item of the list at `depth` (the walk holds its index) that does not fit: a break, then the generic walk. */
export function mismatchItem(walk: Walk, item: unknown, depth: number): unknown {
  return other(walk, item, depth + 1, true);
}

/** The value of an `x-` key: any JSON value within the bounds, walked generically (a break only if it has problems). */
export function extension(walk: Walk, item: unknown, depth: number, key: string): unknown {
  walk.keys[depth] = key;
  walk.nodes--;
  return opaqueValue(walk, item, depth + 1);
}

/** Walks a value the full pipeline does not look into: no issue of zod or the walker can lie at or below it. */
function opaqueValue(walk: Walk, item: unknown, depth: number): unknown {
  walk.opaque++;
  try {
    return walk.generic(walk, item, depth);
  } finally {
    walk.opaque--;
  }
}

/**
 * A key of a part that the format does not know: zod lets it pass (parts keep every key), the walker reports it. A key
 * that could change a prototype is a problem and left out; the value of any other is walked generically.
 */
export function strayKey(walk: Walk, item: unknown, depth: number, key: string): unknown {
  walk.keys[depth] = key;
  if (isForbiddenKey(key)) {
    addProblem(walk, depth + 1, 'unknown_key', 'forbidden-key', key);
    return ABSENT;
  }
  walk.strayKeys++;
  walk.strayPaths.push(walk.keys.slice(0, depth + 1));
  walk.nodes--;
  return opaqueValue(walk, item, depth + 1);
}

/** A key of a record (such as the answers) that is not one of its keys: zod reports it, so it is a break. */
export function unknownKey(walk: Walk, item: unknown, depth: number, key: string): unknown {
  walk.keys[depth] = key;
  if (isForbiddenKey(key)) {
    addProblem(walk, depth + 1, 'unknown_key', 'forbidden-key', key);
    return ABSENT;
  }
  breakAt(walk, depth, false);
  walk.nodes--;
  return opaqueValue(walk, item, depth + 1);
}

/** A field `key` of the object at `depth` whose getter threw. */
export function unreadable(walk: Walk, depth: number, key: string | number): void {
  walk.keys[depth] = key;
  addProblem(walk, depth + 1, 'invalid_type', 'unreadable', 'getter');
}

/**
 * Ends the walk of an object or list: its frozen copy, or the value itself (frozen when the walk freezes). The root
 * (the first of the walk's ancestors) is left unfrozen, for whoever runs the walk: the parse functions mark a valid
 * document before they freeze it, which costs less than marking a frozen one (see `internal/parsed.ts`).
 */
export function finish(walk: Walk, copy: object | undefined, value: object): unknown {
  if (value === walk.ancestors[0]) return copy ?? value;
  if (copy !== undefined) return Object.freeze(copy);
  if (walk.freezing) Object.freeze(value);
  return value;
}

/** Tells whether `Object.prototype` has enumerable keys (someone added some), which `for…in` would visit. */
function prototypeHasEnumerableKeys(): boolean {
  for (const _ in Object.prototype) return true;
  return false;
}

/**
 * Walks a document from its root with a generated walker: counts the root, reports the bound on values, and falls
 * back to the generic walk (which reads own keys only) when `Object.prototype` has enumerable keys. The generated
 * walkers leave the root itself (or its copy) unfrozen: the caller freezes it.
 */
export function runWalk(
  walk: Walk,
  walkRoot: (walk: Walk, value: unknown, depth: number) => unknown,
  value: unknown,
): unknown {
  if (prototypeHasEnumerableKeys()) {
    walk.breaks++;
    return walk.generic(walk, value, 0);
  }
  walk.nodes = 1;
  const result = walkRoot(walk, value, 0);
  if (walk.nodes > walk.limits.maxNodes && !walk.stopped) {
    walk.stopped = true;
    addProblem(walk, 0, 'too_large', 'too-many', String(walk.limits.maxNodes));
  }
  return result;
}

/**
 * Tells whether a value has the structure a generated walker checks, without copying it: for a document or a result
 * that the scoring or a report was given and did not parse. Freezes it in place when asked to (only for data the
 * library owns); on `false` the value may be partly frozen. A value that is not plain data (a proxy that throws) is
 * refused, not reported.
 */
export function structureHolds(
  walkRoot: (walk: Walk, value: unknown, depth: number) => unknown,
  value: unknown,
  freeze: boolean,
): boolean {
  const walk = startCheck(freeze);
  try {
    runWalk(walk, walkRoot, value);
    if (freeze) Object.freeze(value);
  } catch {
    // The check ends at the first break, or a value that is not plain data threw (a proxy): either way, refused.
    return false;
  }
  return walk.breaks === 0 && walk.strayKeys === 0 && walk.problems.length === 0;
}

/**
 * The state of a generated check that only answers yes or no (`src/schema/fastCheck.generated.ts`): the values counted
 * so far and the snapshot's bounds. It never freezes.
 */
export interface Check {
  /** The values counted so far, as the walkers count them. */
  nodes: number;
  /** The bounds. */
  readonly limits: SnapshotLimits;
  /** A check never freezes. */
  readonly freezing: false;
}

/** The value of an `x-` key in a check: plain JSON data within the bounds (counted once, as the walkers count it). */
export function extensionHolds(check: Check, item: unknown, depth: number): boolean {
  check.nodes--;
  return isPlainJson(check, item, depth);
}

/**
 * Runs a generated check over a value: yes only when the walk of {@link structureHolds} would find no break, no stray
 * key and no problem. It stops at the first misfit; a getter that throws or a proxy gives no.
 */
export function checkHolds(
  checkRoot: (check: Check, value: unknown, depth: number) => boolean,
  value: unknown,
): boolean {
  if (prototypeHasEnumerableKeys()) return false;
  const check: Check = { nodes: 1, limits: defaultLimits, freezing: false };
  try {
    return checkRoot(check, value, 0) && check.nodes <= check.limits.maxNodes;
  } catch {
    return false;
  }
}
