import { capitalise, quoteValue } from '../format.js';
import type { PlanIssueMessages } from './nl.js';

/** The messages about plan documents that their format rules give, in English. */
export const en: PlanIssueMessages = {
  pitfallOfOtherFactor: (field, pitfall, pitfallFactor, actionFactor) =>
    `${capitalise(field.en)}: pitfall '${pitfall}' threatens the factor '${pitfallFactor.en}', but the action belongs to '${actionFactor.en}'. Put the action under '${pitfallFactor.en}' or leave the pitfall out.`,
  ownerNotAPartner: (field, owner, partners) =>
    `${capitalise(field.en)}: ${quoteValue(owner, 'en')} is not a partner of this collaboration. Choose one of: ${partners.join(', ')}.`,
  otherCollaboration: (planCollaboration, collaboration) =>
    `This plan belongs to collaboration '${planCollaboration}', not to '${collaboration}'. Pass the plan's own collaboration.`,
};
