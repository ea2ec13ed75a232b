import { describe, expectTypeOf, it } from 'vitest';
import type { BenchmarkId } from '../../src/catalogue/ids/benchmarks.js';
import type { LocalisedText } from '../../src/catalogue/types.js';
import {
  type BenchmarkComparison,
  type BenchmarkComparisonRow,
  type BenchmarkFigures,
  type CompareWithBenchmarkOptions,
  compareWithBenchmark,
} from '../../src/scoring/compareWithBenchmark.js';

describe('compareWithBenchmark types', () => {
  it('takes a benchmark id, figures and optional options, and gives a comparison', () => {
    expectTypeOf(compareWithBenchmark).parameter(0).toEqualTypeOf<BenchmarkId>();
    expectTypeOf(compareWithBenchmark).parameter(1).toEqualTypeOf<BenchmarkFigures>();
    expectTypeOf(compareWithBenchmark).parameter(2).toEqualTypeOf<CompareWithBenchmarkOptions | undefined>();
    expectTypeOf(compareWithBenchmark).returns.toEqualTypeOf<BenchmarkComparison>();
  });

  it('accepts numbers or null as figures and only known benchmark ids', () => {
    compareWithBenchmark('regioplan-samenwerking-per-thema', { overig: 40, bedrijfsleven: null });
    // @ts-expect-error the benchmark id must be a catalogue id
    compareWithBenchmark('onbekend', {});
    // @ts-expect-error a figure is a number, not a string
    compareWithBenchmark('regioplan-samenwerking-per-thema', { overig: '40' });
    // @ts-expect-error rows is 'all' or 'compared'
    compareWithBenchmark('regioplan-samenwerking-per-thema', {}, { rows: 'some' });
  });

  it('types the rows and the metadata', () => {
    expectTypeOf<BenchmarkComparison['rows']>().toEqualTypeOf<readonly BenchmarkComparisonRow[]>();
    expectTypeOf<BenchmarkComparisonRow['difference']>().toEqualTypeOf<number | null>();
    expectTypeOf<BenchmarkComparisonRow['explanation']>().toEqualTypeOf<LocalisedText>();
    expectTypeOf<BenchmarkComparison['n']>().toEqualTypeOf<number | null>();
    expectTypeOf<BenchmarkComparison['note']>().toEqualTypeOf<LocalisedText | null>();
    expectTypeOf<BenchmarkComparison['unit']>().toEqualTypeOf<'percentage' | 'count' | 'mean'>();
  });
});
