import { formatCount, formatList, formatNumber } from '../format.js';
import { en as terms } from '../scoringTerms/en.js';
import type { StageReasonMessages } from './nl.js';

const number = (value: number): string => formatNumber(value, 'en');
const list = (items: readonly string[]): string => formatList(items, 'en');

/** The reasons `inferStage` gives for a stage, in English. */
export const en: StageReasonMessages = {
  selfPlacement: (stage) =>
    `The partners place themselves in the stage '${stage.en}'. Their judgement weighs most, but it can be outvoted when the document consistently shows something else.`,
  ambitionMissing:
    'No shared ambition is recorded: the partners have not yet committed to anything in common. This counts lightly, as the document may simply be incomplete.',
  ambitionGeneral:
    'There is an ambition, but without principles: the partners have recorded little yet to fall back on together.',
  ambitionPartial: (contributors, partners) =>
    `The ambition has principles, but only ${contributors} of the ${partners} partners visibly contribute: collaboration that rests mainly on those who have to.`,
  ambitionComplete: (partners) =>
    `The ambition has principles and all ${partners} partners contribute: a shared basis on which the partners trust each other.`,
  interestsMissing:
    'No interests are recorded: each party seems to guard mainly its own position. This counts lightly, as the document may simply be incomplete.',
  interestsHidden: (hidden, total) =>
    `${hidden} of the ${total} interests are not visible to every partner: where interests stay hidden, suspicion grows.`,
  interestsUnshared: (total) =>
    `The ${total} interests are on the table, but none of them is shared: each party puts forward its own position.`,
  interestsIncomplete: (shared, partnersWithout, undocumented) => {
    const gaps: string[] = [];
    if (partnersWithout > 0) {
      gaps.push(formatCount(partnersWithout, 'partner without an interest', 'partners without an interest', 'en'));
    }
    if (undocumented > 0) {
      gaps.push(formatCount(undocumented, 'interest not written down', 'interests not written down', 'en'));
    }
    return `There is a shared interest (${shared}), but the picture is incomplete (${list(gaps)}): the partners meet mainly around what has to be done now.`;
  },
  interestsSomeShared: (shared, total) =>
    `Every partner has its interests on paper and visible to all, and ${shared} of the ${total} are shared: differences are discussed openly.`,
  interestsMostlyShared: (shared, total) =>
    `Every partner has its interests on paper and visible to all, and ${shared} of the ${total} are shared: the partners look for solutions that leave everyone better off.`,
  agreementsMissing:
    'No agreements are recorded: talks have produced little so far. This counts lightly, as the document may simply be incomplete.',
  agreementsMoneyOnly: (agreements) =>
    `The agreements (${agreements}) are only about resources: contact revolves mainly around what one party needs from the other.`,
  agreementsOther: (agreements) =>
    `There are agreements (${agreements}), but none settles the roles or the structure: the collaboration is organised around a specific task, not as a standing relationship.`,
  agreementsRolesOrStructure: (topic) =>
    topic === 'rollen'
      ? 'The roles are agreed, the structure not yet: the collaboration runs in an orderly and smooth way.'
      : 'The structure is agreed, the roles not yet: the collaboration runs in an orderly and smooth way.',
  agreementsRolesAndStructure: (agreements) =>
    `The agreements (${agreements}) settle both the roles and the structure: a clear division of tasks between equal partners.`,
  announcedFirst: (dates, months) =>
    `In the ${months} months up to the reference date something went public before the partners knew (${list(dates)}): a sign of distrust.`,
  informedFirst: (dates, months) =>
    `In the ${months} months up to the reference date the partners were told before anything went public (${list(dates)}): they keep each other informed.`,
  recentTurnover: (dates, months) =>
    `In the ${months} months up to the reference date a key player changed (${list(dates)}): relationship and trust have to grow again, and until then the collaboration leans on necessity and agreements.`,
  hastyStart: (dates, firstRoles, months) =>
    firstRoles === undefined
      ? `In the ${months} months up to the reference date execution started (${list(dates)}) without an agreement on roles: acting under the pressure of circumstances.`
      : `In the ${months} months up to the reference date execution started (${list(dates)}) before the first agreement on roles (${firstRoles}): acting under the pressure of circumstances.`,
  duration: (months, stage, ended) => {
    const years = Math.floor(months / 12);
    const rest = months % 12;
    const span = years === 0 ? `${rest} months` : `${years} ${years === 1 ? 'year' : 'years'} and ${rest} months`;
    return `The collaboration ${ended ? 'ran for' : 'has run for'} ${span}. Trust grows over the years; that duration fits '${stage.en}'.`;
  },
  factors: (labels, strongest, stage) =>
    `Observed: ${list(labels.map((label) => label.en))} (strength up to ${strongest} of 3). That fits '${stage.en}'.`,
  factorScore: (factor, score, stage) =>
    `The self-assessment gives ${terms.strategyFactor[factor]} a score of ${number(score)}; by fifths of the scale that fits '${stage.en}'.`,
  overallBand: (band, score, stage) =>
    `The self-assessment scores ${number(score)} overall (${band}); that fits '${stage.en}'.`,
  summary: (stage, confidence, points, total, selfPlaced, agrees) => {
    const self =
      selfPlaced === undefined
        ? ''
        : agrees
          ? ' That is also where the partners place themselves.'
          : ` The partners place themselves in '${selfPlaced.en}'.`;
    return `Most likely stage: '${stage.en}' (${number(points)} of ${number(total)} points, confidence ${terms.confidence[confidence]}).${self}`;
  },
};
