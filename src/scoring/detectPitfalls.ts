import {
  readDateField,
  readNumberField,
  readOptions,
  throwIfIssues,
  wholeNumberRule,
} from '../arguments/argumentReader.js';
import { pitfalls as cataloguePitfalls } from '../catalogue/data/pitfalls.js';
import type { PitfallId } from '../catalogue/ids/pitfalls.js';
import type { StakeholderGroupId } from '../catalogue/ids/stakeholderGroups.js';
import { getStakeholderGroup } from '../catalogue/lookups.js';
import type { Issue } from '../errors/SamenwerkingError.js';
import { lowerFirst } from '../i18n/format.js';
import type { LocalisedText } from '../i18n/LocalisedText.js';
import { pitfallFindings } from '../i18n/pitfallFindings/pitfallFindings.js';
import { monthsBefore } from '../internal/calendar.js';
import { freezeBuilt } from '../internal/deepFreeze.js';
import { markParsed } from '../internal/parsed.js';
import { acceptsCollaboration } from '../schema/acceptors.js';
import type { Collaboration, Interest, Partner, Stakeholder } from '../schema/types.js';
import { eventEvidence } from './eventEvidence.js';
import { latestDate } from './latestDate.js';
import { readInput } from './readInput.js';
import type {
  AgreementEvidence,
  EventEvidence,
  InterestEvidence,
  PartnerEvidence,
  PitfallEvidence,
  PitfallFinding,
  StakeholderEvidence,
} from './types.js';

/**
 * The options of {@link detectPitfalls}. Every option may be left out or set to `undefined` for its default.
 *
 * @category Scoring
 */
export interface DetectPitfallsOptions {
  /** The largest number of partners that can meet without representation; a whole number of 1 or more, default 12. */
  readonly maxForumSize?: number | undefined;
  /** How many months before the reference date a turnover still counts; a whole number from 1 to 1200, default 12. */
  readonly turnoverWindowMonths?: number | undefined;
  /**
   * The date the document is judged on, as a `Date` or `YYYY-MM-DD`; default the latest date in the document
   * (`startDate`, `endDate`, agreement and event dates). Without any date the turnover rule cannot fire.
   */
  readonly referenceDate?: Date | string | undefined;
}

const OPTION_NAMES: readonly string[] = ['maxForumSize', 'turnoverWindowMonths', 'referenceDate'];

/** What every rule gets: the document, the settings, and the partner names for the messages. */
interface RuleContext {
  readonly collaboration: Collaboration;
  readonly maxForumSize: number;
  readonly turnoverWindowMonths: number;
  readonly referenceDate: string | undefined;
  readonly nameOf: (partner: string | undefined) => string | undefined;
}

/**
 * The outcome of a rule that fired: the evidence and the message, which is built only when asked for (a portfolio
 * summary counts pitfalls and throws the messages away).
 */
interface RuleOutcome {
  readonly evidence: readonly PitfallEvidence[];
  readonly message: () => LocalisedText;
}

type Rule = (context: RuleContext) => RuleOutcome | undefined;

/** The label of a stakeholder group, lower-cased for use inside a sentence. */
function groupLabel(group: StakeholderGroupId): LocalisedText {
  const label = getStakeholderGroup(group).label;
  return { nl: lowerFirst(label.nl), en: lowerFirst(label.en) };
}

function partnerEvidence(partner: Partner, index: number): PartnerEvidence {
  return { kind: 'partner', index, partner: partner.id, type: partner.type };
}

function interestEvidence(interest: Interest, index: number): InterestEvidence {
  return {
    kind: 'interest',
    index,
    partner: interest.partner,
    documented: interest.documented,
    visibleToAll: interest.visibleToAll,
    shared: interest.shared,
  };
}

/** The partners whose id is not in `ids`, as evidence and by name, in document order. */
function partnersOutside(
  collaboration: Collaboration,
  ids: ReadonlySet<string>,
): { evidence: PartnerEvidence[]; names: string[] } {
  const evidence: PartnerEvidence[] = [];
  const names: string[] = [];
  collaboration.partners.forEach((partner, index) => {
    if (ids.has(partner.id)) return;
    evidence.push(partnerEvidence(partner, index));
    names.push(partner.name);
  });
  return { evidence, names };
}

function stakeholderEvidence(stakeholder: Stakeholder, index: number): StakeholderEvidence {
  return { kind: 'stakeholder', index, group: stakeholder.group, involvement: stakeholder.involvement };
}

/**
 * The shared rule of the council and the principals: a partner of `partnerType` makes the stakeholder `group`
 * necessary; it fires when the group is missing or every entry of it is `niet-betrokken`.
 */
function requiredGroup(
  context: RuleContext,
  partnerType: Partner['type'],
  group: StakeholderGroupId,
  message: (names: readonly string[], listed: boolean) => LocalisedText,
): RuleOutcome | undefined {
  const partners: PartnerEvidence[] = [];
  const names: string[] = [];
  context.collaboration.partners.forEach((partner, index) => {
    if (partner.type !== partnerType) return;
    partners.push(partnerEvidence(partner, index));
    names.push(partner.name);
  });
  if (partners.length === 0) return undefined;
  const entries: StakeholderEvidence[] = [];
  let involved = false;
  (context.collaboration.stakeholders ?? []).forEach((stakeholder, index) => {
    if (stakeholder.group !== group) return;
    if (stakeholder.involvement === 'niet-betrokken') entries.push(stakeholderEvidence(stakeholder, index));
    else involved = true;
  });
  if (involved) return undefined;
  const listed = entries.length > 0;
  return {
    evidence: [...partners, ...(listed ? entries : [{ kind: 'missing-stakeholder' as const, group }])],
    message: () => message(names, listed),
  };
}

const rules: Partial<Record<PitfallId, Rule>> = {
  'sleutelspelers-niet-betrokken': (context) => {
    const evidence: StakeholderEvidence[] = [];
    (context.collaboration.stakeholders ?? []).forEach((stakeholder, index) => {
      if (stakeholder.involvement === 'niet-betrokken' && stakeholder.representedBy === undefined) {
        evidence.push(stakeholderEvidence(stakeholder, index));
      }
    });
    if (evidence.length === 0) return undefined;
    const labels = evidence.map((item) => groupLabel(item.group));
    return { evidence, message: () => pitfallFindings.keyPlayersLeftOut(labels) };
  },

  'gemeenteraad-over-het-hoofd': (context) =>
    requiredGroup(context, 'gemeente', 'gemeenteraad', pitfallFindings.councilOverlooked),

  'schooldirecteuren-over-het-hoofd': (context) =>
    requiredGroup(context, 'schoolbestuur', 'schooldirecteuren', pitfallFindings.principalsOverlooked),

  'poolse-landdag': (context) => {
    const partners = context.collaboration.partners.length;
    if (partners <= context.maxForumSize) return undefined;
    if ((context.collaboration.stakeholders ?? []).some((stakeholder) => stakeholder.representedBy !== undefined)) {
      return undefined;
    }
    return {
      evidence: [{ kind: 'partner-count', partners, maxForumSize: context.maxForumSize }],
      message: () => pitfallFindings.endlessAssembly(partners, context.maxForumSize),
    };
  },

  'ambitie-te-algemeen': (context) => {
    const ambition = context.collaboration.ambition;
    if (ambition === undefined) {
      return { evidence: [{ kind: 'ambition', problem: 'missing' }], message: () => pitfallFindings.noAmbition() };
    }
    if ((ambition.principles ?? []).length > 0) return undefined;
    return {
      evidence: [{ kind: 'ambition', problem: 'no-principles' }],
      message: () => pitfallFindings.noPrinciples(),
    };
  },

  'bijdragen-niet-benoemd': (context) => {
    const contributors = new Set((context.collaboration.ambition?.contributions ?? []).map((item) => item.partner));
    const { evidence, names } = partnersOutside(context.collaboration, contributors);
    if (evidence.length === 0) return undefined;
    return { evidence, message: () => pitfallFindings.contributionsMissing(names) };
  },

  'eigen-belang-domineert': (context) => {
    const interests = context.collaboration.interests ?? [];
    if (interests.length === 0 || interests.some((interest) => interest.shared)) return undefined;
    const evidence = interests.map(interestEvidence);
    return { evidence, message: () => pitfallFindings.ownInterestDominates(interests.length) };
  },

  'belangen-onhelder': (context) => {
    const interests = context.collaboration.interests ?? [];
    const withInterest = new Set(interests.map((interest) => interest.partner));
    const partners = partnersOutside(context.collaboration, withInterest);
    const evidence: PitfallEvidence[] = [...partners.evidence];
    const withoutInterest = partners.names;
    const undocumented: LocalisedText[] = [];
    const hidden: LocalisedText[] = [];
    interests.forEach((interest, index) => {
      if (interest.documented && interest.visibleToAll) return;
      evidence.push(interestEvidence(interest, index));
      const label = pitfallFindings.interestLabel(index, context.nameOf(interest.partner) ?? interest.partner);
      if (!interest.documented) undocumented.push(label);
      if (!interest.visibleToAll) hidden.push(label);
    });
    if (evidence.length === 0) return undefined;
    return { evidence, message: () => pitfallFindings.interestsUnclear(withoutInterest, undocumented, hidden) };
  },

  'wisseling-sleutelspelers': (context) => {
    const referenceDate = context.referenceDate;
    if (referenceDate === undefined) return undefined;
    const windowStart = monthsBefore(referenceDate, context.turnoverWindowMonths);
    const evidence: EventEvidence[] = [];
    const changes: LocalisedText[] = [];
    (context.collaboration.events ?? []).forEach((event, index) => {
      if (event.type !== 'turnover' || event.date < windowStart || event.date > referenceDate) return;
      evidence.push(eventEvidence(event, index));
      changes.push(pitfallFindings.turnoverLabel(event.date, event.role, context.nameOf(event.partner)));
    });
    if (evidence.length === 0) return undefined;
    return {
      evidence,
      message: () => pitfallFindings.keyPlayerTurnover(changes, context.turnoverWindowMonths, referenceDate),
    };
  },

  'te-snel-aan-de-slag': (context) => {
    let firstRoles: AgreementEvidence | undefined;
    (context.collaboration.agreements ?? []).forEach((agreement, index) => {
      if (!agreement.covers.includes('rollen')) return;
      if (firstRoles === undefined || agreement.date < firstRoles.date) {
        firstRoles = { kind: 'agreement', index, date: agreement.date, subject: agreement.subject };
      }
    });
    const evidence: PitfallEvidence[] = [];
    const starts: string[] = [];
    (context.collaboration.events ?? []).forEach((event, index) => {
      if (event.type !== 'execution-start') return;
      if (firstRoles !== undefined && event.date >= firstRoles.date) return;
      evidence.push(eventEvidence(event, index));
      starts.push(event.date);
    });
    if (evidence.length === 0) return undefined;
    evidence.push(firstRoles ?? { kind: 'missing-agreement', covers: 'rollen' });
    return { evidence, message: () => pitfallFindings.startedTooFast(starts, firstRoles?.date, firstRoles?.subject) };
  },

  'eerst-in-de-krant': (context) => {
    const evidence: EventEvidence[] = [];
    const announcements: LocalisedText[] = [];
    (context.collaboration.events ?? []).forEach((event, index) => {
      if (event.type !== 'public-announcement' || event.partnersInformedFirst) return;
      evidence.push(eventEvidence(event, index));
      announcements.push(pitfallFindings.announcementLabel(event.date, context.nameOf(event.partner)));
    });
    if (evidence.length === 0) return undefined;
    return { evidence, message: () => pitfallFindings.announcedFirst(announcements) };
  },
};

/**
 * Detects pitfalls (valkuilen) in the structure of a collaboration document: who is involved, whether the ambition,
 * contributions, interests and agreements are in place, and what happened when.
 *
 * @remarks
 * One rule per catalogue pitfall: a stakeholder `niet-betrokken` without `representedBy`; a `gemeente` partner
 * without an involved `gemeenteraad`; a `schoolbestuur` partner without involved `schooldirecteuren`; more than
 * `maxForumSize` partners and no representation; no ambition or no principles; a partner without a contribution; no
 * shared interest; a partner without an interest or an interest not documented or not visible to all; a turnover in
 * the `turnoverWindowMonths` up to the reference date (both ends included); an execution start before the first
 * agreement on `rollen`; an announcement before the partners were informed. `geen-klik` has no structural rule.
 *
 * @param collaboration - The collaboration, as parsed by `parseCollaboration`; it is not changed. Any other value is
 *   checked first: a valid collaboration built by hand is used, anything else refused.
 * @param options - The forum size, the turnover window and the reference date; every one has a default.
 * @returns A new, deeply frozen array with one finding per pitfall that fires, in catalogue order; empty when none
 *   fires. A message that names partners names at most ten and counts the rest.
 * @throws {SamenwerkingError} `invalid_argument` when `collaboration` is not a valid collaboration (the message says
 *   what it is; `parseCollaboration` lists each problem).
 * @throws {SamenwerkingError} `invalid_option` when an option is unknown, `maxForumSize` is not a whole number of 1
 *   or more, `turnoverWindowMonths` is not a whole number from 1 to 1200, or `referenceDate` is not an existing date.
 *
 * @example
 * ```ts
 * const findings = detectPitfalls({
 *   kind: 'collaboration',
 *   schemaVersion: 1,
 *   id: 'ikc-noord',
 *   name: 'IKC Noord',
 *   themes: ['ikc'],
 *   form: 'netwerk',
 *   partners: [
 *     { id: 'gemeente', name: 'Gemeente Noord', type: 'gemeente' },
 *     { id: 'bestuur', name: 'Stichting Noord', type: 'schoolbestuur' },
 *   ],
 *   stakeholders: [
 *     { group: 'gemeenteraad', involvement: 'geinformeerd' },
 *     { group: 'schooldirecteuren', involvement: 'betrokken' },
 *   ],
 *   ambition: {
 *     statement: 'Elk kind een doorlopende leerlijn.',
 *     principles: ['Het kind staat centraal.'],
 *     contributions: [
 *       { partner: 'gemeente', type: 'financieel' },
 *       { partner: 'bestuur', type: 'personeel' },
 *     ],
 *   },
 *   interests: [
 *     { partner: 'gemeente', statement: 'Minder leegstand.', documented: true, visibleToAll: true, shared: true },
 *     { partner: 'bestuur', statement: 'Behoud van leerlingen.', documented: true, visibleToAll: false, shared: false },
 *   ],
 *   agreements: [{ subject: 'Rolverdeling', date: '2026-01-15', covers: ['rollen'] }],
 *   events: [{ type: 'execution-start', date: '2026-02-01' }],
 * });
 * findings.map((finding) => finding.pitfall);
 * //=> ['belangen-onhelder']
 * findings[0].evidence;
 * //=> [{ kind: 'interest', index: 1, partner: 'bestuur', documented: true, visibleToAll: false, shared: false }]
 * ```
 * @category Scoring
 */
export function detectPitfalls(collaboration: Collaboration, options?: DetectPitfallsOptions): PitfallFinding[] {
  const issues: Issue[] = [];
  const checked = readInput<Collaboration>(
    collaboration,
    'collaboration',
    'collaboration',
    acceptsCollaboration,
    issues,
  );
  const reader = readOptions(options, OPTION_NAMES, issues);
  const maxForumSize = readNumberField(reader, 'maxForumSize', 12, wholeNumberRule(1));
  const turnoverWindowMonths = readNumberField(reader, 'turnoverWindowMonths', 12, wholeNumberRule(1, 1200));
  const referenceDate = readDateField(reader, 'referenceDate');
  throwIfIssues(issues);
  const findings: PitfallFinding[] = [];
  findPitfalls(checked as Collaboration, { maxForumSize, turnoverWindowMonths, referenceDate }, (pitfall, outcome) => {
    findings.push({
      pitfall: pitfall.id,
      factor: pitfall.factor,
      source: 'collaboration',
      evidence: outcome.evidence,
      message: outcome.message(),
    });
  });
  return markParsed(freezeBuilt(findings));
}

/** The settings of the rules. */
interface PitfallSettings {
  readonly maxForumSize: number;
  readonly turnoverWindowMonths: number;
  readonly referenceDate: string | undefined;
}

/** Runs every rule on a valid collaboration and hands each outcome over, in catalogue order. */
function findPitfalls(
  collaboration: Collaboration,
  settings: PitfallSettings,
  found: (pitfall: (typeof cataloguePitfalls)[number], outcome: RuleOutcome) => void,
): void {
  const names = new Map(collaboration.partners.map((partner) => [partner.id, partner.name]));
  const context: RuleContext = {
    collaboration,
    maxForumSize: settings.maxForumSize,
    turnoverWindowMonths: settings.turnoverWindowMonths,
    referenceDate: settings.referenceDate ?? latestDate(collaboration),
    nameOf: (partner) => (partner === undefined ? undefined : (names.get(partner) ?? partner)),
  };
  for (const pitfall of cataloguePitfalls) {
    const outcome = rules[pitfall.id]?.(context);
    if (outcome !== undefined) found(pitfall, outcome);
  }
}

/**
 * The pitfalls a valid collaboration shows, with the default settings and without building any message: what a
 * portfolio summary counts.
 */
export function pitfallIdsOf(collaboration: Collaboration): PitfallId[] {
  const found: PitfallId[] = [];
  findPitfalls(collaboration, { maxForumSize: 12, turnoverWindowMonths: 12, referenceDate: undefined }, (pitfall) => {
    found.push(pitfall.id);
  });
  return found;
}
