import type { Competence } from '../types.js';

/**
 * The ids of every collaboration competence, in catalogue order.
 *
 * @category Catalogue
 */
export const competenceIds = [] as const;

/**
 * The id of a collaboration competence.
 *
 * @category Catalogue
 */
export type CompetenceId = (typeof competenceIds)[number];

/**
 * Every collaboration competence, in the order of {@link competenceIds}.
 *
 * @category Catalogue
 */
export const competences: readonly Competence[] = [];
