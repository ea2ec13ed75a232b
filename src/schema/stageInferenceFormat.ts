/**
 * The format of a stored stage inference (`kind: 'stage-inference'`, the result of `inferStage`), written once.
 */
import * as z from 'zod';
import { agreementTopic, factorId, stageId } from './enums.js';
import { formatRegistry, isoDate, part, slug } from './fields.js';
import { eventEvidencePart } from './pitfallFindingFormat.js';
import { band, frameOf, localisedText, score, share, stageOrder, tally } from './resultFields.js';
import type { StageInference } from './StageInference.js';
import type { Agrees, Assert } from './sameType.js';

const kindOf = <const Kind extends string>(kind: Kind) => [z.literal(kind), 'The kind of evidence.'] as const;

const selfPlacementPart = part('SelfPlacementEvidence', 'The stage the partners placed themselves in.', {
  kind: kindOf('self-placement'),
  stage: [stageId, 'The stage named in the document.'],
});

const missingSectionPart = part('MissingSectionEvidence', 'A part of the document that is missing altogether.', {
  kind: kindOf('missing-section'),
  section: [
    z.enum(['ambition', 'interests', 'agreements']).register(formatRegistry, {
      id: 'DocumentSection',
      description: 'A part of a collaboration document: ambition, interests or agreements.',
    }),
    'The part that is missing.',
  ],
});

const ambitionContentPart = part('AmbitionContentEvidence', 'What the ambition holds.', {
  kind: kindOf('ambition-content'),
  principles: [tally, 'The number of principles.'],
  partners: [tally, 'The number of partners in the document.'],
  contributors: [tally, 'The number of partners with at least one contribution.'],
});

const interestsPart = part('InterestsSummaryEvidence', 'The recorded interests, counted.', {
  kind: kindOf('interests'),
  interests: [tally, 'The number of interests.'],
  hidden: [tally, 'The number of interests not visible to every partner.'],
  undocumented: [tally, 'The number of interests not written down.'],
  shared: [tally, 'The number of interests the other partners share.'],
  partners: [tally, 'The number of partners in the document.'],
  partnersWithInterest: [tally, 'The number of partners with at least one interest.'],
});

const agreementTopicsPart = part('AgreementTopicsEvidence', 'An agreement and the topics it covers.', {
  kind: kindOf('agreement-topics'),
  index: [tally, 'The position of the agreement in agreements, from 0.'],
  date: [isoDate, 'The date of the agreement.'],
  covers: [z.array(agreementTopic), 'The topics it covers.'],
});

const durationPart = part('DurationEvidence', 'How long the collaboration has run.', {
  kind: kindOf('duration'),
  startDate: [isoDate, 'The start date.'],
  until: [isoDate, 'The date the duration is counted to.'],
  months: [tally, 'The number of whole calendar months between the two.'],
});

const observedFactorPart = part('ObservedFactorEvidence', 'An observed factor that points to a stage.', {
  kind: kindOf('factor'),
  factor: [factorId, 'The factor.'],
  strength: [z.literal([1, 2, 3]), 'The observed strength, 1 to 3.'],
});

const factorScorePart = part('FactorScoreEvidence', 'A strategy factor score from a Berenschot score.', {
  kind: kindOf('factor-score'),
  factor: [
    z.enum(['relatie', 'communicatie']).register(formatRegistry, {
      id: 'StageScoreFactor',
      description: 'A strategy factor whose score points to a stage: relatie or communicatie.',
    }),
    'The strategy factor.',
  ],
  score: [score, 'Its score.'],
});

const overallBandPart = part('OverallBandEvidence', 'The overall band of a Berenschot score.', {
  kind: kindOf('overall-band'),
  band: [band, 'The band.'],
  score: [score, 'The overall score.'],
});

const stageEvidence = z
  .discriminatedUnion('kind', [
    selfPlacementPart,
    missingSectionPart,
    ambitionContentPart,
    interestsPart,
    agreementTopicsPart,
    eventEvidencePart,
    durationPart,
    observedFactorPart,
    factorScorePart,
    overallBandPart,
  ])
  .register(formatRegistry, {
    id: 'StageEvidence',
    description: 'One item of evidence behind a reason of inferStage, told apart by kind.',
  });

const stageRule = z
  .enum([
    'self-placement',
    'ambition',
    'interests',
    'agreements',
    'announcements',
    'turnover',
    'execution-start',
    'duration',
    'factors',
    'relatie-score',
    'communicatie-score',
    'overall-band',
  ])
  .register(formatRegistry, { id: 'StageRule', description: 'A rule of inferStage, one per kind of evidence.' });

const reasonPart = part('StageReason', 'One rule that voted for a stage: how many points, why, and on what evidence.', {
  rule: [stageRule, 'The rule.'],
  stage: [stageId, 'The stage the rule points to.'],
  order: [stageOrder, 'The position of that stage, 0 to 4.'],
  points: [z.number().min(0), 'The points the rule gives that stage.'],
  message: [localisedText, 'Why, in a sentence a report can print.'],
  evidence: [z.array(stageEvidence).min(1), 'What in the document or the score the rule rests on.'],
});

const stageScorePart = part('StageScore', 'The points one stage collected.', {
  stage: [stageId, 'The stage.'],
  order: [stageOrder, 'Its position, 0 to 4.'],
  label: [localisedText, 'Its name.'],
  points: [z.number().min(0), 'The sum of the points of the reasons that point to it.'],
  share: [share, 'Its points divided by the points of all stages.'],
});

const confidence = z.enum(['laag', 'middel', 'hoog']).register(formatRegistry, {
  id: 'StageConfidence',
  description: 'How sure inferStage is of its answer: low (laag), medium (middel) or high (hoog).',
});

const appliedStageOptionsPart = part(
  'AppliedStageOptions',
  'The options of a stage inference: inferStage takes none, so this is always empty.',
  {},
);

const stageInferencePart = part(
  'StageInference',
  'The most likely stage (samenwerkingsstadium) of a collaboration (the result of inferStage), with the points of every stage and the reasons behind them.',
  {
    ...frameOf('stage-inference'),
    collaboration: [slug, 'The id of the collaboration.'],
    stage: [stageId, 'The stage with the most points.'],
    order: [stageOrder, 'Its position, 0 to 4.'],
    label: [localisedText, 'Its name.'],
    confidence: [confidence, 'How sure the inference is.'],
    selfPlaced: [stageId.nullable(), 'The stage the document names itself, or null when it names none.'],
    referenceDate: [
      isoDate.nullable(),
      'The latest date in the document, which time windows and the duration are measured to; null without dates.',
    ],
    scores: [z.array(stageScorePart).min(5).max(5), 'All five stages, in order, with their points.'],
    reasons: [z.array(reasonPart), 'The rules that voted, in rule order.'],
    summary: [localisedText, 'The outcome in a sentence a report can print.'],
    options: [appliedStageOptionsPart, 'The options the stage was inferred with (none).'],
  },
);

/**
 * The structure of a stored stage inference, without the rules that span fields. (Cast: zod types the empty `options`
 * part as open to any key, where the type says it holds none; the check below compares the two without that.)
 */
export const stageInferenceStructure: z.ZodType<StageInference> =
  stageInferencePart as unknown as z.ZodType<StageInference>;

// Fails to compile when the format and the documented type differ, in either direction.
type _StageAgrees = Assert<Agrees<StageInference, z.output<typeof stageInferencePart>>>;
