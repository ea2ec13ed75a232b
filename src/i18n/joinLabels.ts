import { formatList } from './format.js';
import type { LocalisedText } from './LocalisedText.js';

/**
 * Joins labels that are already in every language into one list per language: `'a, b en c'`, `'a, b and c'`.
 *
 * @param labels - The labels, in order.
 * @returns The list in every language.
 */
export function joinLabels(labels: readonly LocalisedText[]): LocalisedText {
  return {
    nl: formatList(
      labels.map((label) => label.nl),
      'nl',
    ),
    en: formatList(
      labels.map((label) => label.en),
      'en',
    ),
  };
}
