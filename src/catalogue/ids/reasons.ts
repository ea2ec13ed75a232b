/**
 * The ids of every reason for not collaborating, in catalogue order.
 *
 * @category Catalogue
 */
export const reasonIds = [
  'geen-urgentie-besef',
  'niet-op-netvlies',
  'niet-willen',
  'geen-gezamenlijke-ambitie',
  'praktische-redenen',
] as const;

/**
 * The id of a reason for not collaborating.
 *
 * @category Catalogue
 */
export type ReasonId = (typeof reasonIds)[number];
