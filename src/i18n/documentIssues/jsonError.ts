/**
 * What the messages need to say where a JSON text went wrong: the place, what was expected and what was found
 * (found by `serialise/findJsonError.ts`, worded in `nl.ts` and `en.ts`).
 */

/** What the text needed at the place where it went wrong. */
export type JsonExpectation =
  | 'value'
  | 'comma-or-close-list'
  | 'comma-or-close-object'
  | 'key-or-close-object'
  | 'key'
  | 'colon'
  | 'end'
  | 'string-end'
  | 'escape'
  | 'digit';

/** Where a text stops being JSON. */
export interface JsonError {
  /** The line, from 1. */
  readonly line: number;
  /** The column within the line, from 1, in characters as an editor counts them (UTF-16 units). */
  readonly column: number;
  /** What was expected there. */
  readonly expected: JsonExpectation;
  /** The character found there, or `undefined` at the end of the text. */
  readonly found: string | undefined;
  /** Whether the text holds typographic quotes (“ ” „ ‘ ’), as a word processor writes them. */
  readonly curlyQuotes: boolean;
}

/** Shows one character of a text in a message: in quotes when it is visible, else by its code (`U+000A`). */
export function quoteCharacter(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  if (code < 0x21 || (code >= 0x7f && code <= 0xa0) || code === 0x2028 || code === 0x2029 || code === 0xfeff) {
    return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return `'${character}'`;
}
