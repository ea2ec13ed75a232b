import { capitalise, quoteValue } from '../format.js';
import type { LocalisedText } from '../LocalisedText.js';

/**
 * The messages about plan documents that their format rules give, in Dutch: an action whose pitfall belongs to
 * another strategy factor, an owner that is not a partner of the collaboration, and a plan of another collaboration.
 */
export const nl = {
  pitfallOfOtherFactor: (
    field: LocalisedText,
    pitfall: string,
    pitfallFactor: LocalisedText,
    actionFactor: LocalisedText,
  ): string =>
    `${capitalise(field.nl)}: valkuil '${pitfall}' bedreigt de factor '${pitfallFactor.nl}', maar de actie hoort bij '${actionFactor.nl}'. Zet de actie onder '${pitfallFactor.nl}' of laat de valkuil weg.`,
  ownerNotAPartner: (field: LocalisedText, owner: string, partners: readonly string[]): string =>
    `${capitalise(field.nl)}: ${quoteValue(owner, 'nl')} is geen partner van deze samenwerking. Kies een van: ${partners.join(', ')}.`,
  otherCollaboration: (planCollaboration: string, collaboration: string): string =>
    `Dit plan hoort bij samenwerking '${planCollaboration}', niet bij '${collaboration}'. Geef de samenwerking van het plan mee.`,
};

/** The messages about plan documents: the shape every language implements. */
export type PlanIssueMessages = typeof nl;
