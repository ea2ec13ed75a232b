/**
 * The shape of a `summarisePortfolio` result. A leaf of types that the scoring (which builds it) and the format of the
 * stored result (which validates it) use.
 *
 * @module
 */
import type { FormId } from '../catalogue/ids/forms.js';
import type { PitfallId } from '../catalogue/ids/pitfalls.js';
import type { StageId } from '../catalogue/ids/stages.js';
import type { StrategyFactorId } from '../catalogue/ids/strategyFactors.js';
import type { ThemeId } from '../catalogue/ids/themes.js';
import type { LocalisedText } from '../i18n/LocalisedText.js';
import type { SchoolYear } from '../time/schoolYearOf.js';
import type { AppliedScoreOptions } from './BerenschotScore.js';
import type { StageOrder } from './StageInference.js';

/**
 * A group too small to show: it holds at least one but fewer than `minGroupSize` collaborations.
 *
 * @category Scoring
 */
export interface SuppressedGroup {
  /** Always `true`: the number is not shown. */
  readonly suppressed: true;
}

/**
 * A count that is shown: 0, or at least `minGroupSize`.
 *
 * @category Scoring
 */
export interface CountedGroup {
  /** Always `false`: the number is shown. */
  readonly suppressed: false;
  /** The number of collaborations in the group. */
  readonly count: number;
}

/**
 * A count of collaborations, or the mark that it is too small to show.
 *
 * @category Scoring
 */
export type GroupCount = CountedGroup | SuppressedGroup;

/**
 * The number of collaborations that work on a theme.
 *
 * @category Scoring
 */
export type ThemeCount = {
  /** The theme. */
  readonly theme: ThemeId;
  /** Its name. */
  readonly label: LocalisedText;
} & GroupCount;

/**
 * The number of collaborations that take a form.
 *
 * @category Scoring
 */
export type FormCount = {
  /** The form. */
  readonly form: FormId;
  /** Its name. */
  readonly label: LocalisedText;
} & GroupCount;

/**
 * The number of collaborations in a stage: the stage the document names, or else the one `inferStage` gives.
 *
 * @category Scoring
 */
export type StageCount = {
  /** The stage. */
  readonly stage: StageId;
  /** Its position, 0 to 4. */
  readonly order: StageOrder;
  /** Its name. */
  readonly label: LocalisedText;
} & GroupCount;

/**
 * The distribution of scores in a group that is large enough to show. Quartiles by linear interpolation (type 7).
 *
 * @category Scoring
 */
export interface ScoreDistribution {
  /** Always `false`: the distribution is shown. */
  readonly suppressed: false;
  /** The number of scores (one per assessment with a score). */
  readonly count: number;
  /** The number of different collaborations the scores come from. */
  readonly collaborations: number;
  /** The lowest score. */
  readonly min: number;
  /** The lower quartile (25%). */
  readonly q1: number;
  /** The median (50%). */
  readonly median: number;
  /** The upper quartile (75%). */
  readonly q3: number;
  /** The highest score. */
  readonly max: number;
  /** The mean score. */
  readonly mean: number;
}

/**
 * The distribution of one strategy factor's scores.
 *
 * @category Scoring
 */
export interface FactorDistribution {
  /** The strategy factor. */
  readonly factor: StrategyFactorId;
  /** Its name. */
  readonly label: LocalisedText;
  /** The distribution; suppressed when the scores come from fewer than `minGroupSize` collaborations; `null` without any score. */
  readonly distribution: ScoreDistribution | SuppressedGroup | null;
  /** The distribution, or why it is not shown, in a sentence a report can print. */
  readonly text: LocalisedText;
}

/**
 * The distribution of the overall scores.
 *
 * @category Scoring
 */
export interface OverallDistribution {
  /** The distribution; suppressed when the scores come from fewer than `minGroupSize` collaborations; `null` without any score. */
  readonly distribution: ScoreDistribution | SuppressedGroup | null;
  /** The distribution, or why it is not shown, in a sentence a report can print. */
  readonly text: LocalisedText;
}

/**
 * How often a pitfall occurs in the portfolio, counted in collaborations.
 *
 * @category Scoring
 */
export interface PitfallFrequency {
  /** The pitfall. */
  readonly pitfall: PitfallId;
  /** The strategy factor it threatens. */
  readonly factor: StrategyFactorId;
  /** Its name. */
  readonly label: LocalisedText;
  /** The collaborations whose document shows it (`detectPitfalls`). */
  readonly inDocuments: GroupCount;
  /** The collaborations whose latest assessment signals it (`scoreBerenschot`). */
  readonly inAssessments: GroupCount;
  /** The collaborations with it from either source, each counted once. */
  readonly inEither: GroupCount;
}

/**
 * The assessments of one school year.
 *
 * @category Scoring
 */
export interface SchoolYearSummary {
  /** The school year, for example `'2025-2026'`. */
  readonly schoolYear: SchoolYear;
  /** The number of assessments dated in it; suppressed when they come from fewer than `minGroupSize` collaborations. */
  readonly assessments: GroupCount;
  /** The number of different collaborations assessed in it. */
  readonly collaborations: GroupCount;
  /** The distribution of the overall scores of the year. */
  readonly overall: OverallDistribution;
  /** The distribution of every strategy factor's scores of the year, in strategy order. */
  readonly factors: readonly FactorDistribution[];
}

/**
 * The summary of a portfolio: counts per theme, form and stage, the distribution of the factor scores, how often each
 * pitfall occurs, and the same per school year, with every group smaller than `minGroupSize` suppressed.
 *
 * @category Scoring
 */
export interface PortfolioSummary {
  /** The result kind. */
  readonly kind: 'portfolio-summary';
  /** The version of the result format: 1. */
  readonly schemaVersion: 1;
  /** The edition of the catalogue the summary was computed with. */
  readonly edition: string;
  /** The name of the portfolio. */
  readonly name: string;
  /** The number of collaborations in the portfolio. */
  readonly collaborations: number;
  /** The number of assessments in the portfolio. */
  readonly assessments: number;
  /** The smallest group shown. */
  readonly minGroupSize: number;
  /** The themes that at least one collaboration works on, in catalogue order. */
  readonly themes: readonly ThemeCount[];
  /** The forms that at least one collaboration takes, in catalogue order. */
  readonly forms: readonly FormCount[];
  /** All five stages, in order. */
  readonly stages: readonly StageCount[];
  /** The number of collaborations whose stage was inferred because the document names none. */
  readonly stagesInferred: GroupCount;
  /** The distribution of the overall scores of all assessments. */
  readonly overall: OverallDistribution;
  /** The distribution of every strategy factor's scores over all assessments, in strategy order. */
  readonly factors: readonly FactorDistribution[];
  /** Every catalogue pitfall, in catalogue order. */
  readonly pitfalls: readonly PitfallFrequency[];
  /** The school years of the assessments, oldest first. */
  readonly schoolYears: readonly SchoolYearSummary[];
  /** How many counts and distributions were suppressed. */
  readonly hidden: {
    /** The number of suppressed counts, those hidden to protect another included. */
    readonly counts: number;
    /** The number of suppressed distributions. */
    readonly distributions: number;
  };
  /**
   * Whether the portfolio holds fewer than `minGroupSize` collaborations (but at least one): then every count above 0
   * and every distribution is hidden, and `summary` says so and why rather than leaving a sheet of blanks.
   */
  readonly tooSmall: boolean;
  /** The summary in a sentence a report can print. */
  readonly summary: LocalisedText;
  /** The options the summary was computed with, every default filled in. */
  readonly options: AppliedPortfolioOptions;
}

/**
 * The options a portfolio summary was computed with, every default filled in.
 *
 * @category Scoring
 */
export interface AppliedPortfolioOptions {
  /** The smallest group shown. */
  readonly minGroupSize: number;
  /** The options every assessment was scored with. */
  readonly scoring: AppliedScoreOptions;
}
