import { isPlainObject } from '../arguments/argumentReader.js';
import type { Issue } from '../errors/SamenwerkingError.js';
import { importIssues } from '../i18n/importIssues/importIssues.js';
import { tableOfRows } from './assessmentFromRows.js';
import {
  type AssessmentImportResult,
  failure,
  type ImportAnswersOptions,
  importTable,
  neverThrow,
  readImportOptions,
} from './importAnswers.js';

/**
 * Builds an assessment from SurveyJS results: one `survey.data` object per respondent, as a form made by
 * {@link toSurveyJs} produces them. Never throws.
 *
 * @remarks
 * Each object's keys are the question names: the indicator ids, `partner`, `role` and `respondent`; the choice
 * "weet ik niet / niet van toepassing" (SurveyJS stores it as `'none'`) becomes `null`; a statement left unanswered is
 * left out. Keys that are none of these (a question added to the form, for example) are ignored and listed in
 * `ignoredColumns`. The results are read as the rows of a spreadsheet of them would be: `results[i]` is row `i + 2`
 * (the header is row 1), so an issue's path is `['rows', i + 2, questionName]`, as for {@link assessmentFromRows}.
 *
 * @param results - One `survey.data` object per respondent.
 * @param options - The collaboration and date of the assessment; the language, a column map, and the partner and
 *   respondent columns.
 * @returns `{ success: true, data, ignoredColumns }` or `{ success: false, error }`, as {@link assessmentFromRows};
 *   `invalid_argument` when `results` is not a list of objects.
 *
 * @example
 * ```ts
 * const result = assessmentFromSurveyJs(
 *   [
 *     { partner: 'gemeente', role: 'wethouder', 'ambitie.concreet': 4, 'relatie.klik': 'none' },
 *     { partner: 'bestuur-noord', 'ambitie.concreet': 2, 'relatie.klik': 3 },
 *   ],
 *   { collaboration: 'kindcentra-noord', date: '2026-03-15' },
 * );
 * result.success && result.data.responses[0];
 * //=> { respondent: 'r1', partner: 'gemeente', role: 'wethouder', answers: { 'ambitie.concreet': 4, 'relatie.klik': null } }
 * ```
 * @category Questionnaire
 */
export function assessmentFromSurveyJs(
  results: readonly Readonly<Record<string, unknown>>[],
  options: ImportAnswersOptions,
): AssessmentImportResult {
  return neverThrow(() => {
    const issues: Issue[] = [];
    const settings = readImportOptions(options, issues);
    if (!Array.isArray(results) || !results.every((result) => isPlainObject(result))) {
      issues.push({ code: 'invalid_argument', path: ['results'], message: importIssues.notResults(results) });
      return failure(issues);
    }
    const table = tableOfRows(results, issues);
    if (table === undefined) return failure(issues);
    return importTable(table, settings, issues);
  });
}
