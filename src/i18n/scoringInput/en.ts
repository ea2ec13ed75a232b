import { quoteValue } from '../format.js';
import type { ScoringInputMessages } from './nl.js';

/** The message of `scoreBerenschot` for an assessment it cannot score, in English. */
export const en: ScoringInputMessages = {
  invalidAssessment: (value) =>
    `The argument 'assessment' is not a valid assessment (${quoteValue(value, 'en')}). Use safeParseAssessment(assessment) to see every problem and where it lies.`,
};
