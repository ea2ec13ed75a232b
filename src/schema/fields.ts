/**
 * Building blocks shared by the document schemas: slugs, dates, bounded texts, catalogue ids, objects that reject
 * unknown keys but keep `x-` keys, and the rule checks that run both inside zod and in the walker.
 */
import * as z from 'zod';
import type { IssueCode, PathSegment } from '../errors/SamenwerkingError.js';
import { documentIssues } from '../i18n/documentIssues/documentIssues.js';
import type { LocalisedText } from '../i18n/LocalisedText.js';
import { isCalendarDate } from '../internal/calendar.js';
import { suggestIds } from '../internal/suggest.js';

/** The pattern of an id: lower case, digits and inner hyphens, 1 to 64 characters. */
export const SLUG_PATTERN: RegExp = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

/**
 * The denominations (richtingen) a partner can have, in the order of the format; the type `Denomination` is derived
 * from this list, so the type, the schema and the validators share one source.
 *
 * @category Schemas
 */
export const denominations = [
  'openbaar',
  'bijzonder',
  'algemeen-bijzonder',
  'protestants-christelijk',
  'rooms-katholiek',
  'interconfessioneel',
  'reformatorisch',
  'islamitisch',
  'hindoeistisch',
  'joods',
  'antroposofisch',
  'samenwerking',
] as const;

/** The longest name. */
export const MAX_NAME = 200;
/** The longest free text. */
export const MAX_TEXT = 5000;

/** An issue found by one of our own rules, before it becomes part of a `SamenwerkingError`. */
export interface RuleIssue {
  /** The code. */
  readonly code: IssueCode;
  /** The path from the root of the value checked. */
  readonly path: readonly PathSegment[];
  /** The message in both languages. */
  readonly message: LocalisedText;
}

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

/** An id: a slug. */
export const slug: z.ZodString = z.string().regex(SLUG_PATTERN);

/** A calendar date written `YYYY-MM-DD` that exists. */
export const isoDate: z.ZodString = z
  .string()
  .superRefine((value, ctx) => {
    if (!isCalendarDate(value)) reportField('invalid_date', (path) => documentIssues.invalidDate(path, value), ctx);
  })
  .meta({ format: 'date' });

/** The pattern of text that is not blank: at least one character that is not white space. */
export const NOT_BLANK: RegExp = /\S/;

function boundedText(max: number): z.ZodString {
  return z.string().max(max).regex(NOT_BLANK);
}

/** A name: text that is not blank, at most 200 characters. */
export const name: z.ZodString = boundedText(MAX_NAME);
/** Free text: text that is not blank, at most 5,000 characters. */
export const text: z.ZodString = boundedText(MAX_TEXT);

/** A whole number of zero or more. */
export const count: z.ZodNumber = z.number().int().min(0);

/** Tells whether a value read from JSON is an object with fields (not an array, not null). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks that an object has only allowed keys and `x-` keys. */
export function checkKeys(value: unknown, allowed: readonly string[], path: readonly PathSegment[]): RuleIssue[] {
  if (!isJsonObject(value)) return [];
  const issues: RuleIssue[] = [];
  for (const key of Object.keys(value)) {
    if (key.startsWith('x-') || allowed.includes(key)) continue;
    const keyPath = [...path, key];
    issues.push({
      code: 'unknown_key',
      path: keyPath,
      message: documentIssues.unknownKey(keyPath, allowed, suggestIds(key, allowed, 2)),
    });
  }
  return issues;
}

/**
 * An object schema that keeps every key. Unknown keys are reported by the walker of the document (and by
 * {@link withKeyCheck} for part schemas used on their own), not here: one plain pass over the document is much
 * faster than a refinement on every object.
 */
export function documentObject<Shape extends z.ZodRawShape>(shape: Shape): z.ZodObject<Shape, z.core.$loose> {
  return z.looseObject(shape);
}

/**
 * Adds the unknown-key check to a part schema, for users who validate a part on its own: unknown keys are errors
 * (`unknown_key`, with the closest allowed key), except keys that start with `x-`.
 */
export function withKeyCheck<Shape extends z.ZodRawShape>(
  object: z.ZodObject<Shape, z.core.$loose>,
): z.ZodObject<Shape, z.core.$loose> {
  const allowed = Object.keys(object.shape);
  return object.superRefine((value, ctx) => {
    for (const issue of checkKeys(value, allowed, [])) {
      const suggestions = suggestIds(issue.path[0], allowed, 2);
      const build = (path: readonly PathSegment[]): LocalisedText =>
        documentIssues.unknownKey(path.length === 0 ? issue.path : path, allowed, suggestions);
      ctx.addIssue({
        code: 'custom',
        path: [...issue.path],
        message: issue.message.en,
        params: { code: issue.code, message: issue.message, build },
      });
    }
  });
}

/** Finds repeated values in a list of items, reporting each repeat at `path(index)`. */
export function checkUnique<Item>(
  items: unknown,
  keyOf: (item: Item) => unknown,
  path: (index: number) => readonly PathSegment[],
): RuleIssue[] {
  if (!Array.isArray(items)) return [];
  const first = new Map<unknown, number>();
  const issues: RuleIssue[] = [];
  items.forEach((item: Item, index) => {
    const value = isJsonObject(item) || typeof item !== 'object' ? keyOf(item) : undefined;
    if (typeof value !== 'string' && typeof value !== 'number') return;
    const earlier = first.get(value);
    if (earlier === undefined) first.set(value, index);
    else {
      const at = path(index);
      issues.push({ code: 'duplicate_id', path: at, message: documentIssues.duplicateId(at, value, earlier) });
    }
  });
  return issues;
}

/** The catalogue lists that document fields refer to, by the joined list of their ids. */
export interface CatalogueList {
  /** The name of one entry, for messages. */
  readonly name: LocalisedText;
  /** The known ids. */
  readonly ids: readonly string[];
}

const catalogueLists = new Map<string, CatalogueList>();

/** An enum over a catalogue list: precise types and JSON Schema `enum`s; a miss becomes `unknown_id`. */
export function catalogueId<const Ids extends readonly [string, ...string[]]>(
  ids: Ids,
  entryName: LocalisedText,
): z.ZodEnum<{ [Id in Ids[number]]: Id }> {
  catalogueLists.set(ids.join('|'), { name: entryName, ids });
  return z.enum(ids);
}

/** Finds the catalogue list of an enum from the allowed values in a zod issue, when it is one. */
export function catalogueListOf(values: readonly unknown[]): CatalogueList | undefined {
  return catalogueLists.get(values.join('|'));
}
