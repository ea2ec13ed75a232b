import type { LocalisedText } from './LocalisedText.js';

/**
 * A fresh copy of a text, so that a caller who changes a result cannot change the catalogue it came from.
 *
 * @param text - The text.
 * @returns A new object with the same languages.
 */
export function copyText(text: LocalisedText): LocalisedText {
  return { nl: text.nl, en: text.en };
}
