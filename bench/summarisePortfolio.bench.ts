/**
 * Benchmarks `summarisePortfolio` on 10,000 collaborations with 50,000 assessments, and checks that the cost grows
 * (nearly) linearly: 10,000 / 50,000 may take at most 12× as long as 1,000 / 5,000. Scoring the 50,000 assessments
 * alone is measured too, to show what the summary adds on top of `scoreBerenschot`.
 *
 * Run: `npx tsx bench/summarisePortfolio.bench.ts`
 */
import fc from 'fast-check';
import { Bench } from 'tinybench';
import { toIsoDate } from '../src/internal/calendar.js';
import type { Assessment, Collaboration, Portfolio } from '../src/schema/types.js';
import { scoreBerenschot } from '../src/scoring/scoreBerenschot.js';
import { summarisePortfolio } from '../src/scoring/summarisePortfolio.js';
import { assessmentArbitrary } from '../test/support/assessmentArbitrary.js';
import { collaborationArbitrary } from '../test/support/collaborationArbitrary.js';

const SEED = 20260315;
const COLLABORATIONS = 10_000;
const PER_COLLABORATION = 5;

// Ids are renumbered so they are unique; responses name no partner, so every assessment is valid for its collaboration.
const collaborations: Collaboration[] = fc
  .sample(collaborationArbitrary, { seed: SEED, numRuns: COLLABORATIONS })
  .map((collaboration, index) => ({ ...collaboration, id: `c${index + 1}` }));
const drawn = fc.sample(assessmentArbitrary({ partners: [], maxResponses: 20 }), {
  seed: SEED + 1,
  numRuns: COLLABORATIONS * PER_COLLABORATION,
});
// Assessment i belongs to collaboration ⌊i / 5⌋ and is dated somewhere in 2019-2026, so the first 5,000 assessments
// are those of the first 1,000 collaborations, over several school years.
const assessments: Assessment[] = drawn.map((assessment, index) => ({
  ...assessment,
  collaboration: `c${Math.floor(index / PER_COLLABORATION) + 1}`,
  date: toIsoDate(new Date(2019, 0, 1 + ((index * 389) % 2900))),
}));

function portfolioOf(count: number): Portfolio {
  return {
    kind: 'portfolio',
    schemaVersion: 1,
    name: `${count} samenwerkingen`,
    collaborations: collaborations.slice(0, count),
    assessments: assessments.slice(0, count * PER_COLLABORATION),
  };
}
const small = portfolioOf(1_000);
const large = portfolioOf(COLLABORATIONS);

const responses = large.assessments.reduce((total, assessment) => total + assessment.responses.length, 0);
console.log(
  `${large.collaborations.length.toLocaleString('en')} collaborations, ${large.assessments.length.toLocaleString('en')} assessments, ` +
    `${(responses / large.assessments.length).toFixed(1)} responses each on average`,
);

let sink = 0;
const bench = new Bench({ time: 5000, warmupTime: 2000, iterations: 10 });
bench
  .add('summarisePortfolio 1,000 / 5,000', () => {
    sink += summarisePortfolio(small).hidden.counts;
  })
  .add('summarisePortfolio 10,000 / 50,000', () => {
    sink += summarisePortfolio(large).hidden.counts;
  })
  .add('scoreBerenschot × 50,000 (reference)', () => {
    for (const assessment of large.assessments) sink += scoreBerenschot(assessment).factors.length;
  });
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
const smallLatency = latencyOf('summarisePortfolio 1,000 / 5,000');
const largeLatency = latencyOf('summarisePortfolio 10,000 / 50,000');
const scoringLatency = latencyOf('scoreBerenschot × 50,000 (reference)');
const median = (latency: Latency): number => latency.p50 ?? latency.mean;

console.table(
  [smallLatency, largeLatency, scoringLatency].map((latency, index) => ({
    task: bench.tasks[index]?.name,
    'mean (ms)': Number(latency.mean.toFixed(1)),
    'median (ms)': Number(median(latency).toFixed(1)),
    'rme (%)': Number(latency.rme.toFixed(1)),
  })),
);
console.table([
  {
    ratio: 'summary 10,000 / 50,000 ÷ 1,000 / 5,000',
    'by mean': Number((largeLatency.mean / smallLatency.mean).toFixed(2)),
    'by median': Number((median(largeLatency) / median(smallLatency)).toFixed(2)),
    goal: '≤ 12',
  },
  {
    ratio: 'summary ÷ scoring alone (50,000)',
    'by mean': Number((largeLatency.mean / scoringLatency.mean).toFixed(2)),
    'by median': Number((median(largeLatency) / median(scoringLatency)).toFixed(2)),
    goal: '(reference)',
  },
]);
if (sink === 0) console.log('(no work done)');
