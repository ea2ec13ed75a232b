/**
 * The ids of every stakeholder group, in catalogue order.
 *
 * @category Catalogue
 */
export const stakeholderGroupIds = [
  'gemeenteraad',
  'schooldirecteuren',
  'leraren',
  'ouders',
  'leerlingen',
  'medezeggenschapsraad',
  'raad-van-toezicht',
  'wethouder',
  'ambtenaren',
  'pedagogisch-medewerkers',
  'vakbonden',
  'inwoners',
] as const;

/**
 * The id of a stakeholder group.
 *
 * @category Catalogue
 */
export type StakeholderGroupId = (typeof stakeholderGroupIds)[number];
