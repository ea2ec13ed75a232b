import { formatCount, formatNumber } from '../format.js';
import type { PortfolioTextMessages } from './nl.js';

const number = (value: number): string => formatNumber(value, 'en');

/** The lines of `summarisePortfolio`, in English. */
export const en: PortfolioTextMessages = {
  distribution: (name, median, q1, q3, min, max, mean, values, collaborations) =>
    `${name.en}: median ${number(median)}, quartiles ${number(q1)} to ${number(q3)}, from ${number(min)} to ${number(max)}, mean ${number(mean)} (${formatCount(values, 'score', 'scores', 'en')} from ${collaborations} collaborations).`,
  distributionEmpty: (name) => `${name.en}: no scores.`,
  distributionSuppressed: (name, minGroupSize) =>
    `${name.en}: not shown, because the scores come from fewer than ${minGroupSize} collaborations.`,
  summary: (name, collaborations, assessments, minGroupSize, hiddenCounts, hiddenDistributions, secondary) => {
    const protectedToo =
      secondary === 0
        ? ''
        : ` Besides, ${secondary === 1 ? '1 larger count is' : `${secondary} larger counts are`} hidden, since a hidden count could otherwise be worked out as the total minus the counts shown.`;
    const tail =
      hiddenCounts + hiddenDistributions === 0
        ? `Every group holds 0 or at least ${minGroupSize} collaborations; nothing is hidden.`
        : `Groups of 1 to ${minGroupSize - 1} collaborations are not shown (${formatCount(hiddenCounts, 'count', 'counts', 'en')} and ${formatCount(hiddenDistributions, 'distribution', 'distributions', 'en')}), so that no single collaboration can be recognised.${protectedToo}`;
    return `Portfolio '${name}': ${formatCount(collaborations, 'collaboration', 'collaborations', 'en')} and ${formatCount(assessments, 'assessment', 'assessments', 'en')}. ${tail}`;
  },
  tooSmall: (name, collaborations, assessments, minGroupSize) =>
    `Portfolio '${name}': ${formatCount(collaborations, 'collaboration', 'collaborations', 'en')} and ${formatCount(assessments, 'assessment', 'assessments', 'en')}. That is fewer than the smallest group shown (${minGroupSize} collaborations), so every count and distribution is hidden: each number would be about one recognisable collaboration. Look at a collaboration's own scores with scoreBerenschot or trend, or summarise a larger portfolio.`,
};
