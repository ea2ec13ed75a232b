import { formatList, formatNumber, quoteValue } from '../format.js';
import type { LocalisedText } from '../LocalisedText.js';

const number = (value: number): string => formatNumber(value, 'nl');

/**
 * The texts of `balanceFactors`, in Dutch: the names of the factor domains, the formula and summary of the outlook, the
 * explanations of obstacles and likely reasons, and the messages about bad observations or weights.
 */
export const nl = {
  /** The domains of the bevorderende and belemmerende factors, in the order the balance lists them. */
  category: {
    financieel: 'Financieel',
    organisatorisch: 'Organisatorisch',
    'wet-en-regelgeving': 'Wet- en regelgeving',
    relationeel: 'Relationeel',
    cultureel: 'Cultureel',
    inhoudelijk: 'Inhoudelijk',
    context: 'Context',
  },
  /** The weight option of one factor. */
  expectedWeight: 'een getal van 0 tot en met 1.000.000, of undefined voor het gewicht uit de catalogus',
  /** The weights option. */
  expectedWeights:
    "een object met id's van bevorderende of belemmerende factoren als sleutels en gewichten als waarden",
  invalidStrength: (value: unknown): string =>
    `Sterkte ${quoteValue(value, 'nl')} is ongeldig. Geef een geheel getal van 0 (niet aanwezig) tot en met 3 (sterk aanwezig).`,
  duplicateFactor: (factor: string, first: number): string =>
    `Factor '${factor}' is al waargenomen in factorwaarneming ${first + 1}. Noem elke factor één keer.`,
  formula:
    'uitzicht = 100 × bevorderend / (bevorderend + belemmerend), met bevorderend = Σ sterkte × gewicht over de waargenomen bevorderende factoren en belemmerend = Σ sterkte × gewicht over de waargenomen belemmerende factoren; geen uitzicht als beide 0 zijn',
  summary: (promoting: number, hindering: number, outlook: number | null): string =>
    outlook === null
      ? 'Geen uitzicht: er is niets waargenomen met een sterkte en gewicht boven 0.'
      : `Bevorderend ${number(promoting)}, belemmerend ${number(hindering)}: uitzicht ${number(outlook)} op een schaal van 0 tot 100.`,
  obstacleExplanation: (strength: number, weight: number, contribution: number, share: number): string =>
    `Sterkte ${strength} × gewicht ${number(weight)} = ${number(contribution)}, ${number(share)}% van het belemmerende gewicht.`,
  presentObstacle: (label: LocalisedText, strength: number, weight: number, evidenceWeight: number): string =>
    `${label.nl} is aanwezig (sterkte ${strength} × gewicht ${number(weight)} = ${number(evidenceWeight)})`,
  absentPromoter: (label: LocalisedText, weight: number, evidenceWeight: number): string =>
    `${label.nl} ontbreekt (sterkte 0, telt als 3 × gewicht ${number(weight)} = ${number(evidenceWeight)})`,
  reasonExplanation: (evidence: readonly LocalisedText[], total: number): string =>
    `Wijst op deze reden: ${formatList(
      evidence.map((item) => item.nl),
      'nl',
    )}. Bewijsgewicht samen ${number(total)}.`,
};

/** The texts of `balanceFactors`: the shape every language implements. */
export type BalanceFindingMessages = typeof nl;
