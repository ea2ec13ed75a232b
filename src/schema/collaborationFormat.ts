/**
 * The format of a collaboration document, written once: its parts with every field and what it is, and the rules
 * that span fields (in code and in words). The schemas, the parse functions, the fast validator, the types, the
 * JSON Schema and the docs are built or generated from this.
 */
import * as z from 'zod';
import type { PathSegment } from '../errors/SamenwerkingError.js';
import { collaborationRules as collaborationRulesOf } from './collaborationRules.js';
import {
  agreementTopic,
  contributionType,
  denomination,
  factorId,
  formId,
  involvement,
  partnerTypeId,
  rating,
  sectorId,
  stageId,
  stakeholderGroupId,
  themeId,
} from './enums.js';
import {
  count,
  distinct,
  formatRegistry,
  formatVersion,
  isJsonObject,
  isoDate,
  name,
  part,
  type RuleIssue,
  slug,
  text,
} from './fields.js';
import { checkSectionKeys, EACH, type KeySection } from './keySections.js';
import type { Agrees, Assert } from './sameType.js';
import type { Ambition, Collaboration, CollaborationEvent, Partner, Stakeholder } from './types.js';

const note = [text.exactOptional(), 'A remark, free text (toelichting).'] as const;

const partnerPart = part('Partner', 'An organisation that takes part in a collaboration.', {
  id: [slug, 'The id of the partner within the document; the other fields refer to the partner by it.'],
  name: [name, 'The name of the organisation.'],
  type: [partnerTypeId, 'The kind of organisation, a catalogue partner type.'],
  sector: [sectorId.exactOptional(), 'The education sector (onderwijssector) of a school or board.'],
  denomination: [denomination.exactOptional(), 'The denomination (richting) of a school or board.'],
  pupils: [count.exactOptional(), 'The number of pupils (leerlingen).'],
  schools: [count.exactOptional(), 'The number of schools.'],
});

const stakeholderPart = part(
  'Stakeholder',
  'A group of people with a stake in the collaboration (belanghebbenden) and how it is involved; strategy factor 1.',
  {
    group: [stakeholderGroupId, 'The stakeholder group, from the catalogue.'],
    involvement: [involvement, 'How far the group takes part.'],
    representedBy: [
      slug.exactOptional(),
      'The id of the partner that represents the group and reports back to it (its achterban).',
    ],
    note,
  },
);

const contributionPart = part('Contribution', 'What one partner brings in (bijdrage) for the shared ambition.', {
  partner: [slug, 'The id of the contributing partner.'],
  type: [contributionType, 'What the partner brings in.'],
  amountEur: [z.number().min(0).exactOptional(), 'The amount in euros, for a financial contribution.'],
  description: [text.exactOptional(), 'What the contribution consists of, free text.'],
});

const ambitionPart = part(
  'Ambition',
  'The shared ambition (gezamenlijke ambitie) of the partners; strategy factor 2.',
  {
    statement: [text, "The ambition in the partners' own words."],
    principles: [
      z.array(text).max(100).exactOptional(),
      'The shared principles (uitgangspunten) the partners fall back on when they disagree.',
    ],
    contributions: [z.array(contributionPart).max(5000).exactOptional(), 'What each partner brings in.'],
  },
);

const interestPart = part('Interest', 'An interest (belang) of one partner; strategy factor 3.', {
  partner: [slug, 'The id of the partner whose interest it is.'],
  statement: [text, "The interest in the partner's own words."],
  documented: [z.boolean(), 'Whether the interest is written down (vastgelegd).'],
  visibleToAll: [z.boolean(), 'Whether every partner can see it.'],
  shared: [z.boolean(), 'Whether the other partners share it (gedeeld belang).'],
});

const agreementPart = part('Agreement', 'A written agreement (afspraak) between the partners.', {
  subject: [text, 'What the agreement is about.'],
  date: [isoDate, 'The date the agreement was made.'],
  covers: [distinct(z.array(agreementTopic).max(agreementTopic.options.length)), 'What the agreement arranges.'],
});

const eventDate = [isoDate, 'The date of the event.'] as const;

const turnoverEventPart = part(
  'TurnoverEvent',
  'A key player left and someone else took over (wisseling van sleutelspelers).',
  {
    type: [z.literal('turnover'), 'The kind of event: turnover.'],
    date: eventDate,
    partner: [slug.exactOptional(), 'The id of the partner where the change happened.'],
    role: [name.exactOptional(), 'The role that changed hands, for example wethouder.'],
    note,
  },
);

const publicAnnouncementEventPart = part(
  'PublicAnnouncementEvent',
  'Something about the collaboration was made public (a public announcement).',
  {
    type: [z.literal('public-announcement'), 'The kind of event: public-announcement.'],
    date: eventDate,
    partnersInformedFirst: [z.boolean(), 'Whether all partners were informed before it went public.'],
    partner: [slug.exactOptional(), 'The id of the partner that made the announcement.'],
    note,
  },
);

const executionStartEventPart = part(
  'ExecutionStartEvent',
  'The partners started carrying out their plans (start van de uitvoering).',
  {
    type: [z.literal('execution-start'), 'The kind of event: execution-start.'],
    date: eventDate,
    partner: [slug.exactOptional(), 'The id of the partner that started, when not all did.'],
    note,
  },
);

const eventParts = [turnoverEventPart, publicAnnouncementEventPart, executionStartEventPart] as const;

const eventUnion = z.discriminatedUnion('type', eventParts).register(formatRegistry, {
  id: 'CollaborationEvent',
  description: 'Something that happened in the collaboration (gebeurtenis), told apart by its type.',
});

const factorObservationPart = part(
  'FactorObservation',
  'A promoting or hindering factor (bevorderende of belemmerende factor) observed in the collaboration, with its strength.',
  {
    factor: [factorId, 'The catalogue factor observed.'],
    strength: [z.literal([0, 1, 2, 3]), 'How strongly the factor is present: 0 (not) to 3 (strongly).'],
    note,
  },
);

const collaborationPart = part(
  'Collaboration',
  'A collaboration document (samenwerking): who works together, on what, in which form, and how it is organised.',
  {
    kind: [z.literal('collaboration'), 'The document kind.'],
    schemaVersion: [formatVersion, 'The version of the document format.'],
    id: [slug, 'The id of the collaboration.'],
    name: [name, 'The name of the collaboration.'],
    themes: [distinct(z.array(themeId).min(1).max(30)), "The catalogue themes (samenwerkingsthema's) it works on."],
    form: [formId, 'The catalogue form (samenwerkingsvorm) it takes.'],
    startDate: [isoDate.exactOptional(), 'The date the collaboration started.'],
    endDate: [isoDate.exactOptional(), 'The date the collaboration ended.'],
    partners: [z.array(partnerPart).min(2).max(500), 'The organisations that take part.'],
    stakeholders: [
      z.array(stakeholderPart).max(100).exactOptional(),
      'The stakeholder groups (belanghebbenden) and how they are involved.',
    ],
    ambition: [ambitionPart.exactOptional(), 'The shared ambition.'],
    interests: [z.array(interestPart).max(5000).exactOptional(), "The partners' interests (belangen)."],
    agreements: [z.array(agreementPart).max(5000).exactOptional(), 'The written agreements (afspraken).'],
    events: [z.array(eventUnion).max(5000).exactOptional(), 'What happened, in any order.'],
    factors: [
      z.array(factorObservationPart).max(factorId.options.length).exactOptional(),
      'The promoting and hindering factors observed.',
    ],
    stage: [stageId.exactOptional(), 'The catalogue stage (samenwerkingsstadium) the partners place themselves in.'],
    rating: [rating.exactOptional(), 'How the partners rate the collaboration.'],
  },
);

/** The structure of a collaboration, without the rules that span fields. */
export const collaborationStructure: z.ZodType<Collaboration> = collaborationPart;
/** The structure of a partner. */
export const partnerStructure: z.ZodType<Partner> = partnerPart;
/** The structure of a stakeholder. */
export const stakeholderStructure: z.ZodType<Stakeholder> = stakeholderPart;
/** The structure of the ambition. */
export const ambitionStructure: z.ZodType<Ambition> = ambitionPart;
/** The structure of an event, without the unknown-key check of its variant. */
export const eventStructure: z.ZodType<CollaborationEvent> = eventUnion;

// Fails to compile when the format and its documented types differ (`types.ts` is generated from the format; this
// catches a hand edit on either side): the two must be assignable to each other, both ways.
type _CollaborationAgrees = Assert<Agrees<Collaboration, z.output<typeof collaborationPart>>>;

export { collaborationRules } from './collaborationRules.js';

/**
 * The rules of a collaboration that span fields, in words: what {@link collaborationRules} checks and what a JSON
 * Schema cannot say. Shown in the JSON Schemas and the docs.
 */
export const collaborationRuleTexts: readonly string[] = [
  'Partner ids (partners[].id) are unique, and so are stakeholders[].group and factors[].factor.',
  'Every partner reference (stakeholders[].representedBy, ambition.contributions[].partner, interests[].partner, events[].partner) names a partner of the same collaboration.',
  'endDate is not before startDate.',
];

/** The keys of every object in a collaboration, in the order of the format (used for stable JSON output). */
export const collaborationKeys: {
  readonly [part in
    | 'collaboration'
    | 'partner'
    | 'stakeholder'
    | 'ambition'
    | 'contribution'
    | 'interest'
    | 'agreement'
    | 'factor']: readonly string[];
} & { readonly events: { readonly [type: string]: readonly string[] } } = {
  collaboration: Object.keys(collaborationPart.shape),
  partner: Object.keys(partnerPart.shape),
  stakeholder: Object.keys(stakeholderPart.shape),
  ambition: Object.keys(ambitionPart.shape),
  contribution: Object.keys(contributionPart.shape),
  interest: Object.keys(interestPart.shape),
  agreement: Object.keys(agreementPart.shape),
  factor: Object.keys(factorObservationPart.shape),
  events: Object.fromEntries(eventParts.map((event) => [event.shape.type.value, Object.keys(event.shape)])),
};

/** The parts of a collaboration whose keys the walker checks, in the order it checks them. */
export const collaborationKeySections: readonly KeySection[] = [
  { at: [], keys: collaborationKeys.collaboration },
  { at: ['partners', EACH], keys: collaborationKeys.partner },
  { at: ['stakeholders', EACH], keys: collaborationKeys.stakeholder },
  { at: ['interests', EACH], keys: collaborationKeys.interest },
  { at: ['agreements', EACH], keys: collaborationKeys.agreement },
  { at: ['factors', EACH], keys: collaborationKeys.factor },
  {
    at: ['events', EACH],
    // An event of a type the format does not know is refused by zod already; its keys are not checked.
    keys: (event) =>
      typeof event.type === 'string' && Object.hasOwn(collaborationKeys.events, event.type)
        ? collaborationKeys.events[event.type]
        : undefined,
  },
  { at: ['ambition'], keys: collaborationKeys.ambition },
  { at: ['ambition', 'contributions', EACH], keys: collaborationKeys.contribution },
];

/**
 * Checks every key of a collaboration and of the objects in it, and the rules that span fields. The walker behind
 * the parse functions: zod skips an object's own checks when one of its fields fails, this does not.
 */
export function walkCollaboration(value: unknown, at: readonly PathSegment[] = []): RuleIssue[] {
  if (!isJsonObject(value)) return [];
  const issues = checkSectionKeys(value, collaborationKeySections, at);
  issues.push(...collaborationRulesOf(value, at));
  return issues;
}
