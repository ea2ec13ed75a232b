import { formatNumber, listValues, quoteIds, quoteValue } from '../format.js';
import type { LocalisedText } from '../LocalisedText.js';

type Unit = 'percentage' | 'count' | 'mean';

const number = (value: number): string => formatNumber(value, 'nl');
const quote = (value: unknown): string => quoteValue(value, 'nl');
const valueText = (unit: Unit, value: number): string => (unit === 'percentage' ? `${number(value)}%` : number(value));
const differenceUnit: Readonly<Record<Unit, string>> = { percentage: ' procentpunt', mean: ' schaalpunt', count: '' };
const didYouMean = (suggestions: readonly string[]): string =>
  suggestions.length === 0 ? '' : ` Bedoelde u ${quoteIds(suggestions)}?`;
const expectedFigures = 'een object met de rijsleutels van de benchmark als sleutels en getallen als waarden';

/**
 * The texts of `compareWithBenchmark`, in Dutch: a row compared with one's own figure, the citation of the benchmark,
 * and the messages about figures that cannot be compared.
 */
export const nl = {
  expectedPercentage: 'een getal van 0 tot en met 100, of null',
  expectedCount: 'een getal van 0 of meer, of null',
  expectedMean: (min: number, max: number): string => `een getal van ${min} tot en met ${max} (de schaal), of null`,
  figuresNotObject: (value: unknown): string => `De cijfers (${quote(value)}) moeten ${expectedFigures} zijn.`,
  invalidFigure: (key: string, value: unknown, expected: LocalisedText): string =>
    `Het cijfer voor rij '${key}' is onbruikbaar (${quote(value)}). Toegestaan: ${expected.nl}.`,
  unknownRow: (benchmark: string, key: string, suggestions: readonly string[], rows: readonly string[]): string =>
    `Benchmark '${benchmark}' heeft geen rij '${key}'.${didYouMean(suggestions)} Rijen: ${listValues(rows, 12, 'nl')}.`,
  ambiguousKey: (benchmark: string, key: string, rows: readonly string[]): string =>
    `In benchmark '${benchmark}' gaan meerdere rijen over '${key}'. Gebruik de sleutel van één rij: ${rows.join(', ')}.`,
  rowCompared: (unit: Unit, figure: number, benchmark: number, difference: number): string => {
    const ours = valueText(unit, figure);
    const theirs = valueText(unit, benchmark);
    if (difference === 0) return `Uw ${ours} is gelijk aan de ${theirs} van de benchmark.`;
    const gap = `${number(Math.abs(difference))}${differenceUnit[unit]}`;
    return `Uw ${ours} ligt ${gap} ${difference > 0 ? 'boven' : 'onder'} de ${theirs} van de benchmark.`;
  },
  rowWithoutFigure: (unit: Unit, benchmark: number): string =>
    `Geen eigen cijfer; de benchmark is ${valueText(unit, benchmark)}.`,
  citation: (
    title: string,
    publisher: string,
    year: number,
    section: string,
    n: number | null,
    base: LocalisedText,
  ): string =>
    `${publisher}, ${title} (${year}), ${section}; ${n === null ? 'n niet vermeld' : `n = ${n}`}; basis: ${base.nl}`,
};

/** The texts of `compareWithBenchmark`: the shape every language implements. */
export type BenchmarkFindingMessages = typeof nl;
