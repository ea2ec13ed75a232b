/**
 * The ids of every samenwerkingsthema (theme), in catalogue order.
 *
 * @category Catalogue
 */
export const themeIds = [
  'krimp',
  'beroepsonderwijs-techniek',
  'kansengelijkheid',
  'passend-onderwijs-jeugdzorg',
  'lerarentekort',
  'samen-opleiden',
  'onderwijsovergangen',
  'ikc',
  'ihp',
  'duurzame-huisvesting',
  'sport-gezonde-leefstijl',
  'regionaal-aanbod',
  'passend-onderwijs',
  'toeleverend-onderwijs',
  'vervolgonderwijs',
  'lerarenopleidingen',
  'professionalisering-leraren',
  'bedrijfsleven',
  'wetenschap-onderzoek',
  'welzijn-cultuur-sport',
  'overig',
  'vve',
  'lea',
  'nieuwkomers',
  'onderwijsachterstanden',
  'onderwijshuisvesting',
  'internationalisering',
  'innovatie-talentontwikkeling',
  'jeugdhulp',
  'arbeidsmarkt-vestigingsklimaat',
  'bestuurlijke-samenwerking',
  'bedrijfsvoering',
  'specialistische-onderwijszorg',
  'thuiszitters',
  'arbeidstoeleiding',
  'zorg-in-de-school',
  'cultuureducatie',
  'leesbevordering',
  'maatschappelijke-vorming',
  'wetenschap-techniek-natuur',
  'wijk-en-buurt',
] as const;

/**
 * The id of a samenwerkingsthema (theme).
 *
 * @category Catalogue
 */
export type ThemeId = (typeof themeIds)[number];
