/**
 * The ids of every framework mapping, in catalogue order.
 *
 * @category Catalogue
 */
export const mappingIds = [
  'belanghebbenden-proces',
  'belanghebbenden-belangen',
  'ambitie-ambitie',
  'belangen-belangen',
  'relatie-relatie',
  'organisatie-organisatie',
  'organisatie-proces',
  'communicatie-proces',
  'communicatie-relatie',
  'ambitie-weefsel',
  'belangen-weefsel',
  'relatie-individu',
  'relatie-weefsel',
  'organisatie-structuur',
  'proces-structuur',
  'proces-weefsel',
] as const;

/**
 * The id of a framework mapping.
 *
 * @category Catalogue
 */
export type MappingId = (typeof mappingIds)[number];
