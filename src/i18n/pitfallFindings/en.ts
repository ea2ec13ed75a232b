import { formatListShort } from '../format.js';
import type { LocalisedText } from '../LocalisedText.js';
import type { PitfallFindingMessages } from './nl.js';

const list = (items: readonly string[]): string => formatListShort(items, 'en', (item) => item);
const labels = (items: readonly LocalisedText[]): string => formatListShort(items, 'en', (item) => item.en);

/** The findings of `detectPitfalls`, in English. */
export const en: PitfallFindingMessages = {
  keyPlayersLeftOut: (groups) =>
    `Not involved and represented by no partner: ${labels(groups)}. Involve them before important decisions are taken, or agree which partner speaks for them and reports back to them.`,
  councilOverlooked: (municipalities, listed) =>
    `${listed ? 'The municipal council is not involved' : 'The municipal council is not among the stakeholders'}, while ${list(municipalities)} ${municipalities.length > 1 ? 'are partners' : 'is a partner'}. Involve council members early: inform them from the exploratory phase on and at every milestone, so that the policy and the money have support.`,
  principalsOverlooked: (boards, listed) =>
    `${listed ? 'The school principals are not involved' : 'The school principals are not among the stakeholders'}, while ${list(boards)} ${boards.length > 1 ? 'are partners' : 'is a partner'}. Involve principals while the plans are being worked out: they have to deliver the agreements in their schools.`,
  endlessAssembly: (partners, maxForumSize) =>
    `The collaboration has ${partners} partners, more than ${maxForumSize}, and no stakeholder group is represented through a partner. Let groups of similar organisations be represented, with a clear mandate and a duty to report back, so that meetings stay workable.`,
  noAmbition:
    'No shared ambition has been recorded. Describe together what must be different in a few years, for whom, and how you will notice it, and record a few principles.',
  noPrinciples:
    'The ambition has no principles. Record a few principles together that the partners can fall back on when they disagree; that makes the ambition specific enough to prevent misunderstandings.',
  contributionsMissing: (partners) =>
    `The ambition records no contribution from ${list(partners)}. Agree already at the ambition stage what each partner brings in: money, staff, facilities or something else.`,
  ownInterestDominates: (interests) =>
    `None of the recorded interests (${interests}) is shared by the other partners. Look for a common interest, preferably put in terms of the children or the region, and test proposals against it.`,
  interestsUnclear: (withoutInterest, undocumented, hidden) => {
    const gaps: string[] = [];
    if (withoutInterest.length > 0) gaps.push(`No interest is recorded for ${list(withoutInterest)}.`);
    if (undocumented.length > 0) gaps.push(`Not written down: ${labels(undocumented)}.`);
    if (hidden.length > 0) gaps.push(`Not visible to all partners: ${labels(hidden)}.`);
    return `Not all interests are clear. ${gaps.join(' ')} Have each partner state its interests openly and record them in a document every partner can see.`;
  },
  interestLabel: (index, partner) => `interest ${index + 1} (of ${partner})`,
  keyPlayerTurnover: (changes, months, referenceDate) =>
    `In the ${months} months up to ${referenceDate} a key player changed: ${labels(changes)}. Deliberately bring the successor up to speed, arrange an introduction and work on the common goal together again.`,
  turnoverLabel: (date, role, partner) =>
    `${role ?? 'a key player'}${partner === undefined ? '' : ` at ${partner}`} on ${date}`,
  startedTooFast: (starts, agreementDate, subject) =>
    agreementDate === undefined
      ? `Execution started on ${list(starts)}, but no agreement settles the roles. Record who does what, with which resources and on which schedule.`
      : `Execution started on ${list(starts)}, before the first agreement on roles ('${subject}', ${agreementDate}). From now on, agree beforehand who does what, with which resources and on which schedule, even when time is short.`,
  announcedFirst: (announcements) =>
    `Something went public before the partners had been told: ${labels(announcements)}. Agree that no partner goes public before the others know, and record who informs whom.`,
  announcementLabel: (date, partner) => `on ${date}${partner === undefined ? '' : ` by ${partner}`}`,
};
