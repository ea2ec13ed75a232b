/**
 * The ids of every benefit of collaboration, in catalogue order.
 *
 * @category Catalogue
 */
export const benefitIds = [
  'verbondenheid',
  'leren-van-elkaar',
  'kennisontwikkeling',
  'breed-beroepsgericht-aanbod',
  'voorbereiding-arbeidsmarkt',
  'orientatie-vervolgonderwijs',
  'voorkomen-schooluitval',
  'ontwikkelingsmogelijkheden',
  'soepele-overstap-po-vo',
  'passende-plek',
  'zorgstructuur',
  'gezamenlijke-verantwoordelijkheid',
  'professionalisering-personeel',
  'onderwijskwaliteit',
  'lerende-organisatie',
  'behoud-aanbod',
  'efficientie',
  'werving-leraren',
  'invloed-lerarenopleiding',
  'deskundigheid-en-voorzieningen',
  'aansluiting-beroepspraktijk',
  'spreekbuis-naar-gemeente',
  'pr-positie',
] as const;

/**
 * The id of a benefit of collaboration.
 *
 * @category Catalogue
 */
export type BenefitId = (typeof benefitIds)[number];
