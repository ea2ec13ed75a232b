import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { getIndicator } from '../../src/catalogue/lookups.js';
import { type AssessmentImportResult, assessmentFromCsv } from '../../src/questionnaire/index.js';
import type { Assessment } from '../../src/schema/types.js';

const options = { collaboration: 'kindcentra-noord', date: '2026-03-15' } as const;
const withComma = getIndicator('belanghebbenden.vertegenwoordiging').question.nl;

function data(result: AssessmentImportResult): Assessment {
  if (!result.success) throw new Error(result.error.format('en'));
  return result.data;
}

describe('assessmentFromCsv', () => {
  it('detects comma, semicolon and tab as the delimiter', () => {
    for (const delimiter of [',', ';', '\t']) {
      const text =
        ['partner', 'relatie.klik', 'ambitie.concreet'].join(delimiter) +
        '\ngemeente' +
        delimiter +
        '4' +
        delimiter +
        '2\n';
      expect(data(assessmentFromCsv(text, options)).responses, JSON.stringify(delimiter)).toEqual([
        { respondent: 'r1', partner: 'gemeente', answers: { 'relatie.klik': 4, 'ambitie.concreet': 2 } },
      ]);
    }
  });

  it('detects the semicolon when the headers hold commas, as Excel in Dutch writes them unquoted', () => {
    expect(withComma).toContain(',');
    const text = `partner;${withComma};relatie.klik\r\ngemeente;3;4\r\nbestuur-noord;5;2\r\n`;
    expect(data(assessmentFromCsv(text, options)).responses.map((response) => response.answers)).toEqual([
      { 'belanghebbenden.vertegenwoordiging': 3, 'relatie.klik': 4 },
      { 'belanghebbenden.vertegenwoordiging': 5, 'relatie.klik': 2 },
    ]);
  });

  it('detects the semicolon when the answers hold commas and there are few rows', () => {
    const text = `partner;relatie.klik;ambitie.concreet\r\ngemeente;Niet mee eens, niet mee oneens;Mee eens\r\nbestuur-noord;Mee oneens;Niet mee eens, niet mee oneens\r\n`;
    expect(data(assessmentFromCsv(text, options)).responses.map((response) => response.answers)).toEqual([
      { 'relatie.klik': 3, 'ambitie.concreet': 4 },
      { 'relatie.klik': 2, 'ambitie.concreet': 3 },
    ]);
  });

  it('drops a byte-order mark and reads CRLF line ends', () => {
    const text = '\uFEFFrelatie.klik\r\n3\r\n4\r\n';
    expect(
      data(assessmentFromCsv(text, options)).responses.map((response) => response.answers['relatie.klik']),
    ).toEqual([3, 4]);
  });

  it('reads quoted fields with delimiters, quotes and line breaks, and numbers rows as a spreadsheet does', () => {
    const text = ['Toelichting,relatie.klik', '"Een, twee; ""drie""\nen vier",3', '"Nog een\r\nregel",9'].join('\r\n');
    const result = assessmentFromCsv(text, options);
    expect(result.success).toBe(false);
    // The first record spans two lines of text but is row 2 of the sheet; the bad answer is in row 3.
    if (!result.success) expect(result.error.issues.map((issue) => issue.path)).toEqual([['rows', 3, 'relatie.klik']]);
  });

  it('counts empty lines as (skipped) rows, as a spreadsheet shows them', () => {
    const result = assessmentFromCsv('relatie.klik\n3\n\n\n8\n', options);
    if (result.success) throw new Error('expected a failure');
    expect(result.error.issues.map((issue) => issue.path)).toEqual([['rows', 5, 'relatie.klik']]);
  });

  it('reports a quote that is never closed', () => {
    const result = assessmentFromCsv('relatie.klik,Toelichting\n3,"open\n4,x\n', options);
    if (result.success) throw new Error('expected a failure');
    expect(result.error.issues.map((issue) => [issue.code, issue.path])).toContainEqual([
      'invalid_format',
      ['rows', 2],
    ]);
  });

  it('refuses text that is not a string, and a file without a header', () => {
    for (const [text, code] of [
      [42, 'invalid_argument'],
      ['', 'invalid_value'],
    ] as const) {
      const result = assessmentFromCsv(text as never, options);
      expect(result.success).toBe(false);
      if (!result.success) expect(result.error.issues[0]?.code).toBe(code);
    }
  });

  test.prop([fc.string({ maxLength: 400 })])('never throws on any text', (text) => {
    const result = assessmentFromCsv(`relatie.klik,partner\n${text}`, options);
    if (!result.success) expect(result.error.issues.length).toBeGreaterThan(0);
  });
});
