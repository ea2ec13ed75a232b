import { readNumberField, readOptions, rejectValue, throwIfIssues } from '../arguments/argumentReader.js';
import { strategyFactors } from '../catalogue/data/strategyFactors.js';
import { CATALOGUE_EDITION } from '../catalogue/edition.js';
import type { StrategyFactorId } from '../catalogue/ids/strategyFactors.js';
import type { Issue } from '../errors/SamenwerkingError.js';
import { copyText } from '../i18n/copyText.js';
import type { LocalisedText } from '../i18n/LocalisedText.js';
import { trendTexts } from '../i18n/trendTexts/trendTexts.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import { trendDirection } from '../internal/trendDirection.js';
import type { Trend, TrendBandChange, TrendPitfallChange, TrendPoint, TrendSeries } from '../schema/Trend.js';
import type { Assessment } from '../schema/types.js';
import { schoolYearOf } from '../time/schoolYearOf.js';
import { acceptsAssessmentOrScore } from './acceptsAssessmentOrScore.js';
import { compareAssessments } from './compareAssessments.js';
import { readInput } from './readInput.js';
import { scoreAssessment } from './scoreAssessment.js';
import type { ScoreBerenschotOptions } from './scoreBerenschot.js';
import { defaultScoreSettings, readScoringOption } from './scoreSettings.js';
import type { Band, BerenschotScore } from './types.js';

/**
 * The options of {@link trend}. Every option may be left out or set to `undefined` for its default.
 *
 * @category Scoring
 */
export interface TrendOptions {
  /** The smallest change in points, first to last, that counts as rising or falling; 0 to 100, default 5. */
  readonly minChange?: number | undefined;
  /** The options an argument that is an assessment is scored with, as for `scoreBerenschot`; default its defaults. */
  readonly scoring?: ScoreBerenschotOptions | undefined;
}

export type {
  AppliedTrendOptions,
  Trend,
  TrendBandChange,
  TrendDirection,
  TrendPitfallChange,
  TrendPoint,
  TrendSeries,
} from '../schema/Trend.js';

const OPTION_NAMES: readonly string[] = ['minChange', 'scoring'];
const MIN_CHANGE_RULE = { min: 0, max: 100, integer: false, expected: () => trendTexts.minChange() } as const;

function seriesOf(
  subject: StrategyFactorId | 'overall',
  label: LocalisedText,
  points: readonly TrendPoint[],
  bandChanges: readonly TrendBandChange[],
  minChange: number,
): TrendSeries {
  const first = points[0]?.score ?? null;
  const last = points[points.length - 1]?.score ?? null;
  const previous = points.length > 1 ? (points[points.length - 2]?.score ?? null) : null;
  const changeSinceFirst = first === null || last === null ? null : last - first;
  const direction = trendDirection(changeSinceFirst, minChange);
  return {
    subject,
    label,
    points,
    changeSinceFirst,
    changeSincePrevious: previous === null || last === null ? null : last - previous,
    direction,
    bandChanges,
    text: trendTexts.series(label, first, last, changeSinceFirst, direction, points.length),
  };
}

/**
 * Follows one collaboration over any number of assessments: per strategy factor and overall the series of scores,
 * the change since the first and since the previous assessment, a direction, the band changes, and the pitfalls that
 * appeared or were resolved along the way.
 *
 * @remarks
 * The assessments are put in date order first, so the order they are passed in does not matter; two on the same date
 * are refused, since a trend cannot tell which came first (merge their responses into one assessment). Each step from
 * one assessment to the next is exactly `compareAssessments` of the two, so a trend of two assessments agrees with it.
 * Direction: `rising` when the last score is at least `minChange` points (default 5, a twentieth of the scale) above
 * the first, `falling` when at least as far below, `stable` otherwise; the first and last points decide, not the path
 * between, so a dip in the middle shows in the series and in `changeSincePrevious`, not in the direction. One
 * assessment gives a trend of one point: change 0 since the first, none since the previous, `stable`. An argument that
 * is an assessment is scored with `options.scoring`; a score is taken as it is.
 *
 * @param assessments - One or more assessments (or scores from `scoreBerenschot`) of one collaboration, in any order;
 *   they are not changed.
 * @param options - `minChange` (0 to 100, default 5) and the scoring options for arguments that are assessments.
 * @returns A new, deeply frozen `trend` result document (`kind`, `schemaVersion` 1, `edition`, and under `options` the
 *   `minChange` and scoring options it was computed with) with a summary in Dutch and English; `toJSON` stores it,
 *   `fromJSON` reads it back.
 * @throws {SamenwerkingError} `invalid_option` when an option is unknown, `minChange` is not a number from 0 to 100,
 *   or `scoring` is not a valid set of `scoreBerenschot` options; `invalid_argument` when `assessments` is not a
 *   non-empty list, an entry is neither a valid assessment nor a valid score (path `assessments.<i>`; `parseAssessment`
 *   or `BerenschotScoreSchema.safeParse` lists its problems), an entry is of another collaboration than the first
 *   (path `assessments.<i>.collaboration`) or two share a date (path `assessments.<i>.date`). Every problem is listed.
 *
 * @example
 * ```ts
 * const measured = (date: string, klik: number): Assessment => ({
 *   kind: 'assessment',
 *   schemaVersion: 1,
 *   collaboration: 'ikc-noord',
 *   date,
 *   responses: [{ respondent: 'r1', answers: { 'relatie.klik': klik, 'relatie.continuiteit': 3, 'relatie.zichtbaarheid': 3 } }],
 * });
 * const course = trend([measured('2026-03-01', 4), measured('2024-03-01', 1), measured('2025-03-01', 3)]);
 * course.dates;
 * //=> ['2024-03-01', '2025-03-01', '2026-03-01']
 * const relatie = course.factors[3];
 * relatie.points.map((point) => point.score); // (klik + 50 + 50) / 3 with klik 0, 50, 75
 * //=> [33.333333333333336, 50, 58.333333333333336]
 * [relatie.direction, relatie.bandChanges.map((change) => [change.before, change.after, change.date])];
 * //=> ['rising', [['onvoldoende', 'voldoende', '2025-03-01']]]
 * course.pitfallChanges.map((change) => [change.pitfall, change.change, change.date]);
 * //=> [['geen-klik', 'resolved', '2025-03-01']]
 * course.summary.en;
 * //=> 'From 2024-03-01 to 2026-03-01, 3 assessments: overall score rising (+25 since the first assessment); along the way 0 pitfalls appeared and 1 was resolved.'
 * ```
 * @category Scoring
 */
export function trend(assessments: readonly (Assessment | BerenschotScore)[], options?: TrendOptions): Trend {
  const reader = readOptions(options, OPTION_NAMES);
  const issues: Issue[] = reader.issues;
  const minChange = readNumberField(reader, 'minChange', 5, MIN_CHANGE_RULE);
  const settings = readScoringOption(reader) ?? defaultScoreSettings();
  if (!Array.isArray(assessments) || assessments.length === 0) {
    rejectValue(
      issues,
      ['assessments'],
      'assessments',
      assessments,
      trendTexts.expectedAssessments(),
      'invalid_argument',
    );
    throwIfIssues(issues);
  }
  const entries = assessments as readonly unknown[];
  // Each entry is checked as compareAssessments checks its two: a trend is only as valid as what it is made of.
  entries.forEach((entry, index) => {
    readInput(entry, `assessments[${index}]`, 'assessment-or-score', acceptsAssessmentOrScore, issues, [
      'assessments',
      index,
    ]);
  });
  throwIfIssues(issues);
  const first = assessments[0] as Assessment | BerenschotScore;
  const seen = new Map<string, number>();
  assessments.forEach((entry, index) => {
    if (entry.collaboration !== first.collaboration) {
      const expected = trendTexts.sameCollaboration(first.collaboration);
      const name = `assessments[${index}].collaboration`;
      rejectValue(
        issues,
        ['assessments', index, 'collaboration'],
        name,
        entry.collaboration,
        expected,
        'invalid_argument',
      );
    }
    const other = seen.get(entry.date);
    if (other !== undefined) {
      const expected = trendTexts.distinctDate(entry.date, other);
      rejectValue(
        issues,
        ['assessments', index, 'date'],
        `assessments[${index}].date`,
        entry.date,
        expected,
        'invalid_argument',
      );
    } else seen.set(entry.date, index);
  });
  throwIfIssues(issues);

  const scores = assessments
    .map((entry) => (entry.kind === 'berenschot-score' ? entry : scoreAssessment(entry, settings)))
    .sort((left, right) => (left.date < right.date ? -1 : left.date > right.date ? 1 : 0));
  const steps = scores.slice(1).map((score, index) => compareAssessments(scores[index] as BerenschotScore, score));

  const pointOf = (score: BerenschotScore, value: number | null, band: Band | null): TrendPoint => ({
    date: score.date,
    schoolYear: schoolYearOf(score.date),
    score: value,
    band,
  });
  const bandChangesOf = (subject: StrategyFactorId | 'overall'): TrendBandChange[] =>
    steps.flatMap((step) =>
      step.bandChanges
        .filter((change) => change.subject === subject)
        .map((change) => ({ ...change, date: step.after.date })),
    );
  const factors = strategyFactors.map((factor, index) =>
    seriesOf(
      factor.id,
      copyText(factor.label),
      scores.map((score) => pointOf(score, score.factors[index]?.score ?? null, score.factors[index]?.band ?? null)),
      bandChangesOf(factor.id),
      minChange,
    ),
  );
  const overall = seriesOf(
    'overall',
    trendTexts.overallName(),
    scores.map((score) => pointOf(score, score.overall.score, score.overall.band)),
    bandChangesOf('overall'),
    minChange,
  );
  const pitfallChanges: TrendPitfallChange[] = steps.flatMap((step) => [
    ...step.pitfallsAppeared.map((change) => ({ ...change, change: 'appeared' as const, date: step.after.date })),
    ...step.pitfallsResolved.map((change) => ({ ...change, change: 'resolved' as const, date: step.after.date })),
  ]);
  const last = scores[scores.length - 1] as BerenschotScore;
  const appeared = pitfallChanges.filter((change) => change.change === 'appeared').length;
  return deepFreeze({
    kind: 'trend',
    schemaVersion: 1,
    edition: CATALOGUE_EDITION,
    collaboration: first.collaboration,
    dates: scores.map((score) => score.date),
    overall,
    factors,
    pitfallChanges,
    pitfallsNow: last.pitfalls.map((pitfall) => pitfall.pitfall),
    summary: trendTexts.summary(
      (scores[0] as BerenschotScore).date,
      last.date,
      scores.length,
      overall.changeSinceFirst,
      overall.direction,
      appeared,
      pitfallChanges.length - appeared,
    ),
    options: { minChange, scoring: settings.applied },
  });
}
