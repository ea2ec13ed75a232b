import { type Localised, localise } from '../localise.js';
import { en } from './en.js';
import { type DocumentIssueMessages, nl } from './nl.js';

/**
 * The messages of document validation, in Dutch and English: every message gives a new `{ nl, en }` object.
 */
export const documentIssues: Localised<DocumentIssueMessages> = /* @__PURE__ */ localise<DocumentIssueMessages>({
  nl,
  en,
});
