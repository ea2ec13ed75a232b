/**
 * The shape of a `detectPitfalls` finding and its evidence. A leaf of types that the scoring (which builds findings),
 * the format of the stored results (whose stage evidence reuses the event evidence) and the reports use.
 *
 * @module
 */
import type { PartnerTypeId } from '../catalogue/ids/partnerTypes.js';
import type { PitfallId } from '../catalogue/ids/pitfalls.js';
import type { StakeholderGroupId } from '../catalogue/ids/stakeholderGroups.js';
import type { StrategyFactorId } from '../catalogue/ids/strategyFactors.js';
import type { LocalisedText } from '../i18n/LocalisedText.js';
import type { CollaborationEvent, Involvement } from './types.js';

/**
 * A partner named as evidence: a `gemeente` or `schoolbestuur` partner that makes a stakeholder group necessary, or a
 * partner that lacks a contribution or an interest.
 *
 * @category Scoring
 */
export interface PartnerEvidence {
  /** The kind of evidence. */
  readonly kind: 'partner';
  /** The position of the partner in `partners`. */
  readonly index: number;
  /** The id of the partner. */
  readonly partner: string;
  /** The partner type. */
  readonly type: PartnerTypeId;
}

/**
 * The number of partners, when it exceeds the forum size and nobody is represented.
 *
 * @category Scoring
 */
export interface PartnerCountEvidence {
  /** The kind of evidence. */
  readonly kind: 'partner-count';
  /** The number of partners. */
  readonly partners: number;
  /** The largest number of partners that can still meet without representation. */
  readonly maxForumSize: number;
}

/**
 * A stakeholder entry named as evidence.
 *
 * @category Scoring
 */
export interface StakeholderEvidence {
  /** The kind of evidence. */
  readonly kind: 'stakeholder';
  /** The position of the entry in `stakeholders`. */
  readonly index: number;
  /** The stakeholder group. */
  readonly group: StakeholderGroupId;
  /** How far the group takes part. */
  readonly involvement: Involvement;
}

/**
 * A stakeholder group that should be listed but is not.
 *
 * @category Scoring
 */
export interface MissingStakeholderEvidence {
  /** The kind of evidence. */
  readonly kind: 'missing-stakeholder';
  /** The stakeholder group that is missing. */
  readonly group: StakeholderGroupId;
}

/**
 * The ambition named as evidence: it is missing, or it has no principles.
 *
 * @category Scoring
 */
export interface AmbitionEvidence {
  /** The kind of evidence. */
  readonly kind: 'ambition';
  /** What is wrong: no ambition at all, or no principles in it. */
  readonly problem: 'missing' | 'no-principles';
}

/**
 * An interest named as evidence.
 *
 * @category Scoring
 */
export interface InterestEvidence {
  /** The kind of evidence. */
  readonly kind: 'interest';
  /** The position of the interest in `interests`. */
  readonly index: number;
  /** The id of the partner whose interest it is. */
  readonly partner: string;
  /** Whether the interest is written down. */
  readonly documented: boolean;
  /** Whether every partner can see it. */
  readonly visibleToAll: boolean;
  /** Whether the other partners share it. */
  readonly shared: boolean;
}

/**
 * An event named as evidence.
 *
 * @category Scoring
 */
export interface EventEvidence {
  /** The kind of evidence. */
  readonly kind: 'event';
  /** The position of the event in `events`. */
  readonly index: number;
  /** The event type. */
  readonly type: CollaborationEvent['type'];
  /** The date of the event, `YYYY-MM-DD`. */
  readonly date: string;
  /** The partner named in the event, when it names one. */
  readonly partner?: string;
  /** The role that changed hands, for a turnover event that names one. */
  readonly role?: string;
}

/**
 * An agreement named as evidence: the first agreement that covers roles, made after execution started.
 *
 * @category Scoring
 */
export interface AgreementEvidence {
  /** The kind of evidence. */
  readonly kind: 'agreement';
  /** The position of the agreement in `agreements`. */
  readonly index: number;
  /** The date of the agreement, `YYYY-MM-DD`. */
  readonly date: string;
  /** What the agreement is about. */
  readonly subject: string;
}

/**
 * The absence of any agreement that covers a topic.
 *
 * @category Scoring
 */
export interface MissingAgreementEvidence {
  /** The kind of evidence. */
  readonly kind: 'missing-agreement';
  /** The topic no agreement covers. */
  readonly covers: 'rollen';
}

/**
 * One item of evidence for a pitfall found in a collaboration document: it names exactly what triggered the
 * finding (a partner, a stakeholder entry, an interest, an event, an agreement, or something that is missing), with
 * its position in the document where it has one.
 *
 * @category Scoring
 */
export type PitfallEvidence =
  | PartnerEvidence
  | PartnerCountEvidence
  | StakeholderEvidence
  | MissingStakeholderEvidence
  | AmbitionEvidence
  | InterestEvidence
  | EventEvidence
  | AgreementEvidence
  | MissingAgreementEvidence;

/**
 * A pitfall found in the structure of a collaboration document.
 *
 * @category Scoring
 */
export interface PitfallFinding {
  /** The pitfall. */
  readonly pitfall: PitfallId;
  /** The strategy factor the pitfall threatens. */
  readonly factor: StrategyFactorId;
  /** The kind of evidence: the collaboration document. */
  readonly source: 'collaboration';
  /** What in the document triggered the finding, in document order; never empty. */
  readonly evidence: readonly PitfallEvidence[];
  /** What is wrong and what to do about it. */
  readonly message: LocalisedText;
}
