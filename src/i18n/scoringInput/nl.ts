import { quoteValue } from '../format.js';

/**
 * The message of `scoreBerenschot` for an assessment it cannot score, in Dutch. One message for every misfit: the
 * scoring only asks yes or no, and points to the function that names each problem and where it lies.
 */
export const nl = {
  invalidAssessment: (value: unknown): string =>
    `Het argument 'assessment' is geen geldige beoordeling (${quoteValue(value, 'nl')}). Gebruik safeParseAssessment(assessment) om elk probleem en zijn plek te zien.`,
};

/** The messages about the assessment that the scoring gets: the shape every language implements. */
export type ScoringInputMessages = typeof nl;
