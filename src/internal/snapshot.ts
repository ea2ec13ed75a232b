/**
 * Copies untrusted input into plain JSON data before validation, without recursion and within fixed bounds. The
 * copy is what gets validated and frozen, so the caller's value is never touched again, and nothing in it can
 * run code (getters and proxies are read once, here, and their failures become issues).
 *
 * For values that are already plain JSON data owned by the library (the output of `JSON.parse`), `checkBounds` checks
 * the same bounds without copying.
 */
/** One key or array index on the way to a value (the same as the errors' `PathSegment`). */
type PathSegment = string | number;

/** The issue codes a snapshot problem can have; each is one of the errors' `SnapshotCode`s. */
export type SnapshotCode = 'invalid_type' | 'unknown_key' | 'too_large';

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
export const defaultLimits: SnapshotLimits = { maxDepth: 64, maxNodes: 20_000_000, maxStringLength: 100_000 };

/** Something that kept a value from being copied. */
export interface SnapshotProblem {
  /** Why the value could not be copied. */
  readonly code: SnapshotCode;
  /** Where the value is. */
  readonly path: readonly PathSegment[];
  /** What went wrong, for the message. */
  readonly reason: 'unreadable' | 'cycle' | 'too-deep' | 'too-many' | 'string-too-long' | 'forbidden-key' | 'not-json';
  /** The offending key or a description of the value. */
  readonly detail: string;
}

/** The result of a snapshot: the copy, and the problems found (the copy lacks the values that had problems). */
export interface Snapshot {
  /** The plain copy. */
  readonly value: unknown;
  /** The problems, in document order; empty when the input is plain JSON data within the bounds. */
  readonly problems: readonly SnapshotProblem[];
}

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** A step on the path to a value, kept as a linked list so that no path array is built unless it is needed. */
interface Trail {
  readonly parent: Trail | undefined;
  readonly key: PathSegment;
}

function pathOf(trail: Trail | undefined): PathSegment[] {
  const path: PathSegment[] = [];
  for (let step = trail; step !== undefined; step = step.parent) path.push(step.key);
  return path.reverse();
}

/** One value still to visit; `container[key]` receives its copy. An `exit` entry takes an object off the path. */
interface Visit {
  readonly source: unknown;
  readonly container: Record<PathSegment, unknown> | undefined;
  readonly key: PathSegment;
  readonly trail: Trail | undefined;
  readonly depth: number;
  readonly exit?: object;
}

const UNREADABLE: unique symbol = Symbol('unreadable');

/**
 * Copies a value into plain data: objects with only own enumerable string keys, arrays, strings, finite numbers,
 * booleans and `null`. Stops at the bounds and reports what it could not copy.
 */
export function snapshot(input: unknown, limits: SnapshotLimits = defaultLimits): Snapshot {
  return walk(input, limits, true);
}

/**
 * Checks that a value which is already plain JSON data (such as the output of `JSON.parse`) stays within the
 * bounds and has no forbidden keys, without copying it.
 */
export function checkBounds(input: unknown, limits: SnapshotLimits = defaultLimits): Snapshot {
  return walk(input, limits, false);
}

function walk(input: unknown, limits: SnapshotLimits, copy: boolean): Snapshot {
  const problems: SnapshotProblem[] = [];
  const report = (code: SnapshotCode, trail: Trail | undefined, reason: SnapshotProblem['reason'], detail: string) =>
    problems.push({ code, path: pathOf(trail), reason, detail });
  const root: Record<string, unknown> = {};
  const onPath = new Set<object>();
  const stack: Visit[] = [{ source: input, container: root, key: 'value', trail: undefined, depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const visit = stack.pop() as Visit;
    if (visit.exit !== undefined) {
      onPath.delete(visit.exit);
      continue;
    }
    const { source, container, key, trail, depth } = visit;
    if (source === UNREADABLE) continue;
    // A key set to `undefined` counts as absent, as in JSON; elsewhere `undefined` is not data.
    if (source === undefined && typeof trail?.key === 'string') continue;
    if (++nodes > limits.maxNodes) {
      report('too_large', trail, 'too-many', String(limits.maxNodes));
      break;
    }
    if (source === null || typeof source === 'boolean') {
      if (copy && container) container[key] = source;
    } else if (typeof source === 'string') {
      if (source.length > limits.maxStringLength) report('too_large', trail, 'string-too-long', String(source.length));
      else if (copy && container) container[key] = source;
    } else if (typeof source === 'number') {
      if (!Number.isFinite(source)) report('invalid_type', trail, 'not-json', String(source));
      else if (copy && container) container[key] = source;
    } else if (typeof source !== 'object') {
      report('invalid_type', trail, 'not-json', typeof source);
    } else if (onPath.has(source)) {
      report('invalid_type', trail, 'cycle', 'cycle');
    } else if (depth >= limits.maxDepth) {
      report('too_large', trail, 'too-deep', String(limits.maxDepth));
    } else {
      visitContainer(source, visit, copy, stack, onPath, report);
    }
  }
  return { value: copy ? root.value : input, problems };
}

function visitContainer(
  source: object,
  visit: Visit,
  copy: boolean,
  stack: Visit[],
  onPath: Set<object>,
  report: (code: SnapshotCode, trail: Trail | undefined, reason: SnapshotProblem['reason'], detail: string) => void,
): void {
  const { container, key, trail, depth } = visit;
  let keys: string[] | undefined;
  let length = 0;
  try {
    if (Array.isArray(source)) {
      length = source.length;
    } else {
      const prototype = Object.getPrototypeOf(source);
      if (prototype !== Object.prototype && prototype !== null) {
        report('invalid_type', trail, 'not-json', describe(source));
        return;
      }
      keys = Object.keys(source);
    }
  } catch {
    report('invalid_type', trail, 'unreadable', keys === undefined && Array.isArray(source) ? 'length' : 'object');
    return;
  }
  onPath.add(source);
  stack.push({ source: undefined, container: undefined, key: '', trail: undefined, depth, exit: source });
  const target: Record<PathSegment, unknown> | undefined = copy
    ? ((keys === undefined ? new Array(length) : {}) as Record<PathSegment, unknown>)
    : undefined;
  if (copy && container) container[key] = target;
  const next = depth + 1;
  // Pushed in reverse so that values are visited, and problems reported, in document order.
  if (keys === undefined) {
    for (let index = length - 1; index >= 0; index--) {
      const itemTrail = { parent: trail, key: index };
      stack.push({
        source: read(source, index, itemTrail, report),
        container: target,
        key: index,
        trail: itemTrail,
        depth: next,
      });
    }
    return;
  }
  for (let position = keys.length - 1; position >= 0; position--) {
    const name = keys[position] as string;
    const itemTrail = { parent: trail, key: name };
    if (FORBIDDEN_KEYS.has(name)) {
      report('unknown_key', itemTrail, 'forbidden-key', name);
      continue;
    }
    stack.push({
      source: read(source, name, itemTrail, report),
      container: target,
      key: name,
      trail: itemTrail,
      depth: next,
    });
  }
}

function read(
  source: object,
  key: PathSegment,
  trail: Trail,
  report: (code: SnapshotCode, trail: Trail | undefined, reason: SnapshotProblem['reason'], detail: string) => void,
): unknown {
  try {
    return (source as Record<PathSegment, unknown>)[key];
  } catch {
    report('invalid_type', trail, 'unreadable', 'getter');
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
