/**
 * The ids of every suggestion of the Overlegraad PO-VO, in catalogue order (the order of Bijlage 1).
 *
 * @category Catalogue
 */
export const suggestionIds = [
  'goede-voorbeeld-geven',
  'belemmeringen-wegnemen',
  'besef-van-noodzaak',
  'maatschappelijke-verantwoordelijkheid',
  'samenwerkingscompetentie',
  'samenwerking-in-het-klein',
  'regionale-bijeenkomsten',
  'bestuurders-aanspreken',
  'kleine-besturen-meenemen',
] as const;

/**
 * The id of a suggestion of the Overlegraad PO-VO.
 *
 * @category Catalogue
 */
export type SuggestionId = (typeof suggestionIds)[number];
