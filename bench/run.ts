/**
 * The release benchmarks: every figure a ratio against a baseline measured in the same run, with its goal.
 *
 * - `safeParseAssessment` vs ajv's compiled validator for the shipped `assessment.json` (2,000 assessments): ≤ 2×;
 *   for information also against ajv on the same schema with its labelled catalogue lists (`oneOf` of
 *   `{ const, title }`, which ajv checks branch by branch) written as plain `enum`s, and on 2,000 invalid assessments
 *   (every issue, against ajv with `allErrors`);
 * - `fromJSON` vs `JSON.parse` (2,000 collaborations as text): ≤ 2.5×;
 * - for information: `safeParseCollaboration` (2,000 collaborations) against ajv, on the shipped schema and on its
 *   `enum` variant;
 * - `scoreBerenschot` vs `JSON.stringify` (10,000 assessments, as in `scoreBerenschot.bench.ts`), parsed once before
 *   the timed loop: ≤ 1.5×; for information the same raw objects, which the scoring checks on every call, and 10,000
 *   parsed copies of the densely answered example assessment (fast-check leaves most indicators unanswered);
 * - scaling, 10× the input in ≤ 12× the time: `safeParseCollaboration` (10× the documents, and one document with
 *   10× the partners), `scoreBerenschot` (100,000 vs 10,000 assessments) and `summarisePortfolio` (from the
 *   build, or from `src/` while it is not built yet; skipped with a message when it does not exist);
 * - memory: scoring 100,000 streamed assessments grows the heap by the results only (`bench/memory.ts`, run in a
 *   fresh process with `--expose-gc`);
 * - start-up, in fresh processes: `require('samenwerking')` vs `require('zod')`, the time each `require` takes, timed
 *   by the process itself: ≤ 1.3×; for information a first use (require, parse and score the example) and the ES
 *   module `import()`.
 *
 * Measures the built package (`dist/` ESM). Medians of tinybench samples after warm-up; a ratio is the ratio of
 * medians. The tasks run in groups, each with its own tinybench `Bench` and the same options, so that a group's
 * data is on the heap only while that group runs (a large live heap slows every other task's garbage collection).
 * Prints a table and writes `bench/results.json`.
 *
 * Run: `npm run build && node --max-old-space-size=4096 --import tsx bench/run.ts`
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { Bench } from 'tinybench';
import type { Assessment, Collaboration, Portfolio } from '../src/schema/types.js';
import { assessmentArbitrary } from '../test/support/assessmentArbitrary.js';
import { collaborationArbitrary } from '../test/support/collaborationArbitrary.js';
import { largeCollaboration, makeAssessment, randomFrom, streamAssessments } from './data.js';
import { ids, root, schemaModule, scoringModule, serialiseModule, staleBuild } from './shipped.js';

const started = performance.now();
const loadAtStart = os.loadavg()[0] ?? 0;
const SEED = 20260315; // the seed of scoreBerenschot.bench.ts: the same 10,000 assessments
const OPTIONS = { time: 2000, warmupTime: 500, iterations: 7, warmupIterations: 2, retainSamples: true } as const;

const { safeParseAssessment, safeParseCollaboration, parsePortfolio, safeParsePortfolio } = schemaModule;

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
/** A shipped JSON Schema, by name. */
const shippedSchema = (name: string): object =>
  JSON.parse(readFileSync(join(root, 'dist', 'schemas', `${name}.json`), 'utf8')) as object;
/**
 * The same schema with every labelled list (`oneOf` of `{ const, title }`) written as a plain `enum`: what ajv checks
 * fastest, for a baseline that does not flatter the library.
 */
function enumVariant(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(enumVariant);
  if (node === null || typeof node !== 'object') return node;
  const { oneOf, ...rest } = node as { oneOf?: unknown };
  if (
    Array.isArray(oneOf) &&
    oneOf.every((option) => option !== null && typeof option === 'object' && 'const' in option)
  ) {
    return { ...(enumVariant(rest) as object), enum: oneOf.map((option: { const: unknown }) => option.const) };
  }
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, enumVariant(value)]));
}
const compileAjv = (schema: unknown, allErrors = false) =>
  addFormats(new Ajv2020({ strict: true, allErrors })).compile(schema as object);
const { scoreBerenschot } = scoringModule;
const { fromJSON } = serialiseModule;

if (staleBuild) console.warn('warning: src/ has changed since the last build; these figures are for the older dist/.');
if (loadAtStart > os.cpus().length / 2) {
  console.warn(`warning: the machine is busy (load average ${loadAtStart.toFixed(1)}): the figures will be noisy.`);
}

// --- Measuring -------------------------------------------------------------------------------------------------
interface TaskFigures {
  readonly group: string;
  readonly task: string;
  readonly medianMs: number;
  readonly meanMs: number;
  readonly rmePercent: number;
  readonly samples: number;
  /** The first and third quartiles of the samples, for the spread of a ratio. */
  readonly p25Ms: number;
  readonly p75Ms: number;
}
const tasks: TaskFigures[] = [];
let sink = 0;

/** Fewer samples for the groups whose one iteration takes seconds, to keep the whole run near three minutes. */
const HEAVY = { ...OPTIONS, iterations: 5, warmupIterations: 1 } as const;

/** Runs one group of tasks (warm-up, then the measured iterations) and records each task's latency. */
async function measure(
  group: string,
  entries: Readonly<Record<string, () => void>>,
  options: typeof OPTIONS | typeof HEAVY = OPTIONS,
): Promise<void> {
  const bench = new Bench(options);
  for (const [name, fn] of Object.entries(entries)) bench.add(name, fn);
  process.stdout.write(`${group}: `);
  await bench.run();
  for (const task of bench.tasks) {
    const result = task.result;
    if (result.state !== 'completed') {
      throw new Error(`${task.name}: ${result.state === 'errored' ? result.error.message : result.state}`);
    }
    const sorted = result.latency.samples ?? [];
    const quartile = (share: number): number => sorted[Math.floor((sorted.length - 1) * share)] ?? Number.NaN;
    tasks.push({
      group,
      task: task.name,
      medianMs: result.latency.p50,
      meanMs: result.latency.mean,
      rmePercent: result.latency.rme,
      samples: result.latency.samplesCount,
      p25Ms: quartile(0.25),
      p75Ms: quartile(0.75),
    });
  }
  console.log(`done (${((performance.now() - started) / 1000).toFixed(0)} s)`);
}

const taskOf = (task: string): TaskFigures => {
  const found = tasks.find((entry) => entry.task === task);
  if (found === undefined) throw new Error(`no result for ${task}`);
  return found;
};

interface Figure {
  readonly figure: string;
  readonly subject: string;
  readonly baseline: string;
  /** The medians compared, in milliseconds (timed figures) … */
  readonly subjectMedianMs?: number;
  readonly baselineMedianMs?: number;
  /** … or in bytes (memory figures). */
  readonly subjectMedianBytes?: number;
  readonly baselineMedianBytes?: number;
  readonly ratio: number;
  /**
   * The spread of the ratio: for tinybench figures the subject's first quartile ÷ the baseline's third, and the
   * subject's third quartile ÷ the baseline's first; for figures from child processes the lowest and highest ratio of
   * the runs.
   */
  readonly spread: readonly [number, number];
  readonly ratioNote?: string;
  readonly goal: number | null;
  readonly met: boolean | null;
}
const figures: Figure[] = [];
const skipped: string[] = [];
/**
 * Records the ratio of the subject's median to the baseline's. `perBaselineRun` is for a baseline task that does its
 * work several times per sample (so that both samples are about equally long): the ratio compares one run of each.
 */
function figure(name: string, subject: string, baseline: string, goal: number | null, perBaselineRun = 1): void {
  const subjectTask = taskOf(subject);
  const baselineTask = taskOf(baseline);
  const subjectMedianMs = subjectTask.medianMs;
  const baselineMedianMs = baselineTask.medianMs;
  const ratio = (subjectMedianMs / baselineMedianMs) * perBaselineRun;
  figures.push({
    figure: name,
    subject,
    baseline,
    subjectMedianMs,
    baselineMedianMs,
    ratio,
    spread: [
      (subjectTask.p25Ms / baselineTask.p75Ms) * perBaselineRun,
      (subjectTask.p75Ms / baselineTask.p25Ms) * perBaselineRun,
    ],
    ...(perBaselineRun === 1 ? {} : { ratioNote: `${perBaselineRun} × subject median ÷ baseline median` }),
    goal,
    met: goal === null ? null : ratio <= goal,
  });
}

/** Stops the run when the input is not what the benchmark claims: the timed paths must be the success paths. */
function expectAll(what: string, ok: boolean): void {
  if (!ok) throw new Error(`benchmark input is wrong: ${what}`);
}

/**
 * The ten tenths of a list, taken in turn: the baseline of a scaling figure works on a different tenth of the
 * large input each sample, so that it is not flattered by data left in the CPU caches by the sample before.
 */
function tenths<T>(items: readonly T[]): () => readonly T[] {
  const size = Math.ceil(items.length / 10);
  const parts = Array.from({ length: 10 }, (_, index) => items.slice(index * size, (index + 1) * size));
  let next = 0;
  return () => parts[next++ % parts.length] as readonly T[];
}

// --- 1 and 3: validation and scoring of assessments (fast-check, as in scoreBerenschot.bench.ts) -------------
{
  console.log('generating 10,000 assessments with fast-check …');
  const assessments: Assessment[] = fc.sample(assessmentArbitrary({ minResponses: 1, maxResponses: 20 }), {
    seed: SEED,
    numRuns: 10_000,
  });
  const first2000 = assessments.slice(0, 2_000);

  const schema = shippedSchema('assessment');
  const ajvFirstError = compileAjv(schema);
  const ajvAllErrors = compileAjv(schema, true);
  const ajvEnum = compileAjv(enumVariant(schema));
  const ajvEnumAllErrors = compileAjv(enumVariant(schema), true);
  expectAll(
    'ajv accepts every assessment',
    first2000.every((doc) => ajvFirstError(doc) && ajvAllErrors(doc) && ajvEnum(doc)),
  );
  expectAll(
    'safeParseAssessment accepts every assessment',
    first2000.every((doc) => safeParseAssessment(doc).success),
  );
  // Parsing validates and freezes a copy; were the inputs frozen, later samples could skip work.
  expectAll('the inputs stay unfrozen', !first2000.some((doc) => Object.isFrozen(doc)));
  // The same assessments, each with an unknown indicator and an answer above its scale: two issues in each.
  const invalid2000 = first2000.map((doc) => {
    const [first, ...rest] = doc.responses;
    const answers = { ...first?.answers, 'ambitie.onbekend': 3, 'ambitie.concreet': (doc.scale?.max ?? 5) + 1 };
    return { ...doc, responses: [{ ...first, answers }, ...rest] };
  });
  expectAll(
    'every invalid assessment fails both',
    invalid2000.every((doc) => !ajvAllErrors(doc) && !safeParseAssessment(doc).success),
  );

  await measure('assessments: validate 2,000', {
    'ajv validate × 2,000': () => {
      for (const doc of first2000) sink += ajvFirstError(doc) ? 1 : 0;
    },
    'ajv validate (allErrors) × 2,000': () => {
      for (const doc of first2000) sink += ajvAllErrors(doc) ? 1 : 0;
    },
    'ajv validate (labels as enum) × 2,000': () => {
      for (const doc of first2000) sink += ajvEnum(doc) ? 1 : 0;
    },
    'safeParseAssessment × 2,000': () => {
      for (const doc of first2000) sink += safeParseAssessment(doc).success ? 1 : 0;
    },
  });
  await measure('assessments: reject 2,000 invalid', {
    'ajv validate (allErrors) × 2,000 invalid': () => {
      for (const doc of invalid2000) sink += ajvAllErrors(doc) ? 1 : 0;
    },
    'ajv validate (labels as enum, allErrors) × 2,000 invalid': () => {
      for (const doc of invalid2000) sink += ajvEnumAllErrors(doc) ? 1 : 0;
    },
    'safeParseAssessment × 2,000 invalid': () => {
      for (const doc of invalid2000) sink += safeParseAssessment(doc).success ? 1 : 0;
    },
  });
  // Parsed once, outside the timed loops: a parsed assessment is scored without a second check (issue 17), which is
  // how an application scores what it read with parseAssessment or fromJSON. The raw objects are scored too, for
  // information: each is checked on every call, so that row shows what the check costs.
  const parsed10k: Assessment[] = assessments.map((doc) => {
    const result = safeParseAssessment(doc);
    if (!result.success) throw new Error(`a generated assessment does not parse: ${result.error.message}`);
    return result.data;
  });
  // fast-check leaves most indicators unanswered (it draws answers at the edges, null among them), which flatters the
  // scoring; 10,000 parsed copies of the example, where six respondents answer nearly every statement, show the
  // cost of a densely answered assessment (for information).
  const exampleText = readFileSync(join(root, 'examples', 'data', 'kindcentra-noord.assessment.json'), 'utf8');
  const dense10k: Assessment[] = Array.from({ length: 10_000 }, () => {
    const result = safeParseAssessment(JSON.parse(exampleText));
    if (!result.success) throw new Error(`the example assessment does not parse: ${result.error.message}`);
    return result.data;
  });
  await measure('assessments: score 10,000', {
    'JSON.stringify × 10,000 copies of the example': () => {
      for (const doc of dense10k) sink += JSON.stringify(doc).length;
    },
    'scoreBerenschot × 10,000 parsed copies of the example': () => {
      for (const doc of dense10k) sink += scoreBerenschot(doc).factors.length;
    },
    'JSON.stringify × 10,000': () => {
      for (const doc of assessments) sink += JSON.stringify(doc).length;
    },
    'scoreBerenschot × 10,000 parsed': () => {
      for (const doc of parsed10k) sink += scoreBerenschot(doc).factors.length;
    },
    'scoreBerenschot × 10,000 unparsed (checked on every call)': () => {
      for (const doc of assessments) sink += scoreBerenschot(doc).factors.length;
    },
  });
  figure('safeParseAssessment ÷ ajv (2,000 assessments)', 'safeParseAssessment × 2,000', 'ajv validate × 2,000', 2);
  figure(
    'safeParseAssessment ÷ ajv with labels as enum (for information)',
    'safeParseAssessment × 2,000',
    'ajv validate (labels as enum) × 2,000',
    null,
  );
  figure(
    'safeParseAssessment ÷ ajv allErrors, invalid documents (for information)',
    'safeParseAssessment × 2,000 invalid',
    'ajv validate (allErrors) × 2,000 invalid',
    null,
  );
  figure(
    'safeParseAssessment ÷ ajv allErrors with labels as enum, invalid documents (for information)',
    'safeParseAssessment × 2,000 invalid',
    'ajv validate (labels as enum, allErrors) × 2,000 invalid',
    null,
  );
  figure(
    'safeParseAssessment ÷ ajv with allErrors (for information)',
    'safeParseAssessment × 2,000',
    'ajv validate (allErrors) × 2,000',
    null,
  );
  figure(
    'scoreBerenschot ÷ JSON.stringify (10,000 parsed assessments)',
    'scoreBerenschot × 10,000 parsed',
    'JSON.stringify × 10,000',
    1.5,
  );
  figure(
    'scoreBerenschot ÷ JSON.stringify, 10,000 unparsed assessments checked on every call (for information)',
    'scoreBerenschot × 10,000 unparsed (checked on every call)',
    'JSON.stringify × 10,000',
    null,
  );
  figure(
    'scoreBerenschot ÷ JSON.stringify, 10,000 parsed copies of the densely answered example assessment (for information)',
    'scoreBerenschot × 10,000 parsed copies of the example',
    'JSON.stringify × 10,000 copies of the example',
    null,
  );
}

// --- 2 and 4: collaborations as text, and parsing at 10× the documents ------------------------------------------
const portfolioCollaborations: Collaboration[] = [];
{
  console.log('generating 10,000 collaborations with fast-check …');
  const collaborations: Collaboration[] = fc.sample(collaborationArbitrary, { seed: SEED, numRuns: 10_000 });
  const nextTenth = tenths(collaborations);
  const texts = collaborations.slice(0, 2_000).map((doc) => JSON.stringify(doc));
  portfolioCollaborations.push(...collaborations.slice(0, 5_000));
  expectAll(
    'fromJSON accepts every text',
    texts.every((text) => fromJSON(text).success),
  );
  expectAll(
    'safeParseCollaboration accepts every collaboration',
    collaborations.every((doc) => safeParseCollaboration(doc).success),
  );
  expectAll('the inputs stay unfrozen', !collaborations.some((doc) => Object.isFrozen(doc)));

  await measure('collaborations: read 2,000 texts', {
    'JSON.parse × 2,000': () => {
      for (const text of texts) sink += JSON.parse(text) === null ? 0 : 1;
    },
    'fromJSON × 2,000': () => {
      for (const text of texts) sink += fromJSON(text).success ? 1 : 0;
    },
  });
  const shippedCollaboration = shippedSchema('collaboration');
  const ajvCollaboration = compileAjv(shippedCollaboration);
  const ajvCollaborationEnum = compileAjv(enumVariant(shippedCollaboration));
  const first2000 = collaborations.slice(0, 2_000);
  expectAll(
    'ajv accepts every collaboration',
    first2000.every((doc) => ajvCollaboration(doc) && ajvCollaborationEnum(doc)),
  );
  await measure('collaborations: validate 2,000', {
    'ajv validate collaboration × 2,000': () => {
      for (const doc of first2000) sink += ajvCollaboration(doc) ? 1 : 0;
    },
    'ajv validate collaboration (labels as enum) × 2,000': () => {
      for (const doc of first2000) sink += ajvCollaborationEnum(doc) ? 1 : 0;
    },
    'safeParseCollaboration × 2,000': () => {
      for (const doc of first2000) sink += safeParseCollaboration(doc).success ? 1 : 0;
    },
  });
  figure(
    'safeParseCollaboration ÷ ajv (2,000 collaborations)',
    'safeParseCollaboration × 2,000',
    'ajv validate collaboration × 2,000',
    2,
  );
  figure(
    'safeParseCollaboration ÷ ajv with labels as enum (for information)',
    'safeParseCollaboration × 2,000',
    'ajv validate collaboration (labels as enum) × 2,000',
    null,
  );
  // --- issue 15: invalid collaborations, every issue, against ajv with allErrors; and fromJSON of their texts ---
  // One typo in each: the form's id misspelt (a did-you-mean case). And the broken example document, which has a
  // dozen problems of different kinds.
  const ajvCollaborationAll = compileAjv(shippedCollaboration, true);
  const typos = collaborations.slice(0, 1_000).map((doc) => ({ ...doc, form: `${doc.form}x` }));
  const brokenPath = join(root, 'examples', 'data', 'broken.collaboration.json');
  const brokenText = readFileSync(brokenPath, 'utf8');
  const brokens = Array.from({ length: 500 }, () => JSON.parse(brokenText) as unknown);
  const typoTexts = typos.map((doc) => JSON.stringify(doc));
  const brokenTexts = Array.from({ length: 500 }, () => brokenText);
  expectAll(
    'every collaboration with a typo fails both, with one issue',
    typos.every((doc) => {
      const result = safeParseCollaboration(doc);
      return !ajvCollaborationAll(doc) && !result.success && result.error.issues.length === 1;
    }),
  );
  expectAll(
    'the broken collaboration fails both, with several issues',
    [brokens[0]].every((doc) => {
      const result = safeParseCollaboration(doc);
      return !ajvCollaborationAll(doc) && !result.success && result.error.issues.length > 3;
    }),
  );
  expectAll(
    'fromJSON rejects the invalid texts',
    [...typoTexts.slice(0, 100), brokenText].every((text) => !fromJSON(text).success),
  );
  await measure('collaborations: invalid, every issue', {
    'ajv validate collaboration (allErrors) × 1,000 with a typo': () => {
      for (const doc of typos) sink += ajvCollaborationAll(doc) ? 1 : 0;
    },
    'safeParseCollaboration × 1,000 with a typo': () => {
      for (const doc of typos) sink += safeParseCollaboration(doc).success ? 1 : 0;
    },
    'ajv validate collaboration (allErrors) × 500 broken': () => {
      for (const doc of brokens) sink += ajvCollaborationAll(doc) ? 1 : 0;
    },
    'safeParseCollaboration × 500 broken': () => {
      for (const doc of brokens) sink += safeParseCollaboration(doc).success ? 1 : 0;
    },
  });
  await measure('collaborations: read invalid texts', {
    'JSON.parse × 1,000 with a typo': () => {
      for (const text of typoTexts) sink += JSON.parse(text) === null ? 0 : 1;
    },
    'fromJSON × 1,000 with a typo': () => {
      for (const text of typoTexts) sink += fromJSON(text).success ? 1 : 0;
    },
    'JSON.parse × 500 broken': () => {
      for (const text of brokenTexts) sink += JSON.parse(text) === null ? 0 : 1;
    },
    'fromJSON × 500 broken': () => {
      for (const text of brokenTexts) sink += fromJSON(text).success ? 1 : 0;
    },
  });
  figure(
    'safeParseCollaboration ÷ ajv allErrors, invalid: 1,000 collaborations with one typo',
    'safeParseCollaboration × 1,000 with a typo',
    'ajv validate collaboration (allErrors) × 1,000 with a typo',
    8,
  );
  figure(
    'safeParseCollaboration ÷ ajv allErrors, invalid: broken.collaboration.json 500 times',
    'safeParseCollaboration × 500 broken',
    'ajv validate collaboration (allErrors) × 500 broken',
    8,
  );
  figure(
    'fromJSON ÷ JSON.parse, invalid: 1,000 collaborations with one typo',
    'fromJSON × 1,000 with a typo',
    'JSON.parse × 1,000 with a typo',
    5,
  );
  figure(
    'fromJSON ÷ JSON.parse, invalid: broken.collaboration.json 500 times',
    'fromJSON × 500 broken',
    'JSON.parse × 500 broken',
    5,
  );

  // The baseline of the scaling figure: JSON.parse of the same documents as text, scaled the same way.
  const allTexts = collaborations.map((doc) => JSON.stringify(doc));
  const nextTextTenth = tenths(allTexts);
  await measure(
    'collaborations: JSON.parse 1,000 and 10,000 (the scaling baseline)',
    {
      'JSON.parse × 1,000 (a tenth of the 10,000)': () => {
        for (const text of nextTextTenth()) sink += JSON.parse(text) === null ? 0 : 1;
      },
      'JSON.parse × 10,000': () => {
        for (const text of allTexts) sink += JSON.parse(text) === null ? 0 : 1;
      },
    },
    HEAVY,
  );
  figure(
    'JSON.parse: 10,000 ÷ 1,000 collaborations as text (for information: the scaling of the baseline)',
    'JSON.parse × 10,000',
    'JSON.parse × 1,000 (a tenth of the 10,000)',
    null,
  );

  await measure(
    'collaborations: parse 1,000 and 10,000',
    {
      'safeParseCollaboration × 1,000 (a tenth of the 10,000)': () => {
        for (const doc of nextTenth()) sink += safeParseCollaboration(doc).success ? 1 : 0;
      },
      'safeParseCollaboration × 10,000': () => {
        for (const doc of collaborations) sink += safeParseCollaboration(doc).success ? 1 : 0;
      },
    },
    HEAVY,
  );
  figure('fromJSON ÷ JSON.parse (2,000 collaborations)', 'fromJSON × 2,000', 'JSON.parse × 2,000', 2.5);
  figure(
    'safeParseCollaboration: 10,000 ÷ 1,000 documents',
    'safeParseCollaboration × 10,000',
    'safeParseCollaboration × 1,000 (a tenth of the 10,000)',
    12,
  );
}

// --- 4: one collaboration with 10× the partners (and their contributions, interests, agreements, events) ------
{
  // Ten different documents of 50 partners per sample (as much input as one of 500), so that both samples see as
  // much garbage collection and neither finds its input in the CPU caches more than the other.
  const smalls = Array.from({ length: 10 }, (_, index) => largeCollaboration(50, SEED + index, ids));
  const large = largeCollaboration(500, SEED, ids);
  expectAll(
    'safeParseCollaboration accepts the grown documents',
    [...smalls, large].every((doc) => safeParseCollaboration(doc).success),
  );
  const smallTexts = smalls.map((doc) => JSON.stringify(doc));
  const largeText = JSON.stringify(large);
  await measure('collaborations: one document, 50 and 500 partners', {
    'safeParseCollaboration, 10 documents of 50 partners': () => {
      for (const small of smalls) sink += safeParseCollaboration(small).success ? 1 : 0;
    },
    'safeParseCollaboration, 500 partners': () => {
      sink += safeParseCollaboration(large).success ? 1 : 0;
    },
    'JSON.parse, 10 documents of 50 partners': () => {
      for (const text of smallTexts) sink += JSON.parse(text) === null ? 0 : 1;
    },
    'JSON.parse, 500 partners': () => {
      sink += JSON.parse(largeText) === null ? 0 : 1;
    },
  });
  figure(
    'JSON.parse: one document, 500 ÷ 50 partners (for information: the scaling of the baseline)',
    'JSON.parse, 500 partners',
    'JSON.parse, 10 documents of 50 partners',
    null,
    10,
  );
  figure(
    'safeParseCollaboration: one document, 500 ÷ 50 partners',
    'safeParseCollaboration, 500 partners',
    'safeParseCollaboration, 10 documents of 50 partners',
    12,
    10,
  );
}

// --- 4: scoring at 10× the assessments ----------------------------------------------------------------------------
{
  console.log('generating 100,000 assessments …');
  const large = [...streamAssessments(100_000, SEED, ids)];
  const nextTenth = tenths(large);
  expectAll(
    'safeParseAssessment accepts the generated assessments',
    large.slice(0, 1_000).every((doc) => safeParseAssessment(doc).success),
  );
  await measure(
    'assessments: score 10,000 and 100,000',
    {
      'scoreBerenschot × 10,000 (a tenth of the 100,000)': () => {
        for (const doc of nextTenth()) sink += scoreBerenschot(doc).factors.length;
      },
      'scoreBerenschot × 100,000 (generated)': () => {
        for (const doc of large) sink += scoreBerenschot(doc).factors.length;
      },
    },
    HEAVY,
  );
  figure(
    'scoreBerenschot: 100,000 ÷ 10,000 assessments',
    'scoreBerenschot × 100,000 (generated)',
    'scoreBerenschot × 10,000 (a tenth of the 100,000)',
    12,
  );
}

// --- 4: summarisePortfolio at 10× the portfolio -------------------------------------------------------------------
const summariseSource = join(root, 'src', 'scoring', 'summarisePortfolio.ts');
let summarisePortfolio = (scoringModule as unknown as Record<string, unknown>).summarisePortfolio;
let summariseFrom = 'dist/';
if (typeof summarisePortfolio !== 'function' && existsSync(summariseSource)) {
  // Not built or not exported yet: measure the source, which is as good for a ratio between two sizes.
  const module = (await import(pathToFileURL(summariseSource).href)) as Record<string, unknown>;
  summarisePortfolio = module.summarisePortfolio;
  summariseFrom = 'src/ (not in the build yet)';
}
if (typeof summarisePortfolio === 'function') {
  const summarise = summarisePortfolio as (portfolio: Portfolio) => unknown;
  // 5,000 collaborations (fresh ids) with two assessments each, answered by their partners; the baseline takes
  // each of its ten tenths in turn (500 collaborations and their 1,000 assessments).
  const random = randomFrom(SEED);
  const collaborations = portfolioCollaborations.map((doc, index) => ({ ...doc, id: `c${index + 1}` }));
  const assessmentsOf = collaborations.map((doc) => {
    const partners = doc.partners.map((partner) => partner.id);
    return [makeAssessment(random, ids, doc.id, partners), makeAssessment(random, ids, doc.id, partners)];
  });
  const portfolioOf = (from: number, to: number): Portfolio =>
    parsePortfolio({
      kind: 'portfolio',
      schemaVersion: 1,
      name: `Portefeuille ${from + 1} tot en met ${to}`,
      collaborations: collaborations.slice(from, to),
      assessments: assessmentsOf.slice(from, to).flat(),
    });
  // --- issue 15: safeParsePortfolio against ajv on the shipped portfolio.json, valid portfolios as plain data ---
  const rawPortfolios = Array.from({ length: 10 }, (_, index) => ({
    kind: 'portfolio',
    schemaVersion: 1,
    name: `Portefeuille ${index + 1}`,
    collaborations: collaborations.slice(index * 50, (index + 1) * 50),
    assessments: assessmentsOf.slice(index * 50, (index + 1) * 50).flat(),
  }));
  const ajvPortfolio = compileAjv(shippedSchema('portfolio'));
  expectAll(
    'ajv and safeParsePortfolio accept every portfolio',
    rawPortfolios.every((doc) => ajvPortfolio(doc) && safeParsePortfolio(doc).success),
  );
  expectAll('the portfolios stay unfrozen', !rawPortfolios.some((doc) => Object.isFrozen(doc)));
  await measure('portfolios: validate 10 of 50 collaborations and 100 assessments', {
    'ajv validate portfolio × 10': () => {
      for (const doc of rawPortfolios) sink += ajvPortfolio(doc) ? 1 : 0;
    },
    'safeParsePortfolio × 10': () => {
      for (const doc of rawPortfolios) sink += safeParsePortfolio(doc).success ? 1 : 0;
    },
  });
  figure(
    'safeParsePortfolio ÷ ajv (10 portfolios of 50 collaborations)',
    'safeParsePortfolio × 10',
    'ajv validate portfolio × 10',
    2,
  );

  const large = portfolioOf(0, 5_000);
  const nextSmall = tenths(Array.from({ length: 10 }, (_, index) => portfolioOf(index * 500, (index + 1) * 500)));
  portfolioCollaborations.length = 0;
  console.log(`summarisePortfolio from ${summariseFrom}`);
  await measure(
    'portfolio: summarise 500 and 5,000 collaborations',
    {
      'summarisePortfolio, 500 collaborations + 1,000 assessments (a tenth)': () => {
        for (const small of nextSmall()) sink += summarise(small) === undefined ? 0 : 1;
      },
      'summarisePortfolio, 5,000 collaborations + 10,000 assessments': () => {
        sink += summarise(large) === undefined ? 0 : 1;
      },
    },
    HEAVY,
  );
  figure(
    `summarisePortfolio: 10× ÷ 1× the portfolio (from ${summariseFrom})`,
    'summarisePortfolio, 5,000 collaborations + 10,000 assessments',
    'summarisePortfolio, 500 collaborations + 1,000 assessments (a tenth)',
    12,
  );
} else {
  portfolioCollaborations.length = 0;
  skipped.push(
    'summarisePortfolio scaling: skipped, because neither the build nor src/scoring/summarisePortfolio.ts has summarisePortfolio.',
  );
}

// --- 5: memory, in a fresh process ------------------------------------------------------------------------------
interface MemoryFigures {
  readonly count: number;
  readonly heapGrowthBytes: number;
  readonly heapGrowthPerResultBytes: number;
  readonly retainedByResultsBytes: number;
  readonly residueAfterDroppingResultsBytes: number;
  readonly resultHeapBytes: number;
  readonly resultJsonBytes: number;
  readonly assessmentHeapBytes: number;
  readonly assessmentJsonBytes: number;
  readonly inputsIfKeptBytes: number;
  readonly goal: string;
  readonly met: boolean;
}
process.stdout.write('memory: scoring 100,000 streamed assessments (fresh process, --expose-gc): ');
const child = spawnSync(
  process.execPath,
  ['--expose-gc', '--max-old-space-size=4096', '--import', 'tsx', join('bench', 'memory.ts'), '100000'],
  { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
);
const memoryLine = child.stdout.trim().split('\n').at(-1) ?? '';
if (child.status !== 0 || !memoryLine.startsWith('{')) throw new Error(`bench/memory.ts failed (exit ${child.status})`);
const memory = JSON.parse(memoryLine) as MemoryFigures;
console.log(`done (${((performance.now() - started) / 1000).toFixed(0)} s)`);

// --- issue 15: large portfolios in fresh processes (bench/portfolioMemory.ts) ------------------------------------
/** Runs bench/portfolioMemory.ts in a fresh process and returns the JSON line it prints. */
interface PortfolioRuns {
  readonly medianMs: number;
  readonly medianExtraPeakBytes: number;
}
interface SummariseMemory extends PortfolioRuns {
  readonly inputHeapBytes: number;
  readonly ratio: number;
  readonly ratioMin: number;
  readonly ratioMax: number;
}
interface BadAnswer {
  readonly valid: PortfolioRuns;
  readonly bad: PortfolioRuns;
  readonly timeRatio: number;
  readonly timeRatioMin: number;
  readonly timeRatioMax: number;
  readonly memoryRatio: number;
  readonly memoryRatioMin: number;
  readonly memoryRatioMax: number;
}
function portfolioChild(mode: string): unknown {
  process.stdout.write(`portfolio memory, ${mode} (fresh process, --expose-gc): `);
  const run = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--max-old-space-size=6144',
      '--import',
      'tsx',
      join('bench', 'portfolioMemory.ts'),
      mode,
      String(PORTFOLIO_RUNS),
    ],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  if (run.status !== 0 || !line.startsWith('{')) throw new Error(`bench/portfolioMemory.ts ${mode} failed`);
  console.log(`done (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  return JSON.parse(line);
}
const PORTFOLIO_RUNS = 3;
const summariseMemory = portfolioChild('summarise') as SummariseMemory;
figures.push({
  figure:
    'summarisePortfolio, 100,000 assessments: extra peak heap (V8 usedHeapSize) ÷ the heap of the parsed portfolio',
  subject: 'extra peak heap of summarisePortfolio (median of the runs)',
  baseline: 'heap of the parsed portfolio (50,000 collaborations, 100,000 assessments)',
  subjectMedianBytes: summariseMemory.medianExtraPeakBytes,
  baselineMedianBytes: summariseMemory.inputHeapBytes,
  ratio: summariseMemory.ratio,
  spread: [summariseMemory.ratioMin, summariseMemory.ratioMax],
  goal: 0.5,
  met: summariseMemory.ratio <= 0.5,
});
const badAnswer = portfolioChild('bad-answer') as BadAnswer;
const validRuns = badAnswer.valid;
const badRuns = badAnswer.bad;
figures.push({
  figure: `safeParsePortfolio, 100,000 assessments: one bad answer ÷ all valid, time (median of ${PORTFOLIO_RUNS} runs)`,
  subject: 'safeParsePortfolio with one answer above its scale (median of the runs)',
  baseline: 'safeParsePortfolio of the same portfolio, all valid',
  subjectMedianMs: badRuns.medianMs,
  baselineMedianMs: validRuns.medianMs,
  ratio: badAnswer.timeRatio,
  spread: [badAnswer.timeRatioMin, badAnswer.timeRatioMax],
  goal: 1.2,
  met: badAnswer.timeRatio <= 1.2,
});
figures.push({
  figure: 'safeParsePortfolio, 100,000 assessments: one bad answer ÷ all valid, extra peak heap (V8 usedHeapSize)',
  subject: 'extra peak heap of safeParsePortfolio with one answer above its scale (median of the runs)',
  baseline: 'extra peak heap of safeParsePortfolio of the same portfolio, all valid',
  subjectMedianBytes: badRuns.medianExtraPeakBytes,
  baselineMedianBytes: validRuns.medianExtraPeakBytes,
  ratio: badAnswer.memoryRatio,
  spread: [badAnswer.memoryRatioMin, badAnswer.memoryRatioMax],
  goal: 1.2,
  met: badAnswer.memoryRatio <= 1.2,
});

// --- issue 15: start-up, require('samenwerking') against require('zod'), in fresh processes ---------------------
// The goal row: what requiring the package costs a fresh process. Each process times its own `require` (or `import()`)
// with `performance.now()` and prints it: the cost of starting Node itself is the same for all and is left out, and
// its noise with it (a difference of whole process times drowns a few milliseconds). The CommonJS root is lazy (each
// name loads its subpath on first read), so two rows for information say what a first use and an ES module import
// cost: requiring the package, parsing the example assessment and scoring it, against requiring zod and parsing one
// object with it; and `import()` of the ES module root against `import('zod')`.
{
  process.stdout.write('start-up: fresh processes: ');
  const ROUNDS = 15;
  const cjs = JSON.stringify(join(root, 'dist', 'index.cjs'));
  const esm = JSON.stringify(pathToFileURL(join(root, 'dist', 'index.js')).href);
  const example = JSON.stringify(join(root, 'examples', 'data', 'kindcentra-noord.assessment.json'));
  const timed = (code: string): string =>
    `const begin = performance.now(); ${code}; console.log(performance.now() - begin);`;
  const programs = {
    zod: ['-e', timed("require('zod')")],
    library: ['-e', timed(`require(${cjs})`)],
    zodUse: ['-e', timed("const z = require('zod'); z.object({ name: z.string() }).parse({ name: 'x' })")],
    libraryUse: [
      '-e',
      `const text = require('node:fs').readFileSync(${example}, 'utf8'); ${timed(
        `const s = require(${cjs}); s.scoreBerenschot(s.parseAssessment(JSON.parse(text)))`,
      )}`,
    ],
    zodEsm: ['--input-type=module', '-e', timed("await import('zod')")],
    libraryEsm: ['--input-type=module', '-e', timed(`await import(${esm})`)],
  } as const;
  type Program = keyof typeof programs;
  const timeOf = (args: readonly string[]): number => {
    const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
    const ms = Number(run.stdout.trim());
    if (run.status !== 0 || !Number.isFinite(ms)) throw new Error(`node ${args.join(' ')} failed: ${run.stderr}`);
    return ms;
  };
  const rounds: Record<Program, number>[] = [];
  // Interleaved, so that a busy moment of the machine hits all programs alike.
  for (let round = 0; round < ROUNDS; round++) {
    const times = {} as Record<Program, number>;
    for (const [name, args] of Object.entries(programs)) times[name as Program] = timeOf(args);
    rounds.push(times);
  }
  const median = (values: number[]): number => {
    const sorted = [...values].sort((left, right) => left - right);
    return sorted[Math.floor(sorted.length / 2)] as number;
  };
  /** The figure of a program against a baseline program: the ratio of their medians, the spread of one round's. */
  const startUp = (name: string, subject: Program, baseline: Program, goal: number | null): void => {
    const subjectMs = median(rounds.map((round) => round[subject]));
    const baselineMs = median(rounds.map((round) => round[baseline]));
    const perRound = rounds.map((round) => round[subject] / round[baseline]);
    const ratio = subjectMs / baselineMs;
    figures.push({
      figure: `${name} (${ROUNDS} processes each)`,
      subject: `the time node ${programs[subject].join(' ')} prints (median of ${ROUNDS})`,
      baseline: `the time node ${programs[baseline].join(' ')} prints (median of ${ROUNDS})`,
      subjectMedianMs: subjectMs,
      baselineMedianMs: baselineMs,
      ratio,
      spread: [Math.min(...perRound), Math.max(...perRound)],
      goal,
      met: goal === null ? null : ratio <= goal,
    });
  };
  startUp(
    "require('samenwerking') ÷ require('zod'), start-up time added to an empty node process",
    'library',
    'zod',
    1.3,
  );
  startUp(
    "require('samenwerking'), parseAssessment and scoreBerenschot of the example ÷ require('zod') and one z.object parse (for information)",
    'libraryUse',
    'zodUse',
    null,
  );
  startUp(
    "import('samenwerking') ÷ import('zod'), ES modules, start-up time added to an empty node process (for information)",
    'libraryEsm',
    'zodEsm',
    null,
  );
  console.log(`done (${((performance.now() - started) / 1000).toFixed(0)} s)`);
}

// --- Report -------------------------------------------------------------------------------------------------------
const MB = (bytes: number): number => Number((bytes / 1e6).toFixed(1));
const KB = (bytes: number): number => Number((bytes / 1e3).toFixed(1));
const cpus = os.cpus();
const machine = {
  cpu: cpus[0]?.model ?? 'unknown',
  cores: cpus.length,
  memoryBytes: os.totalmem(),
  memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
  platform: `${os.platform()} ${os.release()} ${os.arch()}`,
  node: process.version,
  v8: process.versions.v8,
  loadAverage: { atStart: Number(loadAtStart.toFixed(2)), atEnd: Number((os.loadavg()[0] ?? 0).toFixed(2)) },
};
let commit = 'unknown';
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: 'pipe' }).trim();
} catch {
  // Not a git checkout: the commit stays unknown.
}

console.log(
  `\n${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}; commit ${commit}` +
    `${staleBuild ? ' (dist/ older than src/)' : ''}; load average ${machine.loadAverage.atStart} at the start, ` +
    `${machine.loadAverage.atEnd} at the end\n`,
);
console.table(
  tasks.map((task) => ({
    task: task.task,
    'median (ms)': Number(task.medianMs.toFixed(task.medianMs < 10 ? 3 : 1)),
    'mean (ms)': Number(task.meanMs.toFixed(task.meanMs < 10 ? 3 : 1)),
    'rme (%)': Number(task.rmePercent.toFixed(1)),
    samples: task.samples,
  })),
);
console.table(
  figures.map((entry) => ({
    figure: entry.figure,
    'ratio of medians': Number(entry.ratio.toFixed(2)),
    spread: `${entry.spread[0].toFixed(2)} – ${entry.spread[1].toFixed(2)}`,
    goal: entry.goal === null ? '—' : `≤ ${entry.goal}`,
    met: entry.met === null ? '—' : entry.met ? 'yes' : 'NO',
  })),
);
for (const entry of figures) {
  if (entry.ratioNote !== undefined)
    console.log(`${entry.figure}: ratio = ${entry.ratioNote} (equal input per sample).`);
}
for (const message of skipped) console.log(message);

console.log(`\nMemory: ${memory.count.toLocaleString('en')} assessments streamed and scored, only the results kept.`);
console.table([
  { measure: 'heap growth, total (MB)', value: MB(memory.heapGrowthBytes) },
  { measure: 'heap growth per result (kB)', value: KB(memory.heapGrowthPerResultBytes) },
  { measure: 'one result, detached copy on the heap (kB)', value: KB(memory.resultHeapBytes) },
  { measure: 'one result as JSON (kB)', value: KB(memory.resultJsonBytes) },
  { measure: 'one assessment on the heap (kB)', value: KB(memory.assessmentHeapBytes) },
  { measure: 'one assessment as JSON (kB)', value: KB(memory.assessmentJsonBytes) },
  { measure: 'freed by dropping the results (MB)', value: MB(memory.retainedByResultsBytes) },
  { measure: 'left after dropping the results (MB)', value: MB(memory.residueAfterDroppingResultsBytes) },
  { measure: 'had the inputs been kept too (MB, more)', value: MB(memory.inputsIfKeptBytes) },
]);
const growthShare = memory.heapGrowthPerResultBytes / memory.resultHeapBytes;
console.log(
  `${memory.met ? 'Met' : 'NOT met'}: the heap grew by ${KB(memory.heapGrowthPerResultBytes)} kB per result, ` +
    `${(growthShare * 100).toFixed(0)}% of the ${KB(memory.resultHeapBytes)} kB of one result, and ` +
    `${MB(memory.residueAfterDroppingResultsBytes)} MB stayed after the results were dropped: ` +
    `${memory.met ? 'the growth is the results, not the inputs' : 'something besides the results is kept'} ` +
    `(the inputs would have added ${MB(memory.inputsIfKeptBytes)} MB). Goal: ${memory.goal}.`,
);

const goals = [...figures.filter((entry) => entry.met !== null).map((entry) => entry.met), memory.met];
console.log(
  `\n${goals.filter(Boolean).length} of ${goals.length} goals met; ${skipped.length} skipped. ` +
    `Whole run ${((performance.now() - started) / 1000).toFixed(0)} s.`,
);

writeFileSync(
  join(root, 'bench', 'results.json'),
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      machine,
      commit,
      staleBuild,
      measured: 'dist/ (ESM), medians of tinybench samples after warm-up; ratios are ratios of medians',
      options: { default: OPTIONS, heavyGroups: HEAVY },
      figures,
      memory,
      skipped,
      tasks,
      seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
    },
    null,
    2,
  )}\n`,
);
console.log('Written to bench/results.json.');
if (sink === 0) console.log('(no work done)');
