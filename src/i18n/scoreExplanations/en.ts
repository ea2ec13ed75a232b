import { formatNumber, formatPercent } from '../format.js';
import type { ScoreExplanationMessages } from './nl.js';

const number = (value: number): string => formatNumber(value, 'en');
const percent = (share: number): string => formatPercent(share, 'en');

/** How a factor score came about, in English. */
export const en: ScoreExplanationMessages = {
  formula: (min, max, minCoverage) =>
    `indicator score = 100 × (mean answer − ${min}) / (${max} − ${min}); factor score = Σ(weight × indicator score) / Σ weight over the answered indicators, only when the answered weight is at least ${percent(minCoverage)} of the total weight`,
  scored: (score, counted, indicators, weighted, coverage, minCoverage) =>
    `Score ${number(score)}: the ${weighted ? 'weighted ' : ''}mean of ${counted} of ${indicators} indicators (coverage ${percent(coverage)}, at least ${percent(minCoverage)} needed).`,
  lowCoverage: (answered, indicators, coverage, minCoverage) =>
    `No score: ${answered} of ${indicators} indicators answered, a coverage of ${percent(coverage)} where at least ${percent(minCoverage)} is needed.`,
  zeroAnsweredWeight: (answered) => `No score: the ${answered} answered indicators carry a total weight of 0.`,
  unanswered: (indicators) => `No score: none of the ${indicators} indicators was answered.`,
};
