/**
 * The ids of every motive for collaborating, in catalogue order.
 *
 * @category Catalogue
 */
export const motiveIds = [
  'groepen-speciale-ondersteuning',
  'individuele-maatwerktrajecten',
  'gebundeld-specialistisch-aanbod',
  'leerlingen-groeperen',
  'inclusief-onderwijs',
  'financiele-motieven',
  'inclusie-en-destigmatisering',
  'expertise-behouden',
  'invoering-passend-onderwijs',
  'huisvesting',
  'krimp',
  'dekkend-aanbod',
  'bundeling-van-krachten',
  'kwaliteitsverbetering',
  'maatschappelijke-opgave',
  'personeelstekort',
  'wettelijke-verplichting',
  'subsidieregelingen',
  'belang-van-de-leerling',
  'onderwijsvisie',
  'nabijheid',
  'ontlasten-personeel',
  'verrijking-onderwijs',
] as const;

/**
 * The id of a motive for collaborating.
 *
 * @category Catalogue
 */
export type MotiveId = (typeof motiveIds)[number];
