/**
 * Memory and time of large portfolios, in a fresh process so that no other benchmark's data is on the heap. Prints one
 * line of JSON. Two modes:
 *
 * - `summarise`: a parsed portfolio of 50,000 collaborations and 100,000 assessments (two each, of at most three
 *   responses, so that the portfolio stays within the value budget of one document); the heap the portfolio takes
 *   (the input) and the extra peak heap of `summarisePortfolio` over it (goal: ≤ 0.5× the input), with its time;
 * - `bad-answer`: `safeParsePortfolio` of the same portfolio all valid, and with one answer above its scale; time and
 *   extra peak heap of each (goal: the one with the bad answer ≤ 1.2× the valid one in both).
 *
 * The peak is the largest heap in use that V8 reports before any garbage collection during the call
 * (`v8.GCProfiler`), or at its end when that is larger, minus the settled heap before the call. Each call runs
 * `runs` times (default 3), alternating between the subjects; the medians are reported with the lowest and highest.
 *
 * Run: `node --expose-gc --max-old-space-size=4096 --import tsx bench/portfolioMemory.ts summarise|bad-answer [runs]`
 */
import v8 from 'node:v8';
import type { Assessment, Collaboration, Portfolio } from '../src/schema/types.js';
import { largeCollaboration, makeAssessment, randomFrom } from './data.js';
import { ids, schemaModule, scoringModule } from './shipped.js';

const gc = globalThis.gc;
if (gc === undefined) {
  console.error('bench/portfolioMemory.ts needs --expose-gc');
  process.exit(1);
}
const mode = process.argv[2];
const RUNS = Number(process.argv[3] ?? 3);
const COLLABORATIONS = 50_000;
const PER_COLLABORATION = 2;
const SEED = 20260317;

/** Collects garbage until the heap stops shrinking, and returns the heap in use. */
function settledHeap(): number {
  let previous = Number.POSITIVE_INFINITY;
  let current = v8.getHeapStatistics().used_heap_size;
  for (let round = 0; round < 5 && current < previous; round++) {
    previous = current;
    gc?.();
    current = v8.getHeapStatistics().used_heap_size;
  }
  return current;
}

let sink = 0;

interface Run {
  readonly ms: number;
  readonly extraPeakBytes: number;
}

/** Runs `work` once: its time and the extra peak heap over the settled heap before it. */
function measured(work: () => unknown): Run {
  const before = settledHeap();
  const profiler = new v8.GCProfiler();
  profiler.start();
  const started = performance.now();
  const result = work();
  const ms = performance.now() - started;
  const atEnd = v8.getHeapStatistics().used_heap_size;
  const profile = profiler.stop();
  let peak = atEnd;
  for (const entry of profile?.statistics ?? []) peak = Math.max(peak, entry.beforeGC.heapStatistics.usedHeapSize);
  // The result stays reachable until the heap at the end is read.
  sink += result === undefined ? 0 : 1;
  return { ms, extraPeakBytes: peak - before };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};
const describe = (runs: readonly Run[]) => ({
  medianMs: median(runs.map((run) => run.ms)),
  minMs: Math.min(...runs.map((run) => run.ms)),
  maxMs: Math.max(...runs.map((run) => run.ms)),
  medianExtraPeakBytes: median(runs.map((run) => run.extraPeakBytes)),
  minExtraPeakBytes: Math.min(...runs.map((run) => run.extraPeakBytes)),
  maxExtraPeakBytes: Math.max(...runs.map((run) => run.extraPeakBytes)),
  runs,
});

/** The portfolio as plain, unfrozen data: collaborations of three partners, two assessments each. */
function rawPortfolio(): Portfolio {
  const random = randomFrom(SEED);
  const collaborations: Collaboration[] = [];
  const assessments: Assessment[] = [];
  for (let index = 0; index < COLLABORATIONS; index++) {
    const id = `c${index + 1}`;
    const collaboration = { ...largeCollaboration(3, SEED + index, ids), id } as Collaboration;
    // Half of them name no stage, so that summarisePortfolio infers it from the latest assessment.
    collaborations.push(
      index % 2 === 0 ? collaboration : ({ ...collaboration, stage: undefined } as unknown as Collaboration),
    );
    const partners = collaboration.partners.map((partner) => partner.id);
    for (let count = 0; count < PER_COLLABORATION; count++) {
      const assessment = makeAssessment(random, ids, id, partners);
      // At most three responses each, so that the portfolio stays within the value budget of one document.
      assessments.push({
        ...assessment,
        date: `202${count}-0${1 + (index % 9)}-15`,
        responses: assessment.responses.slice(0, 3),
      } as Assessment);
    }
  }
  for (const collaboration of collaborations) {
    if ((collaboration as { stage?: unknown }).stage === undefined) delete (collaboration as { stage?: unknown }).stage;
  }
  return { kind: 'portfolio', schemaVersion: 1, name: 'Portefeuille', collaborations, assessments } as Portfolio;
}

// Warm up on a small portfolio: compile the code and build the models (built once, on first use).
{
  const small = rawPortfolio();
  const few = {
    ...small,
    collaborations: small.collaborations.slice(0, 200),
    assessments: small.assessments.slice(0, 200 * PER_COLLABORATION),
  };
  for (let round = 0; round < 3; round++) {
    scoringModule.summarisePortfolio(schemaModule.parsePortfolio(few));
  }
}

if (mode === 'summarise') {
  const empty = settledHeap();
  let portfolio: Portfolio | undefined = schemaModule.parsePortfolio(rawPortfolio());
  const inputBytes = settledHeap() - empty;
  const kept = portfolio;
  const runs: Run[] = [];
  for (let round = 0; round < RUNS; round++) runs.push(measured(() => scoringModule.summarisePortfolio(kept)));
  const summary = describe(runs);
  portfolio = undefined;
  console.log(
    JSON.stringify({
      mode,
      collaborations: COLLABORATIONS,
      assessments: COLLABORATIONS * PER_COLLABORATION,
      inputHeapBytes: inputBytes,
      ...summary,
      ratio: summary.medianExtraPeakBytes / inputBytes,
      ratioMin: summary.minExtraPeakBytes / inputBytes,
      ratioMax: summary.maxExtraPeakBytes / inputBytes,
      goal: 0.5,
      kept: sink,
    }),
  );
} else if (mode === 'bad-answer') {
  const valid = rawPortfolio();
  // One answer above its scale, in the middle of the portfolio; the rest is the same objects.
  const middle = Math.floor(valid.assessments.length / 2);
  const target = valid.assessments[middle] as Assessment;
  const [first, ...rest] = target.responses;
  const bad = {
    ...valid,
    assessments: valid.assessments.map((assessment, index) =>
      index === middle
        ? {
            ...target,
            responses: [
              {
                ...first,
                answers: { ...first?.answers, [ids.indicatorIds[0] as string]: (target.scale?.max ?? 5) + 1 },
              },
              ...rest,
            ],
          }
        : assessment,
    ),
  } as Portfolio;
  if (!schemaModule.safeParsePortfolio(valid).success) throw new Error('the valid portfolio was rejected');
  const rejected = schemaModule.safeParsePortfolio(bad);
  if (rejected.success || rejected.error.issues.length !== 1) {
    throw new Error('the portfolio with one bad answer should fail with one issue');
  }
  const validRuns: Run[] = [];
  const badRuns: Run[] = [];
  for (let round = 0; round < RUNS; round++) {
    validRuns.push(measured(() => schemaModule.safeParsePortfolio(valid)));
    badRuns.push(measured(() => schemaModule.safeParsePortfolio(bad)));
  }
  const validSummary = describe(validRuns);
  const badSummary = describe(badRuns);
  console.log(
    JSON.stringify({
      mode,
      collaborations: COLLABORATIONS,
      assessments: COLLABORATIONS * PER_COLLABORATION,
      valid: validSummary,
      bad: badSummary,
      timeRatio: badSummary.medianMs / validSummary.medianMs,
      timeRatioMin: badSummary.minMs / validSummary.maxMs,
      timeRatioMax: badSummary.maxMs / validSummary.minMs,
      memoryRatio: badSummary.medianExtraPeakBytes / validSummary.medianExtraPeakBytes,
      memoryRatioMin: badSummary.minExtraPeakBytes / validSummary.maxExtraPeakBytes,
      memoryRatioMax: badSummary.maxExtraPeakBytes / validSummary.minExtraPeakBytes,
      goal: 1.2,
      kept: sink,
    }),
  );
} else {
  console.error('usage: bench/portfolioMemory.ts summarise|bad-answer [runs]');
  process.exit(1);
}
