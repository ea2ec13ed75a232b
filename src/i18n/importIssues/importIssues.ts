import { type Localised, localise } from '../localise.js';
import { en } from './en.js';
import { type ImportIssueMessages, nl } from './nl.js';

/**
 * The messages of the import of answers (`assessmentFromCsv`, `assessmentFromRows`, `assessmentFromSurveyJs`), in
 * Dutch and English: every message gives a new `{ nl, en }` object.
 */
export const importIssues: Localised<ImportIssueMessages> = /* @__PURE__ */ localise<ImportIssueMessages>({ nl, en });
