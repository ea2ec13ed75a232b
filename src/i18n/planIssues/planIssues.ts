import { type Localised, localise } from '../localise.js';
import { en } from './en.js';
import { nl, type PlanIssueMessages } from './nl.js';

/**
 * The messages about plan documents, in Dutch and English: every message gives a new `{ nl, en }` object.
 */
export const planIssues: Localised<PlanIssueMessages> = /* @__PURE__ */ localise<PlanIssueMessages>({ nl, en });
