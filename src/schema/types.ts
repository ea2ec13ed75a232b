/**
 * The shapes of the three document kinds, as the schemas accept and return them. The schemas neither transform
 * values nor fill in defaults, so a parsed document has exactly the fields of its input (deeply frozen).
 *
 * @module
 */
import type {
  FactorId,
  FormId,
  IndicatorId,
  PartnerTypeId,
  SectorId,
  StageId,
  StakeholderGroupId,
  ThemeId,
} from '../catalogue/index.js';
import type { Scale } from '../catalogue/types.js';
import type { denominations } from './fields.js';

/**
 * Extension fields: keys starting with `x-` may hold any JSON value and are kept untouched on a round trip.
 *
 * @category Documents
 */
export type Extensions = {
  readonly [key: `x-${string}`]: unknown;
};

/**
 * The denomination (richting) of a school or board. `openbaar` is public education; the others are kinds of
 * bijzonder (private, usually religious or pedagogical) education; `samenwerking` is a school or board that
 * combines both.
 *
 * @category Documents
 */
export type Denomination = (typeof denominations)[number];

/**
 * An organisation that takes part in a collaboration.
 *
 * @category Documents
 */
export interface Partner extends Extensions {
  /** The id of the partner within the document, a slug. */
  readonly id: string;
  /** The name of the organisation. */
  readonly name: string;
  /** The kind of organisation, a catalogue partner type. */
  readonly type: PartnerTypeId;
  /** The education sector the partner works in, for schools and boards. */
  readonly sector?: SectorId;
  /** The denomination of a school or board. */
  readonly denomination?: Denomination;
  /** The number of pupils, a whole number. */
  readonly pupils?: number;
  /** The number of schools, a whole number. */
  readonly schools?: number;
}

/**
 * How far a stakeholder group takes part: involved, kept informed, represented by a partner, or not involved.
 *
 * @category Documents
 */
export type Involvement = 'betrokken' | 'geinformeerd' | 'vertegenwoordigd' | 'niet-betrokken';

/**
 * A group of people with a stake in the collaboration and how it is involved (strategy factor 1).
 *
 * @category Documents
 */
export interface Stakeholder extends Extensions {
  /** The stakeholder group, from the catalogue. */
  readonly group: StakeholderGroupId;
  /** How far the group takes part. */
  readonly involvement: Involvement;
  /** The partner that represents the group and reports back to it. */
  readonly representedBy?: string;
  /** A remark, free text. */
  readonly note?: string;
}

/**
 * What a partner brings in.
 *
 * @category Documents
 */
export type ContributionType = 'financieel' | 'personeel' | 'faciliteiten' | 'overig';

/**
 * One partner's contribution to the shared ambition (money, staff, facilities).
 *
 * @category Documents
 */
export interface Contribution extends Extensions {
  /** The id of the contributing partner. */
  readonly partner: string;
  /** What the partner brings in. */
  readonly type: ContributionType;
  /** The amount in euros, for a financial contribution. */
  readonly amountEur?: number;
  /** What the contribution consists of, free text. */
  readonly description?: string;
}

/**
 * The shared ambition of the partners (strategy factor 2).
 *
 * @category Documents
 */
export interface Ambition extends Extensions {
  /** The ambition in the partners' words. */
  readonly statement: string;
  /** The shared principles the partners fall back on when they disagree. */
  readonly principles?: readonly string[];
  /** What each partner brings in. */
  readonly contributions?: readonly Contribution[];
}

/**
 * An interest of one partner (strategy factor 3).
 *
 * @category Documents
 */
export interface Interest extends Extensions {
  /** The id of the partner whose interest it is. */
  readonly partner: string;
  /** The interest in the partner's words. */
  readonly statement: string;
  /** Whether the interest is written down. */
  readonly documented: boolean;
  /** Whether every partner can see it. */
  readonly visibleToAll: boolean;
  /** Whether the other partners share it. */
  readonly shared: boolean;
}

/**
 * What an agreement arranges, in the terms of strategy factor 5.
 *
 * @category Documents
 */
export type AgreementTopic = 'structuur' | 'processen' | 'middelen' | 'rollen' | 'communicatie';

/**
 * A written agreement between the partners.
 *
 * @category Documents
 */
export interface Agreement extends Extensions {
  /** What the agreement is about. */
  readonly subject: string;
  /** The date it was made, `YYYY-MM-DD`. */
  readonly date: string;
  /** What it arranges. */
  readonly covers: readonly AgreementTopic[];
}

/**
 * A key player left and someone else took over.
 *
 * @category Documents
 */
export interface TurnoverEvent extends Extensions {
  /** The kind of event. */
  readonly type: 'turnover';
  /** The date, `YYYY-MM-DD`. */
  readonly date: string;
  /** The partner where the change happened. */
  readonly partner?: string;
  /** The role that changed hands, for example `'wethouder'`. */
  readonly role?: string;
  /** A remark, free text. */
  readonly note?: string;
}

/**
 * Something about the collaboration was made public.
 *
 * @category Documents
 */
export interface PublicAnnouncementEvent extends Extensions {
  /** The kind of event. */
  readonly type: 'public-announcement';
  /** The date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Whether all partners were informed before it went public. */
  readonly partnersInformedFirst: boolean;
  /** The partner that made the announcement. */
  readonly partner?: string;
  /** A remark, free text. */
  readonly note?: string;
}

/**
 * The partners started carrying out the plans.
 *
 * @category Documents
 */
export interface ExecutionStartEvent extends Extensions {
  /** The kind of event. */
  readonly type: 'execution-start';
  /** The date, `YYYY-MM-DD`. */
  readonly date: string;
  /** The partner that started, when not all did. */
  readonly partner?: string;
  /** A remark, free text. */
  readonly note?: string;
}

/**
 * Something that happened in the collaboration; events may be listed in any order.
 *
 * @category Documents
 */
export type CollaborationEvent = TurnoverEvent | PublicAnnouncementEvent | ExecutionStartEvent;

/**
 * A promoting or hindering factor observed in the collaboration, with its strength.
 *
 * @category Documents
 */
export interface FactorObservation extends Extensions {
  /** The catalogue factor. */
  readonly factor: FactorId;
  /** How strongly it is present: 0 (not) to 3 (strongly). */
  readonly strength: 0 | 1 | 2 | 3;
  /** A remark, free text. */
  readonly note?: string;
}

/**
 * How the partners themselves rate the collaboration.
 *
 * @category Documents
 */
export type Rating = 'goed' | 'voldoende' | 'slecht';

/**
 * A collaboration document: who works together, on what, in which form, and how it is organised.
 *
 * @category Documents
 */
export interface Collaboration extends Extensions {
  /** The document kind. */
  readonly kind: 'collaboration';
  /** The format version. */
  readonly schemaVersion: 1;
  /** The id of the collaboration, a slug. */
  readonly id: string;
  /** The name of the collaboration. */
  readonly name: string;
  /** The catalogue themes it works on (1 to 30, no repeats). */
  readonly themes: readonly ThemeId[];
  /** The catalogue form it takes. */
  readonly form: FormId;
  /** The date it started, `YYYY-MM-DD`. */
  readonly startDate?: string;
  /** The date it ended, `YYYY-MM-DD`, not before `startDate`. */
  readonly endDate?: string;
  /** The partners (2 to 500, unique ids). */
  readonly partners: readonly Partner[];
  /** The stakeholder groups and how they are involved. */
  readonly stakeholders?: readonly Stakeholder[];
  /** The shared ambition. */
  readonly ambition?: Ambition;
  /** The partners' interests. */
  readonly interests?: readonly Interest[];
  /** The written agreements. */
  readonly agreements?: readonly Agreement[];
  /** What happened, in any order. */
  readonly events?: readonly CollaborationEvent[];
  /** The promoting and hindering factors observed (unique factor ids). */
  readonly factors?: readonly FactorObservation[];
  /** The catalogue stage the partners place themselves in. */
  readonly stage?: StageId;
  /** How the partners rate the collaboration. */
  readonly rating?: Rating;
}

/**
 * The answers of one respondent: per indicator a whole number on the scale, or `null` for "not applicable".
 *
 * @category Documents
 */
export type Answers = { readonly [indicator in IndicatorId]?: number | null };

/**
 * One respondent's answers to the self-assessment.
 *
 * @category Documents
 */
export interface Response extends Extensions {
  /** The id of the respondent, a slug, unique in the assessment. */
  readonly respondent: string;
  /** The id of the partner the respondent speaks for, in the collaboration. */
  readonly partner?: string;
  /** The answers, keyed by indicator id. */
  readonly answers: Answers;
}

/**
 * A Berenschot self-assessment of a collaboration: respondents rate the indicators of the six strategy factors.
 *
 * @category Documents
 */
export interface Assessment extends Extensions {
  /** The document kind. */
  readonly kind: 'assessment';
  /** The format version. */
  readonly schemaVersion: 1;
  /** The id of the collaboration assessed. */
  readonly collaboration: string;
  /** The date of the assessment, `YYYY-MM-DD`. */
  readonly date: string;
  /** The answer scale; 1 to 5 when left out. */
  readonly scale?: Scale;
  /** The responses (1 to 10,000, unique respondents). */
  readonly responses: readonly Response[];
}

/**
 * A set of collaborations with their assessments, for example all collaborations of one municipality.
 *
 * @category Documents
 */
export interface Portfolio extends Extensions {
  /** The document kind. */
  readonly kind: 'portfolio';
  /** The format version. */
  readonly schemaVersion: 1;
  /** The name of the portfolio. */
  readonly name: string;
  /** The collaborations (unique ids). */
  readonly collaborations: readonly Collaboration[];
  /** The assessments, each of a collaboration in the portfolio. */
  readonly assessments: readonly Assessment[];
}

/**
 * Any of the three document kinds.
 *
 * @category Documents
 */
export type SamenwerkingDocument = Collaboration | Assessment | Portfolio;
