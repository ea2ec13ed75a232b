import type { PartnerType } from '../types.js';

/**
 * The ids of every partner type, in catalogue order.
 *
 * @category Catalogue
 */
export const partnerTypeIds = [
  'gemeente',
  'schoolbestuur',
  'school',
  'samenwerkingsverband',
  'kinderopvang',
  'jeugdhulp',
  'zorg',
  'welzijn',
  'cultuur',
  'sport',
  'mbo',
  'hbo',
  'wo',
  'lerarenopleiding',
  'bedrijfsleven',
  'onderzoeksinstituut',
  'rijk',
  'provincie',
  'overig',
] as const;

/**
 * The id of a partner type.
 *
 * @category Catalogue
 */
export type PartnerTypeId = (typeof partnerTypeIds)[number];

/**
 * Every partner type, in the order of {@link partnerTypeIds}.
 *
 * @category Catalogue
 */
export const partnerTypes: readonly PartnerType[] = [];
