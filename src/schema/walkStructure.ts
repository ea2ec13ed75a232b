/**
 * The walker of a stored result: every key of every object checked against its part (unknown keys are errors, `x-`
 * keys are kept, as in the documents), then the rules that span fields. Read from the zod structure itself, so that a
 * field added to a result format is known here with no hand edit. (The documents have hand-written walkers, which
 * also give the key order of `toJSON`; results take both from their structure.)
 */
import type * as z from 'zod';
import type { PathSegment } from '../errors/SamenwerkingError.js';
import { checkKeys, isJsonObject, type RuleIssue } from './fields.js';

type Def = Readonly<Record<string, unknown>> & { readonly type: string };

function defOf(schema: z.core.$ZodType): Def {
  return schema._zod.def as unknown as Def;
}

const keysOf = new WeakMap<z.core.$ZodType, readonly string[]>();

/** The keys of an object schema, in the order of its shape. */
export function shapeKeys(schema: z.core.$ZodType): readonly string[] {
  let keys = keysOf.get(schema);
  if (keys === undefined) {
    keys = Object.keys(defOf(schema).shape as object);
    keysOf.set(schema, keys);
  }
  return keys;
}

/** The variant of a discriminated union that a value belongs to, by the literal of its discriminator. */
export function variantOf(
  union: z.core.$ZodType,
  value: Readonly<Record<string, unknown>>,
): z.core.$ZodType | undefined {
  const def = defOf(union);
  const discriminator = def.discriminator as string;
  const tag = value[discriminator];
  return (def.options as z.core.$ZodType[]).find((option) => {
    const field = (defOf(option).shape as Record<string, z.core.$ZodType>)[discriminator];
    return field !== undefined && (defOf(field).values as readonly unknown[]).includes(tag);
  });
}

/** Files an `unknown_key` issue for every key of `value`, at any depth, that its part does not know. */
function unknownKeys(schema: z.core.$ZodType, value: unknown, path: readonly PathSegment[], issues: RuleIssue[]): void {
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      if (!isJsonObject(value)) return;
      const keys = shapeKeys(schema);
      issues.push(...checkKeys(value, keys, path));
      const shape = def.shape as Record<string, z.core.$ZodType>;
      for (const key of keys) {
        if (Object.hasOwn(value, key)) unknownKeys(shape[key] as z.core.$ZodType, value[key], [...path, key], issues);
      }
      return;
    }
    case 'optional':
    case 'nullable':
      if (value !== undefined && value !== null) unknownKeys(def.innerType as z.core.$ZodType, value, path, issues);
      return;
    case 'array':
      if (Array.isArray(value)) {
        value.forEach((item, index) => {
          unknownKeys(def.element as z.core.$ZodType, item, [...path, index], issues);
        });
      }
      return;
    case 'union': {
      if (!isJsonObject(value)) return;
      const variant = variantOf(schema, value);
      if (variant !== undefined) unknownKeys(variant, value, path, issues);
      return;
    }
    case 'record':
      if (!isJsonObject(value)) return;
      for (const key of Object.keys(value)) {
        unknownKeys(def.valueType as z.core.$ZodType, value[key], [...path, key], issues);
      }
      return;
    default:
      return;
  }
}

/**
 * The walker of a structure: the unknown keys at every depth, then the rules that span fields.
 *
 * @param structure - The zod structure of the result (its root part).
 * @param rules - The rules that span fields.
 */
export function structureWalker(
  structure: z.core.$ZodType,
  rules: (value: unknown) => RuleIssue[],
): (value: unknown) => RuleIssue[] {
  return (value) => {
    const issues: RuleIssue[] = [];
    unknownKeys(structure, value, [], issues);
    issues.push(...rules(value));
    return issues;
  };
}
