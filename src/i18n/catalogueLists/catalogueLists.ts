import { type Localised, localise } from '../localise.js';
import { en } from './en.js';
import { type CatalogueListMessages, nl } from './nl.js';

/**
 * The names of the catalogue lists, in Dutch and English: every message gives a new `{ nl, en }` object.
 */
export const catalogueLists: Localised<CatalogueListMessages> = /* @__PURE__ */ localise<CatalogueListMessages>({
  nl,
  en,
});
