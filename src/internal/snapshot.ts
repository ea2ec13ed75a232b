/**
 * Copies untrusted input into plain JSON data before validation, without recursion and within fixed bounds. The
 * copy is what gets validated and frozen, so the caller's value is never touched again, and nothing in it can
 * run code (getters and proxies are read once, here, and their failures become issues).
 */
import type { IssueCode, PathSegment } from '../errors/SamenwerkingError.js';

/** The bounds of a snapshot. */
export interface SnapshotLimits {
  /** The deepest nesting of objects and arrays. */
  readonly maxDepth: number;
  /** The most values (objects, arrays and primitives) in all. */
  readonly maxNodes: number;
  /** The longest string. */
  readonly maxStringLength: number;
}

/** The default bounds: far above any real document, far below what could exhaust memory or the stack. */
export const defaultLimits: SnapshotLimits = { maxDepth: 64, maxNodes: 5_000_000, maxStringLength: 100_000 };

/** Something that kept a value from being copied. */
export interface SnapshotProblem {
  /** Why the value could not be copied. */
  readonly code: IssueCode;
  /** Where the value is. */
  readonly path: readonly PathSegment[];
  /** What went wrong, for the message. */
  readonly reason: 'unreadable' | 'cycle' | 'too-deep' | 'too-many' | 'string-too-long' | 'forbidden-key' | 'not-json';
  /** The offending key or a description of the value. */
  readonly detail: string;
}

/** The result of a snapshot: the copy, and the problems found (the copy holds `undefined` where they were). */
export interface Snapshot {
  /** The plain copy. */
  readonly value: unknown;
  /** The problems, in document order; empty when the input is plain JSON data within the bounds. */
  readonly problems: readonly SnapshotProblem[];
}

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

interface Task {
  readonly source: unknown;
  readonly path: readonly PathSegment[];
  readonly assign: (value: unknown) => void;
}

/**
 * Copies a value into plain data: objects with only own enumerable string keys, arrays, strings, finite numbers,
 * booleans and `null`. Stops at the bounds and reports what it could not copy.
 */
export function snapshot(input: unknown, limits: SnapshotLimits = defaultLimits): Snapshot {
  const problems: SnapshotProblem[] = [];
  const onPath = new Set<object>();
  let result: unknown;
  let nodes = 0;
  // Depth-first with an explicit stack; `exit` markers take an object off the current path when it is done.
  const stack: (Task | { readonly exit: object })[] = [
    { source: input, path: [], assign: (value) => (result = value) },
  ];
  while (stack.length > 0) {
    const task = stack.pop() as Task | { readonly exit: object };
    if ('exit' in task) {
      onPath.delete(task.exit);
      continue;
    }
    const { source, path, assign } = task;
    if (source === UNREADABLE) continue;
    // A key set to `undefined` counts as absent, as in JSON; elsewhere `undefined` is not data.
    if (source === undefined && typeof path[path.length - 1] === 'string') continue;
    nodes++;
    if (nodes > limits.maxNodes) {
      problems.push({ code: 'too_large', path, reason: 'too-many', detail: String(limits.maxNodes) });
      break;
    }
    if (source === null || typeof source === 'boolean') {
      assign(source);
    } else if (typeof source === 'string') {
      if (source.length > limits.maxStringLength) {
        problems.push({ code: 'too_large', path, reason: 'string-too-long', detail: String(source.length) });
      } else assign(source);
    } else if (typeof source === 'number') {
      if (Number.isFinite(source)) assign(source);
      else problems.push({ code: 'invalid_type', path, reason: 'not-json', detail: String(source) });
    } else if (typeof source !== 'object') {
      problems.push({ code: 'invalid_type', path, reason: 'not-json', detail: typeof source });
    } else if (onPath.has(source)) {
      problems.push({ code: 'invalid_type', path, reason: 'cycle', detail: 'cycle' });
    } else if (path.length >= limits.maxDepth) {
      problems.push({ code: 'too_large', path, reason: 'too-deep', detail: String(limits.maxDepth) });
    } else {
      copyContainer(source, path, assign, stack, onPath, problems);
    }
  }
  return { value: result, problems };
}

function copyContainer(
  source: object,
  path: readonly PathSegment[],
  assign: (value: unknown) => void,
  stack: (Task | { readonly exit: object })[],
  onPath: Set<object>,
  problems: SnapshotProblem[],
): void {
  let keys: string[];
  let isArray: boolean;
  try {
    isArray = Array.isArray(source);
    if (!isArray) {
      const prototype = Object.getPrototypeOf(source);
      if (prototype !== Object.prototype && prototype !== null) {
        problems.push({ code: 'invalid_type', path, reason: 'not-json', detail: describe(source) });
        return;
      }
    }
    keys = isArray ? [] : Object.keys(source);
  } catch {
    problems.push({ code: 'invalid_type', path, reason: 'unreadable', detail: 'object' });
    return;
  }
  onPath.add(source);
  stack.push({ exit: source });
  if (isArray) {
    let length: number;
    try {
      length = (source as unknown[]).length;
    } catch {
      problems.push({ code: 'invalid_type', path, reason: 'unreadable', detail: 'length' });
      return;
    }
    const copy: unknown[] = new Array(length);
    assign(copy);
    // Pushed in reverse so that items are visited, and problems reported, in document order.
    for (let index = length - 1; index >= 0; index--) {
      stack.push({
        source: read(source, index, path, problems),
        path: [...path, index],
        assign: (v) => (copy[index] = v),
      });
    }
    return;
  }
  const copy: Record<string, unknown> = {};
  assign(copy);
  for (let position = keys.length - 1; position >= 0; position--) {
    const key = keys[position] as string;
    if (FORBIDDEN_KEYS.has(key)) {
      problems.push({ code: 'unknown_key', path: [...path, key], reason: 'forbidden-key', detail: key });
      continue;
    }
    stack.push({
      source: read(source, key, path, problems),
      path: [...path, key],
      assign: (value) => {
        if (value !== undefined) copy[key] = value;
      },
    });
  }
}

const UNREADABLE: unique symbol = Symbol('unreadable');

function read(source: object, key: PropertyKey, path: readonly PathSegment[], problems: SnapshotProblem[]): unknown {
  try {
    return (source as Record<PropertyKey, unknown>)[key];
  } catch {
    problems.push({
      code: 'invalid_type',
      path: [...path, key as PathSegment],
      reason: 'unreadable',
      detail: 'getter',
    });
    return UNREADABLE;
  }
}

function describe(value: object): string {
  try {
    if (value instanceof Date) return 'Date';
    if (value instanceof Map) return 'Map';
    if (value instanceof Set) return 'Set';
    const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
    return typeof name === 'string' && name !== '' ? name : 'object';
  } catch {
    return 'object';
  }
}
