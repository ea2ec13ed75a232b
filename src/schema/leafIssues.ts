/**
 * zod's issues of the leaves where a walk broke (a primitive field or item whose value does not fit), found from the
 * zod schema without running zod: the full pipeline of a document with a few typos then costs little more than its
 * walk. Each leaf is found by its path through objects and lists, and its checks are read as zod runs them (in order,
 * the checks after an issue that stops the value skipped unless they only need a length). Anything else (a union, a
 * record, a check this does not know, a value zod could measure as a list) is left to zod: the answer is `undefined`.
 */
import type * as z from 'zod';
import type { IssueCode, PathSegment } from '../errors/SamenwerkingError.js';
import type { LocalisedText } from '../i18n/LocalisedText.js';
import { fieldChecks } from './fields.js';

/** The fields of a zod issue that `fromZod` reads, as zod would give them for a leaf. */
export interface LeafIssue {
  /** zod's code. */
  readonly code: 'invalid_type' | 'invalid_value' | 'invalid_format' | 'too_small' | 'too_big' | 'custom';
  /** For `invalid_type`: the type zod expected. */
  readonly expected?: string;
  /** For a size: what was measured (`string`, `number`, `int`). */
  readonly origin?: string;
  /** For `too_small`. */
  readonly minimum?: number;
  /** For `too_big`. */
  readonly maximum?: number;
  /** For `invalid_value`: the allowed values (the same array for every issue of an enum or literal). */
  readonly values?: readonly unknown[];
  /** For `invalid_format`: the pattern, written as zod writes it. */
  readonly pattern?: string;
  /** For a custom check of ours: our code and message. */
  readonly params?: {
    readonly code: IssueCode;
    readonly build: (path: readonly PathSegment[]) => LocalisedText;
  };
}

/** A leaf described: its path from the root and its issues, in zod's order. */
export interface DescribedLeaf {
  /** The path from the root. */
  readonly path: readonly PathSegment[];
  /** The issues, in the order zod gives them. */
  readonly issues: readonly LeafIssue[];
}

interface Definition {
  readonly type: string;
  readonly checks?: readonly z.core.$ZodCheck[];
  readonly innerType?: z.core.$ZodType;
  readonly shape?: Readonly<Record<string, z.core.$ZodType>>;
  readonly element?: z.core.$ZodType;
  readonly entries?: Readonly<Record<string, unknown>>;
  readonly values?: readonly unknown[];
}

interface CheckDefinition {
  readonly check: string;
  readonly when?: unknown;
  readonly abort?: boolean;
  readonly maximum?: number;
  readonly minimum?: number;
  readonly value?: unknown;
  readonly inclusive?: boolean;
  readonly format?: string;
  readonly pattern?: RegExp;
}

const definitionOf = (schema: z.core.$ZodType): Definition => schema._zod.def as unknown as Definition;

/** The position of each key in a shape, by shape: zod visits the fields of an object in this order. */
const fieldOrders = new WeakMap<object, ReadonlyMap<string, number>>();

export function fieldOrder(shape: Readonly<Record<string, z.core.$ZodType>>): ReadonlyMap<string, number> {
  let order = fieldOrders.get(shape);
  if (order === undefined) {
    order = new Map(Object.keys(shape).map((key, index) => [key, index]));
    fieldOrders.set(shape, order);
  }
  return order;
}

/** The allowed values of an enum, one array per enum (as zod hands out one array for all its issues). */
const enumValues = new WeakMap<object, readonly unknown[]>();

/** The schema inside `optional` and `nullable` wrappers without checks of their own (they pass other values on). */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType | undefined {
  let current = schema;
  for (;;) {
    const definition = definitionOf(current);
    if (definition.type !== 'optional' && definition.type !== 'nullable') return current;
    if ((definition.checks?.length ?? 0) > 0 || definition.innerType === undefined) return undefined;
    current = definition.innerType;
  }
}

/**
 * The issues of the leaves at `paths` (each under the same field of the root, whose schema is `field`), in the order
 * zod gives them for that field, or `undefined` when one of them is not a leaf this describes. `root` is the value zod
 * would read (the copy of untrusted input).
 */
export function describeLeaves(
  field: z.core.$ZodType,
  paths: readonly (readonly PathSegment[])[],
  root: Readonly<Record<string, unknown>>,
): DescribedLeaf[] | undefined {
  // The order matters only between leaves: one leaf (the common case, a typo) needs no ranks and no sort.
  if (paths.length === 1) {
    const leaf = describeLeaf(field, paths[0] as readonly PathSegment[], root, undefined);
    return leaf === undefined ? undefined : [leaf];
  }
  const leaves: { readonly leaf: DescribedLeaf; readonly ranks: readonly number[] }[] = [];
  for (const path of paths) {
    const ranks: number[] = [];
    const leaf = describeLeaf(field, path, root, ranks);
    if (leaf === undefined) return undefined;
    leaves.push({ leaf, ranks });
  }
  leaves.sort((one, two) => compareRanks(one.ranks, two.ranks));
  return leaves.map((entry) => entry.leaf);
}

/**
 * The issues of the leaf at `path`, found from `field` (the schema of the field of the root the path starts with), or
 * `undefined`; fills `ranks` (when given) with the place of each step in the order zod visits it.
 */
function describeLeaf(
  field: z.core.$ZodType,
  path: readonly PathSegment[],
  root: Readonly<Record<string, unknown>>,
  ranks: number[] | undefined,
): DescribedLeaf | undefined {
  let schema: z.core.$ZodType | undefined = field;
  let value: unknown = root[path[0] as string];
  for (let depth = 1; depth < path.length; depth++) {
    schema = unwrap(schema);
    if (schema === undefined) return undefined;
    const definition = definitionOf(schema);
    const segment = path[depth] as PathSegment;
    if (definition.type === 'object' && typeof segment === 'string' && (definition.checks?.length ?? 0) === 0) {
      const rank = definition.shape === undefined ? undefined : fieldOrder(definition.shape).get(segment);
      if (rank === undefined) return undefined;
      ranks?.push(rank);
      schema = definition.shape?.[segment];
    } else if (definition.type === 'array' && typeof segment === 'number') {
      // The list's own checks (its length, no repeats) broke nothing, or the walk would have counted a break it did
      // not place, and zod would read the whole value: they add no issue here.
      ranks?.push(segment);
      schema = definition.element;
    } else return undefined;
    if (schema === undefined) return undefined;
    value = (value as Readonly<Record<PathSegment, unknown>>)[segment];
  }
  const leaf = unwrap(schema);
  const issues = leaf === undefined ? undefined : leafIssues(leaf, value);
  return issues === undefined ? undefined : { path, issues };
}

function compareRanks(one: readonly number[], two: readonly number[]): number {
  const length = Math.min(one.length, two.length);
  for (let index = 0; index < length; index++) {
    const difference = (one[index] as number) - (two[index] as number);
    if (difference !== 0) return difference;
  }
  return one.length - two.length;
}

/** zod's issues of a value at a primitive schema, or `undefined` when this does not know the schema or its checks. */
function leafIssues(schema: z.core.$ZodType, value: unknown): LeafIssue[] | undefined {
  const definition = definitionOf(schema);
  switch (definition.type) {
    case 'enum': {
      if ((definition.checks?.length ?? 0) > 0 || definition.entries === undefined) return undefined;
      let values = enumValues.get(definition.entries);
      if (values === undefined) {
        values = Object.values(definition.entries);
        // zod leaves out the keys of a numeric enum; the format has string enums only.
        if (!values.every((entry) => typeof entry === 'string')) return undefined;
        enumValues.set(definition.entries, values);
      }
      return values.includes(value) ? [] : [{ code: 'invalid_value', values }];
    }
    case 'literal': {
      const values = definition.values;
      if ((definition.checks?.length ?? 0) > 0 || values === undefined) return undefined;
      return values.includes(value) ? [] : [{ code: 'invalid_value', values }];
    }
    case 'boolean':
      if ((definition.checks?.length ?? 0) > 0) return undefined;
      return typeof value === 'boolean' ? [] : wrongType('boolean', value);
    case 'string':
      return typeof value === 'string' ? checkIssues(definition, value) : wrongType('string', value);
    case 'number':
      if (typeof value !== 'number') return wrongType('number', value);
      return Number.isFinite(value) ? checkIssues(definition, value) : undefined;
    default:
      return undefined;
  }
}

/**
 * A value of the wrong type: zod's one issue, after which it skips every check but those of a length, which an object
 * could pass or fail (`{ length: 500 }`): those are left to zod.
 */
function wrongType(expected: string, value: unknown): LeafIssue[] | undefined {
  if (typeof value === 'object' && value !== null) return undefined;
  return [{ code: 'invalid_type', expected }];
}

/** The issues of the checks of a string or a number of the right type, in order, as zod's `runChecks` gives them. */
function checkIssues(definition: Definition, value: string | number): LeafIssue[] | undefined {
  const issues: LeafIssue[] = [];
  let stopped = false;
  for (const check of definition.checks ?? []) {
    const rule = check._zod.def as unknown as CheckDefinition;
    if (rule.abort === true) return undefined;
    // Only the checks of a length run after an issue that stops the value; zod gives them a `when` of their own.
    const sized = rule.check === 'max_length' || rule.check === 'min_length';
    if (stopped && !sized) continue;
    if (rule.when !== undefined && !sized) return undefined;
    const found = checkIssue(check, rule, value);
    if (found === undefined) return undefined;
    if (found === null) continue;
    issues.push(found);
    if (found.code === 'invalid_type') stopped = true;
  }
  return issues;
}

/** The issue of one check (`null` when it passes), or `undefined` for a check this does not know. */
function checkIssue(
  check: z.core.$ZodCheck,
  rule: CheckDefinition,
  value: string | number,
): LeafIssue | null | undefined {
  switch (rule.check) {
    case 'max_length':
    case 'min_length': {
      if (typeof value !== 'string') return undefined;
      // A code point is one or two UTF-16 units: only a length between the bound and twice it needs counting.
      if (rule.check === 'max_length') {
        const maximum = Number(rule.maximum);
        const fits = value.length <= maximum || (value.length <= 2 * maximum && codePoints(value) <= maximum);
        return fits ? null : { code: 'too_big', origin: 'string', maximum };
      }
      const minimum = Number(rule.minimum);
      const fits = value.length >= 2 * minimum || (value.length >= minimum && codePoints(value) >= minimum);
      return fits ? null : { code: 'too_small', origin: 'string', minimum };
    }
    case 'string_format': {
      const pattern = rule.pattern;
      if (rule.format !== 'regex' || pattern === undefined || typeof value !== 'string') return undefined;
      pattern.lastIndex = 0;
      return pattern.test(value) ? null : { code: 'invalid_format', pattern: pattern.toString() };
    }
    case 'greater_than':
    case 'less_than': {
      const bound = rule.value;
      if (typeof bound !== 'number' || typeof value !== 'number') return undefined;
      if (rule.check === 'greater_than') {
        const passes = rule.inclusive === true ? value >= bound : value > bound;
        return passes ? null : { code: 'too_small', origin: 'number', minimum: bound };
      }
      const passes = rule.inclusive === true ? value <= bound : value < bound;
      return passes ? null : { code: 'too_big', origin: 'number', maximum: bound };
    }
    case 'number_format': {
      if (rule.format !== 'safeint' || typeof value !== 'number') return undefined;
      if (!Number.isInteger(value)) return { code: 'invalid_type', expected: 'int' };
      if (Number.isSafeInteger(value)) return null;
      return value > 0
        ? { code: 'too_big', origin: 'int', maximum: Number.MAX_SAFE_INTEGER }
        : { code: 'too_small', origin: 'int', minimum: Number.MIN_SAFE_INTEGER };
    }
    case 'custom': {
      const field = fieldChecks.get(check as z.core.$ZodCheck<never>);
      if (field === undefined || typeof value !== 'string') return undefined;
      if (field.holds(value)) return null;
      return { code: 'custom', params: { code: field.code, build: (path) => field.message(path, value) } };
    }
    default:
      return undefined;
  }
}

/** The length of a string in code points, as zod measures it. */
function codePoints(value: string): number {
  let count = 0;
  for (const _ of value) count++;
  return count;
}
