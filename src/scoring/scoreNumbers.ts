/**
 * The numbers of a Berenschot score, without any text: the answers summed in one pass, and every score, coverage,
 * band and warning computed exactly on those sums (see `internal/ratio.ts`). `scoreBerenschot` adds the explanations
 * to these numbers; `summarisePortfolio` uses the numbers alone.
 */
import type { IndicatorId } from '../catalogue/ids/indicators.js';
import type { PitfallId } from '../catalogue/ids/pitfalls.js';
import type { StrategyFactorId } from '../catalogue/ids/strategyFactors.js';
import { answerNumbersOf } from '../internal/parsed.js';
import {
  add,
  compare,
  divide,
  isZero,
  multiply,
  type Ratio,
  ratio,
  subtract,
  toNumber,
  toNumberBelowLimit,
  ZERO,
} from '../internal/ratio.js';
import { DEFAULT_SCALE } from '../schema/defaultScale.js';
import type { Assessment, Response } from '../schema/types.js';
import type { ScoreSettings } from './scoreSettings.js';
import { type ModelFactor, type StrategyModel, strategyModel } from './strategyModel.js';
import type { AssessmentPitfall, Band, Disagreement, PartnerMean, SequenceWarning } from './types.js';

/** Per indicator position, the sum of the answers counted and their number. */
interface Sums<Sum extends number | bigint> {
  readonly sums: Sum[];
  readonly counts: number[];
}

/** The answers of an assessment, summed in one pass. */
interface AnswerTally<Sum extends number | bigint> extends Sums<Sum> {
  /** Per partner, the sums of the raw answers and their counts. */
  readonly partners: Map<string, Sums<Sum>>;
}

function emptySums<Sum extends number | bigint>(length: number, zero: Sum): Sums<Sum> {
  return { sums: new Array<Sum>(length).fill(zero), counts: new Array<number>(length).fill(0) };
}

/**
 * The numeric answers of a response as `[position, answer, …]`, the position being the indicator's place in the
 * model: as a parse kept them (see `keepAnswerNumbers`), or, for a response that did not come from a parse, looked up
 * by position, which costs less than walking keys in an order that differs from response to response.
 *
 * @param response - A response of a valid assessment.
 * @param ids - The model's indicator ids.
 */
export function answerNumbers(response: Response, ids: readonly string[]): readonly number[] {
  const kept = answerNumbersOf(response);
  if (kept !== undefined) return kept;
  const answers = response.answers as Readonly<Record<string, unknown>>;
  const numbers: number[] = [];
  ids.forEach((id, at) => {
    const answer = answers[id];
    if (typeof answer === 'number') numbers.push(at, answer);
  });
  return numbers;
}

/**
 * Sums the answers in one pass: per indicator the sum of (answer − min) and the count, and per partner the sum of the
 * raw answers and the count. In plain numbers when every sum stays a safe integer (which the scale and the number of
 * responses decide beforehand), else in `bigint`s: either way the sums are exact, so the order of the responses
 * cannot matter.
 */
function tallyAnswers(
  assessment: Assessment,
  model: StrategyModel,
  min: number,
  big: boolean,
): AnswerTally<number | bigint> {
  const ids = model.indicatorIds;
  const length = ids.length;
  const zero = big ? 0n : 0;
  const { sums, counts } = emptySums<number | bigint>(length, zero);
  const partners = new Map<string, Sums<number | bigint>>();
  const lowest = big ? BigInt(min) : 0n;
  for (const response of assessment.responses) {
    // A partner's tally is made when its first response comes.
    const partner = response.partner;
    let tally = partner === undefined ? undefined : partners.get(partner);
    if (partner !== undefined && tally === undefined) {
      tally = emptySums(length, zero);
      partners.set(partner, tally);
    }
    const numbers = answerNumbers(response, ids);
    for (let index = 0; index < numbers.length; index += 2) {
      const at = numbers[index] as number;
      const answer = numbers[index + 1] as number;
      counts[at] = (counts[at] as number) + 1;
      if (big) sums[at] = (sums[at] as bigint) + BigInt(answer) - lowest;
      else sums[at] = (sums[at] as number) + answer - min;
      if (tally === undefined) continue;
      tally.counts[at] = (tally.counts[at] as number) + 1;
      if (big) tally.sums[at] = (tally.sums[at] as bigint) + BigInt(answer);
      else tally.sums[at] = (tally.sums[at] as number) + answer;
    }
  }
  return { sums, counts, partners };
}

/** The band of an exact score under the settings' limits. */
function bandOf(score: Ratio, settings: ScoreSettings): Band {
  if (compare(score, settings.exact.bands.voldoende) < 0) return 'onvoldoende';
  return compare(score, settings.exact.bands.goed) < 0 ? 'voldoende' : 'goed';
}

/** An exact score as reported: the nearest double, kept below the limit of the band above when it is below it. */
function reported(score: Ratio, band: Band, settings: ScoreSettings): number {
  if (band === 'onvoldoende')
    return toNumberBelowLimit(score, settings.bands.voldoende, settings.exact.bands.voldoende);
  if (band === 'voldoende') return toNumberBelowLimit(score, settings.bands.goed, settings.exact.bands.goed);
  return toNumber(score);
}

/** The numbers of one strategy factor. */
export interface FactorNumbers {
  /** The strategy factor. */
  readonly factor: StrategyFactorId;
  /** The exact score, or `null`. */
  readonly exact: Ratio | null;
  /** The score as reported, or `null`. */
  readonly score: number | null;
  /** The band, or `null`. */
  readonly band: Band | null;
  /** The answered share of the indicator weight, as reported. */
  readonly coverage: number;
  /** The summed weight of the answered indicators. */
  readonly answeredWeight: number;
  /** The summed weight of all indicators. */
  readonly totalWeight: number;
  /** The number of indicators with a score. */
  readonly answered: number;
  /** The number of indicators with a score and a positive weight. */
  readonly counted: number;
  /** Whether the counted indicators carry different weights. */
  readonly weighted: boolean;
  /** The lowest prerequisite score; 100 without prerequisites, `null` when one has no score. */
  readiness: number | null;
}

/** Every number of a Berenschot score. */
export interface ScoreNumbers {
  /** Per indicator position, its score as reported, or `null`. */
  readonly indicatorScores: readonly (number | null)[];
  /** Per indicator position, the number of answers. */
  readonly counts: readonly number[];
  /** The six factors, in strategy order. */
  readonly factors: readonly FactorNumbers[];
  /** The overall score, its band and the bottleneck. */
  readonly overall: {
    readonly score: number | null;
    readonly band: Band | null;
    readonly bottleneck: StrategyFactorId | null;
  };
  /** The sequence warnings. */
  readonly sequenceWarnings: readonly SequenceWarning[];
  /** The signalled pitfalls, in catalogue order. */
  readonly pitfalls: readonly AssessmentPitfall[];
  /** The disagreements, in catalogue order; empty when not asked for. */
  readonly disagreements: readonly Disagreement[];
}

/** The weighted mean of one factor's indicator scores, with its coverage. */
function factorNumbers(
  factor: ModelFactor,
  indicators: readonly (Ratio | null)[],
  settings: ScoreSettings,
): FactorNumbers {
  const weights = settings.exact.indicatorWeights;
  let weightedSum = ZERO;
  let answeredWeight = ZERO;
  let totalWeight = ZERO;
  let answered = 0;
  let counted = 0;
  let firstWeight = -1;
  let weighted = false;
  for (let at = factor.first; at < factor.end; at++) {
    const weight = weights[at] as Ratio;
    const score = indicators[at] as Ratio | null;
    totalWeight = add(totalWeight, weight);
    if (score === null) continue;
    answered += 1;
    answeredWeight = add(answeredWeight, weight);
    weightedSum = add(weightedSum, weight.num === 1 && weight.den === 1 ? score : multiply(weight, score));
    const plain = settings.indicatorWeights[at] as number;
    if (plain > 0) {
      counted += 1;
      if (firstWeight < 0) firstWeight = plain;
      else if (plain !== firstWeight) weighted = true;
    }
  }
  // The settings refuse a factor whose indicator weights add up to 0, so the total is above 0.
  const coverage = divide(answeredWeight, totalWeight);
  const scored = !isZero(answeredWeight) && compare(coverage, settings.exact.minCoverage) >= 0;
  const exact = scored ? divide(weightedSum, answeredWeight) : null;
  const band = exact === null ? null : bandOf(exact, settings);
  return {
    factor: factor.id,
    exact,
    score: exact === null ? null : reported(exact, band as Band, settings),
    band,
    coverage: scored
      ? toNumber(coverage)
      : toNumberBelowLimit(coverage, settings.minCoverage, settings.exact.minCoverage),
    answeredWeight: toNumber(answeredWeight),
    totalWeight: toNumber(totalWeight),
    answered,
    counted,
    weighted,
    readiness: 100,
  };
}

/** A partner's mean answer to the indicator at a position, or `undefined` when it gave none there. */
function meanAt(tally: Sums<number | bigint>, at: number): Ratio | undefined {
  const count = tally.counts[at] as number;
  if (count === 0) return undefined;
  const sum = tally.sums[at] as number | bigint;
  // In lowest terms: only the few indicators that the check in doubles cannot decide get here.
  return ratio(sum, count);
}

/**
 * The partners' mean answers to one indicator, and the spread between the highest and the lowest when it reaches the
 * gap, all computed exactly. The means are computed again for the few indicators that are reported, rather than kept
 * in a list for every indicator.
 */
function disagreementAt(
  at: number,
  partners: readonly string[],
  tallies: readonly Sums<number | bigint>[],
  settings: ScoreSettings,
  model: StrategyModel,
): Disagreement | undefined {
  // First in doubles, without making a ratio: a spread below the gap by far more than the doubles' rounding (a
  // billionth of the means' size) is below it exactly, which decides most indicators. A partner without answers here
  // has a mean of NaN, which no comparison takes; an infinite mean (bigint sums beyond the doubles) goes on exactly.
  let lowest = Infinity;
  let highest = -Infinity;
  for (const tally of tallies) {
    const mean = Number(tally.sums[at]) / (tally.counts[at] as number);
    if (mean < lowest) lowest = mean;
    if (mean > highest) highest = mean;
  }
  // |highest| + |lowest| is at most twice the larger of `highest` and `-lowest`.
  if (highest - lowest + 2e-9 * Math.max(highest, -lowest) < settings.disagreementGap) return undefined;
  let low: Ratio | undefined;
  let high: Ratio | undefined;
  for (const tally of tallies) {
    const mean = meanAt(tally, at);
    if (mean === undefined) continue;
    // `<=` keeps the last of equal lowest means and `>` the first of equal highest, so that `low` is `high` only when
    // fewer than two partners answered.
    if (low === undefined || compare(mean, low) <= 0) low = mean;
    if (high === undefined || compare(mean, high) > 0) high = mean;
  }
  if (low === high) return undefined;
  const spread = subtract(high as Ratio, low as Ratio);
  if (compare(spread, settings.exact.disagreementGap) < 0) return undefined;
  const shown: PartnerMean[] = [];
  tallies.forEach((tally, index) => {
    const mean = meanAt(tally, at);
    if (mean === undefined) return;
    shown.push(
      Object.freeze({ partner: partners[index] as string, mean: toNumber(mean), answers: tally.counts[at] as number }),
    );
  });
  return Object.freeze({
    indicator: model.indicatorIds[at] as IndicatorId,
    spread: toNumber(spread),
    partners: Object.freeze(shown),
  });
}

/** Compares the partner means per indicator; partners in id order, so the result never depends on the order. */
function findDisagreements(
  model: StrategyModel,
  partnerTallies: ReadonlyMap<string, Sums<number | bigint>>,
  settings: ScoreSettings,
): Disagreement[] {
  const disagreements: Disagreement[] = [];
  // The default order compares UTF-16 code units, as `<` does.
  const partners = [...partnerTallies.keys()].sort();
  const tallies = partners.map((partner) => partnerTallies.get(partner) as Sums<number | bigint>);
  for (let at = 0; at < model.indicatorIds.length; at++) {
    const found = disagreementAt(at, partners, tallies, settings, model);
    if (found !== undefined) disagreements.push(found);
  }
  return disagreements;
}

/**
 * Computes every number of a Berenschot score exactly, from settings that have been checked already.
 *
 * @param assessment - A valid assessment.
 * @param settings - The checked options.
 * @param full - Whether to find sequence warnings and disagreements too (a portfolio summary needs neither).
 */
export function scoreNumbers(assessment: Assessment, settings: ScoreSettings, full = true): ScoreNumbers {
  const model = strategyModel();
  const min = assessment.scale?.min ?? DEFAULT_SCALE.min;
  const max = assessment.scale?.max ?? DEFAULT_SCALE.max;
  // Every sum stays a safe integer when 100 × the largest answer size × the number of answers does.
  const big = !(200 * Math.max(Math.abs(min), Math.abs(max)) * assessment.responses.length <= Number.MAX_SAFE_INTEGER);
  const tally = tallyAnswers(assessment, model, min, big);
  const threshold = settings.exact.pitfallThreshold;
  const exactIndicators: (Ratio | null)[] = [];
  const indicatorScores: (number | null)[] = [];
  for (let at = 0; at < tally.counts.length; at++) {
    const count = tally.counts[at] as number;
    const sum = tally.sums[at] as number | bigint;
    // 100 × sum / (count × range), left unreduced: indicators with as many answers share a denominator.
    const score =
      count === 0
        ? null
        : typeof sum === 'number'
          ? { num: 100 * sum, den: count * (max - min) }
          : ratio(100n * sum, BigInt(count) * (BigInt(max) - BigInt(min)));
    exactIndicators.push(score);
    indicatorScores.push(score && toNumberBelowLimit(score, settings.pitfallThreshold, threshold));
  }

  const factors = model.factors.map((factor) => factorNumbers(factor, exactIndicators, settings));
  const sequenceWarnings: SequenceWarning[] = [];
  model.factors.forEach((factor, index) => {
    const total = factors[index] as FactorNumbers;
    let readiness: number | null = 100;
    let lowest: Ratio | undefined;
    for (const position of factor.prerequisites) {
      const prerequisite = factors[position] as FactorNumbers;
      if (prerequisite.exact === null) readiness = null;
      else if (readiness !== null && (lowest === undefined || compare(prerequisite.exact, lowest) < 0)) {
        lowest = prerequisite.exact;
        readiness = prerequisite.score;
      }
      if (!full || total.exact === null || prerequisite.exact === null || prerequisite.band !== 'onvoldoende') continue;
      const gap = subtract(total.exact, prerequisite.exact);
      if (compare(gap, settings.exact.sequenceGap) >= 0) {
        sequenceWarnings.push(
          Object.freeze({ factor: factor.id, prerequisite: prerequisite.factor, gap: toNumber(gap) }),
        );
      }
    }
    total.readiness = readiness;
  });

  let overallSum = ZERO;
  let overallWeight = ZERO;
  let bottleneck: StrategyFactorId | null = null;
  factors.forEach((result, index) => {
    if (result.exact === null) return;
    const weight = settings.exact.factorWeights[index] as Ratio;
    overallSum = add(overallSum, weight.num === 1 && weight.den === 1 ? result.exact : multiply(weight, result.exact));
    overallWeight = add(overallWeight, weight);
    if (bottleneck === null && result.band === 'onvoldoende') bottleneck = result.factor;
  });
  const overallExact = isZero(overallWeight) ? null : divide(overallSum, overallWeight);
  const overallBand = overallExact === null ? null : bandOf(overallExact, settings);

  const pitfalls: AssessmentPitfall[] = [];
  for (const pitfall of model.pitfalls) {
    const score = exactIndicators[pitfall.signal] as Ratio | null;
    if (score === null || compare(score, threshold) >= 0) continue;
    pitfalls.push(
      Object.freeze({
        pitfall: pitfall.id as PitfallId,
        factor: pitfall.factor,
        source: 'assessment',
        indicator: pitfall.indicator,
        score: indicatorScores[pitfall.signal] as number,
      }),
    );
  }

  return {
    indicatorScores,
    counts: tally.counts,
    factors,
    overall: Object.freeze({
      score: overallExact === null ? null : reported(overallExact, overallBand as Band, settings),
      band: overallBand,
      bottleneck,
    }),
    sequenceWarnings: Object.freeze(sequenceWarnings),
    pitfalls: Object.freeze(pitfalls),
    disagreements: Object.freeze(full ? findDisagreements(model, tally.partners, settings) : []),
  };
}
