import { type CatalogueListName, nl } from '../i18n/catalogueLists/nl.js';

export type { CatalogueListName } from '../i18n/catalogueLists/nl.js';

/**
 * The names of the catalogue's lists of entries, in catalogue order: every key of the catalogue except `edition` and
 * `changes`. The change list, the catalogue schema and the docs use them to name the list an id belongs to.
 *
 * @remarks
 * Defined once, by the words that name one entry of each list in messages (`i18n/catalogueLists`): a list cannot be
 * named here without words in every language, nor have words without being named here.
 *
 * @example
 * ```ts
 * catalogueListNames.includes('benefits');
 * //=> true
 * catalogueListNames.includes('changes');
 * //=> false
 * ```
 * @category Catalogue
 */
export const catalogueListNames: readonly CatalogueListName[] = /* @__PURE__ */ Object.freeze(
  Object.keys(nl.entry) as CatalogueListName[],
);
