import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Assessment, Collaboration } from '../../src/schema/types.js';
import { detectPitfalls, scoreBerenschot } from '../../src/scoring/index.js';

const assessment: Assessment = {
  kind: 'assessment',
  schemaVersion: 1,
  collaboration: 'spil-eindhoven',
  date: '2026-03-15',
  responses: [{ respondent: 'r1', partner: 'gemeente', answers: { 'relatie.klik': 2, 'ambitie.concreet': 5 } }],
};

const collaboration: Collaboration = {
  kind: 'collaboration',
  schemaVersion: 1,
  id: 'spil-eindhoven',
  name: 'SPIL-centra Eindhoven',
  themes: ['ikc'],
  form: 'netwerk',
  partners: [
    { id: 'gemeente', name: 'Gemeente Eindhoven', type: 'gemeente' },
    { id: 'skpo', name: 'SKPO', type: 'schoolbestuur' },
  ],
  events: [{ type: 'turnover', date: '2017-01-01', partner: 'gemeente', role: 'wethouder' }],
};

describe('the scoring functions never read the clock', () => {
  const RealDate = Date;
  afterEach(() => {
    globalThis.Date = RealDate;
    vi.restoreAllMocks();
  });

  it('work while Date.now and new Date() throw', () => {
    class ClocklessDate extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length === 0) throw new Error('new Date() read the clock');
        super(...(args as [number, number, number]));
      }
      static override now(): number {
        throw new Error('Date.now() read the clock');
      }
    }
    globalThis.Date = ClocklessDate as DateConstructor;
    expect(() => scoreBerenschot(assessment)).not.toThrow();
    expect(() => detectPitfalls(collaboration)).not.toThrow();
    expect(() => detectPitfalls(collaboration, { referenceDate: new ClocklessDate(2017, 5, 1) })).not.toThrow();
  });

  it('give the same answer for the same input at any time', () => {
    const before = [scoreBerenschot(assessment), detectPitfalls(collaboration)];
    vi.useFakeTimers({ now: new RealDate(2099, 0, 1) });
    const later = [scoreBerenschot(assessment), detectPitfalls(collaboration)];
    vi.useRealTimers();
    expect(later).toStrictEqual(before);
  });
});

describe('the scoring sources', () => {
  // The files of the six-factor scoring must exist; every file of the folder is checked.
  const files = [
    'detectPitfalls.ts',
    'index.ts',
    'scoreAssessment.ts',
    'scoreBerenschot.ts',
    'scoreSettings.ts',
    'strategyModel.ts',
    'types.ts',
  ];
  const folder = new URL('../../src/scoring/', import.meta.url);
  const present = readdirSync(folder).filter((file) => file.endsWith('.ts'));
  const sources = present.map((file) => ({ file, text: readFileSync(new URL(file, folder), 'utf8') }));

  it('are all present', () => {
    expect(files.filter((file) => !present.includes(file))).toStrictEqual([]);
  });

  it.each([
    ['zod', /from ['"]zod/],
    ['the catalogue barrel', /from ['"]\.\.\/catalogue\/(index|catalogue)\.js['"]/],
    ['the clock', /Date\.now\(|new Date\(\s*\)/],
    ['the file system', /node:fs|from ['"]fs['"]/],
    ['the environment', /process\.env/],
  ])('do not use %s', (_name, pattern) => {
    expect(sources.filter((source) => pattern.test(source.text)).map((source) => source.file)).toStrictEqual([]);
  });

  it('load no zod at run time, also not through the schema modules they use', async () => {
    // Bundled as a user's bundler would, zod left external: any path to zod shows as an import of it.
    const result = await esbuild.build({
      entryPoints: [fileURLToPath(new URL('index.ts', folder))],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'neutral',
      external: ['zod', 'date-fns', 'immer'],
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((input) => input.includes('src/schema/'))).toBe(true);
    const output = Object.values(result.metafile.outputs)[0];
    expect(output?.imports.map((entry) => entry.path)).not.toContain('zod');
  }, 60_000);
});
