/**
 * The format of a stored Berenschot score (`kind: 'berenschot-score'`, the result of `scoreBerenschot`), written
 * once: its parts with every field and what it is. The rules that span fields are in `berenschotScoreRules.ts`, which
 * loads no zod, so that the scoring can check a stored score too.
 */
import * as z from 'zod';
import type { AppliedScoreOptions, BerenschotScore } from './BerenschotScore.js';
import { indicatorId, pitfallId, strategyFactorId } from './enums.js';
import { formatRegistry, isoDate, part, slug } from './fields.js';
import { amount, band, frameOf, localisedText, score, share, tally } from './resultFields.js';
import type { Agrees, Assert } from './sameType.js';

const bandsPart = part('BandThresholds', 'The lower bounds of the two upper bands.', {
  voldoende: [score, 'The lowest score that counts as voldoende.'],
  goed: [score, 'The lowest score that counts as goed.'],
});

const indicatorWeights = z.partialRecord(indicatorId, amount).register(formatRegistry, {
  id: 'IndicatorWeights',
  description: 'A weight per indicator, keyed by indicator id.',
});

const factorWeights = z.partialRecord(strategyFactorId, amount).register(formatRegistry, {
  id: 'StrategyFactorWeights',
  description: 'A weight per strategy factor, keyed by strategy factor id.',
});

const appliedScoreOptions = part(
  'AppliedScoreOptions',
  'The options the score was computed with, every default filled in (see scoreBerenschot).',
  {
    weights: [indicatorWeights, 'The weight of every indicator within its factor.'],
    factorWeights: [factorWeights, 'The weight of every strategy factor in the overall score.'],
    minCoverage: [share, "The share of a factor's indicator weight that must be answered for a score."],
    bands: [bandsPart, 'The lower bounds of the bands.'],
    sequenceGap: [amount, 'The lead over an onvoldoende prerequisite from which a factor gets a sequence warning.'],
    pitfallThreshold: [score, 'The signal-indicator score below which a pitfall is reported.'],
    disagreementGap: [
      amount,
      'The spread between partner means, in scale points, from which a disagreement is reported.',
    ],
  },
);

/** The options a score was computed with; a field of the portfolio summary and the comparison too. */
export const appliedScoreOptionsPart: z.ZodType<AppliedScoreOptions> = appliedScoreOptions;

const indicatorScorePart = part('IndicatorScore', 'The score of one indicator: the normalised mean of its answers.', {
  indicator: [indicatorId, 'The indicator.'],
  score: [score.nullable(), 'The score, or null when nobody answered the indicator.'],
  answers: [tally, 'The number of answers that were not null.'],
});

const explainedIndicatorPart = part('ExplainedIndicator', 'One indicator as it entered the score of its factor.', {
  indicator: [indicatorId, 'The indicator.'],
  score: [score.nullable(), 'The indicator score, or null when nobody answered it.'],
  weight: [amount, 'The weight of the indicator within its factor.'],
  counted: [z.boolean(), 'Whether the indicator score entered the weighted mean.'],
});

const explanationPart = part('FactorExplanation', 'How a factor score came about.', {
  indicators: [z.array(explainedIndicatorPart), 'The indicators of the factor, in catalogue order.'],
  answeredWeight: [amount, 'The summed weight of the indicators that have a score.'],
  totalWeight: [amount, 'The summed weight of all indicators of the factor.'],
  coverage: [share, 'The answered weight divided by the total weight.'],
  minCoverage: [share, 'The coverage a factor needs to get a score.'],
  formula: [localisedText, 'The formula used, in words.'],
  summary: [localisedText, "The one-sentence account of this factor's outcome."],
});

const factorScorePart = part('FactorScore', 'The score of one of the six strategy factors.', {
  factor: [strategyFactorId, 'The strategy factor.'],
  score: [score.nullable(), 'The weighted mean of the indicator scores, or null when too few were answered.'],
  band: [band.nullable(), 'The band of the score, or null when there is no score.'],
  coverage: [share, "The answered share of the factor's indicator weight."],
  readiness: [
    score.nullable(),
    'The lowest score among the prerequisites: 100 without any, null when one has no score.',
  ],
  indicators: [z.array(indicatorScorePart), "The scores of the factor's indicators, in catalogue order."],
  explanation: [explanationPart, 'The account of how the score came about.'],
});

const overallPart = part('OverallScore', 'The overall outcome of an assessment.', {
  score: [score.nullable(), 'The weighted mean of the factor scores, or null when no factor has a score.'],
  band: [band.nullable(), 'The band of the overall score, or null when there is no score.'],
  bottleneck: [strategyFactorId.nullable(), 'The first factor, in strategy order, whose band is onvoldoende; or null.'],
});

const sequenceWarningPart = part(
  'SequenceWarning',
  'A factor that scores well ahead of a prerequisite that is still onvoldoende.',
  {
    factor: [strategyFactorId, 'The factor that runs ahead.'],
    prerequisite: [strategyFactorId, 'The prerequisite that lags behind.'],
    gap: [score, "The factor's score minus the prerequisite's score."],
  },
);

const assessmentPitfallPart = part('AssessmentPitfall', 'A pitfall signalled by a low score on its signal indicator.', {
  pitfall: [pitfallId, 'The pitfall.'],
  factor: [strategyFactorId, 'The strategy factor the pitfall threatens.'],
  source: [z.literal('assessment'), 'The kind of evidence: an assessment.'],
  indicator: [indicatorId, 'The signal indicator of the pitfall.'],
  score: [score, 'The score of the signal indicator, below the pitfall threshold.'],
});

const partnerMeanPart = part('PartnerMean', 'The mean answer of the respondents of one partner to one indicator.', {
  partner: [slug, 'The id of the partner.'],
  mean: [z.number(), "The mean raw answer, on the assessment's scale."],
  answers: [tally, 'The number of answers that were not null.'],
});

const disagreementPart = part('Disagreement', "An indicator on which the partners' mean answers lie far apart.", {
  indicator: [indicatorId, 'The indicator.'],
  spread: [amount, 'The highest partner mean minus the lowest, in scale points.'],
  partners: [z.array(partnerMeanPart).min(2), 'The mean answer of every partner that answered, ordered by partner id.'],
});

const berenschotScorePart = part(
  'BerenschotScore',
  'The Berenschot score of a self-assessment (the result of scoreBerenschot): per strategy factor a score with its explanation, the overall score, and the warnings derived from them.',
  {
    ...frameOf('berenschot-score'),
    collaboration: [slug, 'The id of the collaboration assessed.'],
    date: [isoDate, 'The date of the assessment.'],
    overall: [overallPart, 'The overall score, its band and the bottleneck factor.'],
    factors: [z.array(factorScorePart).min(6).max(6), 'The six strategy factors, in strategy order.'],
    sequenceWarnings: [z.array(sequenceWarningPart), 'The factors that run well ahead of an onvoldoende prerequisite.'],
    pitfalls: [z.array(assessmentPitfallPart), 'The pitfalls whose signal indicator scores below the threshold.'],
    disagreements: [z.array(disagreementPart), 'The indicators on which the partners disagree, in catalogue order.'],
    options: [appliedScoreOptions, 'The options the score was computed with.'],
  },
);

/** The structure of a stored Berenschot score, without the rules that span fields. */
export const berenschotScoreStructure: z.ZodType<BerenschotScore> = berenschotScorePart;

// Fail to compile when the format and the documented types differ, in either direction.
type _ScoreAgrees = Assert<Agrees<BerenschotScore, z.output<typeof berenschotScorePart>>>;
type _OptionsAgree = Assert<Agrees<AppliedScoreOptions, z.output<typeof appliedScoreOptions>>>;
