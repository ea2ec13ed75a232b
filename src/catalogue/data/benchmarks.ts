import type { Benchmark } from '../types.js';

/**
 * The ids of every benchmark, in catalogue order.
 *
 * @category Catalogue
 */
export const benchmarkIds = [] as const;

/**
 * The id of a benchmark.
 *
 * @category Catalogue
 */
export type BenchmarkId = (typeof benchmarkIds)[number];

/**
 * Every benchmark, in the order of {@link benchmarkIds}.
 *
 * @category Catalogue
 */
export const benchmarks: readonly Benchmark[] = [];
