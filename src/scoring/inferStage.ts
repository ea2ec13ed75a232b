import type { FactorId } from '../catalogue/data/factors.js';
import { factors as catalogueFactors } from '../catalogue/data/factors.js';
import type { StageId } from '../catalogue/data/stages.js';
import { stages as catalogueStages } from '../catalogue/data/stages.js';
import type { LocalisedText } from '../catalogue/types.js';
import { messages } from '../errors/messages.js';
import { SamenwerkingError } from '../errors/SamenwerkingError.js';
import { monthsBefore } from '../internal/isoDate.js';
import type { AgreementTopic, Collaboration } from '../schema/types.js';
import { latestDate } from './shared.js';
import { stageMessages } from './stageMessages.js';
import type { Band, BerenschotScore, EventEvidence } from './types.js';

/**
 * The position of a stage on the scale, from 0 (`onderling-wantrouwen`) to 4 (`volwassen-partnerschap`).
 *
 * @category Scoring
 */
export type StageOrder = 0 | 1 | 2 | 3 | 4;

/**
 * How sure {@link inferStage} is of its answer: `laag` (low), `middel` (medium) or `hoog` (high).
 *
 * @category Scoring
 */
export type StageConfidence = 'laag' | 'middel' | 'hoog';

/**
 * The rules of {@link inferStage}, one per kind of evidence.
 *
 * @category Scoring
 */
export type StageRule =
  | 'self-placement'
  | 'ambition'
  | 'interests'
  | 'agreements'
  | 'announcements'
  | 'turnover'
  | 'execution-start'
  | 'duration'
  | 'factors'
  | 'relatie-score'
  | 'communicatie-score'
  | 'overall-band';

/**
 * The stage the partners placed themselves in (the document's `stage`).
 *
 * @category Scoring
 */
export interface SelfPlacementEvidence {
  /** The kind of evidence. */
  readonly kind: 'self-placement';
  /** The stage named in the document. */
  readonly stage: StageId;
}

/**
 * A part of the document that is missing altogether.
 *
 * @category Scoring
 */
export interface MissingSectionEvidence {
  /** The kind of evidence. */
  readonly kind: 'missing-section';
  /** The part that is missing. */
  readonly section: 'ambition' | 'interests' | 'agreements';
}

/**
 * What the ambition holds: its principles and which partners contribute.
 *
 * @category Scoring
 */
export interface AmbitionContentEvidence {
  /** The kind of evidence. */
  readonly kind: 'ambition-content';
  /** The number of principles. */
  readonly principles: number;
  /** The number of partners in the document. */
  readonly partners: number;
  /** The number of partners with at least one contribution. */
  readonly contributors: number;
}

/**
 * The recorded interests, counted.
 *
 * @category Scoring
 */
export interface InterestsSummaryEvidence {
  /** The kind of evidence. */
  readonly kind: 'interests';
  /** The number of interests. */
  readonly interests: number;
  /** The number of interests not visible to every partner. */
  readonly hidden: number;
  /** The number of interests not written down. */
  readonly undocumented: number;
  /** The number of interests the other partners share. */
  readonly shared: number;
  /** The number of partners in the document. */
  readonly partners: number;
  /** The number of partners with at least one interest. */
  readonly partnersWithInterest: number;
}

/**
 * An agreement and the topics it covers.
 *
 * @category Scoring
 */
export interface AgreementTopicsEvidence {
  /** The kind of evidence. */
  readonly kind: 'agreement-topics';
  /** The position of the agreement in `agreements`. */
  readonly index: number;
  /** The date of the agreement, `YYYY-MM-DD`. */
  readonly date: string;
  /** The topics it covers. */
  readonly covers: readonly AgreementTopic[];
}

/**
 * How long the collaboration has run: from `startDate` to `endDate`, or to the reference date when it has not ended.
 *
 * @category Scoring
 */
export interface DurationEvidence {
  /** The kind of evidence. */
  readonly kind: 'duration';
  /** The start date, `YYYY-MM-DD`. */
  readonly startDate: string;
  /** The date the duration is counted to, `YYYY-MM-DD`. */
  readonly until: string;
  /** The number of whole calendar months between the two. */
  readonly months: number;
}

/**
 * An observed bevorderende or belemmerende factor that points to a stage.
 *
 * @category Scoring
 */
export interface ObservedFactorEvidence {
  /** The kind of evidence. */
  readonly kind: 'factor';
  /** The factor. */
  readonly factor: FactorId;
  /** The observed strength, 1 to 3. */
  readonly strength: 1 | 2 | 3;
}

/**
 * A strategy factor score from a Berenschot score.
 *
 * @category Scoring
 */
export interface FactorScoreEvidence {
  /** The kind of evidence. */
  readonly kind: 'factor-score';
  /** The strategy factor. */
  readonly factor: 'relatie' | 'communicatie';
  /** Its score, 0 to 100. */
  readonly score: number;
}

/**
 * The overall band of a Berenschot score.
 *
 * @category Scoring
 */
export interface OverallBandEvidence {
  /** The kind of evidence. */
  readonly kind: 'overall-band';
  /** The band. */
  readonly band: Band;
  /** The overall score, 0 to 100. */
  readonly score: number;
}

/**
 * One item of evidence behind a reason of {@link inferStage}.
 *
 * @category Scoring
 */
export type StageEvidence =
  | SelfPlacementEvidence
  | MissingSectionEvidence
  | AmbitionContentEvidence
  | InterestsSummaryEvidence
  | AgreementTopicsEvidence
  | EventEvidence
  | DurationEvidence
  | ObservedFactorEvidence
  | FactorScoreEvidence
  | OverallBandEvidence;

/**
 * One rule that voted for a stage: how many points, why, and on what evidence.
 *
 * @category Scoring
 */
export interface StageReason {
  /** The rule. */
  readonly rule: StageRule;
  /** The stage the rule points to. */
  readonly stage: StageId;
  /** The position of that stage, 0 to 4. */
  readonly order: StageOrder;
  /** The points the rule gives that stage. */
  readonly points: number;
  /** Why, in a sentence a report can print. */
  readonly message: LocalisedText;
  /** What in the document or the score the rule rests on; never empty. */
  readonly evidence: readonly StageEvidence[];
}

/**
 * The points one stage collected.
 *
 * @category Scoring
 */
export interface StageScore {
  /** The stage. */
  readonly stage: StageId;
  /** Its position, 0 to 4. */
  readonly order: StageOrder;
  /** Its name. */
  readonly label: LocalisedText;
  /** The sum of the points of the reasons that point to it. */
  readonly points: number;
  /** Its points divided by the points of all stages, 0 to 1. */
  readonly share: number;
}

/**
 * The most likely stage of a collaboration, with the points of every stage and the reasons behind them.
 *
 * @category Scoring
 */
export interface StageInference {
  /** The id of the collaboration. */
  readonly collaboration: string;
  /** The stage with the most points. */
  readonly stage: StageId;
  /** Its position, 0 to 4. */
  readonly order: StageOrder;
  /** Its name. */
  readonly label: LocalisedText;
  /** How sure the inference is. */
  readonly confidence: StageConfidence;
  /** The stage the document names itself, or `null` when it names none. */
  readonly selfPlaced: StageId | null;
  /** The latest date in the document, which time windows and the duration are measured to; `null` without dates. */
  readonly referenceDate: string | null;
  /** All five stages, in order, with their points. */
  readonly scores: readonly StageScore[];
  /** The rules that voted, in rule order. */
  readonly reasons: readonly StageReason[];
  /** The outcome in a sentence a report can print. */
  readonly summary: LocalisedText;
}

/** The points of the document's own stage. */
const SELF_PLACEMENT_POINTS = 3;
/** The points of a rule that rests on a missing part of the document. */
const MISSING_POINTS = 0.5;
/** How many months before the reference date announcements and execution starts still count. */
const RECENT_MONTHS = 24;
/** How many months before the reference date a turnover still counts (as in `detectPitfalls`). */
const TURNOVER_MONTHS = 12;
/** The durations, in months, from which the duration rule points to stages 2, 3 and 4. */
const DURATION_STEPS: readonly number[] = [24, 60, 120];

/** The bevorderende and belemmerende factors that describe how the partners relate, by the stage they point to. */
const FACTOR_STAGES: Readonly<Partial<Record<FactorId, StageOrder>>> = {
  concurrentiedenken: 0,
  'persoonlijke-relatie': 0,
  'verdeling-schaarse-middelen': 0,
  'plichtmatig-overleg': 1,
  vrijblijvendheid: 1,
  'zorg-om-eigen-identiteit': 1,
  'behoudende-besturen': 1,
  'geen-verbindende-visie': 1,
  'ervaren-urgentie': 2,
  'opgelegde-samenwerking': 2,
  'wisseling-sleutelfiguren': 2,
  'gezamenlijk-doel-onderwijs-behouden': 2,
  'elkaar-kennen-en-gunnen': 3,
  'investeren-in-relatie': 3,
  'informeel-contact': 3,
  'snel-contact': 3,
  'vaste-partners-korte-lijnen': 3,
  'toegankelijk-gemeentebestuur': 3,
  'nabijheid-sleutelspelers': 3,
  'intensief-contact': 3,
  'vaste-aanspreekpunten': 3,
  'vertrouwen-en-verantwoordelijkheid': 4,
  'veelvuldig-contact': 4,
  'oplossingen-zonder-politiek': 4,
  gelijkwaardigheid: 4,
  'win-winfactoren-benoemen': 4,
  'gezamenlijk-eigenaarschap': 4,
  'regie-uit-handen-geven': 4,
  'lef-voordat-alles-geregeld': 4,
};

let factorLabels: ReadonlyMap<string, LocalisedText> | undefined;

function factorLabel(factor: FactorId): LocalisedText {
  factorLabels ??= new Map(catalogueFactors.map((entry) => [entry.id as string, entry.label]));
  return factorLabels.get(factor) ?? { nl: factor, en: factor };
}

function stageLabel(order: StageOrder): LocalisedText {
  const label = (catalogueStages[order] as (typeof catalogueStages)[number]).label;
  return { nl: label.nl, en: label.en };
}

/** The number of whole calendar months from one date to a later one. */
function wholeMonths(from: string, to: string): number {
  const months =
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
  return Number(to.slice(8, 10)) < Number(from.slice(8, 10)) ? months - 1 : months;
}

/** The stage a score from 0 to 100 points to: one stage per fifth of the range. */
function stageOfScore(score: number): StageOrder {
  return Math.min(4, Math.max(0, Math.floor(score / 20))) as StageOrder;
}

/** A vote of one rule, before it becomes a reason. */
interface Vote {
  readonly rule: StageRule;
  readonly order: StageOrder;
  readonly points: number;
  readonly message: LocalisedText;
  readonly evidence: readonly StageEvidence[];
}

function ambitionVote(collaboration: Collaboration): Vote {
  const ambition = collaboration.ambition;
  if (ambition === undefined) {
    return {
      rule: 'ambition',
      order: 1,
      points: MISSING_POINTS,
      message: stageMessages.ambitionMissing(),
      evidence: [{ kind: 'missing-section', section: 'ambition' }],
    };
  }
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
  if (principles === 0) {
    return { rule: 'ambition', order: 1, points: 1, message: stageMessages.ambitionGeneral(), evidence: [evidence] };
  }
  if (contributors.size < partnerIds.size) {
    return {
      rule: 'ambition',
      order: 2,
      points: 1,
      message: stageMessages.ambitionPartial(contributors.size, partnerIds.size),
      evidence: [evidence],
    };
  }
  return {
    rule: 'ambition',
    order: 3,
    points: 1,
    message: stageMessages.ambitionComplete(partnerIds.size),
    evidence: [evidence],
  };
}

function interestsVote(collaboration: Collaboration): Vote {
  const interests = collaboration.interests ?? [];
  if (interests.length === 0) {
    return {
      rule: 'interests',
      order: 1,
      points: MISSING_POINTS,
      message: stageMessages.interestsMissing(),
      evidence: [{ kind: 'missing-section', section: 'interests' }],
    };
  }
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
  const vote = (order: StageOrder, message: LocalisedText): Vote => ({
    rule: 'interests',
    order,
    points: 1,
    message,
    evidence: [evidence],
  });
  if (hidden > 0) return vote(0, stageMessages.interestsHidden(hidden, interests.length));
  if (shared === 0) return vote(1, stageMessages.interestsUnshared(interests.length));
  const missing = partnerIds.size - withInterest.size;
  if (missing > 0 || undocumented > 0) return vote(2, stageMessages.interestsIncomplete(shared, missing, undocumented));
  if (2 * shared < interests.length) return vote(3, stageMessages.interestsSomeShared(shared, interests.length));
  return vote(4, stageMessages.interestsMostlyShared(shared, interests.length));
}

function agreementsVote(collaboration: Collaboration): Vote {
  const agreements = collaboration.agreements ?? [];
  if (agreements.length === 0) {
    return {
      rule: 'agreements',
      order: 1,
      points: MISSING_POINTS,
      message: stageMessages.agreementsMissing(),
      evidence: [{ kind: 'missing-section', section: 'agreements' }],
    };
  }
  const topics = new Set<AgreementTopic>();
  const evidence = agreements.map((agreement, index): AgreementTopicsEvidence => {
    for (const topic of agreement.covers) topics.add(topic);
    return { kind: 'agreement-topics', index, date: agreement.date, covers: [...agreement.covers] };
  });
  const roles = topics.has('rollen');
  const structure = topics.has('structuur');
  const vote = (order: StageOrder, message: LocalisedText): Vote => ({
    rule: 'agreements',
    order,
    points: 1,
    message,
    evidence,
  });
  if (roles && structure) return vote(4, stageMessages.agreementsRolesAndStructure(agreements.length));
  if (roles || structure) return vote(3, stageMessages.agreementsRolesOrStructure(roles ? 'rollen' : 'structuur'));
  if (topics.size === 1 && topics.has('middelen')) return vote(1, stageMessages.agreementsMoneyOnly(agreements.length));
  return vote(2, stageMessages.agreementsOther(agreements.length));
}

function eventEvidence(collaboration: Collaboration, index: number): EventEvidence {
  const event = (collaboration.events ?? [])[index] as NonNullable<Collaboration['events']>[number];
  return {
    kind: 'event',
    index,
    type: event.type,
    date: event.date,
    ...(event.partner === undefined ? {} : { partner: event.partner }),
    ...(event.type === 'turnover' && event.role !== undefined ? { role: event.role } : {}),
  };
}

function eventVotes(collaboration: Collaboration, referenceDate: string): Vote[] {
  const events = collaboration.events ?? [];
  if (events.length === 0) return [];
  const recentStart = monthsBefore(referenceDate, RECENT_MONTHS);
  const turnoverStart = monthsBefore(referenceDate, TURNOVER_MONTHS);
  let firstRoles: string | undefined;
  for (const agreement of collaboration.agreements ?? []) {
    if (agreement.covers.includes('rollen') && (firstRoles === undefined || agreement.date < firstRoles)) {
      firstRoles = agreement.date;
    }
  }
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
  const votes: Vote[] = [];
  const push = (rule: StageRule, order: StageOrder, indexes: readonly number[], message: LocalisedText): void => {
    votes.push({
      rule,
      order,
      points: 1,
      message,
      evidence: indexes.map((index) => eventEvidence(collaboration, index)),
    });
  };
  if (uninformed.length > 0) {
    push('announcements', 0, uninformed, stageMessages.announcedFirst(datesOf(uninformed), RECENT_MONTHS));
  } else if (informed.length > 0) {
    push('announcements', 3, informed, stageMessages.informedFirst(datesOf(informed), RECENT_MONTHS));
  }
  if (turnovers.length > 0) {
    push('turnover', 2, turnovers, stageMessages.recentTurnover(datesOf(turnovers), TURNOVER_MONTHS));
  }
  if (hasty.length > 0) {
    push('execution-start', 2, hasty, stageMessages.hastyStart(datesOf(hasty), firstRoles, RECENT_MONTHS));
  }
  return votes;
}

function durationVote(collaboration: Collaboration, referenceDate: string): Vote | undefined {
  const startDate = collaboration.startDate;
  if (startDate === undefined || referenceDate <= startDate) return undefined;
  const until = collaboration.endDate ?? referenceDate;
  const months = wholeMonths(startDate, until);
  let order: StageOrder = 1;
  for (const step of DURATION_STEPS) if (months >= step) order = (order + 1) as StageOrder;
  return {
    rule: 'duration',
    order,
    points: 1,
    message: stageMessages.duration(months, stageLabel(order), collaboration.endDate !== undefined),
    evidence: [{ kind: 'duration', startDate, until, months }],
  };
}

function factorVotes(collaboration: Collaboration): Vote[] {
  const byStage: ObservedFactorEvidence[][] = [[], [], [], [], []];
  for (const observation of collaboration.factors ?? []) {
    const order = FACTOR_STAGES[observation.factor];
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
      message: stageMessages.factors(
        evidence.map((item) => factorLabel(item.factor)),
        strongest,
        stageLabel(order as StageOrder),
      ),
      evidence,
    });
  });
  return votes;
}

function scoreVotes(score: BerenschotScore): Vote[] {
  const votes: Vote[] = [];
  for (const factor of score.factors) {
    if (factor.factor !== 'relatie' && factor.factor !== 'communicatie') continue;
    if (factor.score === null) continue;
    const order = stageOfScore(factor.score);
    votes.push({
      rule: factor.factor === 'relatie' ? 'relatie-score' : 'communicatie-score',
      order,
      points: 1,
      message: stageMessages.factorScore(factor.factor, factor.score, stageLabel(order)),
      evidence: [{ kind: 'factor-score', factor: factor.factor, score: factor.score }],
    });
  }
  const { band, score: overall } = score.overall;
  if (band !== null && overall !== null) {
    const order: StageOrder = band === 'onvoldoende' ? 1 : band === 'voldoende' ? 2 : 3;
    votes.push({
      rule: 'overall-band',
      order,
      points: 1,
      message: stageMessages.overallBand(band, overall, stageLabel(order)),
      evidence: [{ kind: 'overall-band', band, score: overall }],
    });
  }
  return votes;
}

/**
 * Infers the most likely stage (samenwerkingsstadium) of a collaboration from its document and, when given, its
 * Berenschot score, and says why.
 *
 * @remarks
 * Every rule that applies gives points to one stage (0 onderling-wantrouwen … 4 volwassen-partnerschap); the stage
 * with the most points wins. A tie goes to the self-placed stage when it is among the tied, otherwise to the lowest:
 * claim no more maturity than the evidence carries. Windows and the duration run up to the reference date, the latest
 * date in the document; the clock is never read. A missing section counts ½ and points to 1: distrust is never read
 * from silence.
 *
 * | rule | evidence → stage (points 1 unless given) |
 * |---|---|
 * | `self-placement` | the document's `stage` → that stage (3) |
 * | `ambition` | missing → 1 (½); no principles → 1; principles, not every partner contributes → 2; every partner → 3 |
 * | `interests` | missing → 1 (½); one hidden → 0; none shared → 1; shared but a partner without one or one undocumented → 2; complete, under half shared → 3; half or more shared → 4 |
 * | `agreements` | missing → 1 (½); `middelen` only → 1; neither `rollen` nor `structuur` → 2; one of them → 3; both → 4 |
 * | `announcements` | uninformed public announcement in the last 24 months → 0; else an informed one → 3 |
 * | `turnover` | turnover in the last 12 months → 2 |
 * | `execution-start` | execution start in the last 24 months before the first agreement on `rollen` → 2 |
 * | `duration` | `startDate` to `endDate` or the reference date: under 24 months → 1, under 60 → 2, under 120 → 3, else 4 |
 * | `factors` | per stage, the strongest observed factor pointing there (e.g. `concurrentiedenken` 0, `plichtmatig-overleg` 1, `ervaren-urgentie` 2, `elkaar-kennen-en-gunnen` 3, `oplossingen-zonder-politiek` 4) → strength ÷ 3 |
 * | `relatie-score`, `communicatie-score` | the factor score by fifths: below 20 → 0, below 40 → 1, below 60 → 2, below 80 → 3, else 4 |
 * | `overall-band` | onvoldoende → 1, voldoende → 2, goed → 3 |
 *
 * Confidence, with share = winner's points ÷ all points, margin = (winner − runner-up) ÷ all points and support = the
 * winner's reasons that rest on recorded evidence: `laag` when share < 0.35, margin < 0.1 or support 0; `hoog` when
 * share ≥ 0.5, margin ≥ 0.25 and support ≥ 3; `middel` otherwise. The stages and their signs come from the Berenschot
 * portraits (`berenschot-gemeente-onderwijs`: Haarlemmermeer L568–L578 for wantrouwen → noodzakelijke → aangename
 * samenwerking, Terneuzen L2040–L2056 for trading positions and L1985–L1991 for urgency, Nijmegen L1508–L1518 and
 * L1686–L1694 for the mature partnership, Venlo L2657–L2665 for trust growing over the years); the rules on ambition,
 * interests, agreements and events follow strategy factors 2, 3, 5 and 6 and their pitfalls (L2895–L3083). Points,
 * windows and thresholds are this library's choice; `docs/stages-and-portfolios.md` gives the full tables.
 *
 * @param collaboration - The collaboration, as parsed by `parseCollaboration`; it is not changed.
 * @param score - A Berenschot score of an assessment of the same collaboration, from `scoreBerenschot`; optional.
 * @returns A new object with the stage, its order and label, the confidence, the points of all five stages, the
 *   reasons with their evidence, and a summary in Dutch and English.
 * @throws {SamenwerkingError} `invalid_option` when the score belongs to another collaboration than the document.
 *
 * @example
 * ```ts
 * const inference = inferStage({
 *   kind: 'collaboration',
 *   schemaVersion: 1,
 *   id: 'ikc-noord',
 *   name: 'IKC Noord',
 *   themes: ['ikc'],
 *   form: 'netwerk',
 *   startDate: '2019-08-01',
 *   partners: [
 *     { id: 'gemeente', name: 'Gemeente Noord', type: 'gemeente' },
 *     { id: 'bestuur', name: 'Stichting Noord', type: 'schoolbestuur' },
 *   ],
 *   agreements: [{ subject: 'Convenant', date: '2025-01-15', covers: ['rollen', 'structuur'] }],
 *   factors: [{ factor: 'elkaar-kennen-en-gunnen', strength: 3 }],
 *   stage: 'aangename-samenwerking',
 * });
 * inference.stage;
 * //=> 'aangename-samenwerking'
 * inference.scores.map((score) => score.points);
 * //=> [0, 1, 0, 5, 1]
 * inference.confidence;
 * //=> 'hoog'
 * ```
 * @category Scoring
 */
export function inferStage(collaboration: Collaboration, score?: BerenschotScore): StageInference {
  if (score !== undefined && score.collaboration !== collaboration.id) {
    throw new SamenwerkingError([
      {
        code: 'invalid_option',
        path: ['score', 'collaboration'],
        message: messages.invalidOption(
          'score.collaboration',
          score.collaboration,
          stageMessages.sameCollaboration(collaboration.id),
        ),
      },
    ]);
  }
  const referenceDate = latestDate(collaboration);
  const votes: Vote[] = [];
  const selfPlaced = collaboration.stage;
  if (selfPlaced !== undefined) {
    const order = stageIndex(selfPlaced);
    votes.push({
      rule: 'self-placement',
      order,
      points: SELF_PLACEMENT_POINTS,
      message: stageMessages.selfPlacement(stageLabel(order)),
      evidence: [{ kind: 'self-placement', stage: selfPlaced }],
    });
  }
  votes.push(ambitionVote(collaboration), interestsVote(collaboration), agreementsVote(collaboration));
  if (referenceDate !== undefined) {
    votes.push(...eventVotes(collaboration, referenceDate));
    const duration = durationVote(collaboration, referenceDate);
    if (duration !== undefined) votes.push(duration);
  }
  votes.push(...factorVotes(collaboration));
  if (score !== undefined) votes.push(...scoreVotes(score));

  const points = [0, 0, 0, 0, 0];
  const support = [0, 0, 0, 0, 0];
  let total = 0;
  for (const vote of votes) {
    points[vote.order] = (points[vote.order] as number) + vote.points;
    total += vote.points;
    if (vote.evidence.every((item) => item.kind !== 'missing-section')) {
      support[vote.order] = (support[vote.order] as number) + 1;
    }
  }

  const selfOrder = selfPlaced === undefined ? -1 : stageIndex(selfPlaced);
  let winner: StageOrder = 0;
  for (let order = 1; order < 5; order++) {
    const candidate = points[order] as number;
    const best = points[winner] as number;
    if (candidate > best || (candidate === best && order === selfOrder)) winner = order as StageOrder;
  }
  let runnerUp = 0;
  points.forEach((value, order) => {
    if (order !== winner && value > runnerUp) runnerUp = value;
  });
  const top = points[winner] as number;
  const share = top / total;
  const margin = (top - runnerUp) / total;
  const backing = support[winner] as number;
  const confidence: StageConfidence =
    share < 0.35 || margin < 0.1 || backing === 0
      ? 'laag'
      : share >= 0.5 && margin >= 0.25 && backing >= 3
        ? 'hoog'
        : 'middel';

  const scores = catalogueStages.map(
    (stage, order): StageScore => ({
      stage: stage.id,
      order: order as StageOrder,
      label: stageLabel(order as StageOrder),
      points: points[order] as number,
      share: (points[order] as number) / total,
    }),
  );
  const reasons = votes.map(
    (vote): StageReason => ({
      rule: vote.rule,
      stage: (catalogueStages[vote.order] as (typeof catalogueStages)[number]).id,
      order: vote.order,
      points: vote.points,
      message: vote.message,
      evidence: vote.evidence,
    }),
  );
  const label = stageLabel(winner);
  return {
    collaboration: collaboration.id,
    stage: (catalogueStages[winner] as (typeof catalogueStages)[number]).id,
    order: winner,
    label,
    confidence,
    selfPlaced: selfPlaced ?? null,
    referenceDate: referenceDate ?? null,
    scores,
    reasons,
    summary: stageMessages.stageSummary(
      label,
      confidence,
      top,
      total,
      selfPlaced === undefined ? undefined : stageLabel(stageIndex(selfPlaced)),
      selfOrder === winner,
    ),
  };
}

function stageIndex(stage: StageId): StageOrder {
  return catalogueStages.findIndex((entry) => entry.id === stage) as StageOrder;
}
