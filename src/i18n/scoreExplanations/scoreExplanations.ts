import { type Localised, localise } from '../localise.js';
import { en } from './en.js';
import { nl, type ScoreExplanationMessages } from './nl.js';

/**
 * How a factor score came about, in Dutch and English: every message gives a new `{ nl, en }` object.
 */
export const scoreExplanations: Localised<ScoreExplanationMessages> =
  /* @__PURE__ */ localise<ScoreExplanationMessages>({ nl, en });
