/**
 * The ids of every Berenschot portrait, in catalogue order.
 *
 * @category Catalogue
 */
export const portraitIds = [
  'eindhoven',
  'haarlemmermeer',
  'hengelo',
  'leiden',
  'nijmegen',
  'terneuzen',
  'veenendaal',
  'venlo',
] as const;

/**
 * The id of a Berenschot portrait.
 *
 * @category Catalogue
 */
export type PortraitId = (typeof portraitIds)[number];
