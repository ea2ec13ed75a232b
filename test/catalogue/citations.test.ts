/**
 * Citations: every line range points inside the plain-text report it cites, acts and other publications outside the
 * five reports are marked as such and are cited only where a statement about the law (a legal basis, a dated
 * Fusietoets rule) rests on them, and no text outside those cited statements names an article of law. The seed file
 * names are copied from DOMAIN.md §2, their line counts from the files themselves (checked against the files wherever
 * they are present).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type CitedText,
  catalogue,
  fusietoetsDisputes,
  fusietoetsRules,
  fusietoetsSizeLimits,
  type SourceRef,
} from '../../src/catalogue/index.js';

const root = join(import.meta.dirname, '..', '..');
/** ../shared/seeds next to a clone, or two levels up for a worktree in a folder of worktrees. */
const seedsDir = [join(root, '..', 'shared', 'seeds'), join(root, '..', '..', 'shared', 'seeds')].find((dir) =>
  existsSync(dir),
);
const reportFiles: Record<string, { file: string; lines: number }> = {
  'regioplan-vo-2015': { file: '000_df08eb17a99cb137.txt', lines: 1363 },
  'overlegraad-po-vo-2019': { file: '001_89394c03959e3bbb.txt', lines: 291 },
  'arbeidsmarktplatform-po': { file: '002_c3639978cfd2a22c.txt', lines: 1799 },
  'vso-vo-samenwerking': { file: '003_09a26d061c1e7a6b.txt', lines: 4524 },
  'berenschot-gemeente-onderwijs': { file: '004_5adf64f6c8787f8a.txt', lines: 3179 },
};

interface Citation {
  readonly path: string;
  readonly ref: SourceRef;
  /** Whether the citation belongs to a cited statement (a legal basis) rather than to the entry as a whole. */
  readonly statement: boolean;
}

function citationsOf(value: unknown, path = '', statement = false): Citation[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => citationsOf(item, `${path}[${index}]`, statement));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => {
    const here = path === '' ? key : `${path}.${key}`;
    if (key === 'sources' && Array.isArray(item) && path !== '') {
      return (item as SourceRef[]).map((ref, index) => ({ path: `${here}[${index}]`, ref, statement }));
    }
    return citationsOf(item, here, statement || key === 'legalBasis');
  });
}

const citations = citationsOf(catalogue);
const reports = catalogue.sources.filter((source) => source.outsideReports !== true);
const outside = catalogue.sources.filter((source) => source.outsideReports === true);
const isReport = (id: string) => reports.some((source) => source.id === id);

describe('the sources', () => {
  it('are the five reports, unmarked and first, then the publications outside them, each marked', () => {
    expect(reports.map((source) => source.id)).toEqual(Object.keys(reportFiles));
    expect(catalogue.sources.slice(0, 5)).toEqual(reports);
    expect(outside.length).toBeGreaterThan(0);
    for (const source of outside) {
      expect(source.note?.nl, source.id).toMatch(/^Buiten de vijf rapporten/);
      expect(source.note?.en, source.id).toMatch(/^Outside the five reports/);
    }
  });

  it('give an act’s identifier only in the form of the collection of legislation', () => {
    for (const source of catalogue.sources) {
      if (source.bwbId !== undefined) {
        expect(source.outsideReports, source.id).toBe(true);
        expect(source.bwbId, source.id).toMatch(/^BWBR\d{7}$/);
      }
    }
  });
});

describe('line ranges', () => {
  it('cite only the five reports, from a first line to a later or equal last line', () => {
    const ranged = citations.filter((citation) => citation.ref.lines !== undefined);
    expect(ranged.length).toBeGreaterThan(800);
    for (const { path, ref } of ranged) {
      expect(isReport(ref.source), path).toBe(true);
      const [first, last = first] = (ref.lines as string).replace(/L/g, '').split('-').map(Number);
      expect(first, path).toBeGreaterThanOrEqual(1);
      expect(last, path).toBeGreaterThanOrEqual(first as number);
    }
  });

  it('end inside the plain-text report they cite', () => {
    const outOfRange = citations
      .filter(({ ref }) => ref.lines !== undefined)
      .filter(
        ({ ref }) => Number((ref.lines as string).split('-').at(-1)?.slice(1)) > (reportFiles[ref.source]?.lines ?? 0),
      )
      .map(({ path, ref }) => `${path}: ${ref.source} ${ref.lines}`);
    expect(outOfRange).toEqual([]);
  });

  it('use the line counts of the reports themselves, where the reports are present', () => {
    const counted = Object.fromEntries(
      Object.entries(reportFiles).map(([id, { file, lines }]) => [
        id,
        seedsDir === undefined
          ? lines
          : readFileSync(join(seedsDir, file), 'utf8').replace(/\n$/, '').split('\n').length,
      ]),
    );
    // Without ../shared the stored counts are the only copy; the range check above still runs against them.
    expect(counted).toEqual(Object.fromEntries(Object.entries(reportFiles).map(([id, { lines }]) => [id, lines])));
  });
});

describe('statements about the law', () => {
  it('cite a publication outside the five reports only from a legal basis or from its own entry', () => {
    const misplaced = citations
      .filter(({ ref }) => !isReport(ref.source))
      .filter(
        ({ path, ref, statement }) =>
          !statement &&
          path !== `sources[${catalogue.sources.findIndex((source) => source.id === ref.source)}].sources[0]`,
      )
      .map(({ path, ref }) => `${path}: ${ref.source}`);
    expect(misplaced).toEqual([]);
  });

  it('leave no publication outside the five reports uncited', () => {
    // The statements about the law: the legal bases in the catalogue, and the dated Fusietoets rules beside it.
    const rules = citationsOf({ fusietoetsRules, fusietoetsSizeLimits, fusietoetsDisputes }, '', true);
    expect(rules.length).toBeGreaterThan(0);
    const cited = new Set(
      [...citations, ...rules].filter((citation) => citation.statement).map((citation) => citation.ref.source),
    );
    expect(outside.filter((source) => !cited.has(source.id)).map((source) => source.id)).toEqual([]);
  });

  it('each legal basis carries its own sources', () => {
    const bases = catalogue.forms.flatMap((form) => (form.legalBasis ? [[form.id, form.legalBasis] as const] : []));
    expect(bases.length).toBeGreaterThan(5);
    for (const [id, basis] of bases as (readonly [string, CitedText])[]) {
      expect(basis.sources.length, id).toBeGreaterThan(0);
      expect(basis.nl.trim().length, id).toBeGreaterThan(0);
      expect(basis.en.trim().length, id).toBeGreaterThan(0);
    }
  });

  it('a form marked as required by law has a legal basis that says so, or a note that flags the marking as unsourced', () => {
    const statutory = catalogue.forms.filter((form) => form.statutory);
    expect(statutory.length).toBeGreaterThan(1);
    for (const form of statutory) {
      const basisSaysRequired =
        /verplicht|voorschrijft/i.test(form.legalBasis?.nl ?? '') &&
        /required|prescribes/i.test(form.legalBasis?.en ?? '');
      const noteFlagsMarking =
        /als wettelijk verplicht is gemarkeerd/.test(form.note?.nl ?? '') &&
        /marked as required by law/.test(form.note?.en ?? '');
      expect(basisSaysRequired || noteFlagsMarking, form.id).toBe(true);
    }
  });

  it('no description, note or other text outside a legal basis or a source entry names an article or a gazette', () => {
    const lawCitation = /\b(?:artikel|article|art\.)\s*\d|\bStb\.|\bBWBR\d|\b[Kk]amerstuk/;
    const found: string[] = [];
    const visit = (value: unknown, path: string): void => {
      if (Array.isArray(value)) {
        for (const [index, item] of value.entries()) visit(item, `${path}[${index}]`);
      } else if (value !== null && typeof value === 'object') {
        for (const [key, item] of Object.entries(value)) {
          if (key === 'legalBasis' || (path === '' && key === 'sources')) continue;
          visit(item, path === '' ? key : `${path}.${key}`);
        }
      } else if (typeof value === 'string' && lawCitation.test(value)) found.push(`${path}: ${value}`);
    };
    visit(catalogue, '');
    expect(found).toEqual([]);
  });
});
