import type { Mapping } from '../types.js';

/**
 * The ids of every framework mapping, in catalogue order.
 *
 * @category Catalogue
 */
export const mappingIds = [] as const;

/**
 * The id of a framework mapping.
 *
 * @category Catalogue
 */
export type MappingId = (typeof mappingIds)[number];

/**
 * Every framework mapping, in the order of {@link mappingIds}.
 *
 * @category Catalogue
 */
export const mappings: readonly Mapping[] = [];
