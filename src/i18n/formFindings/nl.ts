import { formatList } from '../format.js';
import type { LocalisedText } from '../LocalisedText.js';

const list = (items: readonly string[]): string => formatList(items, 'nl');

/**
 * The texts of `recommendForms`, in Dutch: why a form fits the needs of the partners or not, per criterion, what a
 * form entails, the names of what partners can share, and the kinds of value the needs accept.
 */
export const nl = {
  /** What partners can share, as a reader names it. */
  sharing: {
    overleg: 'overleg',
    uitvoering: 'gezamenlijke uitvoering',
    personeel: 'personeel',
    middelen: 'middelen',
    bestuur: 'bestuur',
    organisatie: 'één organisatie',
  },
  expectedSharing: "'overleg', 'uitvoering', 'personeel', 'middelen', 'bestuur' of 'organisatie'",
  expectedNeeds: 'een object met de wensen en eisen van de partners (share, keepLegalEntity, …)',
  shareNothingWanted: 'Er is niets opgegeven dat de partners willen delen; elke vorm volstaat.',
  shareMet: (wanted: LocalisedText, excess: LocalisedText | undefined): string =>
    `Deelt alles wat de partners willen delen (${wanted.nl}).${excess === undefined ? '' : ` Deelt daarnaast ook ${excess.nl}: zwaarder dan nodig.`}`,
  shareNotMet: (missing: LocalisedText): string => `Deelt niet wat de partners willen delen: ${missing.nl}.`,
  keepLegalEntityNotRequired: 'De partners hoeven niet zelfstandig bevoegd gezag te blijven.',
  keepLegalEntityMet: 'Elke partner blijft een eigen rechtspersoon en bevoegd gezag van de eigen scholen.',
  keepLegalEntityNotMet:
    'Het bevoegd gezag gaat over naar een ander bestuur: een partner houdt zijn scholen niet als eigen rechtspersoon.',
  keepIdentityNotRequired: 'De scholen hoeven hun eigen identiteit of richting niet te behouden.',
  keepIdentityMet: 'De scholen blijven bestaan en houden hun eigen identiteit en richting.',
  keepIdentitySafeguarded:
    'De scholen gaan op in één school, maar een identiteitscommissie waarborgt dat openbaar en bijzonder onderwijs beide tot hun recht komen.',
  keepIdentityNotMet: 'De scholen gaan op in één school zonder waarborg voor de eigen identiteit.',
  mixedDenominationsUnknown: 'Niet opgegeven of openbaar en bijzonder onderwijs samengaan.',
  mixedDenominationsCombines: 'Openbare en bijzondere partners kunnen in deze vorm samenwerken.',
  mixedDenominationsDoesNotCombine:
    'Deze vorm brengt openbaar en bijzonder onderwijs niet samen; daarvoor is er de samenwerkingsschool.',
  mixedDenominationsRequiresMixed:
    'Deze vorm kan alleen ontstaan uit ten minste één openbare en één bijzondere school (WPO art. 17d), en die zijn er niet.',
  mixedDenominationsSame: 'Alle partners hebben dezelfde soort richting; deze vorm vraagt niets anders.',
  sectorsNotGiven: 'Er zijn geen sectoren opgegeven.',
  sectorsOpen: 'De vorm staat open voor elke sector.',
  sectorsMet: (sectors: readonly string[]): string =>
    `De vorm is bedoeld voor ${list(sectors)}, en daaronder vallen alle opgegeven sectoren.`,
  sectorsNotMet: (outside: readonly string[], sectors: readonly string[]): string =>
    `De vorm is bedoeld voor ${list(sectors)}, niet voor ${list(outside)}.`,
  statutoryIncluded: 'Een wettelijk verplichte vorm: de wet bepaalt wie meedoet en waarover.',
  statutoryVoluntary: 'Een vorm die de partners zelf kiezen.',
  statutoryExcluded: 'Een wettelijk verplichte vorm, en wettelijke vormen zijn uitgesloten.',
  statutoryVoluntaryExcluded: 'Een vrij te kiezen vorm, en alleen wettelijk verplichte vormen zijn gevraagd.',
  entailsNewLegalEntity: 'Er ontstaat een nieuwe rechtspersoon.',
  entailsTransfersCompetentAuthority: 'Het bevoegd gezag van ten minste één school gaat over naar een ander bestuur.',
  entailsStatutory: 'De vorm is wettelijk verplicht; deelname en taken staan in de wet.',
  entailsMergerConsent:
    'Er is een fusie-effectrapportage (FER) nodig, met instemming of advies van de medezeggenschapsraden.',
  entailsGovernanceConsent:
    'Het bestuur verandert: betrek de medezeggenschapsraden tijdig; welk recht zij hebben (instemming of advies) staat niet in de bronnen.',
  entailsIdentityCommittee:
    'Een identiteitscommissie ziet erop toe dat openbaar en bijzonder onderwijs beide tot hun recht komen.',
  entailsFusietoets: (sector: string, on: string, route: LocalisedText, uncertain: boolean): string =>
    `Fusietoets (${sector}, ${on}): ${route.nl}${uncertain ? ' (onzeker, zie de toelichting)' : ''}.`,
  entailsFusietoetsNeedsDate: 'De Fusietoets kan gelden; geef een datum (options.on) op om de route te bepalen.',
  entailsFusietoetsNeedsSector:
    'De Fusietoets kan gelden; geef de sectoren van de partners op (needs.sectors) om de route te bepalen.',
};

/** The texts of `recommendForms`: the shape every language implements. */
export type FormFindingMessages = typeof nl;
