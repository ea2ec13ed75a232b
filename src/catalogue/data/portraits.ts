import type { Portrait } from '../types.js';

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

/**
 * Every Berenschot portrait, in the order of {@link portraitIds}.
 *
 * @category Catalogue
 */
export const portraits: readonly Portrait[] = [];
