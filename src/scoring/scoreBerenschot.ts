import { throwIfIssues } from '../arguments/argumentReader.js';
import type { IndicatorId } from '../catalogue/ids/indicators.js';
import type { StrategyFactorId } from '../catalogue/ids/strategyFactors.js';
import type { Issue } from '../errors/SamenwerkingError.js';
import type { Assessment } from '../schema/types.js';
import { readAssessment } from './readAssessment.js';
import { scoreAssessment } from './scoreAssessment.js';
import { defaultScoreSettings, readScoreOptions, readScoreSettings } from './scoreSettings.js';
import type { BerenschotScore } from './types.js';

/**
 * The options of {@link scoreBerenschot}. Every option may be left out or set to `undefined` for its default.
 *
 * @category Scoring
 */
export interface ScoreBerenschotOptions {
  /** The weight of each indicator within its factor, keyed by indicator id; finite, 0 or more; default 1. */
  readonly weights?: Readonly<Partial<Record<IndicatorId, number | undefined>>> | undefined;
  /** The weight of each factor in the overall score, keyed by factor id; finite, 0 or more; default 1. */
  readonly factorWeights?: Readonly<Partial<Record<StrategyFactorId, number | undefined>>> | undefined;
  /** The share of a factor's indicator weight that must be answered for the factor to get a score; 0 to 1, default 0.5. */
  readonly minCoverage?: number | undefined;
  /** The lower bounds of the bands `voldoende` (default 50) and `goed` (default 75); 0 ≤ voldoende < goed ≤ 100. */
  readonly bands?:
    | {
        /** The lowest score that counts as `voldoende`. */
        readonly voldoende?: number | undefined;
        /** The lowest score that counts as `goed`. */
        readonly goed?: number | undefined;
      }
    | undefined;
  /** The lead over an `onvoldoende` prerequisite from which a factor gets a sequence warning; 0 or more, default 25. */
  readonly sequenceGap?: number | undefined;
  /** The signal-indicator score below which a pitfall is reported; 0 to 100, default 40. */
  readonly pitfallThreshold?: number | undefined;
  /** The spread between partner means, in scale points, from which a disagreement is reported; 0 or more, default 2. */
  readonly disagreementGap?: number | undefined;
}

/**
 * Scores a Berenschot self-assessment on the six strategy factors, and explains every factor score.
 *
 * @remarks
 * Indicator score = 100 × (mean answer − min) / (max − min) over the non-null answers. Factor score = Σ(weight ×
 * indicator score) / Σ weight over the answered indicators, `null` when their weight is below `minCoverage` of the
 * factor's total. Overall = the factor-weighted mean of the factor scores. Readiness = the lowest prerequisite score.
 * A sequence warning marks a factor at least `sequenceGap` ahead of an `onvoldoende` prerequisite; a pitfall marks a
 * signal indicator below `pitfallThreshold`; a disagreement marks partner means at least `disagreementGap` scale points
 * apart. The factors, indicators, prerequisites and pitfalls are those of the Berenschot strategy in the catalogue
 * (source `berenschot-gemeente-onderwijs`). The answers are read in one pass.
 *
 * Every score is the double nearest to the exact value of its formula, and every band and threshold is decided on
 * that exact value (the answers are whole numbers, so each score is a ratio of whole-number sums): a score that is
 * mathematically on a band limit gets the band above it and is reported as that limit.
 *
 * @param assessment - The assessment, as parsed by `parseAssessment`; it is not changed. Any other value is checked
 *   first (without zod): a valid assessment built by hand is scored, anything else refused.
 * @param options - The weights, thresholds and bands; every one has a default.
 * @returns A new, deeply frozen stored result (`kind: 'berenschot-score'`, `schemaVersion: 1`, the catalogue
 *   `edition` and the `options` used) with the overall score, the six factor scores in strategy order, the sequence
 *   warnings, the pitfalls and the disagreements; `toJSON` writes it and `fromJSON` reads it back.
 * @throws {SamenwerkingError} `invalid_argument` when `assessment` is not a valid assessment (the message names what
 *   it is and points to `safeParseAssessment`, which lists each problem; a parsed assessment is not checked again).
 * @throws {SamenwerkingError} `invalid_option` when an option is unknown or out of range: a weight outside 0 to
 *   1,000,000, an unknown id among the weights, all weights of a factor 0, bands out of order or outside 0..100,
 *   `minCoverage` outside 0..1, a negative gap, or `pitfallThreshold` outside 0..100. Every problem is listed.
 *
 * @example
 * ```ts
 * const result = scoreBerenschot({
 *   kind: 'assessment',
 *   schemaVersion: 1,
 *   collaboration: 'spil-eindhoven',
 *   date: '2026-03-15',
 *   responses: [
 *     {
 *       respondent: 'r1',
 *       answers: { 'ambitie.concreet': 4, 'ambitie.uitgangspunten': 3, 'ambitie.bijdragen': 5, 'ambitie.urgentie': 2 },
 *     },
 *   ],
 * });
 * result.factors[1].score;
 * //=> 62.5
 * result.factors[1].explanation.summary.en;
 * //=> 'Score 62.5: the mean of 4 of 4 indicators (coverage 100%, at least 50% needed).'
 * result.overall;
 * //=> { score: 62.5, band: 'voldoende', bottleneck: null }
 * ```
 * @category Scoring
 */
export function scoreBerenschot(assessment: Assessment, options?: ScoreBerenschotOptions): BerenschotScore {
  const issues: Issue[] = [];
  const checked = readAssessment(assessment, issues);
  let settings = defaultScoreSettings();
  if (options !== undefined) {
    const reader = readScoreOptions(options, issues);
    settings = readScoreSettings(reader);
  }
  throwIfIssues(issues);
  return scoreAssessment(checked as Assessment, settings);
}
