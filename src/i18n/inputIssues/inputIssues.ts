import { type Localised, localise } from '../localise.js';
import { en } from './en.js';
import { type InputIssueMessages, nl } from './nl.js';

/**
 * The messages about an argument that cannot be used and about a field an argument object may not have, in Dutch and
 * English: every message gives a new `{ nl, en }` object.
 */
export const inputIssues: Localised<InputIssueMessages> = /* @__PURE__ */ localise<InputIssueMessages>({ nl, en });
