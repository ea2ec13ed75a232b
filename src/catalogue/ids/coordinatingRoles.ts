/**
 * The ids of every coordinating role, in catalogue order.
 *
 * @category Catalogue
 */
export const coordinatingRoleIds = [
  'schoolleider',
  'leraar',
  'intern-begeleider',
  'cultuurcoordinator',
  'taalcoordinator',
  'eventmanager',
  'coordinator',
] as const;

/**
 * The id of a coordinating role.
 *
 * @category Catalogue
 */
export type CoordinatingRoleId = (typeof coordinatingRoleIds)[number];
