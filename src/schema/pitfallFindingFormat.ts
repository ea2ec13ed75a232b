/**
 * The format of the findings of `detectPitfalls` and of the evidence they name, written once. A list of findings is
 * not stored on its own (it has no `kind`), but the reports check a list built by hand against it, and the evidence of
 * a stored stage inference reuses the event evidence.
 */
import * as z from 'zod';
import { involvement, partnerTypeId, pitfallId, stakeholderGroupId, strategyFactorId } from './enums.js';
import { formatRegistry, isoDate, name, part, slug, text } from './fields.js';
import type { EventEvidence, PitfallFinding } from './PitfallFinding.js';
import { localisedText, tally } from './resultFields.js';
import type { Agrees, Assert } from './sameType.js';

const position = [tally, 'The position of the entry in its list of the document, from 0.'] as const;

const partnerEvidencePart = part('PartnerEvidence', 'A partner named as evidence.', {
  kind: [z.literal('partner'), 'The kind of evidence.'],
  index: position,
  partner: [slug, 'The id of the partner.'],
  type: [partnerTypeId, 'The partner type.'],
});

const partnerCountEvidencePart = part(
  'PartnerCountEvidence',
  'The number of partners, when it exceeds the forum size and nobody is represented.',
  {
    kind: [z.literal('partner-count'), 'The kind of evidence.'],
    partners: [tally, 'The number of partners.'],
    maxForumSize: [tally, 'The largest number of partners that can still meet without representation.'],
  },
);

const stakeholderEvidencePart = part('StakeholderEvidence', 'A stakeholder entry named as evidence.', {
  kind: [z.literal('stakeholder'), 'The kind of evidence.'],
  index: position,
  group: [stakeholderGroupId, 'The stakeholder group.'],
  involvement: [involvement, 'How far the group takes part.'],
});

const missingStakeholderEvidencePart = part(
  'MissingStakeholderEvidence',
  'A stakeholder group that should be listed but is not.',
  {
    kind: [z.literal('missing-stakeholder'), 'The kind of evidence.'],
    group: [stakeholderGroupId, 'The stakeholder group that is missing.'],
  },
);

const ambitionEvidencePart = part(
  'AmbitionEvidence',
  'The ambition named as evidence: missing, or without principles.',
  {
    kind: [z.literal('ambition'), 'The kind of evidence.'],
    problem: [
      z.enum(['missing', 'no-principles']).register(formatRegistry, {
        id: 'AmbitionProblem',
        description:
          'What is wrong with the ambition: there is none (missing), or it has no principles (no-principles).',
      }),
      'What is wrong.',
    ],
  },
);

const interestEvidencePart = part('InterestEvidence', 'An interest named as evidence.', {
  kind: [z.literal('interest'), 'The kind of evidence.'],
  index: position,
  partner: [slug, 'The id of the partner whose interest it is.'],
  documented: [z.boolean(), 'Whether the interest is written down.'],
  visibleToAll: [z.boolean(), 'Whether every partner can see it.'],
  shared: [z.boolean(), 'Whether the other partners share it.'],
});

/** The shape of {@link eventEvidencePart}, written out as `--isolatedDeclarations` asks for an exported part. */
type EventEvidencePart = z.ZodObject<
  {
    kind: z.ZodLiteral<'event'>;
    index: z.ZodNumber;
    type: z.ZodEnum<{
      turnover: 'turnover';
      'public-announcement': 'public-announcement';
      'execution-start': 'execution-start';
    }>;
    date: z.ZodString;
    partner: z.ZodExactOptional<z.ZodString>;
    role: z.ZodExactOptional<z.ZodString>;
  },
  z.core.$loose
>;

/** An event named as evidence: shared with the evidence of a stage inference. */
export const eventEvidencePart: EventEvidencePart = part('EventEvidence', 'An event named as evidence.', {
  kind: [z.literal('event'), 'The kind of evidence.'],
  index: position,
  type: [
    z.enum(['turnover', 'public-announcement', 'execution-start']).register(formatRegistry, {
      id: 'EventType',
      description: 'The kind of an event: turnover, public-announcement or execution-start.',
    }),
    'The event type.',
  ],
  date: [isoDate, 'The date of the event.'],
  partner: [slug.exactOptional(), 'The partner named in the event, when it names one.'],
  role: [name.exactOptional(), 'The role that changed hands, for a turnover event that names one.'],
});

const agreementEvidencePart = part(
  'AgreementEvidence',
  'The first agreement that covers roles, made after execution started.',
  {
    kind: [z.literal('agreement'), 'The kind of evidence.'],
    index: position,
    date: [isoDate, 'The date of the agreement.'],
    subject: [text, 'What the agreement is about.'],
  },
);

const missingAgreementEvidencePart = part('MissingAgreementEvidence', 'The absence of any agreement on a topic.', {
  kind: [z.literal('missing-agreement'), 'The kind of evidence.'],
  covers: [z.literal('rollen'), 'The topic no agreement covers.'],
});

const pitfallEvidence = z
  .discriminatedUnion('kind', [
    partnerEvidencePart,
    partnerCountEvidencePart,
    stakeholderEvidencePart,
    missingStakeholderEvidencePart,
    ambitionEvidencePart,
    interestEvidencePart,
    eventEvidencePart,
    agreementEvidencePart,
    missingAgreementEvidencePart,
  ])
  .register(formatRegistry, {
    id: 'PitfallEvidence',
    description: 'One item of evidence for a pitfall found in a collaboration document, told apart by kind.',
  });

const pitfallFindingPart = part('PitfallFinding', 'A pitfall found in the structure of a collaboration document.', {
  pitfall: [pitfallId, 'The pitfall.'],
  factor: [strategyFactorId, 'The strategy factor the pitfall threatens.'],
  source: [z.literal('collaboration'), 'The kind of evidence: the collaboration document.'],
  evidence: [z.array(pitfallEvidence).min(1), 'What in the document triggered the finding, in document order.'],
  message: [localisedText, 'What is wrong and what to do about it.'],
});

/** The structure of one finding of `detectPitfalls`. */
export const pitfallFindingStructure: z.ZodType<PitfallFinding> = pitfallFindingPart;

/** A list of findings, as `detectPitfalls` returns it; the root a report checks a hand-built list against. */
export const pitfallFindingsPart: z.ZodType<{ readonly findings: readonly PitfallFinding[] }> = part(
  'PitfallFindings',
  'The findings of detectPitfalls, wrapped so that the generators can treat the list as one part.',
  { findings: [z.array(pitfallFindingPart), 'The findings, in catalogue order.'] },
);

// Fail to compile when the format and the documented types differ, in either direction.
type _FindingAgrees = Assert<Agrees<PitfallFinding, z.output<typeof pitfallFindingPart>>>;
type _EventAgrees = Assert<Agrees<EventEvidence, z.output<typeof eventEvidencePart>>>;
