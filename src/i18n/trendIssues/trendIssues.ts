import { type Localised, localise } from '../localise.js';
import { en } from './en.js';
import { nl, type TrendIssueMessages } from './nl.js';

/**
 * The messages about a stored trend that breaks a rule of its format, in Dutch and English: every message gives a new
 * `{ nl, en }` object. A group of its own, so that the scoring, which loads the other result rules, does not carry
 * these texts.
 */
export const trendIssues: Localised<TrendIssueMessages> = /* @__PURE__ */ localise<TrendIssueMessages>({ nl, en });
