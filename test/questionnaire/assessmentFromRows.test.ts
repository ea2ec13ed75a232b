import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { getIndicator } from '../../src/catalogue/lookups.js';
import {
  type AssessmentImportResult,
  assessmentFromRows,
  assessmentFromSurveyJs,
} from '../../src/questionnaire/index.js';
import { parseCollaboration } from '../../src/schema/CollaborationSchema.js';
import type { Assessment } from '../../src/schema/types.js';

const root = join(import.meta.dirname, '..', '..');
const collaboration = parseCollaboration(
  JSON.parse(readFileSync(join(root, 'examples', 'data', 'kindcentra-noord.collaboration.json'), 'utf8')),
);
const options = { collaboration: 'kindcentra-noord', date: '2026-03-15' } as const;
const statement = (id: string, locale: 'nl' | 'en' = 'nl'): string =>
  getIndicator(id as 'ambitie.concreet').question[locale];

function data(result: AssessmentImportResult): Assessment {
  if (!result.success) throw new Error(result.error.format('en'));
  return result.data;
}
function issuesOf(result: AssessmentImportResult): { code: string; path: readonly (string | number)[] }[] {
  if (result.success) throw new Error('expected a failure');
  return result.error.issues.map(({ code, path }) => ({ code, path }));
}

describe('assessmentFromRows: columns', () => {
  it('matches headers by statement whatever the case, white space, punctuation, numbering and trailing asterisk', () => {
    const text = statement('ambitie.concreet');
    const headers = [
      text.toUpperCase(),
      `  ${text.replace(/ /g, '   ')}  `,
      text.replace(/\.$/, '').replace(/,/g, ''),
      `3. ${text}`,
      `Vraag 12) ${text}`,
      `${text} *`,
      statement('ambitie.concreet', 'en'),
      'AMBITIE.CONCREET',
    ];
    for (const header of headers) {
      const result = assessmentFromRows([[header], ['4']], options);
      expect(data(result).responses[0]?.answers, header).toEqual({ 'ambitie.concreet': 4 });
    }
  });

  it('matches a grid row written as "Title [statement]" by the part in brackets', () => {
    const header = `Formuleer een gezamenlijke ambitie [${statement('ambitie.urgentie')}]`;
    expect(data(assessmentFromRows([[header], ['5']], options)).responses[0]?.answers).toEqual({
      'ambitie.urgentie': 5,
    });
  });

  it('uses the column map for codes, matching the whole header or the code in brackets', () => {
    const rows = [
      ['Q1[SQ001]', 'SQ002'],
      ['2', '3'],
    ];
    const result = assessmentFromRows(rows, {
      ...options,
      columns: { SQ001: 'relatie.klik', SQ002: 'relatie.continuiteit' },
    });
    expect(data(result).responses[0]?.answers).toEqual({ 'relatie.klik': 2, 'relatie.continuiteit': 3 });
  });

  it('lists the columns that match nothing, in the order of the file', () => {
    const result = assessmentFromRows(
      [
        ['Tijdstempel', 'relatie.klik', 'E-mail', 'Naam'],
        ['x', '3', 'y', 'z'],
      ],
      options,
    );
    expect(result.success && result.ignoredColumns).toEqual(['Tijdstempel', 'E-mail', 'Naam']);
  });

  it('reports two columns of one statement, a column map to an unknown indicator and a mapped column that is missing', () => {
    const result = assessmentFromRows(
      [
        ['relatie.klik', statement('relatie.klik'), 'SQ1'],
        ['3', '3', '3'],
      ],
      {
        ...options,
        columns: { SQ1: 'relatie.kilk', SQ9: 'ambitie.concreet' },
      },
    );
    expect(issuesOf(result)).toEqual([
      { code: 'unknown_id', path: ['options', 'columns', 'SQ1'] },
      { code: 'duplicate_id', path: ['rows', 1, statement('relatie.klik')] },
      { code: 'invalid_option', path: ['options', 'columns', 'SQ9'] },
    ]);
    if (!result.success) expect(result.error.issues[0]?.message.nl).toContain("Bedoelde u 'relatie.klik'?");
  });

  it('says so when no column is a statement', () => {
    expect(
      issuesOf(
        assessmentFromRows(
          [
            ['a', 'b'],
            ['1', '2'],
          ],
          options,
        ),
      ),
    ).toEqual([{ code: 'invalid_value', path: ['rows', 1] }]);
  });
});

describe('assessmentFromRows: cells', () => {
  const read = (cell: unknown): AssessmentImportResult =>
    assessmentFromRows(
      [
        ['relatie.klik', 'ambitie.concreet'],
        [cell, '3'],
      ],
      options,
    );

  it('reads numbers, labels in either language in any case, and a number with its label', () => {
    const cells: [unknown, number][] = [
      [4, 4],
      ['4', 4],
      [' 4 ', 4],
      ['4,0', 4],
      ['mee eens', 4],
      ['HELEMAAL MEE EENS', 5],
      ['Strongly disagree', 1],
      ['neither agree nor disagree', 3],
      ['2 - Mee oneens', 2],
      ['5. Strongly agree', 5],
    ];
    for (const [cell, answer] of cells)
      expect(data(read(cell)).responses[0]?.answers['relatie.klik'], String(cell)).toBe(answer);
  });

  it('records n.v.t., weet ik niet and their English forms as null, and leaves an empty cell out', () => {
    for (const cell of [
      'n.v.t.',
      'N.V.T',
      'weet ik niet',
      'Not applicable',
      'don’t know',
      "Don't know",
      'n/a',
      'Weet ik niet / niet van toepassing',
    ]) {
      expect(data(read(cell)).responses[0]?.answers, cell).toEqual({ 'relatie.klik': null, 'ambitie.concreet': 3 });
    }
    for (const cell of ['', '   ', null, undefined]) {
      expect(data(read(cell)).responses[0]?.answers).toEqual({ 'ambitie.concreet': 3 });
    }
  });

  it('reports every bad cell at once, at its spreadsheet row and column header', () => {
    const rows = [
      ['Partner', 'relatie.klik', statement('ambitie.concreet')],
      ['gemeente', '7', 'soms'],
      [],
      ['gemeente', '0', '3.5'],
      ['gemeente', true, '4'],
    ];
    const result = assessmentFromRows(rows, options);
    expect(issuesOf(result)).toEqual([
      { code: 'too_big', path: ['rows', 2, 'relatie.klik'] },
      { code: 'invalid_value', path: ['rows', 2, statement('ambitie.concreet')] },
      { code: 'too_small', path: ['rows', 4, 'relatie.klik'] },
      { code: 'invalid_value', path: ['rows', 4, statement('ambitie.concreet')] },
      { code: 'invalid_value', path: ['rows', 5, 'relatie.klik'] },
    ]);
    if (!result.success) {
      const message = result.error.issues[1]?.message;
      expect(message?.nl).toContain("'soms' is geen antwoord op de schaal");
      expect(message?.en).toContain("'soms' is not an answer on the scale");
    }
  });

  it('skips empty rows but counts them, and numbers object rows from 2', () => {
    const result = assessmentFromRows([{ 'relatie.klik': 3 }, { 'relatie.klik': '' }, { 'relatie.klik': 9 }], options);
    expect(issuesOf(result)).toEqual([{ code: 'too_big', path: ['rows', 4, 'relatie.klik'] }]);
  });

  it('says so when no row holds an answer', () => {
    expect(issuesOf(assessmentFromRows([['relatie.klik'], ['n.v.t.']], options))).toEqual([
      { code: 'too_small', path: ['rows'] },
    ]);
  });
});

describe('assessmentFromRows: partner, role and respondent', () => {
  it('matches partners by id, and by name with the collaboration document', () => {
    const rows = [
      ['Partner', 'relatie.klik'],
      ['GEMEENTE', '3'],
      ['stichting openbaar onderwijs noord', '4'],
    ];
    expect(data(assessmentFromRows(rows, { ...options, collaboration })).responses.map((r) => r.partner)).toEqual([
      'gemeente',
      'bestuur-noord',
    ]);
  });

  it('asks for the document when a partner is given by name and only the id is known', () => {
    const result = assessmentFromRows(
      [
        ['Partner', 'relatie.klik'],
        ['Gemeente Noorderveld', '3'],
      ],
      options,
    );
    expect(issuesOf(result)).toEqual([{ code: 'invalid_value', path: ['rows', 2, 'Partner'] }]);
  });

  it('reports an unknown partner with the known ones', () => {
    const result = assessmentFromRows(
      [
        ['Partner', 'relatie.klik'],
        ['Provincie', '3'],
      ],
      { ...options, collaboration },
    );
    expect(issuesOf(result)).toEqual([{ code: 'dangling_reference', path: ['rows', 2, 'Partner'] }]);
    if (!result.success) expect(result.error.issues[0]?.message.en).toContain('Gemeente Noorderveld (gemeente)');
  });

  it('finds the partner column named by the option, and reports one that is missing', () => {
    const rows = [
      ['Organisatie', 'relatie.klik'],
      ['gemeente', '3'],
    ];
    expect(data(assessmentFromRows(rows, { ...options, partnerColumn: 'organisatie' })).responses[0]?.partner).toBe(
      'gemeente',
    );
    expect(issuesOf(assessmentFromRows(rows, { ...options, partnerColumn: 'Partner' }))).toEqual([
      { code: 'invalid_option', path: ['options', 'partnerColumn'] },
    ]);
  });

  it('reads the role as a stakeholder-group id or label, and reports an unknown one', () => {
    const rows = [
      ['Rol', 'relatie.klik'],
      ['Schooldirecteuren', '3'],
      ['wethouder', '4'],
      ['Council', '4'],
    ];
    const result = assessmentFromRows(rows.slice(0, 3), options);
    expect(data(result).responses.map((response) => response.role)).toEqual(['schooldirecteuren', 'wethouder']);
    expect(issuesOf(assessmentFromRows(rows, options))).toEqual([{ code: 'unknown_id', path: ['rows', 4, 'Rol'] }]);
  });

  it('makes respondent ids of the respondent column, r1, r2, … otherwise, and reports a respondent twice', () => {
    const rows = [
      ['Code', 'relatie.klik'],
      ['Anna de Vries', '3'],
      ['', '4'],
      ['anna de vries', '2'],
    ];
    const result = assessmentFromRows(rows.slice(0, 3), { ...options, respondentColumn: 'Code' });
    expect(data(result).responses.map((response) => response.respondent)).toEqual(['anna-de-vries', 'r2']);
    expect(issuesOf(assessmentFromRows(rows, { ...options, respondentColumn: 'Code' }))).toEqual([
      { code: 'duplicate_id', path: ['rows', 4, 'Code'] },
    ]);
  });
});

describe('assessmentFromRows: options and input', () => {
  it('reports every problem of the options at once', () => {
    const result = assessmentFromRows([['relatie.klik'], ['3']], {
      collaboration: 'Kindcentra Noord',
      date: '2026-02-30',
      locale: 'de',
      columns: 'x',
      extra: 1,
    } as never);
    expect(issuesOf(result).map((issue) => issue.path)).toEqual([
      ['options', 'extra'],
      ['options', 'collaboration'],
      ['options', 'date'],
      ['options', 'locale'],
      ['options', 'columns'],
    ]);
  });

  it('refuses options that are not an object, and a missing collaboration and date', () => {
    expect(issuesOf(assessmentFromRows([['relatie.klik'], ['3']], 'nl' as never)).map((issue) => issue.path)).toEqual([
      ['options'],
      ['options', 'collaboration'],
      ['options', 'date'],
    ]);
  });

  it('puts the issues of an invalid collaboration document under options.collaboration', () => {
    const result = assessmentFromRows([['relatie.klik'], ['3']], {
      ...options,
      collaboration: { ...collaboration, partners: [] } as never,
    });
    expect(issuesOf(result)[0]?.path.slice(0, 3)).toEqual(['options', 'collaboration', 'partners']);
  });

  it('refuses rows that are not a list, and rows of the wrong kind', () => {
    expect(issuesOf(assessmentFromRows('a,b' as never, options))).toEqual([
      { code: 'invalid_argument', path: ['rows'] },
    ]);
    expect(issuesOf(assessmentFromRows([['relatie.klik'], ['3'], 'x'], options))).toEqual([
      { code: 'invalid_type', path: ['rows', 3] },
    ]);
    expect(issuesOf(assessmentFromSurveyJs([1] as never, options))).toEqual([
      { code: 'invalid_argument', path: ['results'] },
    ]);
  });

  it('caps the issues at 100, the last one saying how many there were', () => {
    const rows = [['relatie.klik'], ...Array.from({ length: 150 }, () => ['9'])];
    const result = assessmentFromRows(rows, options);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toHaveLength(100);
    expect(result.error.issues[99]?.code).toBe('too_many_issues');
    expect(result.error.issues[99]?.message.en).toContain('151 problems');
  });

  it('refuses more filled-in rows than an assessment holds, saying how many there are', () => {
    const rows = [['relatie.klik'], ...Array.from({ length: 10_001 }, () => ['3'])];
    const result = assessmentFromRows(rows, options);
    expect(issuesOf(result)).toEqual([{ code: 'too_large', path: ['rows'] }]);
    if (!result.success) expect(result.error.issues[0]?.message.en).toContain('10001 filled-in rows');
  });

  it('does not change the rows or the options it is given', () => {
    const rows = [
      ['Partner', 'relatie.klik'],
      ['gemeente', '3'],
    ];
    const given = { ...options, columns: { X: 'ambitie.concreet' } };
    const copy = structuredClone({ rows, given });
    assessmentFromRows(rows, given);
    expect({ rows, given }).toEqual(copy);
  });

  it('returns a deeply frozen assessment', () => {
    const result = assessmentFromRows([['relatie.klik'], ['3']], options);
    expect(result.success && Object.isFrozen(result.data.responses[0]?.answers)).toBe(true);
    expect(result.success && Object.isFrozen(result.ignoredColumns)).toBe(true);
  });

  test.prop([fc.anything(), fc.anything()])('never throws, whatever the rows and options', (rows, given) => {
    const result = assessmentFromRows(rows as never, given as never);
    expect(typeof result.success).toBe('boolean');
    if (!result.success) expect(result.error.issues.length).toBeGreaterThan(0);
  });

  test.prop([
    fc.array(fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null)), { maxLength: 5 }), { maxLength: 6 }),
  ])('never throws on arbitrary cells, and every failure has issues', (rows) => {
    const result = assessmentFromRows([['relatie.klik', 'Partner', 'Rol', 'x'], ...rows], options);
    if (!result.success) expect(result.error.issues.length).toBeGreaterThan(0);
  });

  it('never throws on a row whose getter throws', () => {
    const hostile = Object.defineProperty({}, 'relatie.klik', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const result = assessmentFromRows([hostile], options);
    expect(result.success).toBe(false);
  });
});
