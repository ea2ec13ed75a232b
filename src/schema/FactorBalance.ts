/**
 * The shape of a `balanceFactors` result. A leaf of types that the scoring (which builds it) and the format of the
 * stored result (which validates it) use.
 *
 * @module
 */
import type { FactorId } from '../catalogue/ids/factors.js';
import type { ReasonId } from '../catalogue/ids/reasons.js';
import type { StrategyFactorId } from '../catalogue/ids/strategyFactors.js';
import type { FactorCategory, Polarity } from '../catalogue/types.js';
import type { LocalisedText } from '../i18n/LocalisedText.js';

/**
 * One observed factor as it entered the balance.
 *
 * @category Scoring
 */
export interface WeighedFactor {
  /** The factor. */
  readonly factor: FactorId;
  /** The factor's name. */
  readonly label: LocalisedText;
  /** Whether it promotes or hinders. */
  readonly polarity: Polarity;
  /** The domain it belongs to. */
  readonly category: FactorCategory;
  /** The strategy factors it bears on; it counts in full for each. */
  readonly strategyFactors: readonly StrategyFactorId[];
  /** The observed strength, 0 to 3. */
  readonly strength: 0 | 1 | 2 | 3;
  /** The weight used: the catalogue weight or the one from `options.weights`. */
  readonly weight: number;
  /** Strength × weight. */
  readonly contribution: number;
}

/**
 * The balance within one domain of factors.
 *
 * @category Scoring
 */
export interface CategoryBalance {
  /** The domain. */
  readonly category: FactorCategory;
  /** The domain's name. */
  readonly label: LocalisedText;
  /** Σ strength × weight over the observed bevorderende factors of the domain. */
  readonly promoting: number;
  /** Σ strength × weight over the observed belemmerende factors of the domain. */
  readonly hindering: number;
  /** 100 × promoting / (promoting + hindering), or `null` when both are 0. */
  readonly outlook: number | null;
  /** The observed factors of the domain, in catalogue order. */
  readonly factors: readonly FactorId[];
  /** The outcome in one sentence. */
  readonly summary: LocalisedText;
}

/**
 * The balance of the factors that bear on one of the six strategy factors.
 *
 * @category Scoring
 */
export interface StrategyFactorBalance {
  /** The strategy factor. */
  readonly strategyFactor: StrategyFactorId;
  /** The strategy factor's name. */
  readonly label: LocalisedText;
  /** Σ strength × weight over the observed bevorderende factors that bear on it. */
  readonly promoting: number;
  /** Σ strength × weight over the observed belemmerende factors that bear on it. */
  readonly hindering: number;
  /** 100 × promoting / (promoting + hindering), or `null` when both are 0. */
  readonly outlook: number | null;
  /** The observed factors that bear on it, in catalogue order. */
  readonly factors: readonly FactorId[];
  /** The outcome in one sentence. */
  readonly summary: LocalisedText;
}

/**
 * A belemmerende factor that weighs heavily.
 *
 * @category Scoring
 */
export interface Obstacle {
  /** The factor. */
  readonly factor: FactorId;
  /** The factor's name. */
  readonly label: LocalisedText;
  /** The domain it belongs to. */
  readonly category: FactorCategory;
  /** The observed strength, 1 to 3. */
  readonly strength: 0 | 1 | 2 | 3;
  /** The weight used. */
  readonly weight: number;
  /** Strength × weight. */
  readonly contribution: number;
  /** The contribution as a percentage of the total hindering weight. */
  readonly share: number;
  /** The numbers in one sentence. */
  readonly explanation: LocalisedText;
}

/**
 * One observation that points to a reason for not collaborating.
 *
 * @category Scoring
 */
export interface ReasonEvidence {
  /** The factor. */
  readonly factor: FactorId;
  /** The factor's name. */
  readonly label: LocalisedText;
  /** `present` for a belemmerende factor observed with strength 1 or more, `absent` for a bevorderende one at 0. */
  readonly signal: 'present' | 'absent';
  /** The observed strength. */
  readonly strength: 0 | 1 | 2 | 3;
  /** The weight used. */
  readonly weight: number;
  /** How much it counts: strength × weight when present, 3 × weight when absent. */
  readonly evidenceWeight: number;
  /** The evidence in a few words. */
  readonly explanation: LocalisedText;
}

/**
 * A reason for not collaborating (4.6) that the observed factors point to.
 *
 * @category Scoring
 */
export interface LikelyReason {
  /** The reason. */
  readonly reason: ReasonId;
  /** The reason's name. */
  readonly label: LocalisedText;
  /** The total weight of the evidence. */
  readonly evidenceWeight: number;
  /** The observations behind it, in the reason's catalogue order. */
  readonly evidence: readonly ReasonEvidence[];
  /** The evidence in one sentence. */
  readonly explanation: LocalisedText;
}

/**
 * How the observed bevorderende and belemmerende factors of a collaboration weigh against each other.
 *
 * @category Scoring
 */
export interface FactorBalance {
  /** The result kind. */
  readonly kind: 'factor-balance';
  /** The version of the result format: 1. */
  readonly schemaVersion: 1;
  /** The edition of the catalogue the balance was computed with (its factors, weights and reasons). */
  readonly edition: string;
  /** The id of the collaboration. */
  readonly collaboration: string;
  /** Σ strength × weight over the observed bevorderende factors. */
  readonly promoting: number;
  /** Σ strength × weight over the observed belemmerende factors. */
  readonly hindering: number;
  /** 100 × promoting / (promoting + hindering), from 0 to 100; `null` when both are 0. */
  readonly outlook: number | null;
  /** Every observation, in catalogue order, with its weight and contribution. */
  readonly observations: readonly WeighedFactor[];
  /** The balance per domain, every domain in a fixed order (financieel first, context last). */
  readonly categories: readonly CategoryBalance[];
  /** The balance per strategy factor, all six in strategy order. */
  readonly strategyFactors: readonly StrategyFactorBalance[];
  /** The heaviest belemmerende factors, heaviest first, at most `maxObstacles`. */
  readonly strongestObstacles: readonly Obstacle[];
  /** The reasons for not collaborating the observations point to, strongest evidence first. */
  readonly likelyReasons: readonly LikelyReason[];
  /** The formula and the outcome in words. */
  readonly explanation: {
    /** The formula used. */
    readonly formula: LocalisedText;
    /** The outcome in one sentence. */
    readonly summary: LocalisedText;
  };
  /** The options the balance was computed with. */
  readonly options: AppliedBalanceOptions;
}

/**
 * The options a balance was computed with: the weights given (every other factor weighs its catalogue weight of the
 * edition) and the number of obstacles listed at most.
 *
 * @category Scoring
 */
export interface AppliedBalanceOptions {
  /** The weights given in `options.weights`, keyed by factor id; empty when none was given. */
  readonly weights: Readonly<Partial<Record<FactorId, number>>>;
  /** How many obstacles `strongestObstacles` lists at most. */
  readonly maxObstacles: number;
}
