/**
 * The ids of every collaboration level, in catalogue order.
 *
 * @category Catalogue
 */
export const levelIds = ['individu', 'groep', 'organisatie'] as const;

/**
 * The id of a collaboration level.
 *
 * @category Catalogue
 */
export type LevelId = (typeof levelIds)[number];
