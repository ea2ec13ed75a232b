/**
 * The ids of the source documents, in catalogue order: the five reports, then the outside sources that the dated
 * Fusietoets rules rest on (acts, regulations and the pages of the bodies that apply them).
 *
 * @category Catalogue
 */
export const sourceIds = [
  'regioplan-vo-2015',
  'overlegraad-po-vo-2019',
  'arbeidsmarktplatform-po',
  'vso-vo-samenwerking',
  'berenschot-gemeente-onderwijs',
  // Outside the five reports: the sources of the Fusietoets rules (data/fusietoetsSources.ts).
  'wet-fusietoets-onderwijs',
  'boels-zanders-fusietoets-2017',
  'duo-fusietoets-ho',
  'cmmbo-fusietoets',
  'duo-fusies-gericht-getoetst',
  'cfto-fusietoets',
  'vosabb-fusie',
  'eerste-kamer-35104',
] as const;

/**
 * The id of a source document: one of the five reports, or an outside source of a Fusietoets rule.
 *
 * @category Catalogue
 */
export type SourceId = (typeof sourceIds)[number];
