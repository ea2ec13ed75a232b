import { type Localised, localise } from '../localise.js';
import { en } from './en.js';
import { type BenchmarkFindingMessages, nl } from './nl.js';

/**
 * The texts of compareWithBenchmark, in Dutch and English: every message gives a new `{ nl, en }` object.
 */
export const benchmarkFindings: Localised<BenchmarkFindingMessages> =
  /* @__PURE__ */ localise<BenchmarkFindingMessages>({ nl, en });
