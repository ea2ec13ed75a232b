import { formatList } from '../format.js';
import type { FormFindingMessages } from './nl.js';

const list = (items: readonly string[]): string => formatList(items, 'en');

/** The texts of `recommendForms`, in English. */
export const en: FormFindingMessages = {
  sharing: {
    overleg: 'consultation',
    uitvoering: 'joint execution',
    personeel: 'staff',
    middelen: 'resources',
    bestuur: 'governance',
    organisatie: 'one organisation',
  },
  expectedSharing: "'overleg', 'uitvoering', 'personeel', 'middelen', 'bestuur' or 'organisatie'",
  expectedNeeds: 'an object with the wishes and requirements of the partners (share, keepLegalEntity, …)',
  shareNothingWanted: 'Nothing was given that the partners want to share; every form will do.',
  shareMet: (wanted, excess) =>
    `Shares everything the partners want to share (${wanted.en}).${excess === undefined ? '' : ` Also shares ${excess.en}: heavier than needed.`}`,
  shareNotMet: (missing) => `Does not share what the partners want to share: ${missing.en}.`,
  keepLegalEntityNotRequired: 'The partners need not stay the competent authority themselves.',
  keepLegalEntityMet: 'Each partner stays its own legal entity and the competent authority for its own schools.',
  keepLegalEntityNotMet:
    'The competent authority moves to another board: a partner does not keep its schools as its own legal entity.',
  keepIdentityNotRequired: 'The schools need not keep their own identity or denomination.',
  keepIdentityMet: 'The schools carry on and keep their own identity and denomination.',
  keepIdentitySafeguarded:
    'The schools become one school, but an identity committee makes sure both public and denominational education keep their place.',
  keepIdentityNotMet: 'The schools become one school with no safeguard for their own identity.',
  mixedDenominationsUnknown: 'Not given whether public and denominational education come together.',
  mixedDenominationsCombines: 'Public and denominational partners can work together in this form.',
  mixedDenominationsDoesNotCombine:
    'This form does not bring public and denominational education together; the joint school (samenwerkingsschool) is for that.',
  mixedDenominationsRequiresMixed:
    'This form can only come from at least one public and one denominational school (WPO art. 17d), and there are none.',
  mixedDenominationsSame: 'All partners share the same kind of denomination; this form asks for nothing else.',
  sectorsNotGiven: 'No sectors were given.',
  sectorsOpen: 'The form is open to every sector.',
  sectorsMet: (sectors) => `The form is meant for ${list(sectors)}, which covers every sector given.`,
  sectorsNotMet: (outside, sectors) => `The form is meant for ${list(sectors)}, not for ${list(outside)}.`,
  statutoryIncluded: 'A statutory form: the law sets who takes part and on what.',
  statutoryVoluntary: 'A form the partners choose themselves.',
  statutoryExcluded: 'A statutory form, and statutory forms are excluded.',
  statutoryVoluntaryExcluded: 'A voluntary form, and only statutory forms were asked for.',
  entailsNewLegalEntity: 'A new legal entity is created.',
  entailsTransfersCompetentAuthority: 'The competent authority of at least one school moves to another board.',
  entailsStatutory: 'The form is required by law; membership and tasks are set by law.',
  entailsMergerConsent:
    'A merger impact report (FER) is needed, with the consent or advice of the participation councils.',
  entailsGovernanceConsent:
    'Governance changes: involve the participation councils early; which right they have (consent or advice) is not in the sources.',
  entailsIdentityCommittee:
    'An identity committee makes sure both public and denominational education keep their place.',
  entailsFusietoets: (sector, on, route, uncertain) =>
    `Fusietoets (${sector}, ${on}): ${route.en}${uncertain ? ' (uncertain, see the reasons)' : ''}.`,
  entailsFusietoetsNeedsDate: 'The Fusietoets may apply; give a date (options.on) to determine the route.',
  entailsFusietoetsNeedsSector:
    'The Fusietoets may apply; give the partners’ sectors (needs.sectors) to determine the route.',
};
