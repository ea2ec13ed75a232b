import type { FormId } from '../catalogue/data/forms.js';
import { forms as catalogueForms } from '../catalogue/data/forms.js';
import type { PitfallId } from '../catalogue/data/pitfalls.js';
import { pitfalls as cataloguePitfalls } from '../catalogue/data/pitfalls.js';
import type { StageId } from '../catalogue/data/stages.js';
import { stages as catalogueStages } from '../catalogue/data/stages.js';
import type { StrategyFactorId } from '../catalogue/data/strategyFactors.js';
import { strategyFactors } from '../catalogue/data/strategyFactors.js';
import { strategyStructure } from '../catalogue/data/structure.js';
import type { ThemeId } from '../catalogue/data/themes.js';
import { themes as catalogueThemes } from '../catalogue/data/themes.js';
import type { LocalisedText } from '../catalogue/types.js';
import type { Portfolio } from '../schema/types.js';
import type { SchoolYear } from '../time/schoolYearOf.js';
import { schoolYearOf } from '../time/schoolYearOf.js';
import { detectPitfalls } from './detectPitfalls.js';
import { inferStage, type StageOrder } from './inferStage.js';
import { copyText } from './internal.js';
import { allowedValues } from './messages.js';
import { readNumber, readOptions, throwIfInvalid } from './options.js';
import { type ScoreBerenschotOptions, scoreBerenschot } from './scoreBerenschot.js';
import { readScoring } from './shared.js';
import { stageMessages } from './stageMessages.js';
import type { BerenschotScore } from './types.js';

/**
 * The options of {@link summarisePortfolio}. Every option may be left out or set to `undefined` for its default.
 *
 * @category Scoring
 */
export interface SummarisePortfolioOptions {
  /** The smallest group that is shown; a whole number of 1 or more, default 5. */
  readonly minGroupSize?: number | undefined;
  /** The options every assessment is scored with, as for `scoreBerenschot`; default its defaults. */
  readonly scoring?: ScoreBerenschotOptions | undefined;
}

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
    /** The number of suppressed counts. */
    readonly counts: number;
    /** The number of suppressed distributions. */
    readonly distributions: number;
  };
  /** The summary in a sentence a report can print. */
  readonly summary: LocalisedText;
}

const OPTION_NAMES: readonly string[] = ['minGroupSize', 'scoring'];

/** The number of score groups per set: one per strategy factor, then the overall score. */
const GROUPS = strategyStructure.length + 1;

/** The scores of one group and the collaborations they come from. */
interface ScoreGroup {
  readonly values: number[];
  readonly collaborations: Set<string>;
}

/** The assessments of one school year. */
interface YearTally {
  assessments: number;
  readonly collaborations: Set<string>;
  readonly groups: ScoreGroup[];
}

/** The positions of catalogue ids, built once, on first use. */
interface Positions {
  readonly themes: ReadonlyMap<string, number>;
  readonly forms: ReadonlyMap<string, number>;
  readonly stages: ReadonlyMap<string, number>;
  readonly pitfalls: ReadonlyMap<string, number>;
}

let positions: Positions | undefined;

function positionsOf(ids: readonly { readonly id: string }[]): ReadonlyMap<string, number> {
  return new Map(ids.map((entry, index) => [entry.id, index]));
}

function getPositions(): Positions {
  positions ??= {
    themes: positionsOf(catalogueThemes),
    forms: positionsOf(catalogueForms),
    stages: positionsOf(catalogueStages),
    pitfalls: positionsOf(cataloguePitfalls),
  };
  return positions;
}

function newGroups(): ScoreGroup[] {
  return Array.from({ length: GROUPS }, () => ({ values: [], collaborations: new Set<string>() }));
}

/**
 * The value at quantile `p` of sorted values, by linear interpolation between the two nearest ranks (type 7): with
 * `h = (n − 1) × p`, `x[⌊h⌋] + (h − ⌊h⌋) × (x[⌊h⌋ + 1] − x[⌊h⌋])`.
 */
function quantile(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lower = Math.floor(h);
  const fraction = h - lower;
  const low = sorted[lower] as number;
  if (fraction === 0) return low;
  const high = sorted[lower + 1] as number;
  return Math.min(high, Math.max(low, low + fraction * (high - low)));
}

/**
 * Computes Berenschot scores, stages and pitfalls across a portfolio and summarises them: counts per theme, form and
 * stage, the distribution of every strategy factor's scores, pitfall frequencies, and the same per school year, with
 * every group smaller than `minGroupSize` suppressed so that no single collaboration can be singled out.
 *
 * @remarks
 * Counts are collaborations. A count from 1 to `minGroupSize − 1` is suppressed (`{ suppressed: true }`, never the
 * number); 0 is shown, as it points at nobody. A distribution is shown only when its scores come from at least
 * `minGroupSize` different collaborations (and so from at least that many scores); a collaboration assessed often
 * cannot fill a group on its own. The stage of a collaboration is the document's `stage`, or else `inferStage` with the
 * score of its latest assessment. Pitfalls are counted per collaboration, not per finding: `inDocuments` from
 * `detectPitfalls`, `inAssessments` from the latest assessment's `scoreBerenschot` pitfalls, `inEither` their union.
 * Distributions are over all assessments (one score per assessment per factor, `null` scores left out). Quartiles use
 * linear interpolation between order statistics (type 7 of Hyndman and Fan, the default of R and NumPy): for sorted
 * `x[0..n−1]` and `h = (n − 1) × p`, `q(p) = x[⌊h⌋] + (h − ⌊h⌋) × (x[⌊h⌋+1] − x[⌊h⌋])`; q1 = q(0.25), median = q(0.5),
 * q3 = q(0.75). The mean is the arithmetic mean. School years run from 1 August to 31 July (`schoolYearOf`). Every
 * assessment and collaboration is visited once; the only step above linear time is sorting each group's scores
 * (n log n).
 *
 * @param portfolio - The portfolio, as parsed by `parsePortfolio`; it is not changed.
 * @param options - The smallest group shown and the scoring options; every one has a default.
 * @returns A new object with the counts, distributions, pitfall frequencies and school years, and a summary in Dutch
 *   and English.
 * @throws {SamenwerkingError} `invalid_option` when an option is unknown, `minGroupSize` is not a whole number of 1 or
 *   more, or `scoring` is not a valid set of `scoreBerenschot` options (its problems are listed under
 *   `options.scoring`).
 *
 * @example
 * ```ts
 * // A portfolio of 7 collaborations on ikc, 3 of them also on krimp, and no assessments yet.
 * const summary = summarisePortfolio(portfolio);
 * summary.themes.map((entry) => [entry.theme, entry.suppressed ? 'suppressed' : entry.count]);
 * //=> [['krimp', 'suppressed'], ['ikc', 7]]
 * summary.overall.distribution;
 * //=> null
 * ```
 * @category Scoring
 */
export function summarisePortfolio(portfolio: Portfolio, options?: SummarisePortfolioOptions): PortfolioSummary {
  const reader = readOptions(options, OPTION_NAMES);
  const minGroupSize = readNumber(reader, 'minGroupSize', 5, {
    min: 1,
    max: Number.MAX_SAFE_INTEGER,
    integer: true,
    allowed: allowedValues.wholeNumberFrom(1),
  });
  const scoring = readScoring(reader);
  throwIfInvalid(reader);
  const at = getPositions();

  // The assessments, once each: score, file the scores by group and school year, keep the latest score per collaboration.
  const all = newGroups();
  const years = new Map<string, YearTally>();
  const yearOfDate = new Map<string, SchoolYear>();
  const latest = new Map<string, BerenschotScore>();
  for (const assessment of portfolio.assessments) {
    const score = scoreBerenschot(assessment, scoring);
    const collaboration = assessment.collaboration;
    let year = yearOfDate.get(assessment.date);
    if (year === undefined) {
      year = schoolYearOf(assessment.date);
      yearOfDate.set(assessment.date, year);
    }
    let tally = years.get(year);
    if (tally === undefined) {
      tally = { assessments: 0, collaborations: new Set(), groups: newGroups() };
      years.set(year, tally);
    }
    tally.assessments += 1;
    tally.collaborations.add(collaboration);
    for (let index = 0; index < GROUPS; index++) {
      const value = index < GROUPS - 1 ? (score.factors[index]?.score ?? null) : score.overall.score;
      if (value === null) continue;
      const whole = all[index] as ScoreGroup;
      whole.values.push(value);
      whole.collaborations.add(collaboration);
      const ofYear = tally.groups[index] as ScoreGroup;
      ofYear.values.push(value);
      ofYear.collaborations.add(collaboration);
    }
    const previous = latest.get(collaboration);
    if (previous === undefined || assessment.date >= previous.date) latest.set(collaboration, score);
  }

  // The collaborations, once each: themes, form, stage and pitfalls.
  const themeCounts = new Array<number>(catalogueThemes.length).fill(0);
  const formCounts = new Array<number>(catalogueForms.length).fill(0);
  const stageCounts = new Array<number>(catalogueStages.length).fill(0);
  const pitfallCount = cataloguePitfalls.length;
  const inDocuments = new Array<number>(pitfallCount).fill(0);
  const inAssessments = new Array<number>(pitfallCount).fill(0);
  const inEither = new Array<number>(pitfallCount).fill(0);
  const seen = new Array<number>(pitfallCount).fill(0);
  let inferred = 0;
  for (const collaboration of portfolio.collaborations) {
    for (const theme of collaboration.themes) {
      const position = at.themes.get(theme) as number;
      themeCounts[position] = (themeCounts[position] as number) + 1;
    }
    const form = at.forms.get(collaboration.form) as number;
    formCounts[form] = (formCounts[form] as number) + 1;
    const score = latest.get(collaboration.id);
    let stage = collaboration.stage;
    if (stage === undefined) {
      stage = inferStage(collaboration, score).stage;
      inferred += 1;
    }
    const stagePosition = at.stages.get(stage) as number;
    stageCounts[stagePosition] = (stageCounts[stagePosition] as number) + 1;
    // `seen` marks per pitfall: 1 from the document, 2 from the assessment, 3 from both.
    seen.fill(0);
    for (const finding of detectPitfalls(collaboration)) {
      const position = at.pitfalls.get(finding.pitfall) as number;
      seen[position] = 1;
    }
    for (const pitfall of score?.pitfalls ?? []) {
      const position = at.pitfalls.get(pitfall.pitfall) as number;
      seen[position] = (seen[position] as number) | 2;
    }
    for (let position = 0; position < pitfallCount; position++) {
      const mark = seen[position] as number;
      if (mark === 0) continue;
      inEither[position] = (inEither[position] as number) + 1;
      if (mark & 1) inDocuments[position] = (inDocuments[position] as number) + 1;
      if (mark & 2) inAssessments[position] = (inAssessments[position] as number) + 1;
    }
  }

  let hiddenCounts = 0;
  let hiddenDistributions = 0;
  const groupCount = (value: number): GroupCount => {
    if (value === 0 || value >= minGroupSize) return { suppressed: false, count: value };
    hiddenCounts += 1;
    return { suppressed: true };
  };
  const describe = (group: ScoreGroup, name: LocalisedText): OverallDistribution => {
    const values = group.values;
    if (values.length === 0) {
      return { distribution: null, text: stageMessages.distributionEmpty(name) };
    }
    if (group.collaborations.size < minGroupSize) {
      hiddenDistributions += 1;
      return { distribution: { suppressed: true }, text: stageMessages.distributionSuppressed(name, minGroupSize) };
    }
    const sorted = Float64Array.from(values).sort();
    let sum = 0;
    for (const value of sorted) sum += value;
    const min = sorted[0] as number;
    const max = sorted[sorted.length - 1] as number;
    const distribution: ScoreDistribution = {
      suppressed: false,
      count: sorted.length,
      collaborations: group.collaborations.size,
      min,
      q1: quantile(sorted, 0.25),
      median: quantile(sorted, 0.5),
      q3: quantile(sorted, 0.75),
      max,
      mean: Math.min(max, Math.max(min, sum / sorted.length)),
    };
    return {
      distribution,
      text: stageMessages.distribution(
        name,
        distribution.median,
        distribution.q1,
        distribution.q3,
        min,
        max,
        distribution.mean,
        distribution.count,
        distribution.collaborations,
      ),
    };
  };
  const describeFactors = (groups: readonly ScoreGroup[]): FactorDistribution[] =>
    strategyFactors.map((factor, index) => ({
      factor: factor.id,
      label: copyText(factor.label),
      ...describe(groups[index] as ScoreGroup, stageMessages.factorName(factor.id)),
    }));

  const themes: ThemeCount[] = [];
  catalogueThemes.forEach((theme, index) => {
    const value = themeCounts[index] as number;
    if (value > 0) themes.push({ theme: theme.id, label: copyText(theme.label), ...groupCount(value) });
  });
  const formsSeen: FormCount[] = [];
  catalogueForms.forEach((form, index) => {
    const value = formCounts[index] as number;
    if (value > 0) formsSeen.push({ form: form.id, label: copyText(form.label), ...groupCount(value) });
  });
  const stages = catalogueStages.map(
    (stage, index): StageCount => ({
      stage: stage.id,
      order: index as StageOrder,
      label: copyText(stage.label),
      ...groupCount(stageCounts[index] as number),
    }),
  );
  const stagesInferred = groupCount(inferred);
  const overall = describe(all[GROUPS - 1] as ScoreGroup, stageMessages.overallName());
  const factors = describeFactors(all);
  const pitfalls = cataloguePitfalls.map(
    (pitfall, index): PitfallFrequency => ({
      pitfall: pitfall.id,
      factor: pitfall.factor,
      label: copyText(pitfall.label),
      inDocuments: groupCount(inDocuments[index] as number),
      inAssessments: groupCount(inAssessments[index] as number),
      inEither: groupCount(inEither[index] as number),
    }),
  );
  const schoolYears = [...years.keys()].sort().map((year): SchoolYearSummary => {
    const tally = years.get(year) as YearTally;
    const collaborations = tally.collaborations.size;
    const large = collaborations >= minGroupSize;
    if (!large) hiddenCounts += 1;
    return {
      schoolYear: year as SchoolYear,
      assessments: large ? { suppressed: false, count: tally.assessments } : { suppressed: true },
      collaborations: groupCount(collaborations),
      overall: describe(tally.groups[GROUPS - 1] as ScoreGroup, stageMessages.overallName()),
      factors: describeFactors(tally.groups),
    };
  });

  return {
    name: portfolio.name,
    collaborations: portfolio.collaborations.length,
    assessments: portfolio.assessments.length,
    minGroupSize,
    themes,
    forms: formsSeen,
    stages,
    stagesInferred,
    overall,
    factors,
    pitfalls,
    schoolYears,
    hidden: { counts: hiddenCounts, distributions: hiddenDistributions },
    summary: stageMessages.portfolioSummary(
      portfolio.name,
      portfolio.collaborations.length,
      portfolio.assessments.length,
      minGroupSize,
      hiddenCounts,
      hiddenDistributions,
    ),
  };
}
