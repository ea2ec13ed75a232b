import { capitalise } from '../format.js';

const strategyFactor = {
  belanghebbenden: 'belanghebbenden',
  ambitie: 'ambitie',
  belangen: 'belangen',
  relatie: 'relatie',
  organisatie: 'organisatie',
  communicatie: 'communicatie',
};

/**
 * The terms of scoring in Dutch, used inside sentences and as report labels: the short names of the six strategy
 * factors, the bands, the confidence of a stage, and the overall score.
 */
export const nl = {
  /** The short name of each strategy factor, in lower case for use inside a sentence. */
  strategyFactor: strategyFactor as Readonly<typeof strategyFactor>,
  /** The short name of a strategy factor as a heading or at the start of a line. */
  factorName: (factor: keyof typeof strategyFactor): string => capitalise(strategyFactor[factor]),
  /** The name of each band. */
  band: { onvoldoende: 'onvoldoende', voldoende: 'voldoende', goed: 'goed' },
  /** How sure a stage inference is. */
  confidence: { laag: 'laag', middel: 'middel', hoog: 'hoog' },
  /** The overall score of an assessment. */
  overallScore: 'Totaalscore',
};

/** The terms of scoring: the shape every language implements. */
export type ScoringTermMessages = typeof nl;
