/**
 * The format of a stored factor balance (`kind: 'factor-balance'`, the result of `balanceFactors`), written once.
 */
import * as z from 'zod';
import { factorId, reasonId, strategyFactorId } from './enums.js';
import type { AppliedBalanceOptions, FactorBalance } from './FactorBalance.js';
import { formatRegistry, part, slug } from './fields.js';
import { amount, factorCategory, frameOf, localisedText, polarity, score, strength, tally } from './resultFields.js';
import type { Agrees, Assert } from './sameType.js';

const outlook = [score.nullable(), '100 × promoting / (promoting + hindering), or null when both are 0.'] as const;
const promoting = [amount, 'Σ strength × weight over the observed bevorderende factors.'] as const;
const hindering = [amount, 'Σ strength × weight over the observed belemmerende factors.'] as const;

const weighedFactorPart = part('WeighedFactor', 'One observed factor as it entered the balance.', {
  factor: [factorId, 'The factor.'],
  label: [localisedText, "The factor's name."],
  polarity: [polarity, 'Whether it promotes or hinders.'],
  category: [factorCategory, 'The domain it belongs to.'],
  strategyFactors: [z.array(strategyFactorId), 'The strategy factors it bears on; it counts in full for each.'],
  strength: [strength, 'The observed strength, 0 to 3.'],
  weight: [amount, 'The weight used: the catalogue weight or the one from options.weights.'],
  contribution: [amount, 'Strength × weight.'],
});

const categoryBalancePart = part('CategoryBalance', 'The balance within one domain of factors.', {
  category: [factorCategory, 'The domain.'],
  label: [localisedText, "The domain's name."],
  promoting,
  hindering,
  outlook,
  factors: [z.array(factorId), 'The observed factors of the domain, in catalogue order.'],
  summary: [localisedText, 'The outcome in one sentence.'],
});

const strategyFactorBalancePart = part(
  'StrategyFactorBalance',
  'The balance of the factors that bear on one of the six strategy factors.',
  {
    strategyFactor: [strategyFactorId, 'The strategy factor.'],
    label: [localisedText, "The strategy factor's name."],
    promoting,
    hindering,
    outlook,
    factors: [z.array(factorId), 'The observed factors that bear on it, in catalogue order.'],
    summary: [localisedText, 'The outcome in one sentence.'],
  },
);

const obstaclePart = part('Obstacle', 'A belemmerende factor that weighs heavily.', {
  factor: [factorId, 'The factor.'],
  label: [localisedText, "The factor's name."],
  category: [factorCategory, 'The domain it belongs to.'],
  strength: [strength, 'The observed strength.'],
  weight: [amount, 'The weight used.'],
  contribution: [amount, 'Strength × weight.'],
  share: [z.number().min(0).max(100), 'The contribution as a percentage of the total hindering weight, 0 to 100.'],
  explanation: [localisedText, 'The numbers in one sentence.'],
});

const reasonEvidencePart = part('ReasonEvidence', 'One observation that points to a reason for not collaborating.', {
  factor: [factorId, 'The factor.'],
  label: [localisedText, "The factor's name."],
  signal: [
    z.enum(['present', 'absent']).register(formatRegistry, {
      id: 'ReasonSignal',
      description:
        'present for a belemmerende factor observed with strength 1 or more, absent for a bevorderende one at 0.',
    }),
    'How the observation points to the reason.',
  ],
  strength: [strength, 'The observed strength.'],
  weight: [amount, 'The weight used.'],
  evidenceWeight: [amount, 'How much it counts: strength × weight when present, 3 × weight when absent.'],
  explanation: [localisedText, 'The evidence in a few words.'],
});

const likelyReasonPart = part('LikelyReason', 'A reason for not collaborating that the observed factors point to.', {
  reason: [reasonId, 'The reason.'],
  label: [localisedText, "The reason's name."],
  evidenceWeight: [amount, 'The total weight of the evidence.'],
  evidence: [z.array(reasonEvidencePart).min(1), "The observations behind it, in the reason's catalogue order."],
  explanation: [localisedText, 'The evidence in one sentence.'],
});

const factorWeights = z.partialRecord(factorId, amount).register(formatRegistry, {
  id: 'FactorWeights',
  description: 'A weight per bevorderende or belemmerende factor, keyed by factor id.',
});

/** The options a balance was computed with. */
const appliedBalanceOptionsPart = part(
  'AppliedBalanceOptions',
  'The options the balance was computed with: the weights given (every other factor weighs its catalogue weight of the edition) and the most obstacles listed.',
  {
    weights: [factorWeights, 'The weights given in options.weights; empty when none was given.'],
    maxObstacles: [tally, 'How many obstacles strongestObstacles lists at most.'],
  },
);

const factorBalancePart = part(
  'FactorBalance',
  'How the observed bevorderende and belemmerende factors of a collaboration weigh against each other (the result of balanceFactors).',
  {
    ...frameOf('factor-balance'),
    collaboration: [slug, 'The id of the collaboration.'],
    promoting,
    hindering,
    outlook,
    observations: [z.array(weighedFactorPart), 'Every observation, in catalogue order.'],
    categories: [z.array(categoryBalancePart), 'The balance per domain, every domain in a fixed order.'],
    strategyFactors: [
      z.array(strategyFactorBalancePart).min(6).max(6),
      'The balance per strategy factor, all six in strategy order.',
    ],
    strongestObstacles: [z.array(obstaclePart), 'The heaviest belemmerende factors, heaviest first.'],
    likelyReasons: [z.array(likelyReasonPart), 'The reasons for not collaborating the observations point to.'],
    explanation: [
      part('BalanceExplanation', 'The formula and the outcome of a balance in words.', {
        formula: [localisedText, 'The formula used.'],
        summary: [localisedText, 'The outcome in one sentence.'],
      }),
      'The formula and the outcome in words.',
    ],
    options: [appliedBalanceOptionsPart, 'The options the balance was computed with.'],
  },
);

/** The structure of a stored factor balance, without the rules that span fields. */
export const factorBalanceStructure: z.ZodType<FactorBalance> = factorBalancePart;

// Fail to compile when the format and the documented types differ, in either direction.
type _BalanceAgrees = Assert<Agrees<FactorBalance, z.output<typeof factorBalancePart>>>;
type _OptionsAgree = Assert<Agrees<AppliedBalanceOptions, z.output<typeof appliedBalanceOptionsPart>>>;
