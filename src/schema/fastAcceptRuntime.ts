/**
 * The generic part of the fast validators in `fastAccept.generated.ts`: what does not depend on the format (plain
 * objects, `x-` values within the snapshot bounds, lengths in code points) and the state of one run (the values
 * counted, whether passing parts are frozen). Plain loops, no paths, no issues, no copies.
 */
import { defaultLimits } from '../internal/snapshot.js';

/** The deepest nesting of objects and arrays, counted from the document: the snapshot's bound. */
export const MAX_DEPTH: number = defaultLimits.maxDepth;
/** The longest string anywhere: the snapshot's bound. */
export const MAX_STRING: number = defaultLimits.maxStringLength;

/** The state of one run of a fast validator. */
export interface RunState {
  /** The values counted so far (objects, arrays and primitives), as the snapshot counts them. */
  nodes: number;
  /** Whether objects and arrays are frozen once they pass (only for data the library owns). */
  freezing: boolean;
}

/** The state of the run under way; a run never starts while another is under way (they do not call out). */
export const run: RunState = { nodes: 0, freezing: false };

/** Ends the check of an object or array that passed: frozen when freezing. */
export function pass(value: object): true {
  if (run.freezing) Object.freeze(value);
  return true;
}

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

function isForbidden(key: string): boolean {
  return key === '__proto__' || key === 'constructor' || key === 'prototype';
}

/** Any JSON value within the snapshot bounds, without forbidden keys: the value of an `x-` key at `depth`. */
export function isJson(value: unknown, depth: number): boolean {
  switch (typeof value) {
    case 'string':
      return value.length <= MAX_STRING;
    case 'number':
      return Number.isFinite(value);
    case 'boolean':
      return true;
    case 'object': {
      if (value === null) return true;
      if (depth >= MAX_DEPTH) return false;
      if (Array.isArray(value)) {
        const length = value.length;
        run.nodes += length;
        for (let index = 0; index < length; index++) if (!isJson(value[index], depth + 1)) return false;
        return pass(value);
      }
      if (!isPlainObject(value)) return false;
      for (const key in value) {
        run.nodes++;
        if (isForbidden(key) || !isJson(value[key], depth + 1)) return false;
      }
      return pass(value);
    }
    default:
      return false;
  }
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

/**
 * Runs a generated check on a document: counts the values against the snapshot bound, freezes what passes when
 * asked to, and says `false` (never throws) for a value that is not plain data (a getter that throws, a proxy).
 */
export function runCheck(check: (value: unknown, depth: number) => boolean, value: unknown, freeze: boolean): boolean {
  run.nodes = 1;
  run.freezing = freeze;
  try {
    return check(value, 0) && run.nodes <= defaultLimits.maxNodes;
  } catch {
    // Only a value that is not plain data can throw: the full pipeline reports it.
    return false;
  } finally {
    run.freezing = false;
  }
}
