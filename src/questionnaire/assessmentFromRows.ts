import type { Issue } from '../errors/SamenwerkingError.js';
import { importIssues } from '../i18n/importIssues/importIssues.js';
import {
  type AssessmentImportResult,
  failure,
  type ImportAnswersOptions,
  importTable,
  neverThrow,
  readImportOptions,
  type Table,
} from './importAnswers.js';

/** The text of a header cell. */
function headerText(cell: unknown): string {
  return cell === undefined || cell === null ? '' : String(cell).trim();
}

/**
 * Reads rows into a table: arrays whose first row is the header (row 1), or objects keyed by header (the header is
 * then row 1 and the first object row 2). Files an issue for a row of the wrong kind.
 */
export function tableOfRows(rows: readonly unknown[], issues: Issue[]): Table | undefined {
  const first = rows.find((row) => row !== undefined && row !== null);
  if (first === undefined) {
    issues.push({ code: 'invalid_value', path: ['rows', 1], message: importIssues.noHeader() });
    return undefined;
  }
  if (Array.isArray(first)) {
    const headerIndex = rows.indexOf(first);
    const headers = (first as readonly unknown[]).map(headerText);
    const data: { rowNumber: number; cells: readonly unknown[] }[] = [];
    rows.forEach((row, index) => {
      if (index <= headerIndex || row === undefined || row === null) return;
      if (!Array.isArray(row)) {
        issues.push({ code: 'invalid_type', path: ['rows', index + 1], message: importIssues.notARow(row) });
        return;
      }
      data.push({ rowNumber: index + 1, cells: row });
    });
    return { headers, rows: data };
  }
  const headers: string[] = [];
  const seen = new Set<string>();
  const objects: { rowNumber: number; row: Readonly<Record<string, unknown>> }[] = [];
  rows.forEach((row, index) => {
    if (row === undefined || row === null) return;
    if (typeof row !== 'object' || Array.isArray(row)) {
      issues.push({ code: 'invalid_type', path: ['rows', index + 2], message: importIssues.notARow(row) });
      return;
    }
    const record = row as Readonly<Record<string, unknown>>;
    for (const key of Object.keys(record)) {
      if (!seen.has(key)) {
        seen.add(key);
        headers.push(key);
      }
    }
    objects.push({ rowNumber: index + 2, row: record });
  });
  return {
    headers,
    rows: objects.map(({ rowNumber, row }) => ({ rowNumber, cells: headers.map((header) => row[header]) })),
  };
}

/**
 * Builds an assessment from spreadsheet rows, one row per respondent, as any spreadsheet reader gives them: arrays of
 * cells whose first row holds the column headers, or objects keyed by column header. Never throws.
 *
 * @remarks
 * A column is matched to a statement by its header: the indicator id, or the statement's text in Dutch or English,
 * tolerant of case, accents, white space, punctuation, a question number in front ("3.") and a "*" behind; a header
 * `Vraag [stelling]` (a grid row in Google Forms) matches by the part in brackets. `options.columns` maps other
 * headers (question codes such as `SQ001`) to indicators. The partner column (`partnerColumn`, or a header such as
 * "Partner") is matched to the collaboration's partner ids, and with the collaboration document to their names too;
 * a role column ("Rol", "Role") to the catalogue's stakeholder groups; a respondent column (`respondentColumn`) gives
 * the respondent ids, which are `r1`, `r2`, … otherwise. A cell holds a whole number on the scale or an answer's label
 * in either language ("Mee eens", "agree", "4 - Mee eens"); empty cells, "n.v.t.", "weet ik niet", "not
 * applicable" and "don't know" are missing answers (empty leaves the answer out, the others record `null`). Rows
 * that are entirely empty are skipped. Every problem is reported at once (at most 100); a cell's issue has the path
 * `['rows', rowNumber, columnHeader]`, with rows numbered as a spreadsheet shows them (the header is row 1).
 *
 * @param rows - Arrays of cells with the header first, or objects keyed by header.
 * @param options - The collaboration and date of the assessment; the language, a column map, and the partner and
 *   respondent columns.
 * @returns `{ success: true, data, ignoredColumns }` with the frozen assessment and the headers that matched nothing,
 *   or `{ success: false, error }` with every issue: `invalid_value` for a cell that is no answer or for a file
 *   without statement columns, `too_small`/`too_big` for an answer outside the scale, `dangling_reference` for an
 *   unknown partner, `unknown_id` for an unknown role or a column map to an unknown indicator, `duplicate_id` for two
 *   columns of one statement or two rows of one respondent, `invalid_option` for unusable options, `invalid_argument`
 *   when `rows` is not a list.
 *
 * @example
 * ```ts
 * const result = assessmentFromRows(
 *   [
 *     ['Tijdstempel', 'Partner', 'ambitie.concreet', 'Wij aanvaarden de belangen van de andere partners als gerechtvaardigd.'],
 *     ['2026-03-02 09:14', 'gemeente', '4', 'Mee eens'],
 *     ['2026-03-02 10:40', 'bestuur-noord', 'n.v.t.', '2'],
 *   ],
 *   { collaboration: 'kindcentra-noord', date: '2026-03-15' },
 * );
 * result.success && result.data.responses;
 * //=> [
 * //   { respondent: 'r1', partner: 'gemeente', answers: { 'ambitie.concreet': 4, 'belangen.erkend': 4 } },
 * //   { respondent: 'r2', partner: 'bestuur-noord', answers: { 'ambitie.concreet': null, 'belangen.erkend': 2 } },
 * // ]
 * result.success && result.ignoredColumns;
 * //=> ['Tijdstempel']
 * ```
 * @category Questionnaire
 */
export function assessmentFromRows(rows: readonly unknown[], options: ImportAnswersOptions): AssessmentImportResult {
  return neverThrow(() => {
    const issues: Issue[] = [];
    const settings = readImportOptions(options, issues);
    if (!Array.isArray(rows)) {
      issues.push({ code: 'invalid_argument', path: ['rows'], message: importIssues.notRows(rows) });
      return failure(issues);
    }
    const table = tableOfRows(rows, issues);
    if (table === undefined) return failure(issues);
    return importTable(table, settings, issues);
  });
}
