import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { benchmarks } from '../../src/catalogue/data/benchmarks.js';
import type { Benchmark } from '../../src/catalogue/types.js';
import { deepFreeze } from '../../src/internal/deepFreeze.js';
import { type BenchmarkFigures, compareWithBenchmark } from '../../src/scoring/compareWithBenchmark.js';

/** A benchmark with figures on its unit for some of its rows. */
const benchmarkWithFigures = fc.constantFrom(...benchmarks).chain((benchmark: Benchmark) => {
  const low = benchmark.unit === 'mean' ? (benchmark.scale?.min ?? 0) : 0;
  const high = benchmark.unit === 'mean' ? (benchmark.scale?.max ?? 100) : benchmark.unit === 'percentage' ? 100 : 500;
  const value = fc.double({ min: low, max: high, noNaN: true });
  return fc
    .subarray(benchmark.rows.map((row) => row.key))
    .chain((keys) => fc.tuple(...keys.map((key) => value.map((figure) => [key, figure] as const))))
    .map((entries) => ({ benchmark, figures: Object.fromEntries(entries) as BenchmarkFigures }));
});

describe('compareWithBenchmark laws', () => {
  test.prop([benchmarkWithFigures], { numRuns: 1000 })(
    'every difference is the figure minus the printed value',
    ({ benchmark, figures }) => {
      const comparison = compareWithBenchmark(benchmark.id, figures);
      expect(comparison.rows).toHaveLength(benchmark.rows.length);
      expect(comparison.compared).toBe(Object.keys(figures).length);
      comparison.rows.forEach((row, index) => {
        expect(row.benchmark).toBe(benchmark.rows[index]?.value);
        const figure = figures[row.key];
        if (figure === undefined || figure === null) expect([row.figure, row.difference]).toEqual([null, null]);
        else expect(row.difference).toBe(figure - row.benchmark);
      });
    },
  );

  test.prop([benchmarkWithFigures], { numRuns: 1000 })(
    'only the compared rows come back when asked',
    ({ benchmark, figures }) => {
      const rows = compareWithBenchmark(benchmark.id, figures, { rows: 'compared' }).rows;
      expect(rows.map((row) => row.key).sort()).toEqual(Object.keys(figures).sort());
    },
  );

  test.prop([benchmarkWithFigures], { numRuns: 1000 })('nothing changes its input', ({ benchmark, figures }) => {
    const copy = structuredClone(figures);
    compareWithBenchmark(benchmark.id, deepFreeze(figures), deepFreeze({ rows: 'all' as const }));
    expect(figures).toEqual(copy);
  });
});
