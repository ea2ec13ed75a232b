/**
 * The names of the catalogue's lists of entries, in catalogue order: every key of the catalogue except `edition` and
 * `changes`. The change list, the catalogue schema and the docs use them to name the list an id belongs to.
 *
 * @remarks
 * Written once, here beside the words that name one entry of each list in messages (`nl.ts`, `en.ts`), which must
 * name every list and no other; `samenwerking/catalogue` exports it.
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
export const catalogueListNames = [
  'sources',
  'themes',
  'forms',
  'factors',
  'strategyFactors',
  'indicators',
  'pitfalls',
  'stages',
  'reasons',
  'partnerTypes',
  'stakeholderGroups',
  'sectors',
  'motives',
  'benchmarks',
  'mappings',
  'levels',
  'competences',
  'portraits',
  'benefits',
  'suggestions',
  'coordinatingRoles',
  'staffAttentionPoints',
  'trainingRoutes',
  'supportNeeds',
] as const;

/**
 * The name of one of the catalogue's lists of entries.
 *
 * @category Catalogue
 */
export type CatalogueListName = (typeof catalogueListNames)[number];
