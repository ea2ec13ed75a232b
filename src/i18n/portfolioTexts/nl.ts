import { formatCount, formatNumber } from '../format.js';
import type { LocalisedText } from '../LocalisedText.js';

const number = (value: number): string => formatNumber(value, 'nl');

/**
 * The lines of `summarisePortfolio`, in Dutch: a distribution of scores, or why it is not shown, and the summary of
 * the portfolio with what was suppressed.
 */
export const nl = {
  distribution: (
    name: LocalisedText,
    median: number,
    q1: number,
    q3: number,
    min: number,
    max: number,
    mean: number,
    values: number,
    collaborations: number,
  ): string =>
    `${name.nl}: mediaan ${number(median)}, kwartielen ${number(q1)} tot ${number(q3)}, van ${number(min)} tot ${number(max)}, gemiddeld ${number(mean)} (${formatCount(values, 'score', 'scores', 'nl')} van ${collaborations} samenwerkingen).`,
  distributionEmpty: (name: LocalisedText): string => `${name.nl}: geen scores.`,
  distributionSuppressed: (name: LocalisedText, minGroupSize: number): string =>
    `${name.nl}: niet getoond, want de scores komen van minder dan ${minGroupSize} samenwerkingen.`,
  summary: (
    name: string,
    collaborations: number,
    assessments: number,
    minGroupSize: number,
    hiddenCounts: number,
    hiddenDistributions: number,
    secondary: number,
  ): string => {
    const protectedToo =
      secondary === 0
        ? ''
        : ` Daarnaast ${secondary === 1 ? 'is 1 groter aantal' : `zijn ${secondary} grotere aantallen`} verborgen, omdat een verborgen aantal anders uit het totaal min de getoonde aantallen terug te rekenen is.`;
    const tail =
      hiddenCounts + hiddenDistributions === 0
        ? `Alle groepen tellen 0 of minstens ${minGroupSize} samenwerkingen; niets is verborgen.`
        : `Groepen van 1 tot ${minGroupSize - 1} samenwerkingen zijn niet getoond (${formatCount(hiddenCounts, 'aantal', 'aantallen', 'nl')} en ${formatCount(hiddenDistributions, 'verdeling', 'verdelingen', 'nl')}), zodat geen enkele samenwerking herkenbaar is.${protectedToo}`;
    return `Portfolio '${name}': ${formatCount(collaborations, 'samenwerking', 'samenwerkingen', 'nl')} en ${formatCount(assessments, 'meting', 'metingen', 'nl')}. ${tail}`;
  },
  tooSmall: (name: string, collaborations: number, assessments: number, minGroupSize: number): string =>
    `Portfolio '${name}': ${formatCount(collaborations, 'samenwerking', 'samenwerkingen', 'nl')} en ${formatCount(assessments, 'meting', 'metingen', 'nl')}. Dat is minder dan de kleinste groep die getoond wordt (${minGroupSize} samenwerkingen), dus alle aantallen en verdelingen zijn verborgen: elk getal zou over één herkenbare samenwerking gaan. Bekijk de scores van een samenwerking zelf met scoreBerenschot of trend, of vat een groter portfolio samen.`,
};

/** The lines of `summarisePortfolio`: the shape every language implements. */
export type PortfolioTextMessages = typeof nl;
