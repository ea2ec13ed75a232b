import { formatList, formatNumber, quoteValue } from '../format.js';
import type { BalanceFindingMessages } from './nl.js';

const number = (value: number): string => formatNumber(value, 'en');

/** The texts of `balanceFactors`, in English. */
export const en: BalanceFindingMessages = {
  category: {
    financieel: 'Financial',
    organisatorisch: 'Organisational',
    'wet-en-regelgeving': 'Laws and regulations',
    relationeel: 'Relational',
    cultureel: 'Cultural',
    inhoudelijk: 'Substantive',
    context: 'Context',
  },
  expectedWeight: 'a number from 0 to 1,000,000, or undefined for the catalogue weight',
  expectedWeights: 'an object with ids of promoting or hindering factors as keys and weights as values',
  invalidStrength: (value) =>
    `Strength ${quoteValue(value, 'en')} is not valid. Give a whole number from 0 (absent) to 3 (strongly present).`,
  duplicateFactor: (factor, first) =>
    `Factor '${factor}' was already observed in factor observation ${first + 1}. Name each factor once.`,
  formula:
    'outlook = 100 × promoting / (promoting + hindering), where promoting = Σ strength × weight over the observed promoting factors and hindering = Σ strength × weight over the observed hindering factors; no outlook when both are 0',
  summary: (promoting, hindering, outlook) =>
    outlook === null
      ? 'No outlook: nothing was observed with a strength and weight above 0.'
      : `Promoting ${number(promoting)}, hindering ${number(hindering)}: outlook ${number(outlook)} on a scale of 0 to 100.`,
  obstacleExplanation: (strength, weight, contribution, share) =>
    `Strength ${strength} × weight ${number(weight)} = ${number(contribution)}, ${number(share)}% of the hindering weight.`,
  presentObstacle: (label, strength, weight, evidenceWeight) =>
    `${label.en} is present (strength ${strength} × weight ${number(weight)} = ${number(evidenceWeight)})`,
  absentPromoter: (label, weight, evidenceWeight) =>
    `${label.en} is absent (strength 0, counts as 3 × weight ${number(weight)} = ${number(evidenceWeight)})`,
  reasonExplanation: (evidence, total) =>
    `Points to this reason: ${formatList(
      evidence.map((item) => item.en),
      'en',
    )}. Evidence weight in total ${number(total)}.`,
};
