/**
 * The ids of every benchmark, in catalogue order.
 *
 * @category Catalogue
 */
export const benchmarkIds = [
  'regioplan-besproken-themas',
  'regioplan-samenwerking-per-thema',
  'vso-vo-intensieve-vormen-vso',
  'vso-vo-intensieve-vormen-pro',
  'vso-vo-toekomstige-betrokkenheid',
  'vso-vo-toekomstige-vormen',
  'vso-vo-combinaties-swv',
  'vso-vo-motieven',
  'vso-vo-profijt',
  'vso-vo-knelpunten',
  'vso-vo-arrangementen-speciale-klassen',
  'vso-vo-voorzieningen-swv',
  'vso-vo-arrangementen-volgens-swv',
  'vso-vo-verwachte-toename-arrangementen',
  'vso-vo-diagnostische-expertise',
  'vso-vo-preventie-lichte-ondersteuning',
  'vso-vo-verwachte-toename-preventie',
  'vso-vo-ondersteuningsbehoefte',
  'regioplan-minder-aandacht',
  'regioplan-overige-samenwerkingen',
  'vso-vo-passend-onderwijs-intensief',
  'vso-vo-passend-onderwijs-intensief-pro',
  'vso-vo-passend-onderwijs-arrangementen',
  'vso-vo-passend-onderwijs-diagnostiek',
] as const;

/**
 * The id of a benchmark.
 *
 * @category Catalogue
 */
export type BenchmarkId = (typeof benchmarkIds)[number];
