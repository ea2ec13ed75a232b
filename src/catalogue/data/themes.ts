import type { Theme } from '../types.js';

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
] as const;

/**
 * The id of a samenwerkingsthema (theme).
 *
 * @category Catalogue
 */
export type ThemeId = (typeof themeIds)[number];

/**
 * Every samenwerkingsthema (theme), in the order of {@link themeIds}.
 *
 * @category Catalogue
 */
export const themes: readonly Theme[] = [];
