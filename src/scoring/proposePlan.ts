import {
  type FieldReader,
  isPlainObject,
  readChoiceField,
  readObject,
  readOptions,
  rejectField,
  rejectValue,
  throwIfIssues,
} from '../arguments/argumentReader.js';
import { pitfalls as cataloguePitfalls } from '../catalogue/data/pitfalls.js';
import { strategyFactors } from '../catalogue/data/strategyFactors.js';
import { CATALOGUE_EDITION } from '../catalogue/edition.js';
import type { PitfallId } from '../catalogue/ids/pitfalls.js';
import { type StrategyFactorId, strategyFactorIds } from '../catalogue/ids/strategyFactors.js';
import { getIndicator } from '../catalogue/lookups.js';
import type { Issue } from '../errors/SamenwerkingError.js';
import type { Locale, LocalisedText } from '../i18n/LocalisedText.js';
import { planTexts } from '../i18n/planTexts/planTexts.js';
import { scoringTerms } from '../i18n/scoringTerms/scoringTerms.js';
import { daysAfter, daysBetween, toCalendarDate } from '../internal/calendar.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import { markParsed } from '../internal/parsed.js';
import type { Plan, PlanAction, Targets } from '../schema/types.js';
import { schoolYearInterval } from '../time/schoolYearInterval.js';
import { schoolYearOf } from '../time/schoolYearOf.js';
import { isScoreLike } from './scoreShape.js';
import type { BandThresholds, BerenschotScore, PitfallFinding } from './types.js';

/**
 * The options of {@link proposePlan}.
 *
 * @category Scoring
 */
export interface ProposePlanOptions {
  /** The day the plan starts, `YYYY-MM-DD` or a `Date`: the plan's date and the start of its due dates. Required. */
  readonly start: Date | string;
  /** The pitfalls found in the collaboration document, as `detectPitfalls` gives them; each gets an action too. */
  readonly pitfalls?: readonly PitfallFinding[] | undefined;
  /** A target score per strategy factor, 0 to 100; a factor left out gets the lower bound of its next band. */
  readonly targets?: Readonly<Partial<Record<StrategyFactorId, number | undefined>>> | undefined;
  /** The language of the action titles and notes: `'nl'` (default) or `'en'`. */
  readonly locale?: Locale | undefined;
}

const OPTION_NAMES: readonly string[] = ['start', 'pitfalls', 'targets', 'locale'];

/** The default bands of `scoreBerenschot`, whose lower bounds are the default targets. */
const DEFAULT_BANDS: BandThresholds = { voldoende: 50, goed: 75 };

/** The fewest days a plan period may have before it runs on to the end of the next school year. */
const SHORTEST_PERIOD_DAYS = 92;

/** Reads the `targets` option: finite scores from 0 to 100 keyed by strategy factor. */
function readTargets(reader: FieldReader): Map<StrategyFactorId, number> {
  const targets = new Map<StrategyFactorId, number>();
  const value = reader.fields.targets;
  if (value === undefined) return targets;
  const fields = readObject(
    value,
    {
      path: [...reader.path, 'targets'],
      name: ['targets'],
      known: strategyFactorIds,
      expected: planTexts.expectedTargets,
      optional: false,
      holds: 'options',
    },
    reader.issues,
  );
  for (const factor of strategyFactorIds) {
    const target = fields.fields[factor];
    if (target === undefined) continue;
    if (typeof target === 'number' && Number.isFinite(target) && target >= 0 && target <= 100) {
      targets.set(factor, target);
    } else rejectField(reader, ['targets', factor], target, planTexts.expectedTargets());
  }
  return targets;
}

/** Reads the `pitfalls` option: the findings of `detectPitfalls`, by pitfall id. */
function readPitfalls(reader: FieldReader): Set<PitfallId> {
  const found = new Set<PitfallId>();
  const value = reader.fields.pitfalls;
  if (value === undefined) return found;
  const known = new Set<string>(cataloguePitfalls.map((pitfall) => pitfall.id));
  if (!Array.isArray(value)) {
    rejectField(reader, ['pitfalls'], value, planTexts.expectedPitfalls());
    return found;
  }
  value.forEach((finding: unknown, index) => {
    const pitfall = isPlainObject(finding) ? finding.pitfall : undefined;
    if (typeof pitfall === 'string' && known.has(pitfall)) found.add(pitfall as PitfallId);
    else rejectField(reader, ['pitfalls', index], finding, planTexts.expectedPitfalls());
  });
  return found;
}

/** The period the due dates are spread over: from the start to the end of its school year, or of the next one. */
function planPeriod(start: string): { readonly end: string; readonly days: number } {
  let end = schoolYearInterval(schoolYearOf(start)).end;
  if (daysBetween(start, end) < SHORTEST_PERIOD_DAYS) end = schoolYearInterval(schoolYearOf(daysAfter(end, 1))).end;
  return { end, days: daysBetween(start, end) };
}

/** The default target of a score: the lower bound of the next band, none from `goed` up or without a score. */
function nextBandTarget(score: number | null): number | undefined {
  if (score === null) return undefined;
  if (score < DEFAULT_BANDS.voldoende) return DEFAULT_BANDS.voldoende;
  return score < DEFAULT_BANDS.goed ? DEFAULT_BANDS.goed : undefined;
}

/** An action without its due date, as it is drafted. */
type DraftAction = Omit<PlanAction, 'due'>;

/** The action for a pitfall: its advice as the note. */
function pitfallAction(pitfall: PitfallId, locale: Locale): DraftAction {
  const entry = cataloguePitfalls.find((candidate) => candidate.id === pitfall) as (typeof cataloguePitfalls)[number];
  return {
    id: pitfall,
    title: planTexts.pitfallAction(entry.label)[locale],
    factor: entry.factor,
    pitfall,
    status: 'gepland',
    note: entry.advice[locale],
  };
}

/** The action for a weak factor without a pitfall: its lowest-scoring answered indicator, or none. */
function indicatorAction(
  factor: BerenschotScore['factors'][number],
  name: LocalisedText,
  locale: Locale,
): DraftAction | undefined {
  let lowest: { readonly indicator: string; readonly score: number } | undefined;
  for (const indicator of factor.indicators) {
    if (indicator.score !== null && (lowest === undefined || indicator.score < lowest.score)) {
      lowest = { indicator: indicator.indicator, score: indicator.score };
    }
  }
  if (lowest === undefined) return undefined;
  const entry = getIndicator(lowest.indicator as Parameters<typeof getIndicator>[0]);
  return {
    id: `versterk-${entry.id.replace('.', '-')}`,
    title: planTexts.indicatorAction(entry.label, name)[locale],
    factor: factor.factor,
    status: 'gepland',
    note: planTexts.indicatorNote(entry.question, lowest.score, name)[locale],
  };
}

/**
 * Drafts an improvement plan from a Berenschot score and its pitfalls: a target per strategy factor, and actions for
 * the factors below their target, the bottleneck first, with due dates spread over the school year.
 *
 * @remarks
 * Targets: `options.targets` where given, otherwise the lower bound of the factor's next band (50 for `onvoldoende`,
 * 75 for `voldoende`; none for `goed` or a factor without a score). A factor is weak when its score is below its
 * target. Order: the bottleneck first, then the other weak factors in strategy order, then the factors that reach
 * their target but have a pitfall. Per factor, one action per pitfall in catalogue order, from the score's pitfalls
 * (a signal indicator below the threshold) and `options.pitfalls` (the document, `detectPitfalls`), with the pitfall's
 * advice from the catalogue as its note; a weak factor without a pitfall gets one action for its lowest-scoring
 * answered indicator, with the statement and its score as the note. Every action starts `gepland`, without an owner.
 * Due dates: the N actions are spread evenly from `start` to the end of its school year (31 July, `schoolYearOf`):
 * action k (from 1) is due `round(k × days / N)` days after the start; when fewer than 92 days remain, the period runs
 * to the end of the next school year. The plan's `date` is `start` and its `edition` the catalogue's.
 *
 * @param score - The result of `scoreBerenschot`; it is not changed.
 * @param options - `start` (required), and optionally `pitfalls`, `targets` and `locale`.
 * @returns A new, valid, deeply frozen plan document (`kind: 'plan'`).
 * @throws {SamenwerkingError} `invalid_argument` when `score` is not a Berenschot score; `invalid_option` when an
 *   option is unknown, `start` is missing or not a date, a target is not a score from 0 to 100 or names an unknown
 *   factor, `pitfalls` is not a list of findings, or the locale is not `'nl'` or `'en'`. Every problem is listed.
 *
 * @example
 * ```ts
 * const plan = proposePlan(scoreBerenschot(assessment), { start: '2026-09-01' });
 * // The bottleneck (belangen) first, then the other factors below their next band in strategy order; 333 days to
 * // 31 July spread over 6 actions: due after 56, 111, 167, 222, 278 and 333 days.
 * plan.actions.map((action) => [action.factor, action.due]);
 * //=> [['belangen', '2026-10-27'], ['belanghebbenden', '2026-12-21'], ['ambitie', '2027-02-15'], ['relatie', '2027-04-11'], ['organisatie', '2027-06-06'], ['communicatie', '2027-07-31']]
 * [plan.actions[0]?.id, plan.actions[2]?.id];
 * //=> ['eigen-belang-domineert', 'versterk-ambitie-bijdragen']
 * plan.targets;
 * //=> { belanghebbenden: 75, ambitie: 75, belangen: 50, relatie: 50, organisatie: 50, communicatie: 50 }
 * ```
 * @category Scoring
 */
export function proposePlan(score: BerenschotScore, options: ProposePlanOptions): Plan {
  const issues: Issue[] = [];
  if (!isScoreLike(score))
    rejectValue(issues, ['score'], 'score', score, planTexts.expectedScore(), 'invalid_argument');
  const reader = readOptions(options, OPTION_NAMES, issues);
  const locale = readChoiceField(reader, 'locale', ['nl', 'en'] as const) ?? 'nl';
  const start = toCalendarDate(reader.fields.start);
  if (start === undefined && (options === undefined || isPlainObject(options))) {
    const given = reader.fields.start instanceof Date ? 'Invalid Date' : reader.fields.start;
    rejectValue(issues, ['options', 'start'], 'start', given, planTexts.expectedStart());
  }
  const explicitTargets = readTargets(reader);
  const documentPitfalls = readPitfalls(reader);
  throwIfIssues(issues);

  const scores = new Map(score.factors.map((factor) => [factor.factor, factor]));
  const signalled = new Set<PitfallId>([...score.pitfalls.map((pitfall) => pitfall.pitfall), ...documentPitfalls]);
  const targets: { [Factor in StrategyFactorId]?: number } = {};
  const weak: StrategyFactorId[] = [];
  const strongWithPitfalls: StrategyFactorId[] = [];
  for (const factor of strategyFactors) {
    const result = scores.get(factor.id);
    const value = result?.score ?? null;
    const target = explicitTargets.get(factor.id) ?? nextBandTarget(value);
    if (target !== undefined) targets[factor.id] = target;
    if (value !== null && target !== undefined && value < target) weak.push(factor.id);
    else if (cataloguePitfalls.some((pitfall) => pitfall.factor === factor.id && signalled.has(pitfall.id))) {
      strongWithPitfalls.push(factor.id);
    }
  }
  const bottleneck = score.overall.bottleneck;
  if (bottleneck !== null && weak.includes(bottleneck)) weak.splice(0, 0, ...weak.splice(weak.indexOf(bottleneck), 1));

  const drafted: DraftAction[] = [];
  for (const factor of [...weak, ...strongWithPitfalls]) {
    const own = cataloguePitfalls.filter((pitfall) => pitfall.factor === factor && signalled.has(pitfall.id));
    for (const pitfall of own) drafted.push(pitfallAction(pitfall.id, locale));
    const result = scores.get(factor);
    if (own.length === 0 && result !== undefined) {
      const action = indicatorAction(result, scoringTerms.factorName(factor), locale);
      if (action !== undefined) drafted.push(action);
    }
  }
  const day = start as string;
  const period = planPeriod(day);
  const actions: PlanAction[] = drafted.map((action, index) => ({
    ...action,
    due: daysAfter(day, Math.round(((index + 1) * period.days) / drafted.length)),
  }));
  const plan: Plan = {
    kind: 'plan',
    schemaVersion: 1,
    collaboration: score.collaboration,
    date: day,
    edition: CATALOGUE_EDITION,
    ...(Object.keys(targets).length > 0 ? { targets: targets as Targets } : {}),
    actions,
  };
  // Valid by construction (a property test checks every proposal against the schema and plan.json): frozen and
  // marked as parsed, so that the update functions and toJSON take it as it is.
  return markParsed(deepFreeze(plan));
}
