/**
 * The ids of every pitfall (valkuil), in catalogue order.
 *
 * @category Catalogue
 */
export const pitfallIds = [
  'sleutelspelers-niet-betrokken',
  'gemeenteraad-over-het-hoofd',
  'schooldirecteuren-over-het-hoofd',
  'poolse-landdag',
  'ambitie-te-algemeen',
  'bijdragen-niet-benoemd',
  'eigen-belang-domineert',
  'belangen-onhelder',
  'geen-klik',
  'wisseling-sleutelspelers',
  'te-snel-aan-de-slag',
  'eerst-in-de-krant',
] as const;

/**
 * The id of a pitfall (valkuil).
 *
 * @category Catalogue
 */
export type PitfallId = (typeof pitfallIds)[number];
