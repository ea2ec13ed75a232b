import type { ExpectedValueMessages } from './nl.js';

/** The kinds of value an argument or option expects, in English. */
export const en: ExpectedValueMessages = {
  options: 'an object of options, or undefined',
  weight: (max) => `a number from 0 to ${max.toLocaleString('en-GB')}, or undefined for the default weight 1`,
  weights: 'an object with catalogue ids as keys and weights of 0 or more as values',
  fraction: 'a number from 0 to 1',
  gap: 'a finite number of 0 or more',
  score: 'a number from 0 to 100',
  bands: 'an object { voldoende, goed } with 0 ≤ voldoende < goed ≤ 100',
  bandOrder: 'a lower bound for voldoende that is below the one for goed, both from 0 to 100',
};
