import { isPlainObject, rejectValue } from '../../arguments/argumentReader.js';
import { type Issue, SamenwerkingError } from '../../errors/SamenwerkingError.js';
import { expectedValues } from '../../i18n/expectedValues/expectedValues.js';
import type { Locale } from '../../i18n/LocalisedText.js';

/**
 * Reads the language of a report writer's options: `'nl'` when left out.
 *
 * @throws {SamenwerkingError} `invalid_option` when the options are not an object or the locale is not `'nl'` or `'en'`.
 */
export function readReportLocale(options: unknown): Locale {
  if (options === undefined) return 'nl';
  const issues: Issue[] = [];
  if (!isPlainObject(options)) {
    rejectValue(issues, ['options'], 'options', options, expectedValues.schemaOptions());
    throw new SamenwerkingError(issues);
  }
  const locale = options.locale ?? 'nl';
  if (locale !== 'nl' && locale !== 'en') {
    rejectValue(issues, ['options', 'locale'], 'locale', locale, expectedValues.locale());
    throw new SamenwerkingError(issues);
  }
  return locale;
}
