/**
 * The ids of the catalogue's sources, in catalogue order: the five reports first, then the acts, articles and other
 * publications outside them (marked `outsideReports`): those that some statements about the law cite, then those
 * that the dated Fusietoets rules rest on.
 *
 * @category Catalogue
 */
export const sourceIds = [
  'regioplan-vo-2015',
  'overlegraad-po-vo-2019',
  'arbeidsmarktplatform-po',
  'vso-vo-samenwerking',
  'berenschot-gemeente-onderwijs',
  // Outside the five reports (data/sources.ts).
  'wet-fusietoets-onderwijs',
  'wpo-artikel-64',
  'wec-artikel-66',
  'wpo-artikel-17d',
  'bw-boek-2-artikel-3',
  'bw-boek-2-artikel-53',
  'kamerbrief-bestuurlijke-samenwerkingsvormen-2016',
  // Outside the five reports: the further sources of the Fusietoets rules (data/fusietoetsSources.ts).
  'boels-zanders-fusietoets-2017',
  'duo-fusietoets-ho',
  'cmmbo-fusietoets',
  'duo-fusies-gericht-getoetst',
  'cfto-fusietoets',
  'vosabb-fusie',
  'eerste-kamer-35104',
] as const;

/**
 * The id of a catalogue source: one of the five reports, or an act, article or publication outside them.
 *
 * @category Catalogue
 */
export type SourceId = (typeof sourceIds)[number];
