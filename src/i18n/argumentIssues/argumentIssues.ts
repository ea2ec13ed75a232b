import { type Localised, localise } from '../localise.js';
import { en } from './en.js';
import { type ArgumentIssueMessages, nl } from './nl.js';

/**
 * The messages about the arguments and options of a function, in Dutch and English: every message gives a new `{ nl, en }` object.
 */
export const argumentIssues: Localised<ArgumentIssueMessages> = /* @__PURE__ */ localise<ArgumentIssueMessages>({
  nl,
  en,
});
