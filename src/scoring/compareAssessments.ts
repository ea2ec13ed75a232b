import { isPlainObject, readOptions, rejectValue, throwIfIssues } from '../arguments/argumentReader.js';
import { pitfalls as cataloguePitfalls } from '../catalogue/data/pitfalls.js';
import { strategyFactors } from '../catalogue/data/strategyFactors.js';
import { CATALOGUE_EDITION } from '../catalogue/edition.js';
import type { IndicatorId } from '../catalogue/ids/indicators.js';
import type { PitfallId } from '../catalogue/ids/pitfalls.js';
import type { StrategyFactorId } from '../catalogue/ids/strategyFactors.js';
import { getPitfall } from '../catalogue/lookups.js';
import type { Issue } from '../errors/SamenwerkingError.js';
import { comparisonTexts } from '../i18n/comparisonTexts/comparisonTexts.js';
import { copyText } from '../i18n/copyText.js';
import { expectedArguments } from '../i18n/expectedArguments/expectedArguments.js';
import { scoringTerms } from '../i18n/scoringTerms/scoringTerms.js';
import { daysBetween } from '../internal/calendar.js';
import type {
  AssessmentComparison,
  BandChange,
  BandDirection,
  ComparedMoment,
  FactorChange,
  PitfallChange,
} from '../schema/AssessmentComparison.js';
import type { Assessment } from '../schema/types.js';
import { schoolYearOf } from '../time/schoolYearOf.js';
import { acceptsAssessmentOrScore } from './acceptsAssessmentOrScore.js';
import { readInput } from './readInput.js';
import { scoreAssessment } from './scoreAssessment.js';
import type { ScoreBerenschotOptions } from './scoreBerenschot.js';
import { defaultScoreSettings, readScoringOption } from './scoreSettings.js';
import type { AssessmentPitfall, Band, BerenschotScore } from './types.js';

/**
 * The options of {@link compareAssessments}. Every option may be left out or set to `undefined` for its default.
 *
 * @category Scoring
 */
export interface CompareAssessmentsOptions {
  /** The options an argument that is an assessment is scored with, as for `scoreBerenschot`; default its defaults. */
  readonly scoring?: ScoreBerenschotOptions | undefined;
}

export type {
  AppliedComparisonOptions,
  AssessmentComparison,
  BandChange,
  BandDirection,
  ComparedMoment,
  FactorChange,
  PitfallChange,
} from '../schema/AssessmentComparison.js';

const OPTION_NAMES: readonly string[] = ['scoring'];

const BAND_RANK: Readonly<Record<Band, number>> = { onvoldoende: 0, voldoende: 1, goed: 2 };

/** Tells whether an argument is a score rather than an assessment. */
function isScore(value: unknown): value is BerenschotScore {
  return (
    isPlainObject(value) &&
    value.kind === 'berenschot-score' &&
    typeof value.collaboration === 'string' &&
    typeof value.date === 'string' &&
    isPlainObject(value.overall) &&
    Array.isArray(value.factors) &&
    Array.isArray(value.pitfalls)
  );
}

function indicatorScores(score: BerenschotScore): ReadonlyMap<IndicatorId, number | null> {
  const scores = new Map<IndicatorId, number | null>();
  for (const factor of score.factors)
    for (const indicator of factor.indicators) scores.set(indicator.indicator, indicator.score);
  return scores;
}

function bandChange(subject: StrategyFactorId | 'overall', before: Band | null, after: Band | null): BandChange | null {
  if (before === after) return null;
  const direction: BandDirection =
    before === null ? 'scored' : after === null ? 'unscored' : BAND_RANK[after] > BAND_RANK[before] ? 'up' : 'down';
  return { subject, before, after, direction };
}

function pitfallChange(pitfall: AssessmentPitfall, before: number | null, after: number | null): PitfallChange {
  return {
    pitfall: pitfall.pitfall,
    factor: pitfall.factor,
    indicator: pitfall.indicator,
    label: copyText(getPitfall(pitfall.pitfall).label),
    before,
    after,
  };
}

/**
 * Compares two assessments (or their scores) of the same collaboration: per strategy factor and overall the change in
 * score, the bands that changed, the pitfalls that appeared, were resolved or remain, and the school years of both.
 *
 * @remarks
 * Change = after − before, `null` when either score is `null`. Bands compare as onvoldoende < voldoende < goed.
 * Pitfalls are matched by pitfall id: appeared = signalled after and not before, resolved = signalled before and not
 * after; each carries its signal indicator's score on both sides, so a report can tell a real recovery from an
 * indicator nobody answered the second time. An argument that is an assessment is scored with `options.scoring`; a
 * score is taken as it is. The order matters, so two documents of different collaborations, or an `after` dated
 * before `before`, are refused rather than flagged: a silently reversed comparison would flip every sign. The same
 * date twice is fine (`days` 0). Comparing an assessment with itself shows no change.
 *
 * @param before - The earlier assessment, or its score from `scoreBerenschot`; it is not changed.
 * @param after - The later assessment of the same collaboration, or its score; it is not changed.
 * @param options - The scoring options for arguments that are assessments.
 * @returns A new object with both moments, the per-factor and overall changes, the band changes, the pitfalls that
 *   appeared, were resolved or remain, and a summary in Dutch and English.
 * @throws {SamenwerkingError} `invalid_option` when an option is unknown or `scoring` is not a valid set of
 *   `scoreBerenschot` options (listed under `options.scoring`), when the two belong to different collaborations (path `after.collaboration`), or when `after` is dated before
 *   `before` (path `after.date`). Every problem is listed.
 * @throws {SamenwerkingError} `invalid_argument` when `before` or `after` is not a valid assessment or a valid stored
 *   score (one built by hand or read from storage is checked as it is).
 *
 * @example
 * ```ts
 * const answers = (klik: number) => ({ 'relatie.klik': klik, 'relatie.continuiteit': 3, 'relatie.zichtbaarheid': 3 });
 * const assessment = (date: string, klik: number): Assessment => ({
 *   kind: 'assessment',
 *   schemaVersion: 1,
 *   collaboration: 'ikc-noord',
 *   date,
 *   responses: [{ respondent: 'r1', answers: answers(klik) }],
 * });
 * const comparison = compareAssessments(assessment('2025-03-01', 1), assessment('2026-03-01', 5));
 * comparison.factors[3].change; // relatie: from (0 + 50 + 50) / 3 to (100 + 50 + 50) / 3
 * //=> 33.333333333333336
 * comparison.pitfallsResolved.map((change) => change.pitfall);
 * //=> ['geen-klik']
 * [comparison.before.schoolYear, comparison.after.schoolYear];
 * //=> ['2024-2025', '2025-2026']
 * ```
 * @category Scoring
 */
export function compareAssessments(
  before: Assessment | BerenschotScore,
  after: Assessment | BerenschotScore,
  options?: CompareAssessmentsOptions,
): AssessmentComparison {
  const reader = readOptions(options, OPTION_NAMES);
  const settings = readScoringOption(reader) ?? defaultScoreSettings();
  const issues: Issue[] = reader.issues;
  const sides: Record<'before' | 'after', Assessment | BerenschotScore> = { before, after };
  for (const side of ['before', 'after'] as const) {
    readInput(sides[side], side, 'assessment-or-score', acceptsAssessmentOrScore, issues);
  }
  throwIfIssues(issues);
  if (after.collaboration !== before.collaboration) {
    const expected = expectedArguments.sameCollaboration(before.collaboration);
    rejectValue(issues, ['after', 'collaboration'], 'after.collaboration', after.collaboration, expected);
  }
  if (after.date < before.date) {
    rejectValue(issues, ['after', 'date'], 'after.date', after.date, expectedArguments.notBefore(before.date));
  }
  throwIfIssues(issues);

  const first = isScore(before) ? before : scoreAssessment(before, settings);
  const second = isScore(after) ? after : scoreAssessment(after, settings);

  const factors: FactorChange[] = [];
  const bandChanges: BandChange[] = [];
  strategyFactors.forEach((factor, index) => {
    const was = first.factors[index];
    const is = second.factors[index];
    const scoreBefore = was?.score ?? null;
    const scoreAfter = is?.score ?? null;
    const bandBefore = was?.band ?? null;
    const bandAfter = is?.band ?? null;
    factors.push({
      factor: factor.id,
      label: copyText(factor.label),
      before: scoreBefore,
      after: scoreAfter,
      change: scoreBefore === null || scoreAfter === null ? null : scoreAfter - scoreBefore,
      bandBefore,
      bandAfter,
      text: comparisonTexts.factorChange(scoringTerms.factorName(factor.id), scoreBefore, scoreAfter),
    });
    const change = bandChange(factor.id, bandBefore, bandAfter);
    if (change !== null) bandChanges.push(change);
  });
  const overallChange = bandChange('overall', first.overall.band, second.overall.band);
  if (overallChange !== null) bandChanges.push(overallChange);

  const beforeIndicators = indicatorScores(first);
  const afterIndicators = indicatorScores(second);
  const signalledBefore = new Map(first.pitfalls.map((pitfall) => [pitfall.pitfall, pitfall]));
  const signalledAfter = new Map(second.pitfalls.map((pitfall) => [pitfall.pitfall, pitfall]));
  const pitfallsAppeared: PitfallChange[] = [];
  const pitfallsResolved: PitfallChange[] = [];
  const pitfallsRemaining: PitfallId[] = [];
  for (const entry of cataloguePitfalls) {
    const was = signalledBefore.get(entry.id);
    const is = signalledAfter.get(entry.id);
    if (was !== undefined && is !== undefined) pitfallsRemaining.push(entry.id);
    else if (is !== undefined)
      pitfallsAppeared.push(pitfallChange(is, beforeIndicators.get(is.indicator) ?? null, is.score));
    else if (was !== undefined) {
      pitfallsResolved.push(pitfallChange(was, was.score, afterIndicators.get(was.indicator) ?? null));
    }
  }

  const momentOf = (score: BerenschotScore): ComparedMoment => ({
    date: score.date,
    schoolYear: schoolYearOf(score.date),
    overall: score.overall.score,
    band: score.overall.band,
  });
  const momentBefore = momentOf(first);
  const momentAfter = momentOf(second);
  const overallDifference =
    first.overall.score === null || second.overall.score === null ? null : second.overall.score - first.overall.score;
  return {
    kind: 'assessment-comparison',
    schemaVersion: 1,
    edition: CATALOGUE_EDITION,
    collaboration: first.collaboration,
    before: momentBefore,
    after: momentAfter,
    days: daysBetween(first.date, second.date),
    sameSchoolYear: momentBefore.schoolYear === momentAfter.schoolYear,
    overallChange: overallDifference,
    factors,
    bandChanges,
    pitfallsAppeared,
    pitfallsResolved,
    pitfallsRemaining,
    summary: comparisonTexts.summary(
      momentBefore,
      momentAfter,
      overallDifference,
      pitfallsAppeared.length,
      pitfallsResolved.length,
      bandChanges.length,
    ),
    options: { scoring: settings.applied },
  };
}
