import type { Level } from '../types.js';

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

/**
 * Every collaboration level, in the order of {@link levelIds}.
 *
 * @category Catalogue
 */
export const levels: readonly Level[] = [];
