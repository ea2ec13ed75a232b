/**
 * The ids of every education sector, in catalogue order.
 *
 * @category Catalogue
 */
export const sectorIds = [
  'kinderopvang',
  'po',
  'sbo',
  'so',
  'vso',
  'vo',
  'praktijkonderwijs',
  'mbo',
  'hbo',
  'wo',
] as const;

/**
 * The id of a education sector.
 *
 * @category Catalogue
 */
export type SectorId = (typeof sectorIds)[number];
