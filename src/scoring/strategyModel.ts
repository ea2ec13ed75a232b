import { pitfallStructure, strategyStructure } from '../catalogue/data/structure.js';
import type { IndicatorId } from '../catalogue/ids/indicators.js';
import type { PitfallId } from '../catalogue/ids/pitfalls.js';
import type { StrategyFactorId } from '../catalogue/ids/strategyFactors.js';
import { lazy } from '../internal/lazy.js';

/** One strategy factor in the model: its indicators are the positions `first` up to `end`. */
export interface ModelFactor {
  /** The strategy factor. */
  readonly id: StrategyFactorId;
  /** The position of its first indicator. */
  readonly first: number;
  /** The position after its last indicator. */
  readonly end: number;
  /** The positions of its prerequisites among the factors. */
  readonly prerequisites: readonly number[];
}

/** One pitfall in the model, with the position of its signal indicator. */
export interface ModelPitfall {
  /** The pitfall. */
  readonly id: PitfallId;
  /** The strategy factor it threatens. */
  readonly factor: StrategyFactorId;
  /** Its signal indicator. */
  readonly indicator: IndicatorId;
  /** The position of its signal indicator. */
  readonly signal: number;
}

/**
 * The Berenschot strategy as positions in flat arrays: what scoring needs from the catalogue, without any text, so
 * that importing `scoreBerenschot` does not load the catalogue's texts.
 */
export interface StrategyModel {
  /** Every indicator, grouped by factor in strategy order. */
  readonly indicatorIds: readonly IndicatorId[];
  /** The six factors in strategy order. */
  readonly factorIds: readonly StrategyFactorId[];
  /** The six factors with their indicator ranges and prerequisites. */
  readonly factors: readonly ModelFactor[];
  /** The pitfalls with their signal indicators. */
  readonly pitfalls: readonly ModelPitfall[];
}

function buildModel(): StrategyModel {
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
  const pitfalls = pitfallStructure.map(
    (pitfall): ModelPitfall => ({
      id: pitfall.id,
      factor: pitfall.factor,
      indicator: pitfall.signal,
      signal: indicatorIds.indexOf(pitfall.signal),
    }),
  );
  return { indicatorIds, factorIds, factors, pitfalls };
}

/** The strategy model, built on first use. */
export const strategyModel: () => StrategyModel = /* @__PURE__ */ lazy(buildModel);
