import { type FieldReader, readOptions } from '../../arguments/argumentReader.js';
import { readLocaleField } from '../../arguments/readLocale.js';
import type { Issue } from '../../errors/SamenwerkingError.js';
import type { Locale } from '../../i18n/LocalisedText.js';

/**
 * Reads the options of a report writer with the one rule of every function that takes a locale: `'nl'` when left out;
 * options that are not an object, an unknown key or a locale other than `'nl'` and `'en'` are `invalid_option`
 * issues, added to `issues` for the caller to throw with the others.
 *
 * @param options - The options as given.
 * @param known - The keys the writer knows.
 * @param issues - The problems of the call.
 */
export function readReportOptions(
  options: unknown,
  known: readonly string[],
  issues: Issue[],
): { readonly reader: FieldReader; readonly locale: Locale } {
  const reader = readOptions(options, known, issues);
  return { reader, locale: readLocaleField(reader) };
}
