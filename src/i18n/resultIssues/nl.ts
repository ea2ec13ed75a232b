import { formatNumber, quoteIds } from '../format.js';

/**
 * The messages about a stored result that breaks a rule of its format, in Dutch: what is wrong and what to do. A stored
 * result should come back exactly as a scoring function wrote it; these messages point at a result that was edited or
 * built by hand.
 */
export const nl = {
  order: (where: string, expected: readonly string[], position: number, found: unknown): string =>
    `${where}: verwacht ${quoteIds(expected)} in die volgorde, maar op plek ${position + 1} staat ${typeof found === 'string' ? `'${found}'` : 'iets anders'}. Bereken het resultaat opnieuw in plaats van het met de hand aan te passen.`,
  band: (where: string, score: number, band: string, expected: string): string =>
    `${where}: de score ${formatNumber(score, 'nl', 6)} valt met deze grenzen (options.bands) in de band '${expected}', niet in '${band}'. Bereken de score opnieuw in plaats van de band met de hand te wijzigen.`,
  bandWithoutScore: (where: string): string =>
    `${where}: een band zonder score, of een score zonder band. Bereken het resultaat opnieuw in plaats van het met de hand aan te passen: zonder score is de band null, met een score nooit.`,
  bandOrder: (voldoende: number, goed: number): string =>
    `Opties: de grens van voldoende (${formatNumber(voldoende, 'nl', 6)}) moet lager zijn dan die van goed (${formatNumber(goed, 'nl', 6)}). Bereken het resultaat opnieuw met grenzen in die volgorde.`,
  bottleneck: (expected: string | null, found: unknown): string =>
    `Knelpunt: de eerste factor met band onvoldoende is ${expected === null ? 'er niet (dan is het knelpunt null)' : `'${expected}'`}, maar het resultaat noemt ${found === null ? 'geen' : `'${String(found)}'`}. Bereken het resultaat opnieuw in plaats van het met de hand aan te passen.`,
};

/** The messages about a stored result: the shape every language implements. */
export type ResultIssueMessages = typeof nl;
