import type { CatalogueListName } from '../catalogueLists/listNames.js';
import { nl as lists } from '../catalogueLists/nl.js';
import { listValues, quoteIds, quoteValue } from '../format.js';
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
  /** A field of an argument object the function does not know. */
  unknownField: (argument: string, key: string, known: readonly string[], suggestions: readonly string[]): string =>
    `'${argument}' kent geen veld '${key}'.${didYouMean(suggestions)} Bekende velden: ${known.join(', ')}.`,
  /** An id that is not in a catalogue list, with the closest known ids and, when given, the known ids. */
  unknownId: (
    list: CatalogueListName,
    id: unknown,
    suggestions: readonly string[],
    known?: readonly string[],
  ): string =>
    `Er is geen ${lists.entry[list]} met id ${quote(id)} in de catalogus.${didYouMean(suggestions)}${
      known === undefined ? '' : ` Bekend zijn: ${listValues(known, 12, 'nl')}.`
    }`,
  /** A catalogue entry that this edition retired, where a current one is needed; names its successor when it has one. */
  retiredId: (id: string, replacedBy: string | undefined): string =>
    replacedBy === undefined
      ? `'${id}' is vervallen in deze editie van de catalogus en heeft geen opvolger. Kies een id dat niet vervallen is.`
      : `'${id}' is vervallen in deze editie van de catalogus. Gebruik '${replacedBy}' in plaats daarvan.`,
  /** An argument that cannot be used where it was given, with the kind of value expected. */
  invalidArgument: (argument: string, value: unknown, expected: LocalisedText): string =>
    `Het argument '${argument}' is hier niet bruikbaar (${quote(value)}). Geef ${expected.nl}.`,
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
  /** A value that is not an existing calendar date. */
  invalidDate: (value: unknown): string =>
    `${quote(value)} is geen bestaande kalenderdatum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld '2026-03-15'.`,
  /** A value that is not a school year. */
  invalidSchoolYear: (value: unknown): string =>
    `${quote(value)} is geen schooljaar. Schrijf het als twee opeenvolgende jaren, bijvoorbeeld '2025-2026'.`,
};

/** The messages about arguments and options: the shape every language implements. */
export type ArgumentIssueMessages = typeof nl;
