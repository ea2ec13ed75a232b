import { type Localised, localise } from '../localise.js';
import { en } from './en.js';
import { nl, type ResultIssueMessages } from './nl.js';

/**
 * The messages about a stored result that breaks a rule of its format, in Dutch and English: every message gives a new
 * `{ nl, en }` object.
 */
export const resultIssues: Localised<ResultIssueMessages> = /* @__PURE__ */ localise<ResultIssueMessages>({ nl, en });
