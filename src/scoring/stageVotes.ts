/**
 * The rules of `inferStage`, one function per kind of evidence: each looks at one part of the document (or of the
 * score) and votes for the stage that part points to, with points, a reason and the evidence. The tables they apply
 * (which factor points where, the scales of scores, bands and durations) are catalogue data.
 */
import {
  stageBandScale,
  stageDurationScale,
  stageFactorSignals,
  stageScoreScale,
} from '../catalogue/data/stageEvidence.js';
import type { StageId } from '../catalogue/ids/stages.js';
import { stageIds } from '../catalogue/ids/stages.js';
import { getFactor, getStage } from '../catalogue/lookups.js';
import type { StageScale } from '../catalogue/types.js';
import { copyText } from '../i18n/copyText.js';
import type { LocalisedText } from '../i18n/LocalisedText.js';
import { stageReasons } from '../i18n/stageReasons/stageReasons.js';
import { monthsBefore, wholeMonthsBetween } from '../internal/calendar.js';
import { lazy } from '../internal/lazy.js';
import type { AgreementTopic, Collaboration } from '../schema/types.js';
import { eventEvidence } from './eventEvidence.js';
import type {
  AgreementTopicsEvidence,
  AmbitionContentEvidence,
  InterestsSummaryEvidence,
  ObservedFactorEvidence,
  StageEvidence,
  StageOrder,
  StageRule,
} from './stageInference.js';
import type { Band } from './types.js';

/** The points of the document's own stage. */
export const SELF_PLACEMENT_POINTS = 3;
/** The points of a rule that rests on a missing part of the document. */
const MISSING_POINTS = 0.5;
/** How many months before the reference date announcements and execution starts still count. */
const RECENT_MONTHS = 24;
/** How many months before the reference date a turnover still counts (as in `detectPitfalls`). */
const TURNOVER_MONTHS = 12;

/** A vote of one rule, before it becomes a reason. */
export interface Vote {
  readonly rule: StageRule;
  readonly order: StageOrder;
  readonly points: number;
  /** Why, built only when asked for (a portfolio summary needs the stage alone). */
  readonly message: () => LocalisedText;
  readonly evidence: readonly StageEvidence[];
}

/** The position of a stage on the scale. */
export function orderOf(stage: StageId): StageOrder {
  return stageIds.indexOf(stage) as StageOrder;
}

/** The name of the stage at a position, a fresh copy. */
export function stageLabel(order: StageOrder): LocalisedText {
  return copyText(getStage(stageIds[order] as StageId).label);
}

/** The stage a value points to on a scale: the last step whose `from` it reaches. */
function stageOn(scale: StageScale, value: number): StageOrder {
  let stage = (scale.steps[0] as StageScale['steps'][number]).stage;
  for (const step of scale.steps) if (value >= step.from) stage = step.stage;
  return orderOf(stage);
}

const factorStages = /* @__PURE__ */ lazy(
  (): ReadonlyMap<string, StageOrder> =>
    new Map(stageFactorSignals.map((signal) => [signal.factor as string, orderOf(signal.stage)])),
);

/** The vote of the document's own stage. */
export function selfPlacementVote(stage: StageId): Vote {
  const order = orderOf(stage);
  return {
    rule: 'self-placement',
    order,
    points: SELF_PLACEMENT_POINTS,
    message: () => stageReasons.selfPlacement(stageLabel(order)),
    evidence: [{ kind: 'self-placement', stage }],
  };
}

/** The vote of a part of the document that is missing: it points to exchanging positions, lightly. */
function missingVote(rule: 'ambition' | 'interests' | 'agreements', message: () => LocalisedText): Vote {
  return { rule, order: 1, points: MISSING_POINTS, message, evidence: [{ kind: 'missing-section', section: rule }] };
}

export function ambitionVote(collaboration: Collaboration): Vote {
  const ambition = collaboration.ambition;
  if (ambition === undefined) return missingVote('ambition', () => stageReasons.ambitionMissing());
  const partnerIds = new Set(collaboration.partners.map((partner) => partner.id));
  const contributors = new Set<string>();
  for (const contribution of ambition.contributions ?? []) {
    if (partnerIds.has(contribution.partner)) contributors.add(contribution.partner);
  }
  const principles = (ambition.principles ?? []).length;
  const evidence: AmbitionContentEvidence = {
    kind: 'ambition-content',
    principles,
    partners: partnerIds.size,
    contributors: contributors.size,
  };
  const vote = (order: StageOrder, message: () => LocalisedText): Vote => ({
    rule: 'ambition',
    order,
    points: 1,
    message,
    evidence: [evidence],
  });
  if (principles === 0) return vote(1, () => stageReasons.ambitionGeneral());
  if (contributors.size < partnerIds.size) {
    return vote(2, () => stageReasons.ambitionPartial(contributors.size, partnerIds.size));
  }
  return vote(3, () => stageReasons.ambitionComplete(partnerIds.size));
}

export function interestsVote(collaboration: Collaboration): Vote {
  const interests = collaboration.interests ?? [];
  if (interests.length === 0) return missingVote('interests', () => stageReasons.interestsMissing());
  const partnerIds = new Set(collaboration.partners.map((partner) => partner.id));
  const withInterest = new Set<string>();
  let hidden = 0;
  let undocumented = 0;
  let shared = 0;
  for (const interest of interests) {
    if (partnerIds.has(interest.partner)) withInterest.add(interest.partner);
    if (!interest.visibleToAll) hidden += 1;
    if (!interest.documented) undocumented += 1;
    if (interest.shared) shared += 1;
  }
  const evidence: InterestsSummaryEvidence = {
    kind: 'interests',
    interests: interests.length,
    hidden,
    undocumented,
    shared,
    partners: partnerIds.size,
    partnersWithInterest: withInterest.size,
  };
  const vote = (order: StageOrder, message: () => LocalisedText): Vote => ({
    rule: 'interests',
    order,
    points: 1,
    message,
    evidence: [evidence],
  });
  if (hidden > 0) return vote(0, () => stageReasons.interestsHidden(hidden, interests.length));
  if (shared === 0) return vote(1, () => stageReasons.interestsUnshared(interests.length));
  const missing = partnerIds.size - withInterest.size;
  if (missing > 0 || undocumented > 0)
    return vote(2, () => stageReasons.interestsIncomplete(shared, missing, undocumented));
  if (2 * shared < interests.length) return vote(3, () => stageReasons.interestsSomeShared(shared, interests.length));
  return vote(4, () => stageReasons.interestsMostlyShared(shared, interests.length));
}

export function agreementsVote(collaboration: Collaboration): Vote {
  const agreements = collaboration.agreements ?? [];
  if (agreements.length === 0) return missingVote('agreements', () => stageReasons.agreementsMissing());
  const topics = new Set<AgreementTopic>();
  const evidence = agreements.map((agreement, index): AgreementTopicsEvidence => {
    for (const topic of agreement.covers) topics.add(topic);
    return { kind: 'agreement-topics', index, date: agreement.date, covers: [...agreement.covers] };
  });
  const roles = topics.has('rollen');
  const structure = topics.has('structuur');
  const vote = (order: StageOrder, message: () => LocalisedText): Vote => ({
    rule: 'agreements',
    order,
    points: 1,
    message,
    evidence,
  });
  if (roles && structure) return vote(4, () => stageReasons.agreementsRolesAndStructure(agreements.length));
  if (roles || structure) return vote(3, () => stageReasons.agreementsRolesOrStructure(roles ? 'rollen' : 'structuur'));
  if (topics.size === 1 && topics.has('middelen'))
    return vote(1, () => stageReasons.agreementsMoneyOnly(agreements.length));
  return vote(2, () => stageReasons.agreementsOther(agreements.length));
}

/** The date of the first agreement that covers roles, or `undefined` when there is none. */
function firstRolesAgreement(collaboration: Collaboration): string | undefined {
  let firstRoles: string | undefined;
  for (const agreement of collaboration.agreements ?? []) {
    if (agreement.covers.includes('rollen') && (firstRoles === undefined || agreement.date < firstRoles)) {
      firstRoles = agreement.date;
    }
  }
  return firstRoles;
}

export function eventVotes(collaboration: Collaboration, referenceDate: string): Vote[] {
  const events = collaboration.events ?? [];
  if (events.length === 0) return [];
  const recentStart = monthsBefore(referenceDate, RECENT_MONTHS);
  const turnoverStart = monthsBefore(referenceDate, TURNOVER_MONTHS);
  const firstRoles = firstRolesAgreement(collaboration);
  const uninformed: number[] = [];
  const informed: number[] = [];
  const turnovers: number[] = [];
  const hasty: number[] = [];
  events.forEach((event, index) => {
    if (event.type === 'public-announcement' && event.date >= recentStart) {
      (event.partnersInformedFirst ? informed : uninformed).push(index);
    } else if (event.type === 'turnover' && event.date >= turnoverStart) {
      turnovers.push(index);
    } else if (
      event.type === 'execution-start' &&
      event.date >= recentStart &&
      (firstRoles === undefined || event.date < firstRoles)
    ) {
      hasty.push(index);
    }
  });
  const datesOf = (indexes: readonly number[]): string[] =>
    indexes.map((index) => (events[index] as (typeof events)[number]).date);
  const vote = (
    rule: StageRule,
    order: StageOrder,
    indexes: readonly number[],
    message: () => LocalisedText,
  ): Vote => ({
    rule,
    order,
    points: 1,
    message,
    evidence: indexes.map((index) => eventEvidence(events[index] as (typeof events)[number], index)),
  });
  const votes: Vote[] = [];
  if (uninformed.length > 0) {
    votes.push(
      vote('announcements', 0, uninformed, () => stageReasons.announcedFirst(datesOf(uninformed), RECENT_MONTHS)),
    );
  } else if (informed.length > 0) {
    votes.push(vote('announcements', 3, informed, () => stageReasons.informedFirst(datesOf(informed), RECENT_MONTHS)));
  }
  if (turnovers.length > 0) {
    votes.push(vote('turnover', 2, turnovers, () => stageReasons.recentTurnover(datesOf(turnovers), TURNOVER_MONTHS)));
  }
  if (hasty.length > 0) {
    votes.push(
      vote('execution-start', 2, hasty, () => stageReasons.hastyStart(datesOf(hasty), firstRoles, RECENT_MONTHS)),
    );
  }
  return votes;
}

export function durationVote(collaboration: Collaboration, referenceDate: string): Vote | undefined {
  const startDate = collaboration.startDate;
  if (startDate === undefined || referenceDate <= startDate) return undefined;
  const until = collaboration.endDate ?? referenceDate;
  const months = wholeMonthsBetween(startDate, until);
  const order = stageOn(stageDurationScale, months);
  return {
    rule: 'duration',
    order,
    points: 1,
    message: () => stageReasons.duration(months, stageLabel(order), collaboration.endDate !== undefined),
    evidence: [{ kind: 'duration', startDate, until, months }],
  };
}

export function factorVotes(collaboration: Collaboration): Vote[] {
  const byStage: ObservedFactorEvidence[][] = [[], [], [], [], []];
  for (const observation of collaboration.factors ?? []) {
    const order = factorStages().get(observation.factor);
    if (order === undefined || observation.strength === 0) continue;
    (byStage[order] as ObservedFactorEvidence[]).push({
      kind: 'factor',
      factor: observation.factor,
      strength: observation.strength,
    });
  }
  const votes: Vote[] = [];
  byStage.forEach((evidence, order) => {
    if (evidence.length === 0) return;
    const strongest = Math.max(...evidence.map((item) => item.strength));
    votes.push({
      rule: 'factors',
      order: order as StageOrder,
      points: strongest / 3,
      message: () =>
        stageReasons.factors(
          evidence.map((item) => copyText(getFactor(item.factor).label)),
          strongest,
          stageLabel(order as StageOrder),
        ),
      evidence,
    });
  });
  return votes;
}

/** What the score rules read of a score: the factor scores and the overall score with its band. */
export interface ScoreForStage {
  /** The factor scores, in any order. */
  readonly factors: readonly { readonly factor: string; readonly score: number | null }[];
  /** The overall score and its band. */
  readonly overall: { readonly score: number | null; readonly band: Band | null };
}

export function scoreVotes(score: ScoreForStage): Vote[] {
  const votes: Vote[] = [];
  for (const { factor, score: value } of score.factors) {
    if ((factor !== 'relatie' && factor !== 'communicatie') || value === null) continue;
    const order = stageOn(stageScoreScale, value);
    votes.push({
      rule: factor === 'relatie' ? 'relatie-score' : 'communicatie-score',
      order,
      points: 1,
      message: () => stageReasons.factorScore(factor, value, stageLabel(order)),
      evidence: [{ kind: 'factor-score', factor, score: value }],
    });
  }
  const { band, score: overall } = score.overall;
  if (band !== null && overall !== null) {
    const order = orderOf(stageBandScale[band]);
    votes.push({
      rule: 'overall-band',
      order,
      points: 1,
      message: () => stageReasons.overallBand(band, overall, stageLabel(order)),
      evidence: [{ kind: 'overall-band', band, score: overall }],
    });
  }
  return votes;
}
