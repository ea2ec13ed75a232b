import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type AssessmentImportResult,
  assessmentFromCsv,
  assessmentFromSurveyJs,
} from '../../src/questionnaire/index.js';
import { parseCollaboration } from '../../src/schema/CollaborationSchema.js';
import type { Assessment } from '../../src/schema/types.js';
import { scoreBerenschot } from '../../src/scoring/scoreBerenschot.js';

const root = join(import.meta.dirname, '..', '..');
const folder = join(root, 'test', 'fixtures', 'exports');
const read = (name: string): string => readFileSync(join(folder, name), 'utf8');
const collaboration = parseCollaboration(
  JSON.parse(readFileSync(join(root, 'examples', 'data', 'kindcentra-noord.collaboration.json'), 'utf8')),
);
/** The answers every export holds, written down once beside the fixtures (not by the importer). */
const expected = JSON.parse(read('expected-responses.json')) as {
  partner: string;
  role?: string;
  answers: Record<string, number | null>;
}[];
const options = { collaboration, date: '2026-03-15' } as const;

function imported(result: AssessmentImportResult): { data: Assessment; ignoredColumns: readonly string[] } {
  if (!result.success) throw new Error(result.error.format('en'));
  return result;
}

/** The responses without the respondent ids, which differ per tool. */
function withoutIds(assessment: Assessment): unknown[] {
  return assessment.responses.map(({ respondent: _respondent, ...rest }) => rest);
}

describe('importing the exports of survey tools', () => {
  it('reads the Google Forms sheet: numbered grid titles with the statement in brackets, labels as answers', () => {
    const { data, ignoredColumns } = imported(assessmentFromCsv(read('google-forms.csv'), options));
    expect(withoutIds(data)).toEqual(expected);
    expect(ignoredColumns).toEqual(['Tijdstempel', 'E-mailadres']);
  });

  it('reads the Microsoft Forms workbook saved by Excel in Dutch: semicolons, byte-order mark, CRLF', () => {
    const text = read('microsoft-forms-excel-nl.csv');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('\r\n');
    const { data, ignoredColumns } = imported(assessmentFromCsv(text, options));
    expect(withoutIds(data)).toEqual(expected);
    expect(ignoredColumns).toEqual([
      'ID',
      'Start time',
      'Completion time',
      'Email',
      'Name',
      'Last modified time',
      'Wilt u nog iets toelichten?',
    ]);
  });

  it('reads the LimeSurvey export with question codes through the column map', () => {
    const columns = JSON.parse(read('limesurvey-columns.json')) as Record<string, string>;
    const { data, ignoredColumns } = imported(assessmentFromCsv(read('limesurvey.csv'), { ...options, columns }));
    expect(withoutIds(data)).toEqual(expected);
    expect(ignoredColumns).toEqual(['id', 'submitdate', 'lastpage', 'startlanguage', 'seed']);
  });

  it('refuses the LimeSurvey export without a column map, saying how to name the columns', () => {
    const result = assessmentFromCsv(read('limesurvey.csv'), options);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((issue) => [issue.code, issue.path])).toEqual([['invalid_value', ['rows', 1]]]);
    expect(result.error.issues[0]?.message.en).toContain("option 'columns'");
  });

  it('reads the SurveyJS results, with the respondent named in the form', () => {
    const results = JSON.parse(read('surveyjs-results.json')) as Record<string, unknown>[];
    const { data, ignoredColumns } = imported(assessmentFromSurveyJs(results, options));
    expect(withoutIds(data)).toEqual(expected);
    expect(data.responses.map((response) => response.respondent)).toEqual(['r1', 'piet-de-vries', 'r3', 'r4', 'r5']);
    expect(ignoredColumns).toEqual([]);
  });

  it('gives the same score for every tool, with the partners apart', () => {
    const columns = JSON.parse(read('limesurvey-columns.json')) as Record<string, string>;
    const results = JSON.parse(read('surveyjs-results.json')) as Record<string, unknown>[];
    const scores = [
      assessmentFromCsv(read('google-forms.csv'), options),
      assessmentFromCsv(read('microsoft-forms-excel-nl.csv'), options),
      assessmentFromCsv(read('limesurvey.csv'), { ...options, columns }),
      assessmentFromSurveyJs(results, options),
    ].map((result) => scoreBerenschot(imported(result).data));
    for (const score of scores) {
      expect(score.factors).toHaveLength(6);
      expect(score.overall.score).not.toBeNull();
      expect(score.collaboration).toBe('kindcentra-noord');
    }
    const overall = scores.map((score) => score.overall.score);
    expect(new Set(overall).size).toBe(1);
    // The fixtures' answers differ by partner on purpose (base 4, 3, 2, 4), which the score shows.
    expect(scores[0]?.disagreements.length).toBeGreaterThan(0);
  });
});
