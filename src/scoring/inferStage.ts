import { rejectValue, throwIfIssues } from '../arguments/argumentReader.js';
import { CATALOGUE_EDITION } from '../catalogue/edition.js';
import type { StageId } from '../catalogue/ids/stages.js';
import { stageIds } from '../catalogue/ids/stages.js';
import type { Issue } from '../errors/SamenwerkingError.js';
import { expectedArguments } from '../i18n/expectedArguments/expectedArguments.js';
import { stageReasons } from '../i18n/stageReasons/stageReasons.js';
import { acceptsBerenschotScore, acceptsCollaboration } from '../schema/acceptors.js';
import type { Collaboration } from '../schema/types.js';
import { latestDate } from './latestDate.js';
import { readInput } from './readInput.js';
import type { StageConfidence, StageInference, StageOrder, StageReason, StageScore } from './stageInference.js';
import {
  agreementsVote,
  ambitionVote,
  durationVote,
  eventVotes,
  factorVotes,
  interestsVote,
  orderOf,
  scoreVotes,
  selfPlacementVote,
  stageLabel,
  type Vote,
} from './stageVotes.js';
import type { BerenschotScore } from './types.js';

export type * from './stageInference.js';

/** Every rule that applies to the document and, when given, the score. */
function collectVotes(
  collaboration: Collaboration,
  referenceDate: string | undefined,
  score?: BerenschotScore,
): Vote[] {
  const votes: Vote[] = [];
  if (collaboration.stage !== undefined) votes.push(selfPlacementVote(collaboration.stage));
  votes.push(ambitionVote(collaboration), interestsVote(collaboration), agreementsVote(collaboration));
  if (referenceDate !== undefined) {
    votes.push(...eventVotes(collaboration, referenceDate));
    const duration = durationVote(collaboration, referenceDate);
    if (duration !== undefined) votes.push(duration);
  }
  votes.push(...factorVotes(collaboration));
  if (score !== undefined) votes.push(...scoreVotes(score));
  return votes;
}

/**
 * The points per stage in sixths (every rule gives a whole number of sixths: 3, 1, ½ or a strength ÷ 3), so that
 * ties and the confidence thresholds are decided on exact whole numbers; and per stage the number of reasons that rest
 * on recorded evidence.
 */
function tally(votes: readonly Vote[]): { sixths: number[]; support: number[]; total: number } {
  const sixths = [0, 0, 0, 0, 0];
  const support = [0, 0, 0, 0, 0];
  let total = 0;
  for (const vote of votes) {
    const share = Math.round(vote.points * 6);
    sixths[vote.order] = (sixths[vote.order] as number) + share;
    total += share;
    if (vote.evidence.every((item) => item.kind !== 'missing-section')) {
      support[vote.order] = (support[vote.order] as number) + 1;
    }
  }
  return { sixths, support, total };
}

/** The stage with the most points; a tie goes to the self-placed stage when it is among the tied, else the lowest. */
function winnerOf(points: readonly number[], selfOrder: number): StageOrder {
  let winner: StageOrder = 0;
  for (let order = 1; order < 5; order++) {
    const candidate = points[order] as number;
    const best = points[winner] as number;
    if (candidate > best || (candidate === best && order === selfOrder)) winner = order as StageOrder;
  }
  return winner;
}

/**
 * How sure the inference is, from the winner's share and margin of all points and its supported reasons. The points
 * are whole sixths, so `share < 0.35` is compared as `20 × top < 7 × total`, and so on: exactly.
 */
function confidenceOf(points: readonly number[], winner: StageOrder, total: number, backing: number): StageConfidence {
  let runnerUp = 0;
  points.forEach((value, order) => {
    if (order !== winner && value > runnerUp) runnerUp = value;
  });
  const top = points[winner] as number;
  const lead = top - runnerUp;
  if (20 * top < 7 * total || 10 * lead < total || backing === 0) return 'laag';
  return 2 * top >= total && 4 * lead >= total && backing >= 3 ? 'hoog' : 'middel';
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
 * | `duration` | `startDate` to `endDate` or the reference date: under 24 months → 1, under 60 → 2, under 120 → 3, else 4 (catalogue `stageDurationScale`) |
 * | `factors` | per stage, the strongest observed factor pointing there (catalogue `stageFactorSignals`, e.g. `concurrentiedenken` 0, `plichtmatig-overleg` 1, `ervaren-urgentie` 2, `elkaar-kennen-en-gunnen` 3, `oplossingen-zonder-politiek` 4) → strength ÷ 3 |
 * | `relatie-score`, `communicatie-score` | the factor score by fifths (catalogue `stageScoreScale`): below 20 → 0, below 40 → 1, below 60 → 2, below 80 → 3, else 4 |
 * | `overall-band` | onvoldoende → 1, voldoende → 2, goed → 3 (catalogue `stageBandScale`) |
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
 * @throws {SamenwerkingError} `invalid_argument` when `collaboration` is not a valid collaboration or `score` not a
 *   valid result of `scoreBerenschot` (one built by hand or read from storage is checked as it is).
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
  const issues: Issue[] = [];
  readInput<Collaboration>(collaboration, 'collaboration', 'collaboration', acceptsCollaboration, issues);
  if (score !== undefined)
    readInput<BerenschotScore>(score, 'score', 'berenschot-score', acceptsBerenschotScore, issues);
  throwIfIssues(issues);
  if (score !== undefined && score.collaboration !== collaboration.id) {
    const expected = expectedArguments.sameCollaboration(collaboration.id);
    rejectValue(issues, ['score', 'collaboration'], 'score.collaboration', score.collaboration, expected);
    throwIfIssues(issues);
  }
  const referenceDate = latestDate(collaboration);
  const votes = collectVotes(collaboration, referenceDate, score);
  const { sixths, support, total } = tally(votes);
  const selfPlaced = collaboration.stage;
  const selfOrder = selfPlaced === undefined ? -1 : orderOf(selfPlaced);
  const winner = winnerOf(sixths, selfOrder);
  const confidence = confidenceOf(sixths, winner, total, support[winner] as number);
  const scores = stageIds.map(
    (stage, order): StageScore => ({
      stage,
      order: order as StageOrder,
      label: stageLabel(order as StageOrder),
      points: (sixths[order] as number) / 6,
      share: (sixths[order] as number) / total,
    }),
  );
  const reasons = votes.map(
    (vote): StageReason => ({
      rule: vote.rule,
      stage: stageIds[vote.order] as StageId,
      order: vote.order,
      points: vote.points,
      message: vote.message(),
      evidence: vote.evidence,
    }),
  );
  const label = stageLabel(winner);
  return {
    kind: 'stage-inference',
    schemaVersion: 1,
    edition: CATALOGUE_EDITION,
    collaboration: collaboration.id,
    stage: stageIds[winner] as StageId,
    order: winner,
    label,
    confidence,
    selfPlaced: selfPlaced ?? null,
    referenceDate: referenceDate ?? null,
    scores,
    reasons,
    summary: stageReasons.summary(
      label,
      confidence,
      (sixths[winner] as number) / 6,
      total / 6,
      selfPlaced === undefined ? undefined : stageLabel(selfOrder as StageOrder),
      selfOrder === winner,
    ),
    options: {},
  };
}
