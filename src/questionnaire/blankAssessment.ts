import { readDateField, readOptions, rejectField, throwIfIssues } from '../arguments/argumentReader.js';
import type { Issue } from '../errors/SamenwerkingError.js';
import { importIssues } from '../i18n/importIssues/importIssues.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import type { Collaboration } from '../schema/types.js';
import type { AssessmentDraft } from '../update/AssessmentDraft.js';
import { readCollaborationOption } from './collaborationOption.js';

/**
 * Options of {@link blankAssessment}.
 *
 * @category Questionnaire
 */
export interface BlankAssessmentOptions {
  /** The collaboration assessed: its id, or the collaboration document. */
  readonly collaboration: string | Collaboration;
  /** The date of the assessment: a `YYYY-MM-DD` string or a `Date`. */
  readonly date: string | Date;
}

/**
 * Starts an assessment for a collaboration and a date, ready for answers: a draft without responses, on the default
 * scale of the questionnaire (1 to 5). It becomes a valid assessment once it holds an answer: add each respondent's
 * answers with `addResponse` from `samenwerking/update`.
 *
 * @param options - The collaboration (id or document) and the date.
 * @returns The frozen draft: `kind`, `schemaVersion`, `collaboration`, `date` and an empty list of responses.
 * @throws {SamenwerkingError} `invalid_option` when the collaboration is neither a slug nor a collaboration document,
 *   when the date is missing or not an existing date, or for an unknown option; the issues of an invalid
 *   collaboration document under `options.collaboration`.
 *
 * @example
 * ```ts
 * const draft = blankAssessment({ collaboration: 'kindcentra-noord', date: '2026-03-15' });
 * draft;
 * //=> { kind: 'assessment', schemaVersion: 1, collaboration: 'kindcentra-noord', date: '2026-03-15', responses: [] }
 * addResponse(draft, { respondent: 'r1', partner: 'gemeente', answers: { 'relatie.klik': 4 } }).responses.length;
 * //=> 1
 * ```
 * @category Questionnaire
 */
export function blankAssessment(options: BlankAssessmentOptions): AssessmentDraft {
  const issues: Issue[] = [];
  const reader = readOptions(options, ['collaboration', 'date'], issues);
  const collaboration = readCollaborationOption(reader, true);
  const date = reader.fields.date === undefined ? undefined : readDateField(reader, 'date');
  if (reader.fields.date === undefined) rejectField(reader, ['date'], undefined, importIssues.expectedDate());
  throwIfIssues(issues);
  return deepFreeze({
    kind: 'assessment',
    schemaVersion: 1,
    collaboration: (collaboration as { id: string }).id,
    date: date as string,
    responses: [],
  });
}
