/**
 * The ids of every collaboration competence, in catalogue order.
 *
 * @category Catalogue
 */
export const competenceIds = [
  'netwerken',
  'delegeren',
  'vertrouwen',
  'initiatief-tonen',
  'plannen-en-organiseren',
  'rapporteren',
  'nieuwsgierig-zijn',
  'open-voor-feedback',
  'assertiviteit-tonen',
  'overtuigen',
] as const;

/**
 * The id of a collaboration competence.
 *
 * @category Catalogue
 */
export type CompetenceId = (typeof competenceIds)[number];
