import type { StakeholderGroup } from '../types.js';

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
] as const;

/**
 * The id of a stakeholder group.
 *
 * @category Catalogue
 */
export type StakeholderGroupId = (typeof stakeholderGroupIds)[number];

/**
 * Every stakeholder group, in the order of {@link stakeholderGroupIds}.
 *
 * @category Catalogue
 */
export const stakeholderGroups: readonly StakeholderGroup[] = [];
