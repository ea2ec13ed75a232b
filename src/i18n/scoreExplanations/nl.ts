import { formatNumber, formatPercent } from '../format.js';

const number = (value: number): string => formatNumber(value, 'nl');
const percent = (share: number): string => formatPercent(share, 'nl');

/** How a factor score came about, in Dutch: the formula and the one-sentence outcome of each factor. */
export const nl = {
  /** The formula of a factor score, for the scale and minimum coverage used. */
  formula: (min: number, max: number, minCoverage: number): string =>
    `indicatorscore = 100 × (gemiddeld antwoord − ${min}) / (${max} − ${min}); factorscore = Σ(gewicht × indicatorscore) / Σ gewicht over de beantwoorde indicatoren, alleen als het beantwoorde gewicht minstens ${percent(minCoverage)} van het totale gewicht is`,
  /** The outcome of a factor that has a score. */
  scored: (
    score: number,
    counted: number,
    indicators: number,
    weighted: boolean,
    coverage: number,
    minCoverage: number,
  ): string =>
    `Score ${number(score)}: het ${weighted ? 'gewogen ' : ''}gemiddelde van ${counted} van de ${indicators} indicatoren (dekking ${percent(coverage)}, minimaal ${percent(minCoverage)} nodig).`,
  /** The outcome of a factor whose answered indicators carry too little weight. */
  lowCoverage: (answered: number, indicators: number, coverage: number, minCoverage: number): string =>
    `Geen score: ${answered} van de ${indicators} indicatoren beantwoord, een dekking van ${percent(coverage)} terwijl minimaal ${percent(minCoverage)} nodig is.`,
  /** The outcome of a factor whose answered indicators all have weight 0. */
  zeroAnsweredWeight: (answered: number): string =>
    `Geen score: de ${answered} beantwoorde indicatoren hebben samen gewicht 0.`,
  /** The outcome of a factor of which no indicator was answered. */
  unanswered: (indicators: number): string => `Geen score: geen van de ${indicators} indicatoren is beantwoord.`,
};

/** How a factor score came about: the shape every language implements. */
export type ScoreExplanationMessages = typeof nl;
