import { isPlainObject, readOptions, rejectValue, throwIfIssues } from '../arguments/argumentReader.js';
import type { PitfallId } from '../catalogue/ids/pitfalls.js';
import type { StrategyFactorId } from '../catalogue/ids/strategyFactors.js';
import { strategyFactorIds } from '../catalogue/ids/strategyFactors.js';
import type { Issue } from '../errors/SamenwerkingError.js';
import { documentIssues } from '../i18n/documentIssues/documentIssues.js';
import type { LocalisedText } from '../i18n/LocalisedText.js';
import { planIssues } from '../i18n/planIssues/planIssues.js';
import { planTexts } from '../i18n/planTexts/planTexts.js';
import { scoringTerms } from '../i18n/scoringTerms/scoringTerms.js';
import { daysBetween, toCalendarDate } from '../internal/calendar.js';
import type { ActionStatus, Collaboration, Plan } from '../schema/types.js';
import { isScoreLike } from './scoreShape.js';
import type { Band, BerenschotScore } from './types.js';

/**
 * The options of {@link reviewPlan}.
 *
 * @category Scoring
 */
export interface ReviewPlanOptions {
  /** The day of the review, `YYYY-MM-DD` or a `Date`: actions due before it and not done are overdue. Required. */
  readonly on: Date | string;
  /** The collaboration of the plan: then every action's owner must be one of its partners, and is named. */
  readonly collaboration?: Collaboration | undefined;
}

/**
 * Where an action stands on the day of a review: `done` (status `gedaan`), `dropped` (`geschrapt`), `on-time` (not
 * done, due on or after the day), `overdue` (not done, due before the day), or `no-due-date` (not done, no due date).
 *
 * @category Scoring
 */
export type ActionProgress = 'done' | 'dropped' | 'on-time' | 'overdue' | 'no-due-date';

/**
 * One action of a plan as a review sees it.
 *
 * @category Scoring
 */
export interface ActionReview {
  /** The id of the action. */
  readonly action: string;
  /** Its title. */
  readonly title: string;
  /** The strategy factor it should strengthen. */
  readonly factor: StrategyFactorId;
  /** The pitfall it tackles, or `null`. */
  readonly pitfall: PitfallId | null;
  /** The id of the partner that carries it, or `null`. */
  readonly owner: string | null;
  /** The name of that partner, when the collaboration was given; otherwise `null`. */
  readonly ownerName: string | null;
  /** Its status in the plan. */
  readonly status: ActionStatus;
  /** Its due date, or `null`. */
  readonly due: string | null;
  /** Where it stands on the day of the review. */
  readonly progress: ActionProgress;
  /**
   * The days from the review to the due date for an action that is not done or dropped: 0 or more when on time, below
   * 0 when overdue; `null` without a due date or once done or dropped.
   */
  readonly daysLeft: number | null;
  /** Where it stands, in a sentence a report can print. */
  readonly text: LocalisedText;
}

/**
 * One target of a plan against the score.
 *
 * @category Scoring
 */
export interface TargetReview {
  /** The strategy factor. */
  readonly factor: StrategyFactorId;
  /** Its short name. */
  readonly label: LocalisedText;
  /** The target score. */
  readonly target: number;
  /** The factor's score, or `null` when the assessment gives none. */
  readonly score: number | null;
  /** The band of that score, or `null`. */
  readonly band: Band | null;
  /** Whether the score reaches the target (score ≥ target); `null` without a score. */
  readonly reached: boolean | null;
  /** How far the score is below the target (target − score, 0 once reached); `null` without a score. */
  readonly gap: number | null;
  /** The outcome, in a sentence a report can print. */
  readonly text: LocalisedText;
}

/**
 * How many actions stand where.
 *
 * @category Scoring
 */
export interface ActionCounts {
  /** All actions of the plan. */
  readonly total: number;
  /** Done. */
  readonly done: number;
  /** Not done, due on or after the day of the review. */
  readonly onTime: number;
  /** Not done, due before the day of the review. */
  readonly overdue: number;
  /** Not done, without a due date. */
  readonly withoutDue: number;
  /** Dropped. */
  readonly dropped: number;
}

/**
 * The review of a plan on a day, against a later score of the same collaboration.
 *
 * @category Scoring
 */
export interface PlanReview {
  /** The id of the collaboration. */
  readonly collaboration: string;
  /** The day of the review, `YYYY-MM-DD`. */
  readonly on: string;
  /** The date of the plan. */
  readonly planDate: string;
  /** The date of the assessment the score comes from. */
  readonly scoreDate: string;
  /** Every action, in the order of the plan. */
  readonly actions: readonly ActionReview[];
  /** Every target of the plan, in strategy order. */
  readonly targets: readonly TargetReview[];
  /** How many actions stand where. */
  readonly counts: ActionCounts;
  /** The review in a sentence a report can print. */
  readonly summary: LocalisedText;
}

const OPTION_NAMES: readonly string[] = ['on', 'collaboration'];

function isPlan(value: unknown): value is Plan {
  return (
    isPlainObject(value) &&
    value.kind === 'plan' &&
    typeof value.collaboration === 'string' &&
    Array.isArray(value.actions)
  );
}

/** The partner names of a collaboration by id, after checking every owner of the plan against them. */
function ownerNames(plan: Plan, collaboration: unknown, issues: Issue[]): ReadonlyMap<string, string> | undefined {
  if (collaboration === undefined) return undefined;
  if (
    !isPlainObject(collaboration) ||
    collaboration.kind !== 'collaboration' ||
    !Array.isArray(collaboration.partners)
  ) {
    rejectValue(
      issues,
      ['options', 'collaboration'],
      'collaboration',
      collaboration,
      planTexts.expectedCollaboration(),
    );
    return undefined;
  }
  const names = new Map<string, string>();
  for (const partner of collaboration.partners as readonly unknown[]) {
    if (isPlainObject(partner) && typeof partner.id === 'string') names.set(partner.id, String(partner.name));
  }
  if (collaboration.id !== plan.collaboration) {
    issues.push({
      code: 'invalid_argument',
      path: ['options', 'collaboration', 'id'],
      message: planIssues.otherCollaboration(plan.collaboration, String(collaboration.id)),
    });
    return undefined;
  }
  plan.actions.forEach((action, index) => {
    if (action.owner === undefined || names.has(action.owner)) return;
    const path = ['plan', 'actions', index, 'owner'];
    issues.push({
      code: 'dangling_reference',
      path,
      message: planIssues.ownerNotAPartner(documentIssues.fieldName(path.slice(1)), action.owner, [...names.keys()]),
    });
  });
  return names;
}

/**
 * Reviews a plan on a day against a score: per action whether it is done, on time or overdue, per strategy factor
 * whether its target is reached, and a summary in Dutch and English.
 *
 * @remarks
 * An action is `done` with status `gedaan` and `dropped` with `geschrapt`; otherwise it is `overdue` when its due date
 * lies before `on`, `on-time` when it lies on or after `on` (the due date is the last day), and `no-due-date` without
 * one. A target is reached when the factor's score is at least the target (a score equal to the target reaches it);
 * `gap` = target − score, 0 once reached. The score should come from an assessment of the same collaboration, usually
 * one made after the plan; the function reads no clock, so `on` is required.
 *
 * @param plan - The plan, as parsed by `parsePlan` or made by `proposePlan`; it is not changed.
 * @param score - The result of `scoreBerenschot` for the same collaboration; it is not changed.
 * @param options - `on`, the day of the review (required); `collaboration` to check and name the owners.
 * @returns A new object with every action's progress, every target's outcome, the counts and a summary.
 * @throws {SamenwerkingError} `invalid_argument` when `plan` is not a plan, `score` is not a Berenschot score, the
 *   two (or the collaboration given) belong to different collaborations; `invalid_option` when an option is unknown
 *   or `on` is missing or not a date; `dangling_reference` when an owner is not a partner of the given collaboration.
 *   Every problem is listed.
 *
 * @example
 * ```ts
 * const plan = proposePlan(scoreBerenschot(assessment), { start: '2026-09-01' });
 * const done = setActionStatus(plan, plan.actions[0]?.id ?? '', 'gedaan');
 * const review = reviewPlan(done, scoreBerenschot(assessment), { on: '2027-03-01' });
 * // The first action is done; the next two were due on 21 December and 15 February, before the review.
 * review.actions.map((action) => action.progress);
 * //=> ['done', 'overdue', 'overdue', 'on-time', 'on-time', 'on-time']
 * review.summary.en.split(';')[0];
 * //=> 'On 1 March 2027: 1 of the 6 actions done, 3 on time, 2 overdue (schooldirecteuren-over-het-hoofd, versterk-ambitie-bijdragen), 0 without a due date and 0 dropped'
 * ```
 * @category Scoring
 */
export function reviewPlan(plan: Plan, score: BerenschotScore, options: ReviewPlanOptions): PlanReview {
  const issues: Issue[] = [];
  if (!isPlan(plan)) rejectValue(issues, ['plan'], 'plan', plan, planTexts.expectedPlan(), 'invalid_argument');
  if (!isScoreLike(score))
    rejectValue(issues, ['score'], 'score', score, planTexts.expectedScore(), 'invalid_argument');
  const reader = readOptions(options, OPTION_NAMES, issues);
  const on = toCalendarDate(reader.fields.on);
  if (on === undefined && (options === undefined || isPlainObject(options))) {
    const given = reader.fields.on instanceof Date ? 'Invalid Date' : reader.fields.on;
    rejectValue(issues, ['options', 'on'], 'on', given, planTexts.expectedOn());
  }
  throwIfIssues(issues);
  if (score.collaboration !== plan.collaboration) {
    const expected = planTexts.samePlanCollaboration(plan.collaboration);
    rejectValue(
      issues,
      ['score', 'collaboration'],
      'score.collaboration',
      score.collaboration,
      expected,
      'invalid_argument',
    );
  }
  const names = ownerNames(plan, reader.fields.collaboration, issues);
  throwIfIssues(issues);
  const day = on as string;

  const counts = { total: plan.actions.length, done: 0, onTime: 0, overdue: 0, withoutDue: 0, dropped: 0 };
  const overdueIds: string[] = [];
  const actions = plan.actions.map((action): ActionReview => {
    let progress: ActionProgress;
    let daysLeft: number | null = null;
    let text: LocalisedText;
    if (action.status === 'gedaan') {
      progress = 'done';
      counts.done += 1;
      text = planTexts.actionDone(action.title);
    } else if (action.status === 'geschrapt') {
      progress = 'dropped';
      counts.dropped += 1;
      text = planTexts.actionDropped(action.title);
    } else if (action.due === undefined) {
      progress = 'no-due-date';
      counts.withoutDue += 1;
      text = planTexts.actionWithoutDue(action.title);
    } else {
      daysLeft = daysBetween(day, action.due);
      if (daysLeft < 0) {
        progress = 'overdue';
        counts.overdue += 1;
        overdueIds.push(action.id);
        text = planTexts.actionOverdue(action.title, action.due, -daysLeft);
      } else {
        progress = 'on-time';
        counts.onTime += 1;
        text = planTexts.actionOnTime(action.title, action.due, daysLeft);
      }
    }
    return {
      action: action.id,
      title: action.title,
      factor: action.factor,
      pitfall: action.pitfall ?? null,
      owner: action.owner ?? null,
      ownerName: action.owner === undefined ? null : (names?.get(action.owner) ?? null),
      status: action.status,
      due: action.due ?? null,
      progress,
      daysLeft,
      text,
    };
  });

  const scores = new Map(score.factors.map((factor) => [factor.factor, factor]));
  const targets: TargetReview[] = [];
  for (const factor of strategyFactorIds) {
    const target = plan.targets?.[factor];
    if (target === undefined) continue;
    const result = scores.get(factor);
    const value = result?.score ?? null;
    const label = scoringTerms.factorName(factor);
    const reached = value === null ? null : value >= target;
    targets.push({
      factor,
      label,
      target,
      score: value,
      band: result?.band ?? null,
      reached,
      gap: value === null ? null : Math.max(0, target - value),
      text:
        value === null
          ? planTexts.targetUnknown(label, target)
          : reached
            ? planTexts.targetReached(label, target, value)
            : planTexts.targetMissed(label, target, value),
    });
  }
  const reachedNames = targets.filter((entry) => entry.reached === true).map((entry) => entry.label);
  const missed = targets
    .filter((entry) => entry.reached !== true)
    .map((entry) => ({ name: entry.label, target: entry.target, score: entry.score }));
  return {
    collaboration: plan.collaboration,
    on: day,
    planDate: plan.date,
    scoreDate: score.date,
    actions,
    targets,
    counts,
    summary: planTexts.summary(day, counts, overdueIds, reachedNames, missed, targets.length),
  };
}
