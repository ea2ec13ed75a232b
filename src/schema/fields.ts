/**
 * Building blocks of the document format: slugs, dates, bounded texts, named enums, catalogue ids and objects
 * ("parts") whose fields carry their description. Each rule of a field (a pattern, a limit, a list of values) is
 * written once, here or where the field is defined; the zod schemas are built from it, and the fast validator, the
 * TypeScript types, the JSON Schemas and the tables in `docs/document-format.md` are generated from the zod schemas
 * (`scripts/generate-format.ts`, `scripts/build-schemas.ts`).
 */
import * as z from 'zod';
import type { IssueCode, PathSegment } from '../errors/SamenwerkingError.js';
import { catalogueLists } from '../i18n/catalogueLists/catalogueLists.js';
import type { CatalogueListName } from '../i18n/catalogueLists/listNames.js';
import { documentIssues } from '../i18n/documentIssues/documentIssues.js';
import type { LocalisedText } from '../i18n/LocalisedText.js';
import { isCalendarDate } from '../internal/calendar.js';
import { suggestIds } from '../internal/suggest.js';
import { checkKeys, type RuleIssue } from './ruleHelpers.js';

export { checkKeys, checkUnique, isJsonObject, type RuleIssue, ruleIssue } from './ruleHelpers.js';

/** What the format says about one schema, beyond what zod itself records. */
export interface FormatMeta {
  /** The name of a shared part: its `$defs` entry in the JSON Schemas and its type in `types.ts`. */
  readonly id?: string;
  /** What the value is, in English (with the Dutch term where the field uses one). */
  readonly description?: string;
  /** For a part: what each field is, by key. */
  readonly fields?: Readonly<Record<string, string>>;
  /** For a part whose type another module declares already (under the part's id): that module, from `src/schema/`. */
  readonly typeFrom?: string;
  /** For a list of catalogue ids: the catalogue list whose labels name its members. */
  readonly catalogue?: string;
  /** A JSON Schema `format` that states the rule to other tools. */
  readonly format?: string;
  /** A JSON Schema `pattern` that states (part of) a rule that zod checks in code. */
  readonly pattern?: string;
  /** For a list: no value occurs twice (JSON Schema `uniqueItems`). */
  readonly uniqueItems?: boolean;
}

/**
 * The metadata of the document format. A registry of its own, not zod's global one, so that the names of our parts
 * never collide with the ids of a user's own schemas.
 */
export const formatRegistry: z.core.$ZodRegistry<FormatMeta> = z.registry<FormatMeta>();

/** The pattern of an id: lower case, digits and inner hyphens, 1 to 64 characters. */
export const SLUG_PATTERN: RegExp = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

/** The pattern of text that is not blank: at least one character that is not white space. */
export const NOT_BLANK: RegExp = /\S/;

/**
 * The written form of a date from the year 1 on, `YYYY-MM-DD`, for the JSON Schemas (beside `format: date`, which
 * checks that the day exists). Written without look-ahead, so that every regular expression dialect reads it.
 */
export const DATE_PATTERN: RegExp = /^(?:[1-9]\d{3}|0[1-9]\d{2}|00[1-9]\d|000[1-9])-\d{2}-\d{2}$/;

/** The longest name. */
export const MAX_NAME = 200;
/** The longest free text. */
export const MAX_TEXT = 5000;

/** Adds rule issues to a zod refinement context, so that a composed schema carries our codes and messages too. */
export function addToZodContext(issues: readonly RuleIssue[], ctx: z.RefinementCtx): void {
  for (const issue of issues) {
    ctx.addIssue({
      code: 'custom',
      path: [...issue.path],
      message: issue.message.en,
      params: { code: issue.code, message: issue.message },
    });
  }
}

/**
 * Reports an issue of a single field, whose full path zod only knows later: the message is rebuilt from the full
 * path when the issue is turned into ours.
 */
function reportField(
  code: IssueCode,
  build: (path: readonly PathSegment[]) => LocalisedText,
  ctx: z.RefinementCtx,
): void {
  const message = build([]);
  ctx.addIssue({ code: 'custom', path: [], message: message.en, params: { code, message, build } });
}

/**
 * The code behind each custom check of the format, for the fast validator: the generator calls the named function
 * (exported by the named module, relative to `src/schema/`) where zod runs the check.
 */
export const plainChecks: ReadonlyMap<
  z.core.$ZodCheck<never>,
  { readonly name: string; readonly from: string }
> = new Map();

/** A custom check of a single field (a string): when it holds, and the issue when it does not. */
export interface FieldCheck {
  /** Tells whether the value passes. */
  readonly holds: (value: string) => boolean;
  /** The code of the issue. */
  readonly code: IssueCode;
  /** The message of the issue of `value` at `path`. */
  readonly message: (path: readonly PathSegment[], value: string) => LocalisedText;
}

/**
 * The custom checks of single fields, by their zod check: what zod reports through them, for the full pipeline's
 * issues of a leaf that it describes without running zod (`leafIssues.ts`).
 */
export const fieldChecks: ReadonlyMap<z.core.$ZodCheck<never>, FieldCheck> = new Map();

const calendarDate: FieldCheck = {
  holds: isCalendarDate,
  code: 'invalid_date',
  message: (path, value) => documentIssues.invalidDate(path, value),
};

/** The check that a date exists. */
const dateExists: z.core.$ZodCheck<string> = z.superRefine((value: string, ctx) => {
  if (!calendarDate.holds(value)) reportField(calendarDate.code, (path) => calendarDate.message(path, value), ctx);
});
(fieldChecks as Map<z.core.$ZodCheck<never>, FieldCheck>).set(dateExists, calendarDate);
(plainChecks as Map<z.core.$ZodCheck<never>, { name: string; from: string }>).set(dateExists, {
  name: 'isCalendarDate',
  from: '../internal/calendar.js',
});

/** The check that a list holds no value twice: each repeat is a `duplicate_id` issue at its own index. */
const distinctItems: z.core.$ZodCheck<readonly unknown[]> = z.superRefine((items: readonly unknown[], ctx) => {
  const first = new Map<unknown, number>();
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    const earlier = first.get(item);
    if (earlier === undefined) {
      first.set(item, index);
      continue;
    }
    const build = (path: readonly PathSegment[]): LocalisedText => documentIssues.duplicateId(path, item, earlier);
    ctx.addIssue({ code: 'custom', path: [index], message: 'repeated value', params: { code: 'duplicate_id', build } });
  }
});
(plainChecks as Map<z.core.$ZodCheck<never>, { name: string; from: string }>).set(distinctItems, {
  name: 'allDistinct',
  from: './fastAcceptRuntime.js',
});

/** Registers the metadata of a schema in the format registry and returns the schema. */
export function described<Schema extends z.ZodType>(schema: Schema, meta: FormatMeta): Schema {
  formatRegistry.add(schema, meta);
  return schema;
}

/**
 * A list in which no value occurs twice (a list of enum values or other primitives): zod reports each repeat as
 * `duplicate_id`, the fast validator checks it, and the JSON Schema says `uniqueItems`.
 */
export function distinct<Schema extends z.ZodArray<z.ZodType>>(schema: Schema): Schema {
  return described(schema.check(distinctItems as never) as Schema, { uniqueItems: true });
}

/** An id: a slug. */
export const slug: z.ZodString = described(z.string().regex(SLUG_PATTERN), {
  id: 'Slug',
  description:
    'An id: lower-case letters a to z, digits and hyphens, 1 to 64 characters, starting and ending with a letter or digit.',
});

/** A calendar date written `YYYY-MM-DD` that exists. */
export const isoDate: z.ZodString = described(z.string().check(dateExists), {
  id: 'Date',
  description: 'A calendar date written YYYY-MM-DD that exists (2025-02-30 does not), from the year 1.',
  format: 'date',
  pattern: DATE_PATTERN.source,
});

/**
 * A whole number with a comma between each group of three digits (`5000` → `5,000`), for the English descriptions of
 * the JSON Schemas. Written out rather than `toLocaleString('en')`, which loads the locale data when the schemas are
 * built, at import.
 */
function grouped(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A name: text that is not blank, at most 200 characters. */
export const name: z.ZodString = described(z.string().max(MAX_NAME).regex(NOT_BLANK), {
  id: 'Name',
  description: `A name: text with a character that is not white space, at most ${MAX_NAME} characters.`,
});

/** Free text: text that is not blank, at most 5,000 characters. */
export const text: z.ZodString = described(z.string().max(MAX_TEXT).regex(NOT_BLANK), {
  id: 'Text',
  description: `Free text with a character that is not white space, at most ${grouped(MAX_TEXT)} characters.`,
});

/** A whole number of zero or more. */
export const count: z.ZodNumber = described(z.number().int().min(0), {
  id: 'Count',
  description: 'A whole number of zero or more.',
});

/** The zod enum of a list of values. */
export type EnumOf<Values extends readonly string[]> = z.ZodEnum<{ [Value in Values[number]]: Value }>;

/** The format version of every document kind: 1. */
export const formatVersion: z.ZodLiteral<1> = described(z.literal(1), {
  id: 'FormatVersion',
  description: 'The version of the document format (formaatversie). This library reads version 1.',
});

/** A whole number, positive or negative. */
export const integer: z.ZodNumber = described(z.number().int(), {
  id: 'Integer',
  description: 'A whole number (negative, zero or positive).',
});

/** An enum of the format with its own name: a type in `types.ts` and a `$defs` entry in the JSON Schemas. */
export function namedEnum<const Values extends readonly [string, ...string[]]>(
  id: string,
  values: Values,
  description: string,
): EnumOf<Values> {
  return described(z.enum(values), { id, description });
}

/** The catalogue lists that document fields refer to, by the joined list of their ids. */
export interface CatalogueList {
  /** The name of one entry, for messages. */
  readonly name: LocalisedText;
  /** The known ids. */
  readonly ids: readonly string[];
}

const listsByIds = new Map<string, CatalogueList>();

/**
 * An enum over a catalogue list: precise types and, in the JSON Schemas, a shared definition whose members carry
 * their catalogue label; a miss becomes `unknown_id` with the closest ids. `id` is also the name of the id type
 * that `samenwerking/catalogue` exports (`ThemeId`), `list` the key of the list in the catalogue (`themes`), which
 * also finds the words for one entry of it (`i18n/catalogueLists`).
 */
export function catalogueId<const Ids extends readonly [string, ...string[]]>(
  id: string,
  list: CatalogueListName,
  ids: Ids,
): EnumOf<Ids> {
  const entryName = catalogueLists.entry(list);
  listsByIds.set(ids.join('|'), { name: entryName, ids });
  return described(z.enum(ids), {
    id,
    catalogue: list,
    description: `The id of a ${entryName.en} (${entryName.nl}) in the catalogue.`,
  });
}

/** Finds the catalogue list of an enum from the allowed values in a zod issue, when it is one. */
export function catalogueListOf(values: readonly unknown[]): CatalogueList | undefined {
  // zod hands out the same array of values for every issue of an enum: looked up once per enum, not per issue.
  let found = listsByValues.get(values);
  if (found === undefined) {
    found = listsByIds.get(values.join('|')) ?? null;
    listsByValues.set(values, found);
  }
  return found ?? undefined;
}

const listsByValues = new WeakMap<readonly unknown[], CatalogueList | null>();

/** The fields of a part: per key its schema and what it is. */
export type PartFields<Shape extends z.ZodRawShape> = {
  readonly [Key in keyof Shape]: readonly [schema: Shape[Key], description: string];
};

/**
 * An object of the format (a "part"): its fields in the order of the format, each with its schema and its
 * description. Every key is kept (unknown keys are reported by the walker of the document, and by
 * {@link withKeyCheck} for part schemas used on their own: one plain pass is much faster than a refinement on every
 * object). `id` names the part in `types.ts` and in the JSON Schemas; `typeFrom` is the module that declares its
 * type already, when one does (the generated types then import it instead).
 */
export function part<Shape extends z.ZodRawShape>(
  id: string,
  description: string,
  fields: PartFields<Shape>,
  typeFrom?: string,
): z.ZodObject<Shape, z.core.$loose> {
  const shape: Record<string, z.ZodType> = {};
  const descriptions: Record<string, string> = {};
  for (const [key, [schema, about]] of Object.entries(
    fields as unknown as Record<string, readonly [z.ZodType, string]>,
  )) {
    shape[key] = schema;
    descriptions[key] = about;
  }
  const meta: FormatMeta = { id, description, fields: descriptions };
  return described(z.looseObject(shape as unknown as Shape), typeFrom === undefined ? meta : { ...meta, typeFrom });
}

/**
 * Adds the unknown-key check to a part schema, for users who validate a part on its own: unknown keys are errors
 * (`unknown_key`, with the closest allowed key), except keys that start with `x-`. `allowed` is the list of keys,
 * or a function that finds it from the value (for a union, whose variants have different keys).
 */
export function withKeyCheck<T>(
  schema: z.ZodType<T>,
  allowed: readonly string[] | ((value: unknown) => readonly string[] | undefined),
): z.ZodType<T> {
  return schema.superRefine((value, ctx) => {
    const keys = typeof allowed === 'function' ? allowed(value) : allowed;
    if (keys === undefined) return;
    for (const issue of checkKeys(value, keys, [])) {
      const build = (path: readonly PathSegment[]): LocalisedText =>
        documentIssues.unknownKey(path.length === 0 ? issue.path : path, keys, suggestIds(issue.path[0], keys, 2));
      ctx.addIssue({
        code: 'custom',
        path: [...issue.path],
        message: issue.message.en,
        params: { code: issue.code, message: issue.message, build },
      });
    }
  });
}
