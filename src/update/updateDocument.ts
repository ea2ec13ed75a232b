/**
 * The mechanism behind every update function: apply an immer recipe to a valid, frozen document, validate the
 * result, and return it frozen, sharing every unchanged part with the original.
 */

import { Immer } from 'immer';
import { throwIfIssues } from '../arguments/argumentReader.js';
import { rejectArgument } from '../arguments/rejectArgument.js';
import type { Issue } from '../errors/SamenwerkingError.js';
import { expectedArguments } from '../i18n/expectedArguments/expectedArguments.js';
import { isParsed, markParsed } from '../internal/parsed.js';
import type { ParseResult } from '../schema/parseDocument.js';

/**
 * A function that changes a draft of a document in place (or returns a replacement), as in immer.
 *
 * @typeParam T - The document type.
 * @category Update
 */
// biome-ignore lint/suspicious/noConfusingVoidType: immer recipes usually return nothing, which TypeScript types as void.
export type Recipe<T> = (draft: Draft<T>) => Draft<T> | undefined | void;

/**
 * A mutable version of a document type, as the recipe of an update function receives it.
 *
 * @typeParam T - The document type.
 * @category Update
 */
export type Draft<T> = T extends readonly (infer Item)[]
  ? Draft<Item>[]
  : T extends object
    ? { -readonly [Key in keyof T]: Draft<T[Key]> }
    : T;

// A private instance, so that the global immer settings of the user's app cannot change how documents are frozen.
const immer = /* @__PURE__ */ new Immer({ autoFreeze: true });

/** Applies a recipe and validates the result with the document's own parse function. */
export function updateWith<T extends object>(
  document: T,
  recipe: Recipe<T>,
  safeParse: (input: unknown) => ParseResult<T>,
): T {
  if (typeof recipe !== 'function') {
    const issues: Issue[] = [];
    rejectArgument(issues, 'recipe', recipe, expectedArguments.recipe());
    throwIfIssues(issues);
  }
  let base = document;
  if (!isParsed(document)) {
    const parsed = safeParse(document);
    if (!parsed.success) throw parsed.error;
    base = parsed.data;
  }
  const next = immer.produce(base, recipe as (draft: T) => T | undefined) as T;
  if (next === base) return base;
  const checked = safeParse(next);
  if (!checked.success) throw checked.error;
  return markParsed(next);
}
