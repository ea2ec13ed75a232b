import { type Localised, localise } from '../localise.js';
import { en } from './en.js';
import { type ComparisonTextMessages, nl } from './nl.js';

/**
 * The lines of compareAssessments, in Dutch and English: every message gives a new `{ nl, en }` object.
 */
export const comparisonTexts: Localised<ComparisonTextMessages> = /* @__PURE__ */ localise<ComparisonTextMessages>({
  nl,
  en,
});
