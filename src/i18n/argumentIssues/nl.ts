import { quoteIds, quoteValue } from '../format.js';
import type { LocalisedText } from '../LocalisedText.js';

const quote = (value: unknown): string => quoteValue(value, 'nl');
const didYouMean = (suggestions: readonly string[]): string =>
  suggestions.length === 0 ? '' : ` Bedoelde u ${quoteIds(suggestions)}?`;

/**
 * The messages about the arguments and options of a function, in Dutch: what is wrong with the value given and what
 * is expected instead. The argument reader (`arguments/argumentReader.ts`) files them; `expectedValues` names the kinds
 * of value.
 */
export const nl = {
  /** A value that is not usable where it was given. */
  invalidOption: (option: string, value: unknown, expected: LocalisedText): string =>
    `De optie '${option}' heeft een onbruikbare waarde (${quote(value)}). Toegestaan: ${expected.nl}.`,
  /** An option name the function does not know. */
  unknownOption: (option: string, known: readonly string[], suggestions: readonly string[]): string =>
    `De optie '${option}' bestaat niet.${didYouMean(suggestions)} Bekende opties: ${known.join(', ')}.`,
  /** A weight keyed by something that is not an indicator or strategy factor. */
  unknownWeightKey: (
    option: string,
    key: string,
    kind: 'indicator' | 'factor',
    suggestions: readonly string[],
    example: string,
  ): string =>
    `De optie '${option}' noemt '${key}', maar dat is geen ${kind === 'indicator' ? 'indicator' : 'strategiefactor'} uit de catalogus.${didYouMean(suggestions)} Gebruik id's uit de catalogus als sleutels, bijvoorbeeld '${example}'.`,
  /** Weights that leave one strategy factor without any weight. */
  zeroFactorWeight: (option: string, factor: string): string =>
    `De gewichten in '${option}' voor de indicatoren van factor '${factor}' tellen op tot 0. Geef minstens één indicator van deze factor een gewicht groter dan 0.`,
  /** Factor weights that are all 0. */
  zeroFactorWeights: (option: string): string =>
    `De gewichten in '${option}' tellen op tot 0. Geef minstens één strategiefactor een gewicht groter dan 0.`,
};

/** The messages about arguments and options: the shape every language implements. */
export type ArgumentIssueMessages = typeof nl;
