/**
 * The ids of every Berenschot strategy factor, in catalogue order.
 *
 * @category Catalogue
 */
export const strategyFactorIds = [
  'belanghebbenden',
  'ambitie',
  'belangen',
  'relatie',
  'organisatie',
  'communicatie',
] as const;

/**
 * The id of a Berenschot strategy factor.
 *
 * @category Catalogue
 */
export type StrategyFactorId = (typeof strategyFactorIds)[number];
