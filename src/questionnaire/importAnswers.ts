/**
 * The one import of answers behind `assessmentFromRows`, `assessmentFromCsv` and `assessmentFromSurveyJs`: reads the
 * options, matches the columns to indicators, the partner, the role and the respondent, reads every cell, and builds
 * and validates the assessment. Every problem is filed at once; a cell's issue has the path
 * `['rows', rowNumber, columnHeader]`, with the row numbered as a spreadsheet shows it (the header is row 1).
 */
import {
  addIssue,
  isPlainObject,
  readChoiceField,
  readDateField,
  readOptions,
  rejectField,
} from '../arguments/argumentReader.js';
import { indicators } from '../catalogue/data/indicators.js';
import { stakeholderGroups } from '../catalogue/data/stakeholderGroups.js';
import { type IndicatorId, indicatorIds } from '../catalogue/ids/indicators.js';
import type { StakeholderGroupId } from '../catalogue/ids/stakeholderGroups.js';
import { type Issue, type PathSegment, SamenwerkingError } from '../errors/SamenwerkingError.js';
import { importIssues } from '../i18n/importIssues/importIssues.js';
import type { Locale } from '../i18n/LocalisedText.js';
import { questionnaireTexts } from '../i18n/questionnaireTexts/questionnaireTexts.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import { lazy } from '../internal/lazy.js';
import { suggestIds } from '../internal/suggest.js';
import { MAX_RESPONSES, safeParseAssessment } from '../schema/AssessmentSchema.js';
import { SLUG_PATTERN } from '../schema/fields.js';
import type { Assessment, Collaboration, Response } from '../schema/types.js';
import { type CollaborationChoice, readCollaborationOption } from './collaborationOption.js';
import { bracketPart, foldHeader, foldText, slugOf } from './matchText.js';
import { questionnaire } from './questionnaire.js';

/**
 * Options of the import functions (`assessmentFromCsv`, `assessmentFromRows`, `assessmentFromSurveyJs`).
 *
 * @category Questionnaire
 */
export interface ImportAnswersOptions {
  /** The collaboration assessed: its id, or the collaboration document (then partner names are recognised too). */
  readonly collaboration: string | Collaboration;
  /** The date of the assessment: a `YYYY-MM-DD` string or a `Date`. */
  readonly date: string | Date;
  /**
   * The language the questionnaire was given in: `'nl'` (default) or `'en'`. Headers and answers in either language
   * are recognised whatever it is; the language decides which is tried first.
   */
  readonly locale?: Locale;
  /** Column headers mapped to indicator ids, for columns named by a code: `{ 'SQ001': 'ambitie.concreet' }`. */
  readonly columns?: Readonly<Record<string, string>>;
  /** The header of the column that names the partner; found by its header ("partner", the questionnaire's question) when left out. */
  readonly partnerColumn?: string;
  /** The header of the column that names or codes the respondent; only the questionnaire's name question is found when left out. */
  readonly respondentColumn?: string;
}

/**
 * The result of an import: the assessment and the columns that matched nothing, or the error with every issue.
 *
 * @category Questionnaire
 */
export type AssessmentImportResult =
  | {
      /** The answers made a valid assessment. */
      readonly success: true;
      /** The assessment, deeply frozen. */
      readonly data: Assessment;
      /** The headers of the columns that matched nothing (time stamps, e-mail, names), in the order of the file. */
      readonly ignoredColumns: readonly string[];
    }
  | {
      /** The answers did not make a valid assessment. */
      readonly success: false;
      /** The error, with every issue found. */
      readonly error: SamenwerkingError;
    };

/** A table as the import reads it: the headers, and the data rows with their spreadsheet row numbers. */
export interface Table {
  /** The column headers, in order. */
  readonly headers: readonly string[];
  /** The data rows: cells in the order of the headers. */
  readonly rows: readonly { readonly rowNumber: number; readonly cells: readonly unknown[] }[];
}

/** The most issues returned; the last one then says how many there were. */
export const MAX_ISSUES = 100;

const OPTION_NAMES = ['collaboration', 'date', 'locale', 'columns', 'partnerColumn', 'respondentColumn'] as const;

/** The folded answers that mean "no answer": the questionnaire's choice and the usual short forms. */
const MISSING = lazy(
  (): ReadonlySet<string> =>
    new Set<string>([
      '',
      'nvt',
      'n v t',
      'na',
      'n a',
      'weet ik niet',
      'weet niet',
      'niet van toepassing',
      'dont know',
      'don t know',
      'do not know',
      'not applicable',
      'none',
      foldText(questionnaire.notApplicable.label.nl),
      foldText(questionnaire.notApplicable.label.en),
    ]),
);

type Role = 'indicator' | 'partner' | 'role' | 'respondent';
interface Column {
  readonly index: number;
  readonly header: string;
  readonly role: Role;
  readonly indicator?: IndicatorId;
}

/** The options as read: usable values, or issues filed. */
interface ImportSettings {
  readonly collaboration?: CollaborationChoice;
  readonly date?: string;
  readonly locale: Locale;
  readonly columns: ReadonlyMap<string, string>;
  readonly partnerColumn?: string;
  readonly respondentColumn?: string;
}

/** Reads the options of an import; files every problem. */
export function readImportOptions(options: unknown, issues: Issue[]): ImportSettings {
  const reader = readOptions(options, OPTION_NAMES, issues);
  const collaboration = readCollaborationOption(reader, true);
  let date: string | undefined;
  if (reader.fields.date === undefined) {
    rejectField(reader, ['date'], undefined, importIssues.expectedDate());
  } else {
    date = readDateField(reader, 'date');
  }
  const locale = readChoiceField(reader, 'locale', ['nl', 'en'] as const) ?? 'nl';
  const columns = new Map<string, string>();
  const map = reader.fields.columns;
  if (map !== undefined) {
    if (!isPlainObject(map)) rejectField(reader, ['columns'], map, importIssues.expectedColumns());
    else {
      for (const [header, indicator] of Object.entries(map)) {
        if (typeof indicator === 'string' && (indicatorIds as readonly string[]).includes(indicator)) {
          columns.set(header, indicator);
        } else {
          const message = importIssues.mappedIndicatorUnknown(header, indicator, suggestIds(indicator, indicatorIds));
          addIssue(issues, 'unknown_id', [...reader.path, 'columns', header], message);
        }
      }
    }
  }
  const header = (key: 'partnerColumn' | 'respondentColumn'): string | undefined => {
    const value = reader.fields[key];
    if (value === undefined || (typeof value === 'string' && value.trim() !== '')) return value as string | undefined;
    rejectField(reader, [key], value, importIssues.expectedHeader());
    return undefined;
  };
  const partnerColumn = header('partnerColumn');
  const respondentColumn = header('respondentColumn');
  return {
    locale,
    columns,
    ...(collaboration === undefined ? {} : { collaboration }),
    ...(date === undefined ? {} : { date }),
    ...(partnerColumn === undefined ? {} : { partnerColumn }),
    ...(respondentColumn === undefined ? {} : { respondentColumn }),
  };
}

/** The indicators by folded statement (both languages, the chosen one first) and by folded id. */
function statementIndex(locale: Locale): Map<string, IndicatorId> {
  const index = new Map<string, IndicatorId>();
  const other: Locale = locale === 'nl' ? 'en' : 'nl';
  for (const language of [locale, other]) {
    for (const indicator of indicators) {
      const folded = foldText(indicator.question[language]);
      if (!index.has(folded)) index.set(folded, indicator.id);
    }
  }
  for (const id of indicatorIds) index.set(foldText(id), id);
  return index;
}

/** The folded headers that name the partner, the role and the respondent without an option saying so. */
const HEADERS = lazy(
  (): Readonly<Record<'partner' | 'role' | 'respondent', ReadonlySet<string>>> => ({
    partner: new Set(['partner', 'partner id', 'partnerid', ...labelsOf('partner')]),
    role: new Set(['role', 'rol', ...labelsOf('role')]),
    respondent: new Set(['respondent', 'respondent id', 'deelnemer', ...labelsOf('respondent')]),
  }),
);

function labelsOf(field: 'partner' | 'role' | 'respondent'): string[] {
  const label =
    field === 'partner'
      ? questionnaireTexts.partnerLabel()
      : field === 'role'
        ? questionnaireTexts.roleLabel()
        : questionnaireTexts.nameLabel();
  return [foldHeader(label.nl), foldHeader(label.en)];
}

/** Whether a header names the column an option gives: the same text, or the same after folding. */
function sameHeader(header: string, named: string): boolean {
  return header === named || foldHeader(header) === foldHeader(named);
}

/** Sorts the columns: indicators, partner, role, respondent, or ignored; files problems with the headers. */
function classifyColumns(
  headers: readonly string[],
  settings: ImportSettings,
  issues: Issue[],
): { columns: Column[]; ignored: string[] } {
  const index = statementIndex(settings.locale);
  const columns: Column[] = [];
  const ignored: string[] = [];
  const usedMapKeys = new Set<string>();
  const firstOf = new Map<IndicatorId, string>();
  const taken = new Set<Role>();
  const claim = (column: Column): void => {
    if (column.role === 'indicator' && column.indicator !== undefined) {
      const first = firstOf.get(column.indicator);
      if (first !== undefined) {
        const message = importIssues.duplicateColumn(column.indicator, first);
        addIssue(issues, 'duplicate_id', ['rows', 1, column.header], message);
        return;
      }
      firstOf.set(column.indicator, column.header);
    } else {
      if (taken.has(column.role)) {
        ignored.push(column.header);
        return;
      }
      taken.add(column.role);
    }
    columns.push(column);
  };
  headers.forEach((header, position) => {
    const bracket = bracketPart(header);
    for (const [key, indicator] of settings.columns) {
      if (sameHeader(header, key) || (bracket !== undefined && sameHeader(bracket, key))) {
        usedMapKeys.add(key);
        claim({ index: position, header, role: 'indicator', indicator: indicator as IndicatorId });
        return;
      }
    }
    if (settings.partnerColumn !== undefined && sameHeader(header, settings.partnerColumn)) {
      claim({ index: position, header, role: 'partner' });
      return;
    }
    if (settings.respondentColumn !== undefined && sameHeader(header, settings.respondentColumn)) {
      claim({ index: position, header, role: 'respondent' });
      return;
    }
    const folded = foldHeader(header);
    const indicator = index.get(folded) ?? (bracket === undefined ? undefined : index.get(foldHeader(bracket)));
    if (indicator !== undefined) {
      claim({ index: position, header, role: 'indicator', indicator });
      return;
    }
    for (const role of ['partner', 'role', 'respondent'] as const) {
      const named =
        role === 'partner' ? settings.partnerColumn : role === 'respondent' ? settings.respondentColumn : undefined;
      if (named === undefined && HEADERS()[role].has(folded)) {
        claim({ index: position, header, role });
        return;
      }
    }
    ignored.push(header);
  });
  for (const key of settings.columns.keys()) {
    if (!usedMapKeys.has(key)) {
      addIssue(issues, 'invalid_option', ['options', 'columns', key], importIssues.mappedColumnMissing(key, headers));
    }
  }
  for (const [option, named] of [
    ['partnerColumn', settings.partnerColumn],
    ['respondentColumn', settings.respondentColumn],
  ] as const) {
    if (named !== undefined && !headers.some((header) => sameHeader(header, named))) {
      addIssue(issues, 'invalid_option', ['options', option], importIssues.namedColumnMissing(option, named, headers));
    }
  }
  if (firstOf.size === 0) {
    const example = indicators[5]?.question[settings.locale] ?? '';
    addIssue(issues, 'invalid_value', ['rows', 1], importIssues.noStatementColumns(headers, example));
  }
  return { columns, ignored };
}

/** The answers by folded label, both languages, and the labels for messages. */
const LABELS = lazy(
  (): ReadonlyMap<string, number> =>
    new Map(
      questionnaire.scale.labels.flatMap((point) => [
        [foldText(point.label.nl), point.value] as const,
        [foldText(point.label.en), point.value] as const,
      ]),
    ),
);

/** The text of a cell: strings trimmed, numbers as they are, empty for nothing. */
function cellText(cell: unknown): string | number | undefined {
  if (cell === undefined || cell === null) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number' && Number.isFinite(cell)) return cell;
  return undefined;
}

/** Reads one answer cell: a number, `null` for no answer, `undefined` when empty; files a problem otherwise. */
function readAnswer(
  cell: unknown,
  path: readonly PathSegment[],
  locale: Locale,
  issues: Issue[],
): number | null | undefined {
  const { min, max } = questionnaire.scale;
  const text = cellText(cell);
  const refuse = (shown: string): undefined => {
    const labels = questionnaire.scale.labels.map((point) => point.label[locale]);
    addIssue(issues, 'invalid_value', path, importIssues.invalidAnswer(shown, labels, min, max));
    return undefined;
  };
  if (text === undefined) return refuse(String(cell));
  if (text === '') return undefined;
  let value: number | undefined;
  if (typeof text === 'number') value = text;
  else {
    const folded = foldText(text);
    if (MISSING().has(folded)) return null;
    const number = /^[+]?(\d{1,6})(?:[.,]0+)?$/.exec(text);
    if (number !== null) value = Number(number[1]);
    else if (LABELS().has(folded)) value = LABELS().get(folded);
    else {
      // "4 - Mee eens", "4. Agree": a number with its own label.
      const labelled = /^(\d{1,6})\s*(?:[-=:.)]\s*)?(.+)$/.exec(text);
      const said = labelled === null ? undefined : LABELS().get(foldText(labelled[2] as string));
      if (labelled !== null && said !== undefined && said === Number(labelled[1])) value = said;
    }
  }
  if (value === undefined || !Number.isInteger(value)) return refuse(String(text));
  if (value < min || value > max) {
    addIssue(issues, value < min ? 'too_small' : 'too_big', path, importIssues.answerOutsideScale(value, min, max));
    return undefined;
  }
  return value;
}

/** Finds the partner a cell names: an id or, with the document, a name. */
function readPartner(
  cell: unknown,
  path: readonly PathSegment[],
  collaboration: CollaborationChoice | undefined,
  issues: Issue[],
): string | undefined {
  const text = cellText(cell);
  if (text === '') return undefined;
  const value = String(text);
  const document = collaboration?.document;
  if (document === undefined) {
    const id = value.toLowerCase();
    if (SLUG_PATTERN.test(id)) return id;
    addIssue(issues, 'invalid_value', path, importIssues.partnerNeedsDocument(value));
    return undefined;
  }
  const folded = foldText(value);
  const found = document.partners.find(
    (partner) => partner.id === value.toLowerCase() || foldText(partner.name) === folded,
  );
  if (found !== undefined) return found.id;
  const known = document.partners.map((partner) => `${partner.name} (${partner.id})`);
  const suggestions = suggestIds(
    value,
    document.partners.map((partner) => partner.id),
  );
  addIssue(issues, 'dangling_reference', path, importIssues.unknownPartner(value, known, suggestions));
  return undefined;
}

/** Finds the stakeholder group a cell names: an id or a label in either language. */
function readRole(cell: unknown, path: readonly PathSegment[], issues: Issue[]): StakeholderGroupId | undefined {
  const text = cellText(cell);
  if (text === '') return undefined;
  const value = String(text);
  const folded = foldText(value);
  const found = stakeholderGroups.find(
    (group) =>
      group.retired !== true &&
      (group.id === value.toLowerCase() || foldText(group.label.nl) === folded || foldText(group.label.en) === folded),
  );
  if (found !== undefined) return found.id;
  const ids = stakeholderGroups.filter((group) => group.retired !== true).map((group) => group.id);
  addIssue(
    issues,
    'unknown_id',
    path,
    importIssues.unknownRole(value, ids, suggestIds(folded.replace(/ /g, '-'), ids)),
  );
  return undefined;
}

/** Caps the issues at {@link MAX_ISSUES}, the last one saying how many there were. */
function capped(issues: readonly Issue[]): readonly Issue[] {
  if (issues.length <= MAX_ISSUES) return issues;
  const shown = issues.slice(0, MAX_ISSUES - 1);
  return [
    ...shown,
    { code: 'too_many_issues', path: [], message: importIssues.tooManyIssues(shown.length, issues.length) },
  ];
}

/** The failure result with every issue (capped). */
export function failure(issues: readonly Issue[]): AssessmentImportResult {
  return { success: false, error: new SamenwerkingError(capped(issues)) };
}

/** Whether a row holds nothing but empty cells. */
function isBlank(cells: readonly unknown[]): boolean {
  return cells.every((cell) => {
    const text = cellText(cell);
    return text === '';
  });
}

/**
 * Builds an assessment of a table: one response per row that is not blank. `issues` may already hold the problems
 * of the options (read with {@link readImportOptions}) or of the file.
 */
export function importTable(table: Table, settings: ImportSettings, issues: Issue[]): AssessmentImportResult {
  const { columns, ignored } = classifyColumns(table.headers, settings, issues);
  const filled = table.rows.filter((row) => !isBlank(row.cells));
  if (filled.length > MAX_RESPONSES) {
    addIssue(issues, 'too_large', ['rows'], importIssues.tooManyRows(filled.length, MAX_RESPONSES));
    return failure(issues);
  }
  const responses: Response[] = [];
  const rowOf: number[] = [];
  const headerOf = new Map<string, string>();
  const firstRowOf = new Map<string, number>();
  let answered = false;
  for (const row of filled) {
    const answers: Record<string, number | null> = {};
    let partner: string | undefined;
    let role: StakeholderGroupId | undefined;
    let respondent: string | undefined;
    for (const column of columns) {
      const cell = row.cells[column.index];
      const path = ['rows', row.rowNumber, column.header];
      if (column.role === 'indicator' && column.indicator !== undefined) {
        headerOf.set(column.indicator, column.header);
        const answer = readAnswer(cell, path, settings.locale, issues);
        if (answer !== undefined) answers[column.indicator] = answer;
        if (typeof answer === 'number') answered = true;
      } else if (column.role === 'partner') {
        partner = readPartner(cell, path, settings.collaboration, issues);
      } else if (column.role === 'role') {
        role = readRole(cell, path, issues);
      } else {
        const text = cellText(cell);
        const id = text === undefined || text === '' ? '' : slugOf(String(text));
        if (id !== '') respondent = id;
      }
    }
    const id = respondent ?? `r${responses.length + 1}`;
    const earlier = firstRowOf.get(id);
    if (earlier !== undefined) {
      const column = columns.find((candidate) => candidate.role === 'respondent');
      const path = column === undefined ? ['rows', row.rowNumber] : ['rows', row.rowNumber, column.header];
      addIssue(issues, 'duplicate_id', path, importIssues.duplicateRespondent(id, earlier));
      continue;
    }
    firstRowOf.set(id, row.rowNumber);
    responses.push({
      respondent: id,
      ...(partner === undefined ? {} : { partner }),
      ...(role === undefined ? {} : { role }),
      answers,
    });
    rowOf.push(row.rowNumber);
  }
  if (!answered && columns.some((column) => column.role === 'indicator')) {
    addIssue(issues, 'too_small', ['rows'], importIssues.noAnswers());
  }
  if (issues.length > 0 || settings.collaboration === undefined || settings.date === undefined) {
    return failure(issues);
  }
  const parsed = safeParseAssessment({
    kind: 'assessment',
    schemaVersion: 1,
    collaboration: settings.collaboration.id,
    date: settings.date,
    responses,
  });
  if (!parsed.success) {
    // Not expected after the checks above; located at the row (and column) they came from all the same.
    return failure(
      parsed.error.issues.map((issue) => {
        const [first, position, field, key] = issue.path;
        if (first !== 'responses' || typeof position !== 'number') return issue;
        const row = rowOf[position] as number;
        const header = field === 'answers' && typeof key === 'string' ? headerOf.get(key) : undefined;
        return { ...issue, path: header === undefined ? ['rows', row] : ['rows', row, header] };
      }),
    );
  }
  return { success: true, data: parsed.data, ignoredColumns: deepFreeze([...ignored]) };
}

/**
 * Runs an import and turns anything thrown (a getter of a hostile input, for example) into a failure, so that the
 * import functions never throw.
 */
export function neverThrow(run: () => AssessmentImportResult): AssessmentImportResult {
  try {
    return run();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return failure([{ code: 'invalid_argument', path: [], message: importIssues.unreadable(message) }]);
  }
}
