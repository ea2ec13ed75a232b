import type { Factor } from '../types.js';

/**
 * The ids of every bevorderende or belemmerende factor, in catalogue order.
 *
 * @category Catalogue
 */
export const factorIds = [
  'ervaren-urgentie',
  'bevlogenheid-inhoudelijk-doel',
  'inspiratie-goede-voorbeelden',
  'samenwerken-leidt-tot-samenwerken',
  'afgebakende-samenwerkingsregio',
  'benchmarks-kennisdeling',
  'gedeelde-visie',
  'elkaar-kennen-en-gunnen',
  'open-leercultuur',
  'investeren-in-relatie',
  'bestuurlijke-moed',
  'organisatie-van-samenwerking',
  'wet-en-regelgeving',
  'concurrentiedenken',
  'cultuurverschillen',
  'gebrek-geld-en-tijd',
  'schaal-en-niveauverschillen',
  'institutionalisering-verbanden',
  'administratiesystemen',
  'leerlingenvervoer',
  'weerstand-medewerkers',
  'bekostigingssystematiek',
  'persoonlijke-relatie',
  'behoudende-besturen',
] as const;

/**
 * The id of a bevorderende or belemmerende factor.
 *
 * @category Catalogue
 */
export type FactorId = (typeof factorIds)[number];

/**
 * Every bevorderende or belemmerende factor, in the order of {@link factorIds}.
 *
 * @category Catalogue
 */
export const factors: readonly Factor[] = [];
