/**
 * The ids of every support need, in catalogue order.
 *
 * @category Catalogue
 */
export const supportNeedIds = [
  'financiele-deskundigheid',
  'bouwkundige-deskundigheid',
  'pr-ondersteuning',
  'effectiviteitsonderzoek',
  'leerlingbegeleiding',
  'consensus-over-visie',
  'duidelijkheid-wettelijke-kaders',
  'pedagogisch-klimaat',
] as const;

/**
 * The id of a support need.
 *
 * @category Catalogue
 */
export type SupportNeedId = (typeof supportNeedIds)[number];
