import { capitalise } from '../format.js';
import type { ScoringTermMessages } from './nl.js';

const strategyFactor: ScoringTermMessages['strategyFactor'] = {
  belanghebbenden: 'stakeholders',
  ambitie: 'ambition',
  belangen: 'interests',
  relatie: 'relationship',
  organisatie: 'organisation',
  communicatie: 'communication',
};

/** The terms of scoring in English. */
export const en: ScoringTermMessages = {
  strategyFactor,
  factorName: (factor) => capitalise(strategyFactor[factor]),
  band: { onvoldoende: 'insufficient', voldoende: 'sufficient', goed: 'good' },
  confidence: { laag: 'low', middel: 'medium', hoog: 'high' },
  overallScore: 'Overall score',
};
