/**
 * Benchmarks `scoreBerenschot` against `JSON.stringify` of the same assessments (goal: scoring costs at most 1.5×
 * serialising), and checks that the cost grows linearly (goal: 100,000 assessments take at most 12× as long as
 * 10,000).
 *
 * Run: `npx tsx bench/scoreBerenschot.bench.ts`
 */
import fc from 'fast-check';
import { Bench } from 'tinybench';
import type { Assessment } from '../src/schema/types.js';
import { scoreBerenschot } from '../src/scoring/index.js';
import { assessmentArbitrary } from '../test/support/assessmentArbitrary.js';

const SEED = 20260315;
const arbitrary = assessmentArbitrary({ minResponses: 1, maxResponses: 20 });
const large: Assessment[] = fc.sample(arbitrary, { seed: SEED, numRuns: 100_000 });
const small = large.slice(0, 10_000);

const answerCount = small.reduce(
  (total, assessment) =>
    total + assessment.responses.reduce((sum, response) => sum + Object.keys(response.answers).length, 0),
  0,
);
console.log(
  `10,000 assessments, ${(answerCount / small.length).toFixed(1)} answers each on average, ` +
    `${(JSON.stringify(small).length / small.length / 1024).toFixed(1)} KiB of JSON each`,
);

let sink = 0;
function scoreAll(assessments: readonly Assessment[]): void {
  for (const assessment of assessments) sink += scoreBerenschot(assessment).factors.length;
}
function stringifyAll(assessments: readonly Assessment[]): void {
  for (const assessment of assessments) sink += JSON.stringify(assessment).length;
}

const bench = new Bench({ time: 5000, warmupTime: 2000, iterations: 10 });
bench
  .add('scoreBerenschot × 10,000', () => scoreAll(small))
  .add('JSON.stringify × 10,000', () => stringifyAll(small))
  .add('scoreBerenschot × 100,000', () => scoreAll(large));
await bench.run();

interface Latency {
  readonly mean: number;
  readonly p50?: number;
  readonly rme: number;
}
const latencyOf = (name: string): Latency => {
  const result = bench.getTask(name)?.result as { latency?: Latency } | undefined;
  if (result?.latency === undefined) throw new Error(`no result for ${name}`);
  return result.latency;
};
const score10k = latencyOf('scoreBerenschot × 10,000');
const json10k = latencyOf('JSON.stringify × 10,000');
const score100k = latencyOf('scoreBerenschot × 100,000');
const median = (latency: Latency): number => latency.p50 ?? latency.mean;

console.table(
  [score10k, json10k, score100k].map((latency, index) => ({
    task: bench.tasks[index]?.name,
    'mean (ms)': Number(latency.mean.toFixed(1)),
    'median (ms)': Number(median(latency).toFixed(1)),
    'rme (%)': Number(latency.rme.toFixed(1)),
  })),
);
console.table([
  {
    ratio: 'scoring ÷ JSON.stringify (10,000)',
    'by mean': Number((score10k.mean / json10k.mean).toFixed(2)),
    'by median': Number((median(score10k) / median(json10k)).toFixed(2)),
    goal: '≤ 1.5',
  },
  {
    ratio: 'scoring 100,000 ÷ 10,000',
    'by mean': Number((score100k.mean / score10k.mean).toFixed(2)),
    'by median': Number((median(score100k) / median(score10k)).toFixed(2)),
    goal: '≤ 12',
  },
]);
if (sink === 0) console.log('(no work done)');
