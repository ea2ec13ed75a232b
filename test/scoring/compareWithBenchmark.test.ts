import { describe, expect, it } from 'vitest';
import { benchmarks } from '../../src/catalogue/data/benchmarks.js';
import { deepFreeze } from '../../src/internal/deepFreeze.js';
import { compareWithBenchmark } from '../../src/scoring/compareWithBenchmark.js';
import { caught } from '../support/caught.js';

const near = (value: number): number => expect.closeTo(value, 10) as unknown as number;

const perTheme = benchmarks.find((benchmark) => benchmark.id === 'regioplan-samenwerking-per-thema');

describe('compareWithBenchmark on Regioplan Tabel 2.2 (percentages)', () => {
  // Tabel 2.2 as printed: regionaal-aanbod 84, passend-onderwijs 98, toeleverend-onderwijs 82, …, overig 48.
  const comparison = compareWithBenchmark('regioplan-samenwerking-per-thema', {
    overig: 48,
    'regionaal-aanbod': 90,
    'passend-onderwijs': 100,
    'toeleverend-onderwijs': null,
  });

  it('puts every row beside the figure given, with figure − benchmark as the difference', () => {
    expect(comparison.rows).toHaveLength(10);
    expect(comparison.compared).toBe(3);
    expect(comparison.rows.map((row) => [row.key, row.benchmark, row.figure, row.difference])).toEqual([
      ['regionaal-aanbod', 84, 90, 6],
      ['passend-onderwijs', 98, 100, 2],
      ['toeleverend-onderwijs', 82, null, null],
      ['vervolgonderwijs', 86, null, null],
      ['lerarenopleidingen', 74, null, null],
      ['professionalisering-leraren', 70, null, null],
      ['bedrijfsleven', 76, null, null],
      ['wetenschap-onderzoek', 52, null, null],
      ['welzijn-cultuur-sport', 69, null, null],
      ['overig', 48, 48, 0],
    ]);
    expect(comparison.rows[0]).toMatchObject({ theme: 'regionaal-aanbod', form: null, n: 111 });
  });

  it('explains each row in percentage points, in both languages', () => {
    expect(comparison.rows[0]?.explanation).toEqual({
      nl: 'Uw 90% ligt 6 procentpunt boven de 84% van de benchmark.',
      en: 'Your 90% is 6 percentage points above the benchmark’s 84%.',
    });
    expect(comparison.rows[9]?.explanation).toEqual({
      nl: 'Uw 48% is gelijk aan de 48% van de benchmark.',
      en: 'Your 48% equals the benchmark’s 48%.',
    });
    expect(comparison.rows[2]?.explanation).toEqual({
      nl: 'Geen eigen cijfer; de benchmark is 82%.',
      en: 'No figure of your own; the benchmark is 82%.',
    });
  });

  it('carries the source, year, n, base and note of the benchmark', () => {
    expect([comparison.benchmark, comparison.unit, comparison.scale, comparison.year, comparison.n]).toEqual([
      'regioplan-samenwerking-per-thema',
      'percentage',
      null,
      2015,
      111,
    ]);
    expect(comparison.base).toEqual(perTheme?.base);
    expect(comparison.note).toEqual(perTheme?.note);
    expect(comparison.sources).toEqual(perTheme?.sources);
    expect(comparison.label.en).toBe('Regioplan Tabel 2.2: collaboration per theme');
    expect(comparison.citation.en).toBe(
      `Regioplan, for the VO-raad, Samenwerking in het voortgezet onderwijs (2015), Tabel 2.2; n = 111; base: ${perTheme?.base.en}`,
    );
  });

  it('returns only the compared rows, in the benchmark’s order, when asked', () => {
    const only = compareWithBenchmark(
      'regioplan-samenwerking-per-thema',
      { 'wetenschap-onderzoek': 40, 'passend-onderwijs': 100 },
      { rows: 'compared' },
    );
    expect(only.rows.map((row) => [row.key, row.difference])).toEqual([
      ['passend-onderwijs', 2],
      ['wetenschap-onderzoek', -12],
    ]);
    expect(only.rows[1]?.explanation.nl).toBe('Uw 40% ligt 12 procentpunt onder de 52% van de benchmark.');
    expect(compareWithBenchmark('regioplan-samenwerking-per-thema', {}, { rows: 'all' }).rows).toHaveLength(10);
  });
});

describe('compareWithBenchmark on counts and means', () => {
  it('compares counts without a unit', () => {
    // Tabel 2.1: regionaal-aanbod was discussed with 33 respondents.
    const comparison = compareWithBenchmark('regioplan-besproken-themas', { 'regionaal-aanbod': 30 });
    expect(comparison.rows[0]).toMatchObject({ benchmark: 33, figure: 30, difference: -3 });
    expect(comparison.rows[0]?.explanation.en).toBe('Your 30 is 3 below the benchmark’s 33.');
  });

  it('compares means in scale points and uses a row’s own n where it has one', () => {
    // Tabel 2-6, scale 1..5: cluster-3 sites (n 16) score 3.7; all vso sites (no row n, so the benchmark's 29) 4.0.
    const comparison = compareWithBenchmark(
      'vso-vo-motieven',
      { 'groepen-speciale-ondersteuning-vso-3': 3.2, 'groepen-speciale-ondersteuning-vso': 5 },
      { rows: 'compared' },
    );
    expect(comparison.scale).toEqual({ min: 1, max: 5 });
    expect(comparison.rows.map((row) => [row.key, row.n, row.difference])).toEqual([
      ['groepen-speciale-ondersteuning-vso-3', 16, near(-0.5)],
      ['groepen-speciale-ondersteuning-vso', 29, 1],
    ]);
    expect(comparison.rows[0]?.explanation).toEqual({
      nl: 'Uw 3,2 ligt 0,5 schaalpunt onder de 3,7 van de benchmark.',
      en: 'Your 3.2 is 0.5 scale points below the benchmark’s 3.7.',
    });
  });

  it('says so when the source prints no n for the whole table', () => {
    const comparison = compareWithBenchmark('vso-vo-verwachte-toename-arrangementen', {});
    expect(comparison.n).toBeNull();
    expect(comparison.citation.en).toContain('n not stated');
    expect(comparison.citation.nl).toContain('n niet vermeld');
    expect(comparison.rows[0]?.n).toBe(88);
  });
});

describe('compareWithBenchmark input', () => {
  it('does not change frozen figures, and hands out copies of catalogue texts', () => {
    const figures = deepFreeze({ 'regionaal-aanbod': 90 });
    const first = compareWithBenchmark('regioplan-samenwerking-per-thema', figures);
    (first.base as { en: string }).en = 'changed';
    (first.rows[0]?.label as { en: string }).en = 'changed';
    expect(figures).toEqual({ 'regionaal-aanbod': 90 });
    expect(perTheme?.base.en).not.toBe('changed');
    expect(compareWithBenchmark('regioplan-samenwerking-per-thema', figures).rows[0]?.label.en).not.toBe('changed');
  });

  it('rejects an unknown benchmark with the closest id', () => {
    const error = caught(() => compareWithBenchmark('regioplan-samenwerking-per-tema' as never, {}));
    expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([['unknown_id', ['benchmarkId']]]);
    expect(error.issues[0]?.message.en).toContain("Did you mean 'regioplan-samenwerking-per-thema'?");
  });

  it('rejects unknown row keys, with suggestions or with the rows about a form, and figures off the unit', () => {
    const error = caught(() =>
      compareWithBenchmark('vso-vo-intensieve-vormen-vso', {
        'opheffing-vso-locatie': 2,
        'een-locatie-geen-integratie-vso': -1,
        'een-locatie-geen-integratie-vzo': 1,
      }),
    );
    expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['unknown_id', ['figures', 'opheffing-vso-locatie']],
      ['invalid_option', ['figures', 'een-locatie-geen-integratie-vso']],
      ['unknown_id', ['figures', 'een-locatie-geen-integratie-vzo']],
    ]);
    expect(error.issues[0]?.message.en).toContain('several rows are about');
    expect(error.issues[0]?.message.en).toContain('opheffing-vso-locatie-vso');
    expect(error.issues[1]?.message.en).toBe(
      "The figure for row 'een-locatie-geen-integratie-vso' is unusable (-1). Allowed: a number of 0 or more, or null.",
    );
    expect(error.issues[2]?.message.en).toContain("Did you mean 'een-locatie-geen-integratie-vso'");
  });

  it('rejects a percentage above 100, a mean off the scale, a non-number and non-object figures', () => {
    const percentage = caught(() =>
      compareWithBenchmark('regioplan-samenwerking-per-thema', {
        overig: 101,
        bedrijfsleven: Number.NaN,
        'passend-onderwijs': '98' as never,
      }),
    );
    expect(percentage.issues.map((issue) => issue.path)).toEqual([
      ['figures', 'overig'],
      ['figures', 'bedrijfsleven'],
      ['figures', 'passend-onderwijs'],
    ]);
    expect(percentage.issues[0]?.message.nl).toContain('een getal van 0 tot en met 100');
    const mean = caught(() => compareWithBenchmark('vso-vo-motieven', { 'groepen-speciale-ondersteuning-vso': 0.5 }));
    expect(mean.issues[0]?.message.en).toContain('a number from 1 to 5 (the scale)');
    for (const figures of [null, [1, 2], 'veel']) {
      const error = caught(() => compareWithBenchmark('regioplan-samenwerking-per-thema', figures as never));
      expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([['invalid_option', ['figures']]]);
    }
  });

  it('rejects unknown and invalid options together with bad figures', () => {
    const error = caught(() =>
      compareWithBenchmark('regioplan-samenwerking-per-thema', { overig: 200 }, { rows: 'some', sort: true } as never),
    );
    expect(error.issues.map((issue) => issue.path)).toEqual([
      ['figures', 'overig'],
      ['options', 'sort'],
      ['options', 'rows'],
    ]);
  });
});

describe('compareWithBenchmark documentation', () => {
  it('gives the results shown in its example', () => {
    const comparison = compareWithBenchmark(
      'regioplan-samenwerking-per-thema',
      { 'passend-onderwijs': 100, 'wetenschap-onderzoek': 40 },
      { rows: 'compared' },
    );
    expect(comparison.rows.map((row) => [row.key, row.benchmark, row.difference])).toEqual([
      ['passend-onderwijs', 98, 2],
      ['wetenschap-onderzoek', 52, -12],
    ]);
    expect(comparison.rows[1]?.explanation.en).toBe('Your 40% is 12 percentage points below the benchmark’s 52%.');
    expect([comparison.year, comparison.n]).toEqual([2015, 111]);
  });
});
