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
  'politie',
  'bibliotheek',
  'onderwijsadviesbureau',
  'woningcorporatie',
  'ggd',
  'uwv',
  'uitzendbureau',
  'natuurorganisatie',
  'aannemer',
  'vakbond',
  'sectororganisatie',
  'subsidieverstrekker',
] as const;

/**
 * The id of a partner type.
 *
 * @category Catalogue
 */
export type PartnerTypeId = (typeof partnerTypeIds)[number];
