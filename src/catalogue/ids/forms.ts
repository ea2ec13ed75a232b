/**
 * The ids of every samenwerkingsvorm (collaboration form), in catalogue order.
 *
 * @category Catalogue
 */
export const formIds = [
  'netwerk',
  'convenant',
  'samenwerkingsverband-passend-onderwijs',
  'rmc',
  'arbeidsmarktregio',
  'oogo',
  'lea',
  'rea',
  'rpo',
  'ihp',
  'samenwerking-ondersteuning',
  'transfercentrum',
  'uitruil',
  'scholenfusie',
  'samenwerkingsschool',
  'personele-unie',
  'federatie',
  'cooperatie',
  'holding',
  'bestuurlijke-fusie',
  'intensieve-samenwerking-integratie',
  'arrangementen-symbiose-voorzieningen',
  'diagnostiek-preventie-ondersteuning',
  'colocatie-zonder-integratie',
  'colocatie-met-deelintegratie',
  'bundeling-gespecialiseerde-voorziening',
  'opheffing-vso-locatie',
  'symbiose-meetellen-onderwijstijd',
  'maatwerkarrangementen',
  'speciale-klassen',
  'samenwerking-uitstroomprofielen',
  'thuiszittersarrangementen',
  'opdc-tijdelijke-voorziening',
  'diagnostische-inzet',
  'preventie-lichte-ondersteuning',
  'expertisebundeling',
  'opleidingsschool',
  'intentieverklaring',
  'stuurgroep',
  'taskforce',
  'onderwijstafel',
] as const;

/**
 * The id of a samenwerkingsvorm (collaboration form).
 *
 * @category Catalogue
 */
export type FormId = (typeof formIds)[number];
