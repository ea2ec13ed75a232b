import Papa from 'papaparse';
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

/** The delimiters a spreadsheet export uses: comma, semicolon (Excel in Dutch) and tab. */
const DELIMITERS = [',', ';', '\t'];

/**
 * Picks the delimiter among comma, semicolon and tab that splits the first lines most consistently: the share of lines
 * with as many fields as the header, and then the most fields. (Papaparse's own guess can prefer the comma in a Dutch
 * Excel file whose answers hold commas, such as "Niet mee eens, niet mee oneens".)
 */
function detectDelimiter(body: string): string {
  let best = ',';
  let bestShare = -1;
  let bestWidth = 0;
  for (const delimiter of DELIMITERS) {
    const sample = Papa.parse<string[]>(body, { delimiter, preview: 20, skipEmptyLines: 'greedy' }).data;
    const width = sample[0]?.length ?? 0;
    if (width < 2) continue;
    const share = sample.filter((row) => row.length === width).length / sample.length;
    if (share > bestShare || (share === bestShare && width > bestWidth)) {
      best = delimiter;
      bestShare = share;
      bestWidth = width;
    }
  }
  return best;
}

/**
 * Splits CSV text into records with papaparse: the delimiter detected among comma, semicolon and tab, a byte-order
 * mark dropped, CRLF and LF line ends, quoted fields with delimiters, quotes and line breaks inside. Records are kept
 * one for one (empty lines too), so that record `i` is spreadsheet row `i + 1`.
 */
export function readCsv(text: string, issues: Issue[]): string[][] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, { delimiter: detectDelimiter(body), skipEmptyLines: false });
  for (const error of parsed.errors) {
    if (error.type === 'Quotes' && typeof error.row === 'number') {
      issues.push({ code: 'invalid_format', path: ['rows', error.row + 1], message: importIssues.unclosedQuote() });
    }
  }
  const records = parsed.data;
  // A final line break gives one empty record; it is no row of the spreadsheet.
  if (records.length > 0 && (records[records.length - 1] as string[]).every((cell) => cell === '')) records.pop();
  return records;
}

/**
 * Builds an assessment from the CSV export of a survey or spreadsheet tool (Microsoft Forms, Google Forms, LimeSurvey,
 * SurveyJS, Excel), one row per respondent. Never throws.
 *
 * @remarks
 * The text is split by papaparse: the delimiter is detected (comma, semicolon as Excel writes it in Dutch, or tab),
 * a byte-order mark and CRLF line ends are handled, and quoted fields may hold delimiters and line breaks. The rows
 * are then read as {@link assessmentFromRows} reads them: columns matched by indicator id, statement text or the
 * column map, answers as numbers or labels, every problem reported at once with the path
 * `['rows', rowNumber, columnHeader]` (the header is row 1).
 *
 * @param text - The contents of the CSV file.
 * @param options - The collaboration and date of the assessment; the language, a column map, and the partner and
 *   respondent columns.
 * @returns `{ success: true, data, ignoredColumns }` or `{ success: false, error }`, as {@link assessmentFromRows};
 *   also `invalid_format` for a quote that is never closed, and `invalid_argument` when `text` is not a string.
 *
 * @example
 * ```ts
 * const csv = '\uFEFFPartner;ambitie.concreet;relatie.klik\r\ngemeente;4;Mee eens\r\nbestuur-noord;2;"weet ik niet"\r\n';
 * const result = assessmentFromCsv(csv, { collaboration: 'kindcentra-noord', date: '2026-03-15' });
 * result.success && result.data.responses.map((response) => response.answers);
 * //=> [{ 'ambitie.concreet': 4, 'relatie.klik': 4 }, { 'ambitie.concreet': 2, 'relatie.klik': null }]
 * ```
 * @category Questionnaire
 */
export function assessmentFromCsv(text: string, options: ImportAnswersOptions): AssessmentImportResult {
  return neverThrow(() => {
    const issues: Issue[] = [];
    const settings = readImportOptions(options, issues);
    if (typeof text !== 'string') {
      issues.push({ code: 'invalid_argument', path: ['text'], message: importIssues.notText(text) });
      return failure(issues);
    }
    const table = tableOfRows(readCsv(text, issues), issues);
    if (table === undefined) return failure(issues);
    return importTable(table, settings, issues);
  });
}
