import type { Motive } from '../types.js';

/**
 * The ids of every motive for collaborating, in catalogue order.
 *
 * @category Catalogue
 */
export const motiveIds = [] as const;

/**
 * The id of a motive for collaborating.
 *
 * @category Catalogue
 */
export type MotiveId = (typeof motiveIds)[number];

/**
 * Every motive for collaborating, in the order of {@link motiveIds}.
 *
 * @category Catalogue
 */
export const motives: readonly Motive[] = [];
