import {
  isPlainObject,
  readChoiceField,
  readNumberField,
  readOptions,
  rejectValue,
  throwIfIssues,
  wholeNumberRule,
} from '../arguments/argumentReader.js';
import { partnerTypeIds } from '../catalogue/ids/partnerTypes.js';
import { stakeholderGroupIds } from '../catalogue/ids/stakeholderGroups.js';
import type { StrategyFactorId } from '../catalogue/ids/strategyFactors.js';
import { getPartnerType, getStakeholderGroup } from '../catalogue/lookups.js';
import type { Issue } from '../errors/SamenwerkingError.js';
import { copyText } from '../i18n/copyText.js';
import { groupTexts } from '../i18n/groupTexts/groupTexts.js';
import type { LocalisedText } from '../i18n/LocalisedText.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import type { Assessment, Collaboration, Response } from '../schema/types.js';
import {
  CONFIDENCE_LEVEL,
  type ScoreInterval,
  sampleStandardDeviation,
  scoreInterval,
  standardErrorOf,
} from './confidenceInterval.js';
import { scoreAssessment } from './scoreAssessment.js';
import type { ScoreBerenschotOptions } from './scoreBerenschot.js';
import { answerNumbers } from './scoreNumbers.js';
import { defaultScoreSettings, readScoringOption, type ScoreSettings } from './scoreSettings.js';
import { type StrategyModel, strategyModel } from './strategyModel.js';
import type { Band, BerenschotScore } from './types.js';

/**
 * How {@link scoreByGroup} groups the respondents: `'all'` (one group), `'partner'` (the partner each respondent speaks
 * for), `'partnerType'` (the type of that partner; needs the collaboration) or `'role'` (the respondent's stakeholder
 * group, `responses[].role`).
 *
 * @category Scoring
 */
export type GroupBy = 'all' | 'partner' | 'partnerType' | 'role';

/**
 * The options of {@link scoreByGroup}.
 *
 * @category Scoring
 */
export interface ScoreByGroupOptions {
  /** How to group the respondents. Required. */
  readonly by: GroupBy;
  /** The collaboration of the assessment: needed for `'partnerType'`; for `'partner'` it orders and names the groups. */
  readonly collaboration?: Collaboration | undefined;
  /** The fewest respondents a group needs to be scored; a whole number of 1 or more, default 5. */
  readonly minGroupSize?: number | undefined;
  /** The options each group is scored with, as for `scoreBerenschot`; default its defaults. */
  readonly scoring?: ScoreBerenschotOptions | undefined;
}

/**
 * A score of a group with its uncertainty.
 *
 * @category Scoring
 */
export interface ScoreEstimate {
  /** The score, as `scoreBerenschot` gives it for the group's responses; `null` when it gives none. */
  readonly score: number | null;
  /** The band of the score, or `null`. */
  readonly band: Band | null;
  /** The respondents whose answers count towards the score (at least one answer with a positive weight). */
  readonly respondents: number;
  /** The sample standard deviation of those respondents' own scores; `null` for fewer than two. */
  readonly standardDeviation: number | null;
  /** The standard error of the score (linearisation over respondents); `null` without a score. */
  readonly standardError: number | null;
  /** The 95% confidence interval of the score, within 0 to 100; `null` without a score or with fewer than two respondents. */
  readonly interval: ScoreInterval | null;
}

/**
 * A strategy factor's score in a group.
 *
 * @category Scoring
 */
export interface GroupFactorScore extends ScoreEstimate {
  /** The strategy factor. */
  readonly factor: StrategyFactorId;
}

/**
 * One group of respondents and its scores.
 *
 * @category Scoring
 */
export interface GroupScore {
  /** The group: `'all'`, a partner id, a partner type or a stakeholder group. */
  readonly group: string;
  /** Its name: the partner's name (when the collaboration is given, otherwise its id), or the catalogue label. */
  readonly label: LocalisedText;
  /** The number of respondents in the group. */
  readonly respondents: number;
  /** Whether the group has fewer than `minGroupSize` respondents, and is therefore not scored. */
  readonly belowMinimum: boolean;
  /** The overall score with its uncertainty; `null` for a group below the minimum. */
  readonly overall: ScoreEstimate | null;
  /** The six strategy factors in strategy order; empty for a group below the minimum. */
  readonly factors: readonly GroupFactorScore[];
  /** The group in a sentence a report can print. */
  readonly text: LocalisedText;
}

/**
 * The scores of an assessment per group of respondents, with their uncertainty.
 *
 * @category Scoring
 */
export interface GroupScores {
  /** The id of the collaboration. */
  readonly collaboration: string;
  /** The date of the assessment. */
  readonly date: string;
  /** How the respondents were grouped. */
  readonly by: GroupBy;
  /** The fewest respondents a group needs to be scored. */
  readonly minGroupSize: number;
  /** The confidence level of the intervals: 0.95. */
  readonly confidence: number;
  /** The groups: partners in the order of the collaboration (else by id), types and roles in catalogue order. */
  readonly groups: readonly GroupScore[];
  /** The respondents in no group: those that name no partner (or, by role, no role). */
  readonly unassigned: number;
}

const OPTION_NAMES: readonly string[] = ['by', 'collaboration', 'minGroupSize', 'scoring'];
const GROUPINGS: readonly GroupBy[] = ['all', 'partner', 'partnerType', 'role'];

/** Per respondent of a group, what the uncertainty needs: its influence on each score and its own scores. */
interface Spread {
  readonly influences: number[][];
  readonly own: number[][];
  readonly overallInfluences: number[];
  readonly overallOwn: number[];
}

/**
 * The influences of each respondent on each factor score and on the overall score (linearisation), and each
 * respondent's own scores, for the responses of one group and its score.
 */
function spreadOf(
  responses: readonly Response[],
  score: BerenschotScore,
  settings: ScoreSettings,
  model: StrategyModel,
  min: number,
  range: number,
): Spread {
  const indicatorCount = model.indicatorIds.length;
  const sums = new Array<number>(indicatorCount).fill(0);
  const counts = new Array<number>(indicatorCount).fill(0);
  const rows: (number | null)[][] = responses.map((response) => {
    const row = new Array<number | null>(indicatorCount).fill(null);
    const numbers = answerNumbers(response, model.indicatorIds);
    for (let index = 0; index < numbers.length; index += 2) {
      const at = numbers[index] as number;
      const answer = numbers[index + 1] as number;
      row[at] = answer - min;
      sums[at] = (sums[at] as number) + answer - min;
      counts[at] = (counts[at] as number) + 1;
    }
    return row;
  });
  const influences: number[][] = model.factors.map(() => []);
  const own: number[][] = model.factors.map(() => []);
  const byRespondent: (number | null)[][] = rows.map(() => model.factors.map(() => null));
  const ownByRespondent: (number | null)[][] = rows.map(() => model.factors.map(() => null));
  model.factors.forEach((factor, index) => {
    if (score.factors[index]?.score == null) return;
    let answeredWeight = 0;
    for (let at = factor.first; at < factor.end; at++) {
      if ((counts[at] as number) > 0) answeredWeight += settings.indicatorWeights[at] as number;
    }
    rows.forEach((row, respondent) => {
      let influence = 0;
      let ownSum = 0;
      let ownWeight = 0;
      for (let at = factor.first; at < factor.end; at++) {
        const answer = row[at];
        const weight = settings.indicatorWeights[at] as number;
        if (answer == null || weight === 0) continue;
        const count = counts[at] as number;
        influence += (weight / answeredWeight) * ((answer - (sums[at] as number) / count) / count);
        ownSum += weight * answer;
        ownWeight += weight;
      }
      if (ownWeight === 0) return;
      const scaled = (100 * influence) / range;
      const ownScore = (100 * ownSum) / (ownWeight * range);
      influences[index]?.push(scaled);
      own[index]?.push(ownScore);
      (byRespondent[respondent] as (number | null)[])[index] = scaled;
      (ownByRespondent[respondent] as (number | null)[])[index] = ownScore;
    });
  });
  // The overall score is the weighted mean of the factor scores: each respondent's influence is the same mean of
  // its factor influences, and its own overall score the weighted mean of its own factor scores.
  let totalWeight = 0;
  model.factors.forEach((_, index) => {
    if (score.factors[index]?.score != null) totalWeight += settings.factorWeights[index] as number;
  });
  const overallInfluences: number[] = [];
  const overallOwn: number[] = [];
  rows.forEach((_, respondent) => {
    let influence = 0;
    let ownSum = 0;
    let ownWeight = 0;
    let counted = false;
    model.factors.forEach((__, index) => {
      const weight = settings.factorWeights[index] as number;
      const factorInfluence = byRespondent[respondent]?.[index];
      const ownScore = ownByRespondent[respondent]?.[index];
      if (factorInfluence == null || ownScore == null || weight === 0) return;
      counted = true;
      influence += (weight / totalWeight) * factorInfluence;
      ownSum += weight * ownScore;
      ownWeight += weight;
    });
    if (!counted) return;
    overallInfluences.push(influence);
    overallOwn.push(ownSum / ownWeight);
  });
  return { influences, own, overallInfluences, overallOwn };
}

function estimate(
  value: number | null,
  band: Band | null,
  influences: readonly number[],
  own: readonly number[],
): ScoreEstimate {
  if (value === null) {
    return {
      score: null,
      band: null,
      respondents: influences.length,
      standardDeviation: null,
      standardError: null,
      interval: null,
    };
  }
  const standardError = standardErrorOf(influences);
  return {
    score: value,
    band,
    respondents: influences.length,
    standardDeviation: sampleStandardDeviation(own),
    standardError,
    interval: scoreInterval(value, standardError, influences.length),
  };
}

/** Scores the responses of one group, with the uncertainty of every score. */
function scoreGroup(
  assessment: Assessment,
  group: string,
  label: LocalisedText,
  responses: readonly Response[],
  minGroupSize: number,
  settings: ScoreSettings,
): GroupScore {
  if (responses.length < minGroupSize) {
    return {
      group,
      label,
      respondents: responses.length,
      belowMinimum: true,
      overall: null,
      factors: [],
      text: groupTexts.belowMinimum(label, responses.length, minGroupSize),
    };
  }
  const model = strategyModel();
  const min = assessment.scale?.min ?? 1;
  const range = (assessment.scale?.max ?? 5) - min;
  const score = scoreAssessment({ ...assessment, responses }, settings);
  const spread = spreadOf(responses, score, settings, model, min, range);
  const factors = score.factors.map(
    (factor, index): GroupFactorScore => ({
      factor: factor.factor,
      ...estimate(factor.score, factor.band, spread.influences[index] ?? [], spread.own[index] ?? []),
    }),
  );
  const overall = estimate(score.overall.score, score.overall.band, spread.overallInfluences, spread.overallOwn);
  return {
    group,
    label,
    respondents: responses.length,
    belowMinimum: false,
    overall,
    factors,
    text: groupTexts.scored(
      label,
      responses.length,
      overall.score,
      overall.interval?.lower ?? null,
      overall.interval?.upper ?? null,
    ),
  };
}

/** Reads the `collaboration` option: a collaboration document of the same collaboration as the assessment. */
function readCollaboration(
  value: unknown,
  assessment: Assessment,
  by: GroupBy | undefined,
  issues: Issue[],
): Collaboration | undefined {
  if (value === undefined) {
    if (by === 'partnerType') {
      rejectValue(issues, ['options', 'collaboration'], 'collaboration', value, groupTexts.needsCollaboration());
    }
    return undefined;
  }
  if (!isPlainObject(value) || value.kind !== 'collaboration' || !Array.isArray(value.partners)) {
    rejectValue(issues, ['options', 'collaboration'], 'collaboration', value, groupTexts.expectedCollaboration());
    return undefined;
  }
  const collaboration = value as unknown as Collaboration;
  if (collaboration.id !== assessment.collaboration) {
    const expected = groupTexts.sameCollaboration(assessment.collaboration);
    rejectValue(
      issues,
      ['options', 'collaboration', 'id'],
      'collaboration.id',
      collaboration.id,
      expected,
      'invalid_argument',
    );
    return undefined;
  }
  const known = collaboration.partners.map((partner) => partner.id);
  assessment.responses.forEach((response, index) => {
    if (response.partner === undefined || known.includes(response.partner)) return;
    issues.push({
      code: 'dangling_reference',
      path: ['assessment', 'responses', index, 'partner'],
      message: groupTexts.partnerNotInCollaboration(response.partner, known),
    });
  });
  return collaboration;
}

/** The responses of each group, in the order the groups are shown, and the respondents in none. */
function groupResponses(
  assessment: Assessment,
  by: GroupBy,
  collaboration: Collaboration | undefined,
): { readonly groups: ReadonlyMap<string, Response[]>; readonly unassigned: number } {
  const groups = new Map<string, Response[]>();
  if (by === 'all') {
    groups.set('all', [...assessment.responses]);
    return { groups, unassigned: 0 };
  }
  const typeOf = new Map(collaboration?.partners.map((partner) => [partner.id, partner.type]) ?? []);
  const keyOf = (response: Response): string | undefined => {
    if (by === 'role') return response.role;
    if (response.partner === undefined) return undefined;
    return by === 'partner' ? response.partner : typeOf.get(response.partner);
  };
  const order: readonly string[] =
    by === 'role'
      ? stakeholderGroupIds
      : by === 'partnerType'
        ? partnerTypeIds
        : collaboration !== undefined
          ? collaboration.partners.map((partner) => partner.id)
          : [
              ...new Set(
                assessment.responses.flatMap((response) => (response.partner === undefined ? [] : [response.partner])),
              ),
            ].sort((left, right) => (left < right ? -1 : left > right ? 1 : 0));
  const found = new Map<string, Response[]>();
  let unassigned = 0;
  for (const response of assessment.responses) {
    const key = keyOf(response);
    if (key === undefined) {
      unassigned += 1;
      continue;
    }
    const list = found.get(key);
    if (list === undefined) found.set(key, [response]);
    else list.push(response);
  }
  for (const key of order) {
    const list = found.get(key);
    if (list !== undefined) groups.set(key, list);
  }
  return { groups, unassigned };
}

/** The name of a group. */
function labelOf(by: GroupBy, group: string, collaboration: Collaboration | undefined): LocalisedText {
  switch (by) {
    case 'all':
      return groupTexts.allRespondents();
    case 'partnerType':
      return copyText(getPartnerType(group as Parameters<typeof getPartnerType>[0]).label);
    case 'role':
      return copyText(getStakeholderGroup(group as Parameters<typeof getStakeholderGroup>[0]).label);
    case 'partner': {
      const name = collaboration?.partners.find((partner) => partner.id === group)?.name ?? group;
      return { nl: name, en: name };
    }
  }
}

/**
 * Scores an assessment per group of respondents (by partner, partner type or stakeholder role, or all together), and
 * gives every score its spread and a 95% confidence interval, so that a score from 4 respondents no longer looks as
 * solid as one from 40.
 *
 * @remarks
 * Each group's scores are exactly those of `scoreBerenschot` on the group's responses alone (with `options.scoring`),
 * so a respondent in one group never changes another group's score. A group with fewer than `minGroupSize` respondents
 * (default 5, as in `summarisePortfolio`) is marked `belowMinimum` and not scored; `by: 'all'` is never marked, since
 * its score is the assessment's own.
 *
 * Uncertainty, per factor and for the overall score: the respondents are taken as a sample of the people who could
 * have answered. A factor score is a weighted mean of indicator means, so each respondent r has an influence on it,
 * `z_r = 100 / (max − min) × Σ_i (w_i / W) × (a_ri − ā_i) / n_i` over the indicators i it answered (w_i the weight,
 * W the answered weight of the factor, ā_i and n_i the mean and number of answers to i); the overall score's influence
 * is the factor-weighted mean of those. The standard error is `√(n / (n − 1) × Σ z_r²)` over the n respondents with
 * an influence (linearisation, the delta method; with complete answers it is the familiar s / √n), and the 95%
 * interval is `score ± t(0.975; n − 1) × standard error` with Student's t quantile (exact for whole degrees of freedom, by
 * Abramowitz and Stegun 26.7.3 and 26.7.4), cut to
 * 0..100. No interval for fewer than two respondents. `standardDeviation` describes the respondents' own scores (each
 * respondent's weighted mean over the indicators it answered): how far apart the people in the group are.
 *
 * @param assessment - The assessment, as parsed by `parseAssessment`; it is not changed.
 * @param options - `by` (required); `collaboration` (required for `'partnerType'`), `minGroupSize` and `scoring`.
 * @returns A new, deeply frozen object with one entry per group that has respondents, and the number of respondents in no group.
 * @throws {SamenwerkingError} `invalid_argument` when `assessment` is not an assessment; `invalid_option` when an option is unknown, `by` is missing or not one of the four,
 *   `'partnerType'` comes without a collaboration, `collaboration` is not a collaboration document, `minGroupSize` is
 *   not a whole number of 1 or more, or `scoring` is not a valid set of `scoreBerenschot` options;
 *   `invalid_argument` when the collaboration is another than the assessment's; `dangling_reference` when a
 *   respondent's partner is not in it. Every problem is listed.
 *
 * @example
 * ```ts
 * const all = scoreByGroup(assessment, { by: 'all' }).groups[0];
 * [all?.respondents, all?.overall?.score === scoreBerenschot(assessment).overall.score];
 * //=> [6, true]
 * const relatie = all?.factors[3];
 * [relatie?.respondents, relatie?.interval !== null && relatie?.interval.lower < relatie?.score!];
 * //=> [6, true]
 * scoreByGroup(assessment, { by: 'partner', minGroupSize: 3 }).groups.map((group) => [group.group, group.belowMinimum]);
 * //=> [['bestuur-noord', true], ['bestuur-sint-jan', true], ['gemeente', true], ['kinderopvang', true]]
 * scoreByGroup(assessment, { by: 'partnerType', collaboration, minGroupSize: 2 }).groups.map((group) => [group.group, group.respondents, group.belowMinimum]);
 * //=> [['gemeente', 2, false], ['schoolbestuur', 3, false], ['kinderopvang', 1, true]]
 * ```
 * @category Scoring
 */
export function scoreByGroup(assessment: Assessment, options: ScoreByGroupOptions): GroupScores {
  const issues: Issue[] = [];
  if (!isPlainObject(assessment) || assessment.kind !== 'assessment' || !Array.isArray(assessment.responses)) {
    rejectValue(issues, ['assessment'], 'assessment', assessment, groupTexts.expectedAssessment(), 'invalid_argument');
    throwIfIssues(issues);
  }
  const reader = readOptions(options, OPTION_NAMES, issues);
  const by = readChoiceField(reader, 'by', GROUPINGS);
  if (reader.fields.by === undefined && (options === undefined || isPlainObject(options))) {
    rejectValue(issues, ['options', 'by'], 'by', undefined, groupTexts.expectedBy(GROUPINGS));
  }
  const minGroupSize = readNumberField(reader, 'minGroupSize', 5, wholeNumberRule(1));
  const settings = readScoringOption(reader) ?? defaultScoreSettings();
  const collaboration = readCollaboration(reader.fields.collaboration, assessment, by, issues);
  throwIfIssues(issues);
  const grouping = by as GroupBy;
  const { groups, unassigned } = groupResponses(assessment, grouping, collaboration);
  return deepFreeze({
    collaboration: assessment.collaboration,
    date: assessment.date,
    by: grouping,
    minGroupSize,
    confidence: CONFIDENCE_LEVEL,
    groups: [...groups].map(([group, responses]) =>
      scoreGroup(
        assessment,
        group,
        labelOf(grouping, group, collaboration),
        responses,
        grouping === 'all' ? 1 : minGroupSize,
        settings,
      ),
    ),
    unassigned,
  });
}
