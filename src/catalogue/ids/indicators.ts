/**
 * The ids of every self-assessment indicator, in catalogue order.
 *
 * @category Catalogue
 */
export const indicatorIds = [
  'belanghebbenden.tijdig-betrokken',
  'belanghebbenden.vertegenwoordiging',
  'belanghebbenden.gemeenteraad',
  'belanghebbenden.schooldirecteuren',
  'belanghebbenden.slagvaardig',
  'ambitie.concreet',
  'ambitie.uitgangspunten',
  'ambitie.bijdragen',
  'ambitie.urgentie',
  'belangen.eigen-benoemd',
  'belangen.erkend',
  'belangen.gedeeld',
  'belangen.gezamenlijk-boven-eigen',
  'relatie.regelmatig-contact',
  'relatie.bilateraal-informeel',
  'relatie.zichtbaarheid',
  'relatie.klik',
  'relatie.continuiteit',
  'organisatie.structuur',
  'organisatie.middelen',
  'organisatie.rollen',
  'organisatie.planmatig',
  'organisatie.samen-vormgegeven',
  'communicatie.tijdig',
  'communicatie.afspraken',
  'communicatie.aanspreekpunten',
  'communicatie.respectvol',
] as const;

/**
 * The id of a self-assessment indicator.
 *
 * @category Catalogue
 */
export type IndicatorId = (typeof indicatorIds)[number];
