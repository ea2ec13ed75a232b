/**
 * The ids of every staff attention point, in catalogue order.
 *
 * @category Catalogue
 */
export const staffAttentionPointIds = [
  'partners-selecteren',
  'samenwerking-intern-beleggen',
  'tijd-voor-relaties',
  'medewerkers-begeleiden',
  'eigen-begeleiding-schoolleider',
  'expertise-externen-erkennen',
  'overzicht-houden',
  'ervaring-delen',
  'taken-uitbesteden',
  'aandacht-in-opleidingen',
  'rekening-houden-met-school',
  'vaste-aanspreekpunten-school',
] as const;

/**
 * The id of a staff attention point.
 *
 * @category Catalogue
 */
export type StaffAttentionPointId = (typeof staffAttentionPointIds)[number];
