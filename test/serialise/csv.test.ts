/**
 * CSV that opens right (issue 19): every tabular result in the default RFC 4180 dialect and in `excel-nl` (BOM,
 * semicolons, decimal commas, CRLF, headers in the chosen language, numbers rounded as the reports round them),
 * read back by papaparse set to semicolons with the decimal commas turned into numbers again.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseAssessment, parseCollaboration, parsePortfolio } from '../../src/schema/index.js';
import { compareAssessments, detectPitfalls, scoreBerenschot, summarisePortfolio } from '../../src/scoring/index.js';
import { toCsv } from '../../src/serialise/index.js';
import { caught } from '../support/caught.js';

const read = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../examples/data/${name}`, import.meta.url), 'utf8'));
const collaboration = parseCollaboration(read('kindcentra-noord.collaboration.json'));
const assessment = parseAssessment(read('kindcentra-noord.assessment.json'));
const score = scoreBerenschot(assessment);
const earlier = parseAssessment({
  ...read('kindcentra-noord.assessment.json'),
  date: '2025-03-15',
  responses: assessment.responses.slice(0, 3),
});
const comparison = compareAssessments(earlier, assessment);
const portfolio = parsePortfolio({
  kind: 'portfolio',
  schemaVersion: 1,
  name: 'Noorderveld',
  collaborations: Array.from({ length: 6 }, (_, index) => ({
    ...read('kindcentra-noord.collaboration.json'),
    id: `ikc-${index}`,
  })),
  assessments: Array.from({ length: 6 }, (_, index) => ({
    ...read('kindcentra-noord.assessment.json'),
    collaboration: `ikc-${index}`,
    responses: assessment.responses.slice(0, index + 1),
  })),
});
const summary = summarisePortfolio(portfolio);

/** Reads `excel-nl` text as Dutch Excel would: BOM dropped, semicolons, decimal commas read as numbers. */
function readExcelNl(text: string): { header: string[]; rows: (string | number)[][] } {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ';', newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [header = [], ...rows] = parsed.data;
  return {
    header,
    rows: rows.map((row) => row.map((cell) => (/^-?\d+(,\d+)?$/.test(cell) ? Number(cell.replace(',', '.')) : cell))),
  };
}

describe('toCsv in the default dialect (RFC 4180)', () => {
  it('still writes the factor table of a score as in version 0.1', () => {
    const rows = toCsv(score).split('\r\n');
    expect(rows[0]).toBe(
      'collaboration,date,order,factor,label,score,band,coverage,readiness,indicators_answered,indicators_total,bottleneck',
    );
    expect(rows[3]).toBe(
      `kindcentra-noord,2026-03-15,3,belangen,Benoem verschillende belangen,${score.factors[2]?.score},onvoldoende,1,${score.factors[2]?.readiness},4,4,true`,
    );
    expect(toCsv(score).startsWith('\uFEFF')).toBe(false);
  });

  it('writes the indicator scores unrounded, one row per indicator', () => {
    const rows = toCsv(score, { table: 'indicators' }).trimEnd().split('\r\n');
    expect(rows).toHaveLength(1 + 27);
    expect(rows[1]).toBe(
      `kindcentra-noord,2026-03-15,belanghebbenden,belanghebbenden.tijdig-betrokken,Tijdig betrokken,${score.factors[0]?.indicators[0]?.score},6,1,true`,
    );
  });
});

describe("toCsv with dialect 'excel-nl'", () => {
  it('writes a BOM, semicolons, CRLF and Dutch headers, and round-trips through papaparse', () => {
    const text = toCsv(score, { dialect: 'excel-nl' });
    expect(text.split('\r\n').length).toBe(8);
    expect(text).not.toMatch(/[^\r]\n/);
    const { header, rows } = readExcelNl(text);
    expect(header).toEqual([
      'Samenwerking',
      'Datum',
      'Volgorde',
      'Factor',
      'Omschrijving',
      'Score',
      'Oordeel',
      'Dekking (%)',
      'Gereedheid',
      'Uitspraken beantwoord',
      'Uitspraken totaal',
      'Knelpunt',
    ]);
    expect(rows).toHaveLength(6);
    rows.forEach((row, index) => {
      const factor = score.factors[index];
      expect(row[5]).toBe(Math.round((factor?.score ?? 0) * 10) / 10);
      expect(row[7]).toBe(Math.round((factor?.coverage ?? 0) * 100));
      expect(row[11]).toBe(factor?.factor === score.overall.bottleneck ? 'ja' : 'nee');
    });
    expect(rows[2]?.[6]).toBe('onvoldoende');
  });

  it('writes headers, flags and bands in English on request, still with decimal commas', () => {
    const { header, rows } = readExcelNl(toCsv(score, { dialect: 'excel-nl', locale: 'en' }));
    expect(header[6]).toBe('Band');
    expect(rows[2]?.[6]).toBe('insufficient');
    expect(rows[2]?.[11]).toBe('yes');
    expect(toCsv(score, { dialect: 'excel-nl', locale: 'en' })).toMatch(/;44,2;/);
  });

  it('writes the pitfalls once each, with their evidence in words, and quotes fields that hold a semicolon', () => {
    const text = toCsv(
      { collaboration, score, pitfalls: detectPitfalls(collaboration) },
      { dialect: 'excel-nl', table: 'pitfalls' },
    );
    const { header, rows } = readExcelNl(text);
    expect(header).toEqual([
      'Valkuil',
      'Omschrijving',
      'Factor',
      'Gevonden in',
      'Signaaluitspraak',
      'Signaalscore',
      'Aanwijzingen',
    ]);
    const ids = rows.map((row) => row[0]);
    expect(new Set(ids).size).toBe(ids.length);
    const paper = rows.find((row) => row[0] === 'eerst-in-de-krant');
    expect(paper?.[3]).toBe('beide');
    expect(paper?.[5]).toBe(29.2);
    expect(paper?.[6]).toBe('openbare aankondiging op 20 november 2025 (Gemeente Noorderveld)');
    expect(text).toContain(
      '"Stichting Katholiek Onderwijs Sint Jan (schoolbestuur) is partner; Kinderopvang De Vlinder (kinderopvang) is partner"',
    );
  });

  it('writes the portfolio summary: the overall row and one row per factor', () => {
    const { header, rows } = readExcelNl(toCsv(summary, { dialect: 'excel-nl' }));
    expect(header.slice(0, 4)).toEqual(['Groep', 'Omschrijving', 'Aantal', 'Samenwerkingen']);
    expect(rows.map((row) => row[0])).toEqual(['overall', ...score.factors.map((factor) => factor.factor)]);
    const overall = summary.overall.distribution;
    if (overall === null || overall.suppressed) throw new Error('the overall distribution is not shown');
    expect(rows[0]?.[6]).toBe(Math.round(overall.median * 10) / 10);
    expect(rows[0]?.[10]).toBe('nee');
  });

  it('writes a comparison: one row per factor and the overall change', () => {
    const { rows } = readExcelNl(toCsv(comparison, { dialect: 'excel-nl' }));
    expect(rows).toHaveLength(7);
    expect(rows[6]?.[1]).toBe('overall');
    expect(rows[6]?.[7]).toBe(Math.round((comparison.overallChange ?? 0) * 10) / 10);
    expect(rows[0]?.[3]).toBe('2025-03-15');
  });
});

describe('toCsv refuses', () => {
  it('an unknown dialect or table, a table without its data, and input without a table', () => {
    expect(caught(() => toCsv(score, { dialect: 'excel' as never })).issues[0]?.path).toEqual(['options', 'dialect']);
    expect(caught(() => toCsv(score, { table: 'scores' as never })).issues[0]?.path).toEqual(['options', 'table']);
    const noData = caught(() => toCsv(score, { table: 'comparison' }));
    expect(noData.issues[0]).toMatchObject({ code: 'invalid_option', path: ['options', 'table'] });
    expect(noData.issues[0]?.message.en).toContain("table 'comparison'");
    expect(caught(() => toCsv(collaboration)).issues[0]?.code).toBe('invalid_argument');
    expect(caught(() => toCsv(score, { locale: 'fr' } as never)).issues[0]?.path).toEqual(['options', 'locale']);
  });
});
