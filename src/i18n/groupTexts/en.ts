import { formatCount, formatNumber, quoteIds } from '../format.js';
import type { GroupTextMessages } from './nl.js';

const number = (value: number): string => formatNumber(value, 'en');

/** The texts of `scoreByGroup`, in English. */
export const en: GroupTextMessages = {
  allRespondents: 'All respondents',
  scored: (name, respondents, overall, lower, upper) =>
    `${name.en} (${formatCount(respondents, 'respondent', 'respondents', 'en')}): ${
      overall === null
        ? 'no overall score'
        : `overall score ${number(overall)}${lower === null || upper === null ? ', too few answers for a confidence interval' : `, 95% confidence interval ${number(lower)} to ${number(upper)}`}`
    }.`,
  belowMinimum: (name, respondents, minGroupSize) =>
    `${name.en} (${formatCount(respondents, 'respondent', 'respondents', 'en')}): not scored, as a group counts from ${minGroupSize} respondents.`,
  expectedBy: (choices) => `one of ${quoteIds(choices)}; required`,
  expectedAssessment: 'an assessment (kind: assessment), as parseAssessment gives it',
  expectedCollaboration: "a collaboration (kind: 'collaboration') with the partners of the assessment",
  needsCollaboration: "a collaboration (kind: 'collaboration'): grouping by partner type needs the partners",
  sameCollaboration: (collaboration) => `the collaboration of the assessment ('${collaboration}')`,
  partnerNotInCollaboration: (partner, known) =>
    `partner '${partner}' is not in the collaboration given; known are: ${known.join(', ') || 'none'}. Pass the collaboration of this assessment.`,
};
