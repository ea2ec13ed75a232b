/**
 * The ids of every collaboration stage, in catalogue order.
 *
 * @category Catalogue
 */
export const stageIds = [
  'onderling-wantrouwen',
  'standpunten-uitwisselen',
  'noodzakelijke-samenwerking',
  'aangename-samenwerking',
  'volwassen-partnerschap',
] as const;

/**
 * The id of a collaboration stage.
 *
 * @category Catalogue
 */
export type StageId = (typeof stageIds)[number];
