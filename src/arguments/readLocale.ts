import { expectedArguments } from '../i18n/expectedArguments/expectedArguments.js';
import type { Locale } from '../i18n/LocalisedText.js';
import { type FieldReader, rejectField } from './argumentReader.js';

/**
 * Reads the `locale` option, the one rule of every function that takes one: left out or `undefined` is Dutch,
 * `'nl'` and `'en'` are used, and anything else (`'de'`, `'EN'`, a number) is an `invalid_option` issue naming the
 * option, the two languages and what came in. Never falls back silently to a language that was not asked for.
 *
 * @param reader - The options, as `readOptions` read them.
 * @returns The language; Dutch after a problem, which the caller then throws.
 */
export function readLocaleField(reader: FieldReader): Locale {
  const value = reader.fields.locale;
  if (value === undefined) return 'nl';
  if (value === 'nl' || value === 'en') return value;
  rejectField(reader, ['locale'], value, expectedArguments.locale());
  return 'nl';
}
