import { readNumberField, readOptions, throwIfIssues, wholeNumberRule } from '../arguments/argumentReader.js';
import { forms as catalogueForms } from '../catalogue/data/forms.js';
import { pitfalls as cataloguePitfalls } from '../catalogue/data/pitfalls.js';
import { stages as catalogueStages } from '../catalogue/data/stages.js';
import { strategyFactors } from '../catalogue/data/strategyFactors.js';
import { themes as catalogueThemes } from '../catalogue/data/themes.js';
import { CATALOGUE_EDITION } from '../catalogue/edition.js';
import type { FormId } from '../catalogue/ids/forms.js';
import type { PitfallId } from '../catalogue/ids/pitfalls.js';
import type { StageId } from '../catalogue/ids/stages.js';
import type { StrategyFactorId } from '../catalogue/ids/strategyFactors.js';
import type { ThemeId } from '../catalogue/ids/themes.js';
import type { Issue } from '../errors/SamenwerkingError.js';
import { copyText } from '../i18n/copyText.js';
import type { LocalisedText } from '../i18n/LocalisedText.js';
import { portfolioTexts } from '../i18n/portfolioTexts/portfolioTexts.js';
import { scoringTerms } from '../i18n/scoringTerms/scoringTerms.js';
import { acceptsPortfolio } from '../schema/acceptors.js';
import type {
  FactorDistribution,
  FormCount,
  GroupCount,
  OverallDistribution,
  PitfallFrequency,
  PortfolioSummary,
  SchoolYearSummary,
  ScoreDistribution,
  StageCount,
  ThemeCount,
} from '../schema/PortfolioSummary.js';
import type { Portfolio } from '../schema/types.js';
import type { SchoolYear } from '../time/schoolYearOf.js';
import { schoolYearOf } from '../time/schoolYearOf.js';
import { pitfallIdsOf } from './detectPitfalls.js';
import { inferStage } from './inferStage.js';
import { readInput } from './readInput.js';
import { scoreAssessment } from './scoreAssessment.js';
import type { ScoreBerenschotOptions } from './scoreBerenschot.js';
import { defaultScoreSettings, readScoringOption, type ScoreSettings } from './scoreSettings.js';
import type { StageOrder } from './stageInference.js';
import { summariseNumbers } from './statistics.js';

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

export type {
  AppliedPortfolioOptions,
  CountedGroup,
  FactorDistribution,
  FormCount,
  GroupCount,
  OverallDistribution,
  PitfallFrequency,
  PortfolioSummary,
  SchoolYearSummary,
  ScoreDistribution,
  StageCount,
  SuppressedGroup,
  ThemeCount,
} from '../schema/PortfolioSummary.js';

const OPTION_NAMES: readonly string[] = ['minGroupSize', 'scoring'];

/** What a score group is about: a strategy factor or the overall score. */
type Subject = StrategyFactorId | 'overall';

/** The scores of one subject and the collaborations they come from. */
interface ScoreGroup {
  readonly values: number[];
  readonly collaborations: Set<string>;
}

/** The score groups of a set of assessments, one per subject, made when first filled. */
class ScoreGroups {
  private readonly groups = new Map<Subject, ScoreGroup>();

  /** Files one score of a collaboration under a subject. */
  add(subject: Subject, value: number, collaboration: string): void {
    let group = this.groups.get(subject);
    if (group === undefined) {
      group = { values: [], collaborations: new Set() };
      this.groups.set(subject, group);
    }
    group.values.push(value);
    group.collaborations.add(collaboration);
  }

  /** The scores of a subject; empty when none was filed. */
  of(subject: Subject): ScoreGroup {
    return this.groups.get(subject) ?? { values: [], collaborations: new Set() };
  }
}

/** The assessments of one school year. */
interface YearTally {
  assessments: number;
  readonly collaborations: Set<string>;
  readonly scores: ScoreGroups;
}

/**
 * What the summary needs of a collaboration's latest assessment: the pitfalls it signals and the stage it infers
 * (when the document names none). Only this is kept, not the score with its explanations.
 */
interface LatestFindings {
  readonly pitfalls: readonly PitfallId[];
  readonly stage: StageId | undefined;
}

/** What the assessments hold: every score by subject, per school year, and what the latest assessment of each collaboration shows. */
interface AssessmentTally {
  readonly scores: ScoreGroups;
  readonly years: ReadonlyMap<SchoolYear, YearTally>;
  readonly latest: ReadonlyMap<string, LatestFindings>;
}

/** Per collaboration, the position of its latest assessment (of equal dates, the last one). */
function latestPositions(portfolio: Portfolio): Map<string, number> {
  const positions = new Map<string, number>();
  const assessments = portfolio.assessments;
  for (let at = 0; at < assessments.length; at++) {
    const { collaboration, date } = assessments[at] as Portfolio['assessments'][number];
    const previous = positions.get(collaboration);
    if (previous === undefined || date >= (assessments[previous] as Portfolio['assessments'][number]).date) {
      positions.set(collaboration, at);
    }
  }
  return positions;
}

/**
 * Scores every assessment once and files the scores by subject and school year. Each score is dropped once its numbers
 * are filed; of a collaboration's latest assessment the pitfalls and the inferred stage are kept too.
 */
function tallyAssessments(portfolio: Portfolio, settings: ScoreSettings): AssessmentTally {
  const scores = new ScoreGroups();
  const years = new Map<SchoolYear, YearTally>();
  const latest = new Map<string, LatestFindings>();
  const yearOfDate = new Map<string, SchoolYear>();
  const positions = latestPositions(portfolio);
  const collaborationOf = new Map(portfolio.collaborations.map((collaboration) => [collaboration.id, collaboration]));
  let at = -1;
  for (const assessment of portfolio.assessments) {
    at += 1;
    const score = scoreAssessment(assessment, settings);
    const collaboration = assessment.collaboration;
    let year = yearOfDate.get(assessment.date);
    if (year === undefined) {
      year = schoolYearOf(assessment.date);
      yearOfDate.set(assessment.date, year);
    }
    let tally = years.get(year);
    if (tally === undefined) {
      tally = { assessments: 0, collaborations: new Set(), scores: new ScoreGroups() };
      years.set(year, tally);
    }
    tally.assessments += 1;
    tally.collaborations.add(collaboration);
    const file = (subject: Subject, value: number | null): void => {
      if (value === null) return;
      scores.add(subject, value, collaboration);
      (tally as YearTally).scores.add(subject, value, collaboration);
    };
    for (const factor of score.factors) file(factor.factor, factor.score);
    file('overall', score.overall.score);
    if (positions.get(collaboration) === at) {
      const document = collaborationOf.get(collaboration);
      latest.set(collaboration, {
        pitfalls: score.pitfalls.map((finding) => finding.pitfall),
        stage: document === undefined || document.stage !== undefined ? undefined : inferStage(document, score).stage,
      });
    }
  }
  return { scores, years, latest };
}

/** How often a pitfall occurs: in documents, in latest assessments, and in either. */
interface PitfallTally {
  inDocuments: number;
  inAssessments: number;
  inEither: number;
}

/** What the collaborations hold: counts per theme, form and stage, and pitfall frequencies. */
interface CollaborationTally {
  readonly themes: ReadonlyMap<ThemeId, number>;
  readonly forms: ReadonlyMap<FormId, number>;
  readonly stages: ReadonlyMap<StageId, number>;
  readonly inferred: number;
  readonly pitfalls: ReadonlyMap<PitfallId, PitfallTally>;
}

function increment<Key>(counts: Map<Key, number>, key: Key): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Visits every collaboration once: its themes, form, stage (named or inferred) and pitfalls. */
function tallyCollaborations(portfolio: Portfolio, latest: ReadonlyMap<string, LatestFindings>): CollaborationTally {
  const themes = new Map<ThemeId, number>();
  const forms = new Map<FormId, number>();
  const stages = new Map<StageId, number>();
  const pitfalls = new Map<PitfallId, PitfallTally>();
  let inferred = 0;
  for (const collaboration of portfolio.collaborations) {
    for (const theme of collaboration.themes) increment(themes, theme);
    increment(forms, collaboration.form);
    const findings = latest.get(collaboration.id);
    if (collaboration.stage === undefined) inferred += 1;
    increment(stages, collaboration.stage ?? findings?.stage ?? inferStage(collaboration).stage);
    // Per pitfall of this collaboration: 1 from the document, 2 from the assessment, 3 from both.
    const seen = new Map<PitfallId, number>();
    for (const pitfall of pitfallIdsOf(collaboration)) seen.set(pitfall, 1);
    for (const pitfall of findings?.pitfalls ?? []) seen.set(pitfall, (seen.get(pitfall) ?? 0) | 2);
    for (const [pitfall, mark] of seen) {
      const tally = pitfalls.get(pitfall) ?? { inDocuments: 0, inAssessments: 0, inEither: 0 };
      tally.inEither += 1;
      if (mark & 1) tally.inDocuments += 1;
      if (mark & 2) tally.inAssessments += 1;
      pitfalls.set(pitfall, tally);
    }
  }
  return { themes, forms, stages, inferred, pitfalls };
}

/** A count as shown: 0 or at least `minGroupSize` shown, anything between suppressed. */
function groupCount(value: number, minGroupSize: number): GroupCount {
  return value === 0 || value >= minGroupSize ? { suppressed: false, count: value } : { suppressed: true };
}

/**
 * Secondary suppression of a partition: counts that add up to a total the summary shows (the forms and the stages add
 * up to the collaborations, the school years' assessments to the assessments). With one count hidden, it is the total
 * minus the others; so more are hidden until every hidden count has at least two possible values. A hidden count is
 * taken to be at least 1 (0 is always shown), so k hidden counts summing to R leave each of them between 1 and
 * R − (k − 1): protected when k ≥ 2 and R ≥ k + 1. The next count to hide is the smallest one shown above 0 (the
 * first in order among equals), as statistical offices do to lose the least.
 *
 * @returns Per count whether it is hidden: the primary ones (`hidden` in) and the secondary ones added.
 */
function protectPartition(values: readonly number[], hidden: readonly boolean[]): boolean[] {
  const result = [...hidden];
  for (;;) {
    let count = 0;
    let sum = 0;
    result.forEach((isHidden, index) => {
      if (!isHidden) return;
      count += 1;
      sum += values[index] as number;
    });
    if (count === 0 || (count >= 2 && sum >= count + 1)) return result;
    let next = -1;
    values.forEach((value, index) => {
      if (result[index] || value === 0) return;
      if (next === -1 || value < (values[next] as number)) next = index;
    });
    // Nothing left to hide: every count of the partition is hidden already, and the total is all there is to show.
    if (next === -1) return result;
    result[next] = true;
  }
}

/** The distribution of a score group as shown: none, suppressed when from too few collaborations, or described. */
function describeGroup(group: ScoreGroup, name: LocalisedText, minGroupSize: number): OverallDistribution {
  const summary = summariseNumbers(group.values);
  if (summary === undefined) return { distribution: null, text: portfolioTexts.distributionEmpty(name) };
  if (group.collaborations.size < minGroupSize) {
    return { distribution: { suppressed: true }, text: portfolioTexts.distributionSuppressed(name, minGroupSize) };
  }
  const { count, min, q1, median, q3, max, mean } = summary;
  const collaborations = group.collaborations.size;
  const distribution: ScoreDistribution = { suppressed: false, count, collaborations, min, q1, median, q3, max, mean };
  return {
    distribution,
    text: portfolioTexts.distribution(name, median, q1, q3, min, max, mean, count, collaborations),
  };
}

/** The distribution of every strategy factor's scores, in strategy order. */
function describeFactors(scores: ScoreGroups, minGroupSize: number): FactorDistribution[] {
  return strategyFactors.map((factor) => ({
    factor: factor.id,
    label: copyText(factor.label),
    ...describeGroup(scores.of(factor.id), scoringTerms.factorName(factor.id), minGroupSize),
  }));
}

/** The summary of one school year. */
function describeYear(
  year: SchoolYear,
  tally: YearTally,
  minGroupSize: number,
  hideAssessments: boolean,
): SchoolYearSummary {
  const collaborations = tally.collaborations.size;
  return {
    schoolYear: year,
    assessments: hideAssessments ? { suppressed: true } : { suppressed: false, count: tally.assessments },
    collaborations: groupCount(collaborations, minGroupSize),
    overall: describeGroup(tally.scores.of('overall'), scoringTerms.overallScore(), minGroupSize),
    factors: describeFactors(tally.scores, minGroupSize),
  };
}

/** The number of suppressed counts and distributions in the parts of a summary. */
function countHidden(
  counts: readonly GroupCount[],
  distributions: readonly OverallDistribution[],
): PortfolioSummary['hidden'] {
  return {
    counts: counts.filter((count) => count.suppressed).length,
    distributions: distributions.filter((entry) => entry.distribution?.suppressed === true).length,
  };
}

/**
 * Computes Berenschot scores, stages and pitfalls across a portfolio and summarises them: counts per theme, form and
 * stage, the distribution of every strategy factor's scores, pitfall frequencies, and the same per school year, with
 * every group smaller than `minGroupSize` suppressed so that no single collaboration can be singled out.
 *
 * @remarks
 * Counts are collaborations. A count from 1 to `minGroupSize − 1` is suppressed (`{ suppressed: true }`, never the
 * number); 0 is shown, as it points at nobody. Counts that add up to a total the summary shows (the forms and the
 * stages add up to the collaborations, the school years' assessments to the assessments) get secondary suppression:
 * while a hidden count could be worked out as the total minus the counts shown, the smallest count shown above 0 is
 * hidden too, until at least two are hidden and each could be more than one value. A portfolio of fewer than
 * `minGroupSize` collaborations is `tooSmall`: everything is hidden and the summary says why. A distribution is shown only when its scores come from at least
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
 * @throws {SamenwerkingError} `invalid_argument` when `portfolio` is not a valid portfolio (`parsePortfolio` lists
 *   each problem).
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
  const issues: Issue[] = [];
  readInput<Portfolio>(portfolio, 'portfolio', 'portfolio', acceptsPortfolio, issues);
  const reader = readOptions(options, OPTION_NAMES, issues);
  const minGroupSize = readNumberField(reader, 'minGroupSize', 5, wholeNumberRule(1));
  const settings = readScoringOption(reader) ?? defaultScoreSettings();
  throwIfIssues(issues);
  const assessed = tallyAssessments(portfolio, settings);
  const counted = tallyCollaborations(portfolio, assessed.latest);
  const shown = (value: number): GroupCount => groupCount(value, minGroupSize);

  const hideIn = (values: readonly number[]): boolean[] =>
    protectPartition(
      values,
      values.map((value) => value > 0 && value < minGroupSize),
    );
  const counts = (values: readonly number[], hidden: readonly boolean[]): GroupCount[] =>
    values.map((value, index) => (hidden[index] ? { suppressed: true } : { suppressed: false, count: value }));

  const themes = catalogueThemes
    .filter((theme) => counted.themes.has(theme.id))
    .map(
      (theme): ThemeCount => ({
        theme: theme.id,
        label: copyText(theme.label),
        ...shown(counted.themes.get(theme.id) ?? 0),
      }),
    );
  // Forms and stages each add up to the number of collaborations: secondary suppression keeps a hidden count hidden.
  const formsUsed = catalogueForms.filter((form) => counted.forms.has(form.id));
  const formValues = formsUsed.map((form) => counted.forms.get(form.id) ?? 0);
  const formCounts = counts(formValues, hideIn(formValues));
  const forms = formsUsed.map(
    (form, index): FormCount => ({ form: form.id, label: copyText(form.label), ...(formCounts[index] as GroupCount) }),
  );
  const stageValues = catalogueStages.map((stage) => counted.stages.get(stage.id) ?? 0);
  const stageCounts = counts(stageValues, hideIn(stageValues));
  const stages = catalogueStages.map(
    (stage, index): StageCount => ({
      stage: stage.id,
      order: stage.order as StageOrder,
      label: copyText(stage.label),
      ...(stageCounts[index] as GroupCount),
    }),
  );
  const stagesInferred = shown(counted.inferred);
  const overall = describeGroup(assessed.scores.of('overall'), scoringTerms.overallScore(), minGroupSize);
  const factors = describeFactors(assessed.scores, minGroupSize);
  const pitfalls = cataloguePitfalls.map((pitfall): PitfallFrequency => {
    const tally = counted.pitfalls.get(pitfall.id);
    return {
      pitfall: pitfall.id,
      factor: pitfall.factor,
      label: copyText(pitfall.label),
      inDocuments: shown(tally?.inDocuments ?? 0),
      inAssessments: shown(tally?.inAssessments ?? 0),
      inEither: shown(tally?.inEither ?? 0),
    };
  });
  // The assessments of the school years add up to all assessments; a year is hidden when its assessments come from
  // too few collaborations, and then secondary suppression as for the forms.
  const yearKeys = [...assessed.years.keys()].sort();
  const yearTallies = yearKeys.map((year) => assessed.years.get(year) as YearTally);
  const hiddenYears = protectPartition(
    yearTallies.map((tally) => tally.assessments),
    yearTallies.map((tally) => tally.collaborations.size < minGroupSize),
  );
  const schoolYears = yearKeys.map((year, index) =>
    describeYear(year, yearTallies[index] as YearTally, minGroupSize, hiddenYears[index] as boolean),
  );
  const primaryHidden =
    formValues.filter((value) => value > 0 && value < minGroupSize).length +
    stageValues.filter((value) => value > 0 && value < minGroupSize).length +
    yearTallies.filter((tally) => tally.collaborations.size < minGroupSize).length;
  const secondary =
    formCounts.filter((count) => count.suppressed).length +
    stageCounts.filter((count) => count.suppressed).length +
    hiddenYears.filter(Boolean).length -
    primaryHidden;
  const tooSmall = portfolio.collaborations.length > 0 && portfolio.collaborations.length < minGroupSize;

  const hidden = countHidden(
    [
      ...themes,
      ...forms,
      ...stages,
      stagesInferred,
      ...pitfalls.flatMap((entry) => [entry.inDocuments, entry.inAssessments, entry.inEither]),
      ...schoolYears.flatMap((year) => [year.assessments, year.collaborations]),
    ],
    [overall, ...factors, ...schoolYears.flatMap((year) => [year.overall, ...year.factors])],
  );
  return {
    kind: 'portfolio-summary',
    schemaVersion: 1,
    edition: CATALOGUE_EDITION,
    name: portfolio.name,
    collaborations: portfolio.collaborations.length,
    assessments: portfolio.assessments.length,
    minGroupSize,
    themes,
    forms,
    stages,
    stagesInferred,
    overall,
    factors,
    pitfalls,
    schoolYears,
    hidden,
    tooSmall,
    summary: tooSmall
      ? portfolioTexts.tooSmall(
          portfolio.name,
          portfolio.collaborations.length,
          portfolio.assessments.length,
          minGroupSize,
        )
      : portfolioTexts.summary(
          portfolio.name,
          portfolio.collaborations.length,
          portfolio.assessments.length,
          minGroupSize,
          hidden.counts,
          hidden.distributions,
          secondary,
        ),
    options: { minGroupSize, scoring: settings.applied },
  };
}
