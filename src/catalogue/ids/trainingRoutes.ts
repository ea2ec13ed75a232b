/**
 * The ids of every training route, in catalogue order.
 *
 * @category Catalogue
 */
export const trainingRouteIds = [
  'lerarenopleiding',
  'schoolleidersopleiding',
  'leren-in-de-praktijk',
  'functieprofiel-en-gesprekken',
  'inwerken-nieuwe-medewerkers',
  'steun-bij-lastige-gesprekken',
  'begeleiding-coordinatoren',
  'intervisie-en-coaching',
  'collegiale-uitwisseling',
  'studiedagen',
] as const;

/**
 * The id of a training route.
 *
 * @category Catalogue
 */
export type TrainingRouteId = (typeof trainingRouteIds)[number];
