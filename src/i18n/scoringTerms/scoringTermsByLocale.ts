import type { Translations } from '../localise.js';
import { en } from './en.js';
import { nl, type ScoringTermMessages } from './nl.js';

/** The terms of scoring in every language, for a report written in one language: `scoringTermsIn[locale].band`. */
export const scoringTermsIn: Translations<ScoringTermMessages> = { nl, en };
