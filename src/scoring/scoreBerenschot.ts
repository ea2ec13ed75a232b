import type { IndicatorId } from '../catalogue/data/indicators.js';
import type { PitfallId } from '../catalogue/data/pitfalls.js';
import type { StrategyFactorId } from '../catalogue/data/strategyFactors.js';
import { pitfallStructure, strategyStructure } from '../catalogue/data/structure.js';
import type { LocalisedText } from '../catalogue/types.js';
import type { Assessment } from '../schema/types.js';
import { allowedValues, scoringMessages } from './messages.js';
import { readBands, readNumber, readOptions, readWeights, throwIfInvalid } from './options.js';
import type {
  AssessmentPitfall,
  Band,
  BandThresholds,
  BerenschotScore,
  Disagreement,
  ExplainedIndicator,
  FactorScore,
  IndicatorScore,
  PartnerMean,
  SequenceWarning,
} from './types.js';

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

const OPTION_NAMES: readonly string[] = [
  'weights',
  'factorWeights',
  'minCoverage',
  'bands',
  'sequenceGap',
  'pitfallThreshold',
  'disagreementGap',
];

const DEFAULT_BANDS: BandThresholds = { voldoende: 50, goed: 75 };

/** One strategy factor in the precomputed model: its indicators are the positions `first` up to `end`. */
interface ModelFactor {
  readonly id: StrategyFactorId;
  readonly first: number;
  readonly end: number;
  readonly prerequisites: readonly number[];
}

/** One pitfall in the precomputed model, with the position of its signal indicator. */
interface ModelPitfall {
  readonly id: PitfallId;
  readonly factor: StrategyFactorId;
  readonly indicator: IndicatorId;
  readonly signal: number;
}

/** The catalogue facts scoring needs, as positions in flat arrays; built once, on first use. */
interface ScoringModel {
  readonly indicatorIds: readonly IndicatorId[];
  readonly indicatorPosition: ReadonlyMap<string, number>;
  readonly factorIds: readonly StrategyFactorId[];
  readonly factors: readonly ModelFactor[];
  readonly pitfalls: readonly ModelPitfall[];
}

let scoringModel: ScoringModel | undefined;

function buildModel(): ScoringModel {
  const indicatorIds: IndicatorId[] = [];
  const factorIds = strategyStructure.map((factor) => factor.id);
  const factors = strategyStructure.map((factor): ModelFactor => {
    const first = indicatorIds.length;
    indicatorIds.push(...factor.indicators);
    return {
      id: factor.id,
      first,
      end: indicatorIds.length,
      prerequisites: factor.prerequisites.map((prerequisite) => factorIds.indexOf(prerequisite)),
    };
  });
  const indicatorPosition = new Map(indicatorIds.map((indicator, position) => [indicator as string, position]));
  const pitfalls = pitfallStructure.map(
    (pitfall): ModelPitfall => ({
      id: pitfall.id,
      factor: pitfall.factor,
      indicator: pitfall.signal,
      signal: indicatorPosition.get(pitfall.signal) as number,
    }),
  );
  return { indicatorIds, indicatorPosition, factorIds, factors, pitfalls };
}

function getModel(): ScoringModel {
  scoringModel ??= buildModel();
  return scoringModel;
}

/** The answers of the respondents of one partner: per indicator position the sum and the count. */
interface PartnerTally {
  readonly sums: number[];
  readonly counts: number[];
}

function bandOf(score: number, bands: BandThresholds): Band {
  if (score < bands.voldoende) return 'onvoldoende';
  return score < bands.goed ? 'voldoende' : 'goed';
}

/** Keeps a mean of scores from 0 to 100 inside that range when rounding would push it a hair outside. */
function clampScore(score: number): number {
  return Math.min(Math.max(score, 0), 100);
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
 * (source `berenschot-gemeente-onderwijs`). The answers are read in one pass; no number is rounded.
 *
 * @param assessment - The assessment, as parsed by `parseAssessment`; it is not changed.
 * @param options - The weights, thresholds and bands; every one has a default.
 * @returns A new object with the overall score, the six factor scores in strategy order, the sequence warnings, the
 *   pitfalls and the disagreements.
 * @throws {SamenwerkingError} `invalid_option` when an option is unknown or out of range: a negative or non-finite
 *   weight, an unknown id among the weights, all weights of a factor 0, bands out of order or outside 0..100,
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
  const model = getModel();
  const reader = readOptions(options, OPTION_NAMES);
  const indicatorWeightOverrides = readWeights(reader, 'weights', model.indicatorIds, 'indicator');
  const factorWeightOverrides = readWeights(reader, 'factorWeights', model.factorIds, 'factor');
  const minCoverage = readNumber(reader, 'minCoverage', 0.5, {
    min: 0,
    max: 1,
    integer: false,
    allowed: allowedValues.fraction,
  });
  const bands = readBands(reader, 'bands', DEFAULT_BANDS);
  const gapRule = {
    min: 0,
    max: Number.MAX_VALUE,
    integer: false,
    allowed: allowedValues.gap,
  };
  const sequenceGap = readNumber(reader, 'sequenceGap', 25, gapRule);
  const disagreementGap = readNumber(reader, 'disagreementGap', 2, gapRule);
  const pitfallThreshold = readNumber(reader, 'pitfallThreshold', 40, {
    min: 0,
    max: 100,
    integer: false,
    allowed: allowedValues.score,
  });

  const indicatorCount = model.indicatorIds.length;
  const weights: number[] = new Array<number>(indicatorCount).fill(1);
  for (const [indicator, weight] of indicatorWeightOverrides) {
    weights[model.indicatorPosition.get(indicator) as number] = weight;
  }
  const factorWeights: number[] = new Array<number>(model.factors.length).fill(1);
  for (const [factor, weight] of factorWeightOverrides) {
    factorWeights[model.factorIds.indexOf(factor as StrategyFactorId)] = weight;
  }
  if (indicatorWeightOverrides.size > 0) {
    for (const factor of model.factors) {
      let total = 0;
      for (let at = factor.first; at < factor.end; at++) total += weights[at] as number;
      if (total === 0) {
        reader.issues.push({
          code: 'invalid_option',
          path: ['options', 'weights'],
          message: scoringMessages.zeroFactorWeight('weights', factor.id),
        });
      }
    }
  }
  if (factorWeights.every((weight) => weight === 0)) {
    reader.issues.push({
      code: 'invalid_option',
      path: ['options', 'factorWeights'],
      message: scoringMessages.zeroFactorWeights('factorWeights'),
    });
  }
  throwIfInvalid(reader);

  const min = assessment.scale?.min ?? 1;
  const max = assessment.scale?.max ?? 5;
  const range = max - min;

  // One pass over the answers: per indicator the sum of (answer − min) and the count, and per partner the sum of
  // the raw answers and the count. Whole-number sums are exact, so the order of the responses cannot matter.
  const sums: number[] = new Array<number>(indicatorCount).fill(0);
  const counts: number[] = new Array<number>(indicatorCount).fill(0);
  const partnerTallies = new Map<string, PartnerTally>();
  const position = model.indicatorPosition;
  for (const response of assessment.responses) {
    let tally: PartnerTally | undefined;
    if (response.partner !== undefined) {
      tally = partnerTallies.get(response.partner);
      if (tally === undefined) {
        tally = { sums: new Array<number>(indicatorCount).fill(0), counts: new Array<number>(indicatorCount).fill(0) };
        partnerTallies.set(response.partner, tally);
      }
    }
    const answers = response.answers as Readonly<Record<string, number | null | undefined>>;
    for (const indicator in answers) {
      const answer = answers[indicator];
      if (typeof answer !== 'number') continue;
      const at = position.get(indicator);
      if (at === undefined) continue;
      sums[at] = (sums[at] as number) + answer - min;
      counts[at] = (counts[at] as number) + 1;
      if (tally !== undefined) {
        tally.sums[at] = (tally.sums[at] as number) + answer;
        tally.counts[at] = (tally.counts[at] as number) + 1;
      }
    }
  }

  const indicatorScores: (number | null)[] = new Array(indicatorCount);
  for (let at = 0; at < indicatorCount; at++) {
    const answered = counts[at] as number;
    indicatorScores[at] = answered === 0 ? null : (100 * (sums[at] as number)) / (answered * range);
  }

  // The factor scores first, so that readiness and warnings can look at any prerequisite.
  const totals = model.factors.map((factor) => sumFactor(factor, indicatorScores, weights, minCoverage));
  const factorScores = totals.map((total) => total.score);

  const formula = scoringMessages.formula(min, max, minCoverage);
  const factors: FactorScore[] = [];
  const sequenceWarnings: SequenceWarning[] = [];
  let overallSum = 0;
  let overallWeight = 0;
  let bottleneck: StrategyFactorId | null = null;
  for (let index = 0; index < model.factors.length; index++) {
    const factor = model.factors[index] as ModelFactor;
    const total = totals[index] as FactorTotals;
    const score = total.score;

    let readiness: number | null = 100;
    for (const prerequisite of factor.prerequisites) {
      const prerequisiteScore = factorScores[prerequisite] as number | null;
      if (prerequisiteScore === null) readiness = null;
      else if (readiness !== null && prerequisiteScore < readiness) readiness = prerequisiteScore;
      if (
        score !== null &&
        prerequisiteScore !== null &&
        bandOf(prerequisiteScore, bands) === 'onvoldoende' &&
        score - prerequisiteScore >= sequenceGap
      ) {
        sequenceWarnings.push({
          factor: factor.id,
          prerequisite: model.factorIds[prerequisite] as StrategyFactorId,
          gap: score - prerequisiteScore,
        });
      }
    }

    const indicators: IndicatorScore[] = [];
    const explained: ExplainedIndicator[] = [];
    for (let at = factor.first; at < factor.end; at++) {
      const indicator = model.indicatorIds[at] as IndicatorId;
      const indicatorScore = indicatorScores[at] as number | null;
      const weight = weights[at] as number;
      indicators.push({ indicator, score: indicatorScore, answers: counts[at] as number });
      explained.push({
        indicator,
        score: indicatorScore,
        weight,
        counted: score !== null && indicatorScore !== null && weight > 0,
      });
    }

    const band = score === null ? null : bandOf(score, bands);
    factors.push({
      factor: factor.id,
      score,
      band,
      coverage: total.coverage,
      readiness,
      indicators,
      explanation: {
        indicators: explained,
        answeredWeight: total.answeredWeight,
        totalWeight: total.totalWeight,
        coverage: total.coverage,
        minCoverage,
        formula: { nl: formula.nl, en: formula.en },
        summary: summarise(total, factor.end - factor.first, minCoverage),
      },
    });

    if (score !== null) {
      const weight = factorWeights[index] as number;
      overallSum += weight * score;
      overallWeight += weight;
      if (bottleneck === null && band === 'onvoldoende') bottleneck = factor.id;
    }
  }
  const overallScore = overallWeight > 0 ? clampScore(overallSum / overallWeight) : null;

  const pitfalls: AssessmentPitfall[] = [];
  for (const pitfall of model.pitfalls) {
    const score = indicatorScores[pitfall.signal] as number | null;
    if (score !== null && score < pitfallThreshold) {
      pitfalls.push({
        pitfall: pitfall.id,
        factor: pitfall.factor,
        source: 'assessment',
        indicator: pitfall.indicator,
        score,
      });
    }
  }

  return {
    collaboration: assessment.collaboration,
    date: assessment.date,
    overall: {
      score: overallScore,
      band: overallScore === null ? null : bandOf(overallScore, bands),
      bottleneck,
    },
    factors,
    sequenceWarnings,
    pitfalls,
    disagreements: findDisagreements(model, partnerTallies, disagreementGap),
  };
}

/** The sums behind one factor score. */
interface FactorTotals {
  readonly score: number | null;
  readonly coverage: number;
  readonly answeredWeight: number;
  readonly totalWeight: number;
  /** The number of indicators with a score. */
  readonly answered: number;
  /** The number of indicators with a score and a positive weight. */
  readonly counted: number;
  /** Whether the counted indicators carry different weights (the mean is then a weighted one). */
  readonly weighted: boolean;
}

function sumFactor(
  factor: ModelFactor,
  indicatorScores: readonly (number | null)[],
  weights: readonly number[],
  minCoverage: number,
): FactorTotals {
  let weightedSum = 0;
  let answeredWeight = 0;
  let totalWeight = 0;
  let answered = 0;
  let counted = 0;
  let firstWeight = -1;
  let weighted = false;
  for (let at = factor.first; at < factor.end; at++) {
    const weight = weights[at] as number;
    const score = indicatorScores[at] as number | null;
    totalWeight += weight;
    if (score === null) continue;
    answered += 1;
    answeredWeight += weight;
    weightedSum += weight * score;
    if (weight > 0) {
      counted += 1;
      if (firstWeight < 0) firstWeight = weight;
      else if (weight !== firstWeight) weighted = true;
    }
  }
  const coverage = answeredWeight / totalWeight;
  const score = answeredWeight > 0 && coverage >= minCoverage ? clampScore(weightedSum / answeredWeight) : null;
  return { score, coverage, answeredWeight, totalWeight, answered, counted, weighted };
}

function summarise(total: FactorTotals, indicatorCount: number, minCoverage: number): LocalisedText {
  if (total.score !== null) {
    return scoringMessages.scored(
      total.score,
      total.counted,
      indicatorCount,
      total.weighted,
      total.coverage,
      minCoverage,
    );
  }
  if (total.answered === 0) return scoringMessages.unanswered(indicatorCount);
  if (total.answeredWeight === 0) return scoringMessages.zeroAnsweredWeight(total.answered);
  return scoringMessages.lowCoverage(total.answered, indicatorCount, total.coverage, minCoverage);
}

/** Compares the partner means per indicator; partners are taken in id order so the result never depends on order. */
function findDisagreements(
  model: ScoringModel,
  partnerTallies: ReadonlyMap<string, PartnerTally>,
  disagreementGap: number,
): Disagreement[] {
  const disagreements: Disagreement[] = [];
  if (partnerTallies.size < 2) return disagreements;
  const partners = [...partnerTallies.keys()].sort((left, right) => (left < right ? -1 : left > right ? 1 : 0));
  const tallies = partners.map((partner) => partnerTallies.get(partner) as PartnerTally);
  for (let at = 0; at < model.indicatorIds.length; at++) {
    let answeredPartners = 0;
    let lowest = Number.POSITIVE_INFINITY;
    let highest = Number.NEGATIVE_INFINITY;
    for (const tally of tallies) {
      const count = tally.counts[at] as number;
      if (count === 0) continue;
      answeredPartners += 1;
      const mean = (tally.sums[at] as number) / count;
      if (mean < lowest) lowest = mean;
      if (mean > highest) highest = mean;
    }
    if (answeredPartners < 2 || highest - lowest < disagreementGap) continue;
    const means: PartnerMean[] = [];
    for (let index = 0; index < partners.length; index++) {
      const tally = tallies[index] as PartnerTally;
      const count = tally.counts[at] as number;
      if (count > 0)
        means.push({ partner: partners[index] as string, mean: (tally.sums[at] as number) / count, answers: count });
    }
    disagreements.push({ indicator: model.indicatorIds[at] as IndicatorId, spread: highest - lowest, partners: means });
  }
  return disagreements;
}
