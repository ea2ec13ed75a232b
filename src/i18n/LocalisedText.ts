/**
 * The shape of every text of the library: one string per language. A leaf module, so that any area can use the type
 * without importing another area.
 *
 * @module
 */

/**
 * A text in Dutch (primary) and English.
 *
 * @category Catalogue
 */
export interface LocalisedText {
  /** The Dutch text. */
  readonly nl: string;
  /** The English text. */
  readonly en: string;
}

/**
 * The two languages every label, description and message is written in.
 *
 * @category Catalogue
 */
export type Locale = keyof LocalisedText;
