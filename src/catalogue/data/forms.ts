import type { CollaborationForm } from '../types.js';

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
] as const;

/**
 * The id of a samenwerkingsvorm (collaboration form).
 *
 * @category Catalogue
 */
export type FormId = (typeof formIds)[number];

/**
 * Every samenwerkingsvorm (collaboration form), in the order of {@link formIds}.
 *
 * @category Catalogue
 */
export const forms: readonly CollaborationForm[] = [];
