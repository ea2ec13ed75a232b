/**
 * The shapes of a stage inference: the scale, the rules, the evidence each rule rests on, and the result. A leaf of
 * types that the scoring (which builds it) and the format of the stored result (which validates it) use.
 *
 * @module
 */
import type { FactorId } from '../catalogue/ids/factors.js';
import type { StageId } from '../catalogue/ids/stages.js';
import type { LocalisedText } from '../i18n/LocalisedText.js';
import type { Band } from './BerenschotScore.js';
import type { EventEvidence } from './PitfallFinding.js';
import type { AgreementTopic } from './types.js';

/**
 * The position of a stage on the scale, from 0 (`onderling-wantrouwen`) to 4 (`volwassen-partnerschap`).
 *
 * @category Scoring
 */
export type StageOrder = 0 | 1 | 2 | 3 | 4;

/**
 * How sure `inferStage` is of its answer: `laag` (low), `middel` (medium) or `hoog` (high).
 *
 * @category Scoring
 */
export type StageConfidence = 'laag' | 'middel' | 'hoog';

/**
 * The rules of `inferStage`, one per kind of evidence.
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
 * One item of evidence behind a reason of `inferStage`.
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
  /** The result kind. */
  readonly kind: 'stage-inference';
  /** The version of the result format: 1. */
  readonly schemaVersion: 1;
  /** The edition of the catalogue the stage was inferred with, for example `'2026.2'`. */
  readonly edition: string;
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
  /** The options the stage was inferred with: `inferStage` has none, so this is always empty. */
  readonly options: AppliedStageOptions;
}

/**
 * The options of a stage inference: `inferStage` takes none; the field is there so that every stored result has the
 * same frame (`kind`, `schemaVersion`, `edition`, `options`).
 *
 * @category Scoring
 */
export type AppliedStageOptions = Readonly<Record<string, never>>;
