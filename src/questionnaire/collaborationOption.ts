/**
 * Reads the option `collaboration` of the questionnaire functions: the id of a collaboration, or the collaboration
 * document itself (validated here, so that its partners can be trusted).
 */
import { addIssue, type FieldReader, isPlainObject, rejectField } from '../arguments/argumentReader.js';
import { importIssues } from '../i18n/importIssues/importIssues.js';
import { safeParseCollaboration } from '../schema/CollaborationSchema.js';
import { SLUG_PATTERN } from '../schema/fields.js';
import type { Collaboration } from '../schema/types.js';

/** The collaboration an assessment belongs to: its id, and its document when one was given. */
export interface CollaborationChoice {
  /** The id of the collaboration. */
  readonly id: string;
  /** The validated document, when the option held one. */
  readonly document?: Collaboration;
}

/**
 * Reads `collaboration`: a slug, or a collaboration document whose every issue is filed under
 * `options.collaboration`. Gives `undefined` when it is missing or unusable (an issue is filed), or when it is
 * optional and left out.
 */
export function readCollaborationOption(reader: FieldReader, required: boolean): CollaborationChoice | undefined {
  const value = reader.fields.collaboration;
  if (value === undefined && !required) return undefined;
  if (typeof value === 'string' && SLUG_PATTERN.test(value)) return { id: value };
  if (isPlainObject(value)) {
    const parsed = safeParseCollaboration(value);
    if (parsed.success) return { id: parsed.data.id, document: parsed.data };
    for (const issue of parsed.error.issues) {
      addIssue(reader.issues, issue.code, [...reader.path, 'collaboration', ...issue.path], issue.message);
    }
    return undefined;
  }
  rejectField(reader, ['collaboration'], value, importIssues.expectedCollaboration());
  return undefined;
}
