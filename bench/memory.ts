/**
 * Memory of scoring: scores 100,000 assessments streamed from a generator (each created on the fly and dropped),
 * keeps only the results, and compares the heap growth per result with the heap size of one result and of one
 * assessment. Run by `bench/run.ts` in a fresh process, so no other benchmark's data is on the heap; prints one
 * line of JSON.
 *
 * Run: `node --expose-gc --max-old-space-size=4096 --import tsx bench/memory.ts [count]`
 */
import { streamAssessments } from './data.js';
import { ids, scoringModule } from './shipped.js';

const gc = globalThis.gc;
if (gc === undefined) {
  console.error('bench/memory.ts needs --expose-gc');
  process.exit(1);
}
const { scoreBerenschot } = scoringModule;
const COUNT = Number(process.argv[2] ?? 100_000);
const SAMPLE = 2_000;
const SEED = 20260316;

/** Collects garbage until the heap stops shrinking, and returns the heap in use. */
function settledHeap(): number {
  let previous = Number.POSITIVE_INFINITY;
  let current = process.memoryUsage().heapUsed;
  for (let round = 0; round < 5 && current < previous; round++) {
    previous = current;
    gc?.();
    current = process.memoryUsage().heapUsed;
  }
  return current;
}

// Warm up: compile the scoring code and build its model (built once, on first use), so neither counts below.
for (const assessment of streamAssessments(SAMPLE, 1, ids)) scoreBerenschot(assessment);

// The heap size of one assessment: SAMPLE of them, kept.
let before = settledHeap();
let inputs = [...streamAssessments(SAMPLE, 2, ids)];
const inputBytes = (settledHeap() - before) / SAMPLE;
const inputJson = JSON.stringify(inputs).length / SAMPLE;

// The heap size of one result, as a detached deep copy (sharing nothing with catalogue or input: an upper bound).
let sampleResults = inputs.map((assessment) => scoreBerenschot(assessment));
inputs = [];
const resultJson = JSON.stringify(sampleResults).length / SAMPLE;
before = settledHeap();
let copies = structuredClone(sampleResults);
const resultBytes = (settledHeap() - before) / SAMPLE;
copies = [];
sampleResults = [];

// The run: COUNT assessments streamed, only the results kept.
before = settledHeap();
let results: unknown[] = [];
const started = performance.now();
for (const assessment of streamAssessments(COUNT, SEED, ids)) results.push(scoreBerenschot(assessment));
const seconds = (performance.now() - started) / 1000;
const after = settledHeap();
const scored = results.length;
results = [];
const released = settledHeap();

const growth = after - before;
const retainedByResults = after - released;
const residue = released - before;
const growthPerResult = growth / scored;
const met = growthPerResult <= 1.25 * resultBytes && residue <= 0.02 * growth;
console.log(
  JSON.stringify({
    count: scored,
    seconds,
    heapGrowthBytes: growth,
    heapGrowthPerResultBytes: growthPerResult,
    retainedByResultsBytes: retainedByResults,
    residueAfterDroppingResultsBytes: residue,
    resultHeapBytes: resultBytes,
    resultJsonBytes: resultJson,
    assessmentHeapBytes: inputBytes,
    assessmentJsonBytes: inputJson,
    inputsIfKeptBytes: inputBytes * scored,
    heapLimitBytes: (await import('node:v8')).getHeapStatistics().heap_size_limit,
    goal: 'heap growth per result ≤ 1.25 × the heap size of one result, and ≤ 2% of it left after dropping the results',
    met,
    // Unused, but keeps the copies and sample reachable until measured.
    kept: copies.length + sampleResults.length,
  }),
);
