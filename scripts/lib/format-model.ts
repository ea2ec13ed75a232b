/**
 * Reads the zod schemas of the document format into a plain model that the generators work from: the fast
 * validator (`src/schema/fastAccept.generated.ts`), the types (`src/schema/types.ts`) and the tables of
 * `docs/document-format.md`. Only what the format uses is understood; anything else stops the generation with a
 * message that names the place, so that a new kind of rule cannot slip past the fast path unnoticed.
 */
import type * as z from 'zod';
import type { FormatMeta } from '../../src/schema/fields.js';
import type { FormatSource } from './format-source.js';

/** A plain function that the fast validator calls for a custom check of zod. */
export interface PlainCheck {
  readonly name: string;
  readonly from: string;
}

/** A node of the model: one zod schema, as far as the generators need it. */
export type FormatNode =
  | {
      readonly kind: 'object';
      readonly id: string;
      readonly description: string;
      /** The module that already declares the type of this part, under its id; `types.ts` imports it from there. */
      readonly typeFrom: string | undefined;
      readonly fields: readonly FormatField[];
      readonly schema: z.core.$ZodType;
    }
  | {
      readonly kind: 'string';
      readonly id: string | undefined;
      readonly description: string | undefined;
      readonly minLength: number | undefined;
      readonly maxLength: number | undefined;
      readonly patterns: readonly RegExp[];
      readonly plain: readonly PlainCheck[];
    }
  | {
      readonly kind: 'number';
      readonly id: string | undefined;
      readonly description: string | undefined;
      readonly integer: boolean;
      readonly minimum: { readonly value: number; readonly inclusive: boolean } | undefined;
      readonly maximum: { readonly value: number; readonly inclusive: boolean } | undefined;
    }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'literal'; readonly values: readonly (string | number | boolean | null)[] }
  | {
      readonly kind: 'enum';
      readonly id: string;
      readonly description: string;
      readonly values: readonly string[];
      readonly catalogue: string | undefined;
    }
  | {
      readonly kind: 'array';
      readonly element: FormatNode;
      readonly minItems: number | undefined;
      readonly maxItems: number | undefined;
      /** Whether no value may occur twice. */
      readonly unique: boolean;
      /** The plain function that checks what `unique` says, for the fast validator. */
      readonly plain: readonly PlainCheck[];
    }
  | { readonly kind: 'nullable'; readonly inner: FormatNode }
  | {
      readonly kind: 'record';
      readonly id: string;
      readonly description: string;
      readonly key: Extract<FormatNode, { kind: 'enum' }>;
      readonly value: FormatNode;
    }
  | {
      readonly kind: 'union';
      readonly id: string;
      readonly description: string;
      readonly discriminator: string;
      readonly options: readonly Extract<FormatNode, { kind: 'object' }>[];
    };

/** One field of a part. */
export interface FormatField {
  readonly key: string;
  readonly node: FormatNode;
  readonly optional: boolean;
  readonly description: string;
}

/** The parts of the format, by id, as the model is read (shared parts are read once). */
export interface FormatModel {
  /** The documents, by kind. */
  readonly documents: Readonly<Record<string, Extract<FormatNode, { kind: 'object' }>>>;
  /** The stored results, by kind. */
  readonly results: Readonly<Record<string, Extract<FormatNode, { kind: 'object' }>>>;
  /** The other values with a fast validator, by name. */
  readonly checked: Readonly<Record<string, Extract<FormatNode, { kind: 'object' }>>>;
  /** Every named node (parts, enums, unions, records, named strings and numbers), by id, in the order first met. */
  readonly named: ReadonlyMap<string, FormatNode>;
}

type Def = Record<string, unknown> & { readonly type: string };

function defOf(schema: z.core.$ZodType): Def {
  return schema._zod.def as unknown as Def;
}

function checksOf(schema: z.core.$ZodType): { readonly def: Record<string, unknown>; readonly check: unknown }[] {
  const checks = (defOf(schema).checks ?? []) as z.core.$ZodCheck[];
  return checks.map((check) => ({ def: check._zod.def as unknown as Record<string, unknown>, check }));
}

/** Reads the model of the documents of a source. */
export function readFormat(source: FormatSource): FormatModel {
  const { registry, plainChecks } = source;
  const metaOf = (schema: z.core.$ZodType): FormatMeta => registry.get(schema) ?? {};
  const named = new Map<string, FormatNode>();
  const bySchema = new Map<z.core.$ZodType, FormatNode>();

  function fail(where: string, what: string): never {
    throw new Error(`format generator: ${what} at ${where}; teach scripts/lib/format-model.ts this rule first`);
  }

  function register(id: string | undefined, node: FormatNode, where: string): FormatNode {
    if (id === undefined) return node;
    const existing = named.get(id);
    if (existing !== undefined && existing !== node) fail(where, `two different schemas named '${id}'`);
    named.set(id, node);
    return node;
  }

  function read(schema: z.core.$ZodType, where: string): FormatNode {
    const known = bySchema.get(schema);
    if (known !== undefined) return known;
    const node = readNew(schema, where);
    bySchema.set(schema, node);
    return node;
  }

  function readNew(schema: z.core.$ZodType, where: string): FormatNode {
    const def = defOf(schema);
    const meta = metaOf(schema);
    switch (def.type) {
      case 'object': {
        if (meta.id === undefined || meta.description === undefined || meta.fields === undefined) {
          fail(where, 'an object without part() (it needs an id, a description and field descriptions)');
        }
        const catchall = def.catchall as z.core.$ZodType | undefined;
        if (catchall === undefined || defOf(catchall).type !== 'unknown') {
          fail(where, 'an object that does not keep x- keys (use part())');
        }
        if (checksOf(schema).length > 0) fail(where, 'a check on an object');
        const fields: FormatField[] = [];
        const node = {
          kind: 'object' as const,
          id: meta.id,
          description: meta.description,
          typeFrom: meta.typeFrom,
          fields,
          schema,
        };
        // Registered before the fields are read, so that a part may refer to itself.
        bySchema.set(schema, node);
        register(meta.id, node, where);
        const shape = def.shape as Record<string, z.core.$ZodType>;
        for (const [key, field] of Object.entries(shape)) {
          const description = meta.fields[key];
          if (description === undefined) fail(`${where}.${key}`, 'a field without a description');
          const optional = defOf(field).type === 'optional';
          const inner = optional ? (defOf(field).innerType as z.core.$ZodType) : field;
          fields.push({ key, node: read(inner, `${where}.${key}`), optional, description });
        }
        return node;
      }
      case 'string': {
        let minLength: number | undefined;
        let maxLength: number | undefined;
        const patterns: RegExp[] = [];
        const plain: PlainCheck[] = [];
        for (const { def: check, check: instance } of checksOf(schema)) {
          if (check.check === 'max_length')
            maxLength = Math.min(maxLength ?? Number.POSITIVE_INFINITY, Number(check.maximum));
          else if (check.check === 'min_length') minLength = Math.max(minLength ?? 0, Number(check.minimum));
          else if (check.check === 'string_format' && check.format === 'regex') patterns.push(check.pattern as RegExp);
          else if (check.check === 'custom' && plainChecks.has(instance as z.core.$ZodCheck<never>)) {
            plain.push(plainChecks.get(instance as z.core.$ZodCheck<never>) as PlainCheck);
          } else
            fail(where, `a string check '${String(check.check)}${check.format ? `:${String(check.format)}` : ''}'`);
        }
        return register(
          meta.id,
          { kind: 'string', id: meta.id, description: meta.description, minLength, maxLength, patterns, plain },
          where,
        );
      }
      case 'number': {
        let integer = false;
        let minimum: { value: number; inclusive: boolean } | undefined;
        let maximum: { value: number; inclusive: boolean } | undefined;
        for (const { def: check } of checksOf(schema)) {
          if (check.check === 'number_format' && check.format === 'safeint') integer = true;
          else if (check.check === 'greater_than')
            minimum = { value: Number(check.value), inclusive: Boolean(check.inclusive) };
          else if (check.check === 'less_than')
            maximum = { value: Number(check.value), inclusive: Boolean(check.inclusive) };
          else fail(where, `a number check '${String(check.check)}'`);
        }
        return register(
          meta.id,
          { kind: 'number', id: meta.id, description: meta.description, integer, minimum, maximum },
          where,
        );
      }
      case 'boolean':
        if (checksOf(schema).length > 0) fail(where, 'a check on a boolean');
        return { kind: 'boolean' };
      case 'literal':
        return { kind: 'literal', values: def.values as (string | number | boolean | null)[] };
      case 'enum': {
        if (meta.id === undefined || meta.description === undefined) {
          fail(where, 'an enum without a name (use namedEnum() or catalogueId())');
        }
        const values = Object.values(def.entries as Record<string, unknown>);
        if (!values.every((value): value is string => typeof value === 'string')) fail(where, 'an enum of non-strings');
        return register(
          meta.id,
          { kind: 'enum', id: meta.id, description: meta.description, values, catalogue: meta.catalogue },
          where,
        );
      }
      case 'array': {
        let minItems: number | undefined;
        let maxItems: number | undefined;
        const plain: PlainCheck[] = [];
        for (const { def: check, check: instance } of checksOf(schema)) {
          if (check.check === 'max_length') maxItems = Number(check.maximum);
          else if (check.check === 'min_length') minItems = Number(check.minimum);
          else if (check.check === 'custom' && plainChecks.has(instance as z.core.$ZodCheck<never>)) {
            plain.push(plainChecks.get(instance as z.core.$ZodCheck<never>) as PlainCheck);
          } else fail(where, `an array check '${String(check.check)}'`);
        }
        const unique = meta.uniqueItems === true;
        if (unique !== plain.some((check) => check.name === 'allDistinct')) {
          fail(where, 'a list marked unique without its check, or the reverse (use distinct())');
        }
        const element = read(def.element as z.core.$ZodType, `${where}[]`);
        return { kind: 'array', element, minItems, maxItems, unique, plain };
      }
      case 'nullable':
        return { kind: 'nullable', inner: read(def.innerType as z.core.$ZodType, where) };
      case 'record': {
        if (meta.id === undefined || meta.description === undefined) fail(where, 'a record without a name');
        if (def.partial !== true) fail(where, 'a record that requires every key (use z.partialRecord)');
        const key = read(def.keyType as z.core.$ZodType, `${where}{key}`);
        if (key.kind !== 'enum') fail(where, 'a record whose keys are not an enum');
        const value = read(def.valueType as z.core.$ZodType, `${where}{}`);
        return register(meta.id, { kind: 'record', id: meta.id, description: meta.description, key, value }, where);
      }
      case 'union': {
        if (meta.id === undefined || meta.description === undefined) fail(where, 'a union without a name');
        const discriminator = def.discriminator;
        if (typeof discriminator !== 'string') fail(where, 'a union without a discriminator');
        const options = (def.options as z.core.$ZodType[]).map((option, index) => {
          const node = read(option, `${where}|${index}`);
          if (node.kind !== 'object') fail(where, 'a union of something else than parts');
          const tag = node.fields.find((field) => field.key === discriminator);
          if (tag === undefined || tag.optional || tag.node.kind !== 'literal' || tag.node.values.length !== 1) {
            fail(where, `a variant without one literal '${discriminator}'`);
          }
          return node;
        });
        return register(
          meta.id,
          { kind: 'union', id: meta.id, description: meta.description, discriminator, options },
          where,
        );
      }
      default:
        return fail(where, `a zod '${def.type}' schema`);
    }
  }

  const readAll = (structures: Readonly<Record<string, z.core.$ZodType>>) => {
    const nodes: Record<string, Extract<FormatNode, { kind: 'object' }>> = {};
    for (const [kind, schema] of Object.entries(structures)) {
      const node = read(schema, kind);
      if (node.kind !== 'object') throw new Error(`format generator: the ${kind} root is not a part`);
      nodes[kind] = node;
    }
    return nodes;
  };
  return {
    documents: readAll(source.structures),
    results: readAll(source.results),
    checked: readAll(source.checked),
    named,
  };
}

/** The literal value a variant of a union is told apart by. */
export function tagOf(
  variant: Extract<FormatNode, { kind: 'object' }>,
  discriminator: string,
): string | number | boolean {
  const field = variant.fields.find((candidate) => candidate.key === discriminator);
  const value = field?.node.kind === 'literal' ? field.node.values[0] : undefined;
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
    throw new Error(`no tag '${discriminator}'`);
  }
  return value;
}

/** The bounds of a node in words, for the docs and the types: `2 to 500 items`, `at most 200 characters`. */
export function boundsOf(node: FormatNode): string | undefined {
  const range = (min: number | undefined, max: number | undefined, unit: string): string | undefined => {
    const shown = (value: number) => value.toLocaleString('en');
    if (min !== undefined && min > 0 && max !== undefined) return `${shown(min)} to ${shown(max)} ${unit}`;
    if (max !== undefined) return `at most ${shown(max)} ${unit}`;
    if (min !== undefined && min > 0) return `at least ${shown(min)} ${unit}`;
    return undefined;
  };
  switch (node.kind) {
    case 'array': {
      const size = range(node.minItems, node.maxItems, 'items');
      if (!node.unique) return size;
      return size === undefined ? 'no value twice' : `${size}, no value twice`;
    }
    case 'string':
      if (node.plain.some((plain) => plain.name === 'isCalendarDate')) return 'a date, YYYY-MM-DD';
      if (node.patterns.some((pattern) => pattern.source.startsWith('^[a-z0-9]'))) return 'a slug';
      return range(node.minLength, node.maxLength, 'characters');
    case 'number': {
      const word = node.integer ? 'a whole number' : 'a number';
      if (node.minimum && node.maximum) return `${word} from ${node.minimum.value} to ${node.maximum.value}`;
      if (node.minimum) return `${word} of ${node.minimum.value} or more`;
      if (node.maximum) return `${word} of ${node.maximum.value} or less`;
      return word;
    }
    case 'nullable':
      return boundsOf(node.inner);
    default:
      return undefined;
  }
}
