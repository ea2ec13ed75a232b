/**
 * Reads untrusted input once, into plain JSON data, within fixed bounds: the generic walk behind every parse
 * function. The copy is what gets validated and frozen, so the caller's value is never touched again, and nothing in
 * it can run code (getters and proxies are read once, here, and their failures become problems at their path).
 *
 * The walk is recursive, but never deeper than the depth bound, so the stack stays small whatever comes in. It is
 * shared with the generated walkers of the document format (`src/schema/formatWalk.generated.ts`), which copy and
 * check the parts they know in the same pass and hand everything else to {@link walkValue}, with the same state: the
 * values counted, the path on the way down, the ancestors (for cycles) and the problems found.
 *
 * For values that are already plain JSON data owned by the library (the output of `JSON.parse`), the same walk runs
 * without copying ({@link checkBounds}).
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

/** The longest JSON text `fromJSON` reads: 256 MiB of characters (UTF-16 code units). */
export const MAX_JSON_TEXT_LENGTH: number = 256 * 1024 * 1024;

/** Why a value could not be copied. */
export type ProblemReason =
  | 'unreadable'
  | 'cycle'
  | 'too-deep'
  | 'too-many'
  | 'string-too-long'
  | 'forbidden-key'
  | 'not-json';

/** Something that kept a value from being copied. */
export interface SnapshotProblem {
  /** Why the value could not be copied, as an issue code. */
  readonly code: SnapshotCode;
  /** Where the value is. */
  readonly path: readonly PathSegment[];
  /** What went wrong, for the message. */
  readonly reason: ProblemReason;
  /** The offending key or a description of the value. */
  readonly detail: string;
}

/** The result of a snapshot: the copy, and the problems found (the copy lacks the values that had problems). */
export interface Snapshot {
  /** The plain copy (the input itself for {@link checkBounds}). */
  readonly value: unknown;
  /** The problems, in document order; empty when the input is plain JSON data within the bounds. */
  readonly problems: readonly SnapshotProblem[];
}

/** What a walk puts where a value had a problem: nothing (an object leaves the key out, an array a hole). */
export const ABSENT: unique symbol = Symbol('absent');

/** The state of one walk over a value, shared by the generic walk and the generated walkers of the format. */
export interface Walk {
  /**
   * What the walk does with a value the format does not know (a value off the format, an `x-` value): copies or checks
   * it with {@link walkValue}, or, for a walk that only answers yes or no, {@link acceptValue}.
   */
  readonly generic: (walk: Walk, value: unknown, depth: number) => unknown;
  /** The bounds. */
  readonly limits: SnapshotLimits;
  /** Whether the walk builds a copy (untrusted input) or only checks the value in place (data the library owns). */
  readonly copying: boolean;
  /** Whether the value is frozen as it is walked, in place, when it is not copied (copies are always frozen). */
  readonly freezing: boolean;
  /** How many full problems to keep; the rest are only counted, with their paths. */
  readonly keep: number;
  /** The values counted so far. */
  nodes: number;
  /** Whether the bound on values was reached: then nothing more is walked. */
  stopped: boolean;
  /** How many times the value broke a rule of the format's structure or of the bounds: 0 for a valid structure. */
  breaks: number;
  /**
   * Where the breaks noted by the generated walkers' runtime lie: the field of the root each is under, `undefined` for
   * the root itself. Fewer entries than `breaks` when a break could not be placed; the full pipeline then reads all.
   */
  readonly brokenKeys: (PathSegment | undefined)[];
  /**
   * For each entry of `brokenKeys`, the path of the value when the break is at a leaf of the format (a primitive field
   * or item whose value does not fit), whose issues the full pipeline can describe without zod; `undefined` otherwise.
   */
  readonly leafPaths: (readonly PathSegment[] | undefined)[];
  /** How many keys the format does not know the value had in its parts (zod lets them pass; the walker does not). */
  strayKeys: number;
  /** The path of each of those keys (the path of its part and the key), in the order the walk met them. */
  readonly strayPaths: (readonly PathSegment[])[];
  /** The first `keep` problems, in document order. */
  readonly problems: SnapshotProblem[];
  /** The paths of the problems after the first `keep`, where an issue of the full pipeline could lie at or below. */
  readonly morePaths: (readonly PathSegment[])[];
  /** How many problems after the first `keep` lie where no issue of the full pipeline can (inside `x-` values). */
  uncovered: number;
  /** Whether the walk is inside a value that the full pipeline does not look into (an `x-` value, an unknown key). */
  opaque: number;
  /** `keys[d]` is the key, within its parent, of the value being walked at depth `d + 1`. */
  readonly keys: PathSegment[];
  /** `ancestors[d]` is the object or array being walked at depth `d`. */
  readonly ancestors: object[];
  /** The paths of the documents inside a portfolio that broke a rule of the structure (filled by the generated walkers). */
  readonly rejected: (readonly PathSegment[])[];
  /** The paths of the other documents inside a portfolio that have keys the format does not know. */
  readonly strayKeyDocuments: (readonly PathSegment[])[];
  /**
   * The numeric answers of the answers just walked, for the response that holds them (see `keepAnswerNumbers` in
   * `parsed.ts`); set only by a walk that returns the value frozen, and taken by the response's walker.
   */
  numbers: readonly number[] | undefined;
}

/** Starts a walk that copies or checks a value and files its problems. */
export function startWalk(
  copying: boolean,
  freezing: boolean = copying,
  keep: number = Number.POSITIVE_INFINITY,
  limits: SnapshotLimits = defaultLimits,
): Walk {
  return newWalk(walkValue, copying, freezing, keep, limits);
}

/**
 * Starts a walk that only tells whether a value is valid, checking it in place: it stops at the first break (see
 * {@link acceptValue}) and files no problems. It leaves out the generic walk, so a bundle that only checks values
 * (the scoring) does not carry it.
 */
export function startCheck(freezing: boolean): Walk {
  return newWalk(acceptValue, false, freezing, 0, defaultLimits);
}

function newWalk(
  generic: Walk['generic'],
  copying: boolean,
  freezing: boolean,
  keep: number,
  limits: SnapshotLimits,
): Walk {
  return {
    generic,
    limits,
    copying,
    freezing,
    keep,
    nodes: 0,
    stopped: false,
    breaks: 0,
    brokenKeys: [],
    leafPaths: [],
    strayKeys: 0,
    strayPaths: [],
    problems: [],
    morePaths: [],
    uncovered: 0,
    opaque: 0,
    keys: [],
    ancestors: [],
    rejected: [],
    strayKeyDocuments: [],
    numbers: undefined,
  };
}

/** The number of problems a walk found. */
export function problemCount(walk: Walk): number {
  return walk.problems.length + walk.morePaths.length + walk.uncovered;
}

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Tells whether a key is one that could change an object's prototype, refused anywhere in a document. */
export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN_KEYS.has(key);
}

/** Files a problem with the value at `depth` (its path is the first `depth` keys), or with its key `key`. */
export function addProblem(walk: Walk, depth: number, code: SnapshotCode, reason: ProblemReason, detail: string): void {
  walk.breaks++;
  if (walk.problems.length < walk.keep) walk.problems.push({ code, path: walk.keys.slice(0, depth), reason, detail });
  // Past the kept ones only the place matters, and only where zod or the walker could report something under it.
  else if (walk.opaque > 0) walk.uncovered++;
  else walk.morePaths.push(walk.keys.slice(0, depth));
}

/** Files the problem of the bound on values, once, and stops the walk. */
function stop(walk: Walk, depth: number): void {
  if (walk.stopped) return;
  walk.stopped = true;
  addProblem(walk, depth, 'too_large', 'too-many', String(walk.limits.maxNodes));
}

/**
 * Walks any value at `depth` (its path is the first `depth` keys of the walk): gives its plain copy (when copying) or
 * the value itself, or {@link ABSENT} when it cannot be part of a document, after filing the problem.
 */
export function walkValue(walk: Walk, source: unknown, depth: number): unknown {
  if (walk.stopped) return ABSENT;
  if (++walk.nodes > walk.limits.maxNodes) {
    stop(walk, depth);
    return ABSENT;
  }
  switch (typeof source) {
    case 'string':
      if (source.length <= walk.limits.maxStringLength) return source;
      addProblem(walk, depth, 'too_large', 'string-too-long', String(source.length));
      return ABSENT;
    case 'number':
      if (Number.isFinite(source)) return source;
      addProblem(walk, depth, 'invalid_type', 'not-json', String(source));
      return ABSENT;
    case 'boolean':
      return source;
    case 'object':
      return source === null ? null : walkContainer(walk, source, depth);
    default:
      addProblem(walk, depth, 'invalid_type', 'not-json', typeof source);
      return ABSENT;
  }
}

/** Thrown by {@link acceptValue} to end a check whose answer is known: the value is refused. */
const REFUSED: unique symbol = Symbol('refused');

/**
 * The generic step of a check (a walk from {@link startCheck}): throws {@link REFUSED} once the walk has a break or a
 * stray key, else checks the value by the rules of {@link walkValue} (plain JSON data within the bounds, no forbidden
 * key) and gives it back, frozen when the walk freezes.
 */
export function acceptValue(walk: Walk, value: unknown, depth: number): unknown {
  if (walk.breaks > 0 || walk.strayKeys > 0 || !isPlainJson(walk, value, depth)) throw REFUSED;
  return value;
}

/**
 * The rules of {@link walkValue} as a yes or no, without a copy or a problem; a getter that throws throws on. Counts
 * the values into `walk.nodes`; needs only the count, the bounds and whether to freeze, so the generated checks of
 * `src/schema/fastCheck.generated.ts` call it with a state of their own.
 */
export function isPlainJson(walk: Pick<Walk, 'nodes' | 'limits' | 'freezing'>, value: unknown, depth: number): boolean {
  const { limits } = walk;
  if (++walk.nodes > limits.maxNodes) return false;
  switch (typeof value) {
    case 'string':
      return value.length <= limits.maxStringLength;
    case 'number':
      return Number.isFinite(value);
    case 'boolean':
      return true;
    case 'object':
      break;
    default:
      return false;
  }
  if (value === null) return true;
  // A cycle is refused here too: it goes deeper than the bound.
  if (depth >= limits.maxDepth) return false;
  if (Array.isArray(value)) {
    const length = value.length;
    if (walk.nodes + length > limits.maxNodes) return false;
    for (let index = 0; index < length; index++) if (!isPlainJson(walk, value[index], depth + 1)) return false;
  } else {
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) return false;
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return false;
      const item = (value as Readonly<Record<string, unknown>>)[key];
      // A key set to `undefined` counts as absent, as in JSON.
      if (item !== undefined && !isPlainJson(walk, item, depth + 1)) return false;
    }
  }
  if (walk.freezing) Object.freeze(value);
  return true;
}

function walkContainer(walk: Walk, source: object, depth: number): unknown {
  const { ancestors } = walk;
  for (let level = 0; level < depth; level++) {
    if (ancestors[level] === source) {
      addProblem(walk, depth, 'invalid_type', 'cycle', 'cycle');
      return ABSENT;
    }
  }
  if (depth >= walk.limits.maxDepth) {
    addProblem(walk, depth, 'too_large', 'too-deep', String(walk.limits.maxDepth));
    return ABSENT;
  }
  let keys: string[] | undefined;
  let length = 0;
  let reading = 'object';
  try {
    if (Array.isArray(source)) {
      reading = 'length';
      length = source.length;
    } else {
      const prototype = Object.getPrototypeOf(source);
      if (prototype !== Object.prototype && prototype !== null) {
        addProblem(walk, depth, 'invalid_type', 'not-json', describe(source));
        return ABSENT;
      }
      keys = Object.keys(source);
    }
  } catch {
    // A revoked proxy, a proxy whose traps throw, or an array whose length cannot be read.
    addProblem(walk, depth, 'invalid_type', 'unreadable', reading);
    return ABSENT;
  }
  ancestors[depth] = source;
  return keys === undefined
    ? walkArray(walk, source as readonly unknown[], length, depth)
    : walkObject(walk, source as Readonly<Record<string, unknown>>, keys, depth);
}

function walkArray(walk: Walk, source: readonly unknown[], length: number, depth: number): unknown {
  // Checked before the first item is read: a sparse array of 2 ** 32 - 1 holes costs nothing.
  if (walk.nodes + length > walk.limits.maxNodes) {
    stop(walk, depth);
    return ABSENT;
  }
  const copy: unknown[] | undefined = walk.copying ? [] : undefined;
  const { keys } = walk;
  for (let index = 0; index < length && !walk.stopped; index++) {
    keys[depth] = index;
    let item: unknown;
    try {
      item = source[index];
    } catch {
      addProblem(walk, depth + 1, 'invalid_type', 'unreadable', 'getter');
      if (copy !== undefined) copy.length = index + 1;
      continue;
    }
    const value = walkValue(walk, item, depth + 1);
    if (copy === undefined) continue;
    if (value === ABSENT) copy.length = index + 1;
    else copy.push(value);
  }
  if (copy !== undefined) return Object.freeze(copy);
  if (walk.freezing) Object.freeze(source);
  return source;
}

function walkObject(
  walk: Walk,
  source: Readonly<Record<string, unknown>>,
  names: readonly string[],
  depth: number,
): unknown {
  const copy: Record<string, unknown> | undefined = walk.copying ? {} : undefined;
  const { keys } = walk;
  for (let position = 0; position < names.length && !walk.stopped; position++) {
    const name = names[position] as string;
    keys[depth] = name;
    if (FORBIDDEN_KEYS.has(name)) {
      addProblem(walk, depth + 1, 'unknown_key', 'forbidden-key', name);
      continue;
    }
    let item: unknown;
    try {
      item = source[name];
    } catch {
      addProblem(walk, depth + 1, 'invalid_type', 'unreadable', 'getter');
      continue;
    }
    // A key set to `undefined` counts as absent, as in JSON.
    if (item === undefined) continue;
    const value = walkValue(walk, item, depth + 1);
    if (copy !== undefined && value !== ABSENT) copy[name] = value;
  }
  if (copy !== undefined) return Object.freeze(copy);
  if (walk.freezing) Object.freeze(source);
  return source;
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

/** Walks a whole value from its root and gives what the walk found. */
function walkRoot(input: unknown, walk: Walk): Snapshot {
  const value = walkValue(walk, input, 0);
  return { value: value === ABSENT ? undefined : value, problems: walk.problems };
}

/**
 * Copies a value into plain, frozen data: objects with only own enumerable string keys, arrays, strings, finite
 * numbers, booleans and `null`. Stops at the bounds and reports what it could not copy.
 */
export function snapshot(input: unknown, limits: SnapshotLimits = defaultLimits): Snapshot {
  return walkRoot(input, startWalk(true, true, Number.POSITIVE_INFINITY, limits));
}

/**
 * Checks that a value which is already plain JSON data (such as the output of `JSON.parse`) stays within the
 * bounds and has no forbidden keys, without copying it.
 */
export function checkBounds(input: unknown, limits: SnapshotLimits = defaultLimits): Snapshot {
  const walk = startWalk(false, false, Number.POSITIVE_INFINITY, limits);
  walkValue(walk, input, 0);
  return { value: input, problems: walk.problems };
}
