import type { IndicatorId } from '../catalogue/ids/indicators.js';
import type { StrategyFactorId } from '../catalogue/ids/strategyFactors.js';
import type { LocalisedText } from '../i18n/LocalisedText.js';
import { scoreExplanations } from '../i18n/scoreExplanations/scoreExplanations.js';
import type { Assessment } from '../schema/types.js';
import type { ScoreSettings } from './scoreSettings.js';
import { type ModelFactor, type StrategyModel, strategyModel } from './strategyModel.js';
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

/** The answers of an assessment, summed in one pass: per indicator, and per partner for the disagreements. */
interface AnswerTally {
  /** Per indicator position, the sum of (answer − scale minimum). */
  readonly sums: number[];
  /** Per indicator position, the number of answers. */
  readonly counts: number[];
  /** Per partner, the sums of the raw answers and their counts. */
  readonly partners: Map<string, PartnerTally>;
}

/**
 * Sums the answers in one pass: per indicator the sum of (answer − min) and the count, and per partner the sum of
 * the raw answers and the count. Whole-number sums are exact, so the order of the responses cannot matter.
 */
function tallyAnswers(assessment: Assessment, model: StrategyModel, min: number): AnswerTally {
  const indicatorCount = model.indicatorIds.length;
  const sums: number[] = new Array<number>(indicatorCount).fill(0);
  const counts: number[] = new Array<number>(indicatorCount).fill(0);
  const partners = new Map<string, PartnerTally>();
  const position = model.indicatorPosition;
  for (const response of assessment.responses) {
    let tally: PartnerTally | undefined;
    if (response.partner !== undefined) {
      tally = partners.get(response.partner);
      if (tally === undefined) {
        tally = { sums: new Array<number>(indicatorCount).fill(0), counts: new Array<number>(indicatorCount).fill(0) };
        partners.set(response.partner, tally);
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
  return { sums, counts, partners };
}

/** The readiness of a factor (its lowest prerequisite score) and the sequence warnings of its prerequisites. */
function readinessOf(
  factor: ModelFactor,
  score: number | null,
  factorScores: readonly (number | null)[],
  model: StrategyModel,
  settings: ScoreSettings,
  warnings: SequenceWarning[],
): number | null {
  let readiness: number | null = 100;
  for (const prerequisite of factor.prerequisites) {
    const prerequisiteScore = factorScores[prerequisite] as number | null;
    if (prerequisiteScore === null) readiness = null;
    else if (readiness !== null && prerequisiteScore < readiness) readiness = prerequisiteScore;
    if (
      score !== null &&
      prerequisiteScore !== null &&
      bandOf(prerequisiteScore, settings.bands) === 'onvoldoende' &&
      score - prerequisiteScore >= settings.sequenceGap
    ) {
      warnings.push({
        factor: factor.id,
        prerequisite: model.factorIds[prerequisite] as StrategyFactorId,
        gap: score - prerequisiteScore,
      });
    }
  }
  return readiness;
}

/** The result of one factor: its score, band, readiness, indicators and the explanation of how it came about. */
function factorResult(
  factor: ModelFactor,
  total: FactorTotals,
  readiness: number | null,
  indicatorScores: readonly (number | null)[],
  counts: readonly number[],
  settings: ScoreSettings,
  formula: LocalisedText,
): FactorScore {
  const model = strategyModel();
  const score = total.score;
  const indicators: IndicatorScore[] = [];
  const explained: ExplainedIndicator[] = [];
  for (let at = factor.first; at < factor.end; at++) {
    const indicator = model.indicatorIds[at] as IndicatorId;
    const indicatorScore = indicatorScores[at] as number | null;
    const weight = settings.indicatorWeights[at] as number;
    indicators.push({ indicator, score: indicatorScore, answers: counts[at] as number });
    explained.push({
      indicator,
      score: indicatorScore,
      weight,
      counted: score !== null && indicatorScore !== null && weight > 0,
    });
  }
  return {
    factor: factor.id,
    score,
    band: score === null ? null : bandOf(score, settings.bands),
    coverage: total.coverage,
    readiness,
    indicators,
    explanation: {
      indicators: explained,
      answeredWeight: total.answeredWeight,
      totalWeight: total.totalWeight,
      coverage: total.coverage,
      minCoverage: settings.minCoverage,
      formula: { nl: formula.nl, en: formula.en },
      summary: summarise(total, factor.end - factor.first, settings.minCoverage),
    },
  };
}

/** The pitfalls whose signal indicator scores below the threshold. */
function signalledPitfalls(
  model: StrategyModel,
  indicatorScores: readonly (number | null)[],
  threshold: number,
): AssessmentPitfall[] {
  const pitfalls: AssessmentPitfall[] = [];
  for (const pitfall of model.pitfalls) {
    const score = indicatorScores[pitfall.signal] as number | null;
    if (score !== null && score < threshold) {
      pitfalls.push({
        pitfall: pitfall.id,
        factor: pitfall.factor,
        source: 'assessment',
        indicator: pitfall.indicator,
        score,
      });
    }
  }
  return pitfalls;
}

/**
 * Scores an assessment with settings that have been checked already: the work of `scoreBerenschot` after its options
 * are read. Functions that score many assessments with the same options read them once and call this.
 */
export function scoreAssessment(assessment: Assessment, settings: ScoreSettings): BerenschotScore {
  const model = strategyModel();
  const min = assessment.scale?.min ?? 1;
  const max = assessment.scale?.max ?? 5;
  const range = max - min;
  const { sums, counts, partners } = tallyAnswers(assessment, model, min);
  const indicatorScores = counts.map((answered, at) =>
    answered === 0 ? null : (100 * (sums[at] as number)) / (answered * range),
  );
  // The factor scores first, so that readiness and warnings can look at any prerequisite.
  const totals = model.factors.map((factor) =>
    sumFactor(factor, indicatorScores, settings.indicatorWeights, settings.minCoverage),
  );
  const factorScores = totals.map((total) => total.score);
  const formula = scoreExplanations.formula(min, max, settings.minCoverage);
  const sequenceWarnings: SequenceWarning[] = [];
  const factors = model.factors.map((factor, index) => {
    const total = totals[index] as FactorTotals;
    const readiness = readinessOf(factor, total.score, factorScores, model, settings, sequenceWarnings);
    return factorResult(factor, total, readiness, indicatorScores, counts, settings, formula);
  });

  let overallSum = 0;
  let overallWeight = 0;
  let bottleneck: StrategyFactorId | null = null;
  factors.forEach((result, index) => {
    if (result.score === null) return;
    const weight = settings.factorWeights[index] as number;
    overallSum += weight * result.score;
    overallWeight += weight;
    if (bottleneck === null && result.band === 'onvoldoende') bottleneck = result.factor;
  });
  const overallScore = overallWeight > 0 ? clampScore(overallSum / overallWeight) : null;

  return {
    collaboration: assessment.collaboration,
    date: assessment.date,
    overall: {
      score: overallScore,
      band: overallScore === null ? null : bandOf(overallScore, settings.bands),
      bottleneck,
    },
    factors,
    sequenceWarnings,
    pitfalls: signalledPitfalls(model, indicatorScores, settings.pitfallThreshold),
    disagreements: findDisagreements(model, partners, settings.disagreementGap),
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
    return scoreExplanations.scored(
      total.score,
      total.counted,
      indicatorCount,
      total.weighted,
      total.coverage,
      minCoverage,
    );
  }
  if (total.answered === 0) return scoreExplanations.unanswered(indicatorCount);
  if (total.answeredWeight === 0) return scoreExplanations.zeroAnsweredWeight(total.answered);
  return scoreExplanations.lowCoverage(total.answered, indicatorCount, total.coverage, minCoverage);
}

/** Compares the partner means per indicator; partners are taken in id order so the result never depends on order. */
function findDisagreements(
  model: StrategyModel,
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
