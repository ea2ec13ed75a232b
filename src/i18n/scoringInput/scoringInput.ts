import { type Localised, localise } from '../localise.js';
import { en } from './en.js';
import { nl, type ScoringInputMessages } from './nl.js';

/**
 * The message about an assessment that the scoring cannot use, in Dutch and English: every message gives a new
 * `{ nl, en }` object.
 */
export const scoringInput: Localised<ScoringInputMessages> = /* @__PURE__ */ localise<ScoringInputMessages>({ nl, en });
