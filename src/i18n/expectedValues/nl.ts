/**
 * The kinds of value an argument or option expects, in Dutch: the part after "Toegestaan:" in a message about an
 * argument. Each is a phrase, not a sentence.
 */

export const nl = {
  options: 'een object met opties, of undefined',
  weight: (max: number): string =>
    `een getal van 0 tot en met ${max.toLocaleString('nl-NL')}, of undefined voor het standaardgewicht 1`,
  weights: "een object met id's uit de catalogus als sleutels en gewichten van 0 of meer als waarden",
  fraction: 'een getal van 0 tot en met 1',
  gap: 'een eindig getal van 0 of meer',
  score: 'een getal van 0 tot en met 100',
  bands: 'een object { voldoende, goed } met 0 ≤ voldoende < goed ≤ 100',
  bandOrder: 'een ondergrens voor voldoende die lager is dan die voor goed, beide van 0 tot en met 100',
};

/** The kinds of value an argument expects: the shape every language implements. */
export type ExpectedValueMessages = typeof nl;
