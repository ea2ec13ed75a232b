/**
 * Reads the options `{ locale?, collaboration? }` of the functions that write the questionnaire out
 * (`toSurveyJs`, `toCsvTemplate`).
 */
import { type FieldReader, readChoiceField, readOptions } from '../arguments/argumentReader.js';
import type { Issue } from '../errors/SamenwerkingError.js';
import type { Locale } from '../i18n/LocalisedText.js';
import { type CollaborationChoice, readCollaborationOption } from './collaborationOption.js';

/** The language and the collaboration of a questionnaire written out. */
export interface WriteSettings {
  /** The language of the texts. */
  readonly locale: Locale;
  /** The collaboration, when one was given. */
  readonly collaboration?: CollaborationChoice;
  /** The reader, for further options. */
  readonly reader: FieldReader;
}

/** Reads `locale` (default `'nl'`) and the optional `collaboration`, and any further option names. */
export function readWriteOptions(options: unknown, issues: Issue[], more: readonly string[] = []): WriteSettings {
  const reader = readOptions(options, ['locale', 'collaboration', ...more], issues);
  const locale = readChoiceField(reader, 'locale', ['nl', 'en'] as const) ?? 'nl';
  const collaboration = readCollaborationOption(reader, false);
  return { locale, reader, ...(collaboration === undefined ? {} : { collaboration }) };
}
