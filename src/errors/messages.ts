/**
 * Every message text of the library, in Dutch and English, in one place. Each message says what is wrong and
 * what to do about it, in the words of the domain.
 *
 * @module
 */
import type { LocalisedText } from '../catalogue/types.js';

/** Quotes a value for a message, cut short when it is long. */
export function quote(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = `'${value}'`;
  else if (typeof value === 'number' || typeof value === 'boolean' || value === null) text = String(value);
  else if (value === undefined) text = 'undefined';
  else if (Array.isArray(value)) text = 'een lijst';
  else text = typeof value;
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Quotes a value for an English message. */
function quoteEn(value: unknown): string {
  return Array.isArray(value) ? 'a list' : quote(value);
}

/** Joins a list of allowed values for a message, cut short after a number of them. */
export function listOf(values: readonly string[], max = 8): string {
  const shown = values.slice(0, max).join(', ');
  return values.length > max ? `${shown}, …` : shown;
}

function suggestion(suggestions: readonly string[]): LocalisedText {
  if (suggestions.length === 0) return { nl: '', en: '' };
  const list = suggestions.map((id) => `'${id}'`).join(', ');
  return { nl: ` Bedoelde u ${list}?`, en: ` Did you mean ${list}?` };
}

/** The message texts, one function per situation. */
export const messages = {
  invalidDate: (value: unknown): LocalisedText => ({
    nl: `${quote(value)} is geen bestaande kalenderdatum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld '2026-03-15'.`,
    en: `${quoteEn(value)} is not a real calendar date. Write the date as YYYY-MM-DD, for example '2026-03-15'.`,
  }),
  invalidSchoolYear: (value: unknown): LocalisedText => ({
    nl: `${quote(value)} is geen schooljaar. Schrijf het als twee opeenvolgende jaren, bijvoorbeeld '2025-2026'.`,
    en: `${quoteEn(value)} is not a school year. Write it as two consecutive years, for example '2025-2026'.`,
  }),
  unknownId: (list: LocalisedText, id: unknown, suggestions: readonly string[]): LocalisedText => {
    const hint = suggestion(suggestions);
    return {
      nl: `Er is geen ${list.nl} met id ${quote(id)} in de catalogus.${hint.nl}`,
      en: `There is no ${list.en} with id ${quoteEn(id)} in the catalogue.${hint.en}`,
    };
  },
  invalidOption: (option: string, value: unknown, allowed: LocalisedText): LocalisedText => ({
    nl: `De optie '${option}' heeft een onbruikbare waarde (${quote(value)}). Toegestaan: ${allowed.nl}.`,
    en: `The option '${option}' has an unusable value (${quoteEn(value)}). Allowed: ${allowed.en}.`,
  }),
} as const;
