import { type Localised, localise } from '../localise.js';
import { en } from './en.js';
import { nl, type ScoringTermMessages } from './nl.js';

/**
 * The terms of scoring: factor short names, bands, confidence and the overall score, in Dutch and English: every message gives a new `{ nl, en }` object.
 */
export const scoringTerms: Localised<ScoringTermMessages> = /* @__PURE__ */ localise<ScoringTermMessages>({ nl, en });
