import { CATALOGUE_EDITION } from '../catalogue/edition.js';
import type { IndicatorId } from '../catalogue/ids/indicators.js';
import type { LocalisedText } from '../i18n/LocalisedText.js';
import { scoreExplanations } from '../i18n/scoreExplanations/scoreExplanations.js';
import { markParsed } from '../internal/parsed.js';
import { DEFAULT_SCALE } from '../schema/defaultScale.js';
import type { Assessment } from '../schema/types.js';
import { type FactorNumbers, scoreNumbers } from './scoreNumbers.js';
import type { ScoreSettings } from './scoreSettings.js';
import { type ModelFactor, strategyModel } from './strategyModel.js';
import type { BerenschotScore, ExplainedIndicator, FactorScore, IndicatorScore } from './types.js';

/**
 * Per indicator position, the two frozen records of an indicator nobody answered (its score and how it entered its
 * factor), shared by every score that has it unanswered with the same weight: they hold no answer, and making and
 * freezing them afresh was most of the work for a sparse assessment.
 */
const unanswered: (readonly [IndicatorScore, ExplainedIndicator] | undefined)[] = [];

/** The result of one factor: its numbers, its indicators and the explanation of how its score came about. */
function factorResult(
  factor: ModelFactor,
  numbers: FactorNumbers,
  indicatorScores: readonly (number | null)[],
  counts: readonly number[],
  settings: ScoreSettings,
  formula: LocalisedText,
): FactorScore {
  const model = strategyModel();
  const score = numbers.score;
  const indicators: IndicatorScore[] = [];
  const explained: ExplainedIndicator[] = [];
  for (let at = factor.first; at < factor.end; at++) {
    const indicator = model.indicatorIds[at] as IndicatorId;
    const indicatorScore = indicatorScores[at] as number | null;
    const weight = settings.indicatorWeights[at] as number;
    // An unanswered indicator's records are shared (its `answers` is 0), an answered one's made for this score.
    let records = indicatorScore === null ? unanswered[at] : undefined;
    if (records === undefined || !Object.is(records[1].weight, weight)) {
      records = [
        Object.freeze({ indicator, score: indicatorScore, answers: counts[at] as number }),
        Object.freeze({
          indicator,
          score: indicatorScore,
          weight,
          counted: score !== null && indicatorScore !== null && weight > 0,
        }),
      ];
      if (indicatorScore === null) unanswered[at] = records;
    }
    indicators.push(records[0]);
    explained.push(records[1]);
  }
  // Frozen as it is built: a walk over the finished result to freeze it would cost a third of the scoring.
  return Object.freeze({
    factor: factor.id,
    score,
    band: numbers.band,
    coverage: numbers.coverage,
    readiness: numbers.readiness,
    indicators: Object.freeze(indicators),
    explanation: Object.freeze({
      indicators: Object.freeze(explained),
      answeredWeight: numbers.answeredWeight,
      totalWeight: numbers.totalWeight,
      coverage: numbers.coverage,
      minCoverage: settings.minCoverage,
      formula,
      summary: Object.freeze(summarise(numbers, factor.end - factor.first, settings.minCoverage)),
    }),
  });
}

function summarise(numbers: FactorNumbers, indicatorCount: number, minCoverage: number): LocalisedText {
  if (numbers.score !== null) {
    return scoreExplanations.scored(
      numbers.score,
      numbers.counted,
      indicatorCount,
      numbers.weighted,
      numbers.coverage,
      minCoverage,
    );
  }
  if (numbers.answered === 0) return scoreExplanations.unanswered(indicatorCount);
  if (numbers.answeredWeight === 0) return scoreExplanations.zeroAnsweredWeight(numbers.answered);
  return scoreExplanations.lowCoverage(numbers.answered, indicatorCount, numbers.coverage, minCoverage);
}

/**
 * Scores an assessment with settings that have been checked already: the work of `scoreBerenschot` after its options
 * are read. The numbers come from `scoreNumbers`; this adds the explanation of every factor. The result is deeply
 * frozen.
 */
export function scoreAssessment(assessment: Assessment, settings: ScoreSettings): BerenschotScore {
  const model = strategyModel();
  const numbers = scoreNumbers(assessment, settings);
  const min = assessment.scale?.min ?? DEFAULT_SCALE.min;
  const max = assessment.scale?.max ?? DEFAULT_SCALE.max;
  // One frozen formula for the six factors: it is the same text for each.
  const formula = Object.freeze(scoreExplanations.formula(min, max, settings.minCoverage));
  const factors = model.factors.map(
    (factor, index): FactorScore =>
      factorResult(
        factor,
        numbers.factors[index] as FactorNumbers,
        numbers.indicatorScores,
        numbers.counts,
        settings,
        formula,
      ),
  );
  // Marked as the library's own, so that the reports and `inferStage` use it without checking it again; marked before
  // it is frozen, which every engine allows (see `internal/parsed.ts`).
  return Object.freeze(
    markParsed<BerenschotScore>({
      kind: 'berenschot-score',
      schemaVersion: 1,
      edition: CATALOGUE_EDITION,
      collaboration: assessment.collaboration,
      date: assessment.date,
      overall: numbers.overall,
      factors: Object.freeze(factors),
      sequenceWarnings: numbers.sequenceWarnings,
      pitfalls: numbers.pitfalls,
      disagreements: numbers.disagreements,
      options: settings.applied,
    }),
  );
}
