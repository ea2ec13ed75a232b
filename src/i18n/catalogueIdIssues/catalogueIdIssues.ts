import { type Localised, localise } from '../localise.js';
import { en } from './en.js';
import { type CatalogueIdIssueMessages, nl } from './nl.js';

/**
 * The messages about a catalogue id given as an argument, in Dutch and English: every message gives a new
 * `{ nl, en }` object.
 */
export const catalogueIdIssues: Localised<CatalogueIdIssueMessages> =
  /* @__PURE__ */ localise<CatalogueIdIssueMessages>({
    nl,
    en,
  });
