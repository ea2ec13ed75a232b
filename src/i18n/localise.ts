/**
 * How a message group becomes `{ nl, en }` text. A group is an interface of messages; each language implements it
 * in its own file (`nl.ts`, `en.ts`), so the compiler refuses a language that lacks a message or has one too many,
 * and a third language is one more file per group. A message is one of three kinds:
 *
 * - a fixed text: `string`;
 * - a text with typed parameters: `(…params) => string`;
 * - a table of words keyed by a domain id: `Readonly<Record<Id, string>>`.
 *
 * {@link localise} joins the languages of a group into one object with the same keys, where every message is a
 * function that gives a new `{ nl, en }` object.
 *
 * @module
 */
import type { Locale, LocalisedText } from './LocalisedText.js';

/** One message of a group in one language. */
export type Message = string | ((...params: never[]) => string) | Readonly<Record<string, string>>;

/** Every language's implementation of one message group. */
export type Translations<Group> = { readonly [language in Locale]: Group };

/** A message group with every message giving `{ nl, en }`: the shape {@link localise} returns. */
export type Localised<Group> = {
  readonly [Key in keyof Group]: Group[Key] extends string
    ? () => LocalisedText
    : Group[Key] extends (...params: infer Params) => string
      ? (...params: Params) => LocalisedText
      : Group[Key] extends Readonly<Record<infer Id, string>>
        ? (id: Id) => LocalisedText
        : never;
};

/**
 * Joins the languages of a message group: every message becomes a function that gives a new `{ nl, en }` object.
 *
 * @param translations - The group in every language.
 * @returns The group with the same keys, each message giving text in every language.
 */
export function localise<Group extends { readonly [Key in keyof Group]: Message }>(
  translations: Translations<Group>,
): Localised<Group> {
  const nl = translations.nl as Readonly<Record<string, Message>>;
  const en = translations.en as Readonly<Record<string, Message>>;
  const group: Record<string, (...params: never[]) => LocalisedText> = {};
  for (const key of Object.keys(nl)) {
    const dutch = nl[key] as Message;
    const english = en[key] as Message;
    if (typeof dutch === 'string') {
      group[key] = () => ({ nl: dutch, en: english as string });
    } else if (typeof dutch === 'function') {
      const toEnglish = english as (...params: never[]) => string;
      group[key] = (...params) => ({ nl: dutch(...params), en: toEnglish(...params) });
    } else {
      const table = english as Readonly<Record<string, string>>;
      // Own keys only: an id named after a member of Object.prototype must not find one of its functions.
      group[key] = ((id: string) => ({
        nl: Object.hasOwn(dutch, id) ? (dutch[id] as string) : String(id),
        en: Object.hasOwn(table, id) ? (table[id] as string) : String(id),
      })) as (...params: never[]) => LocalisedText;
    }
  }
  return group as unknown as Localised<Group>;
}
