import { formatNumber, quoteIds } from '../format.js';
import type { ResultIssueMessages } from './nl.js';

/** The messages about a stored result that breaks a rule of its format, in English. */
export const en: ResultIssueMessages = {
  order: (where, expected, position, found) =>
    `${where}: expected ${quoteIds(expected)} in this order, but position ${position + 1} holds ${typeof found === 'string' ? `'${found}'` : 'something else'}. Compute the result again rather than editing it by hand.`,
  band: (where, score, band, expected) =>
    `${where}: the score ${formatNumber(score, 'en', 6)} falls in band '${expected}' under these limits (options.bands), not in '${band}'. Compute the score again rather than changing the band by hand.`,
  bandWithoutScore: (where) =>
    `${where}: a band without a score, or a score without a band. Compute the result again rather than editing it by hand: without a score the band is null, with one it never is.`,
  bandOrder: (voldoende, goed) =>
    `Options: the limit of voldoende (${formatNumber(voldoende, 'en', 6)}) must be below the limit of goed (${formatNumber(goed, 'en', 6)}). Compute the result again with limits in that order.`,
  bottleneck: (expected, found) =>
    `Bottleneck: the first factor with band onvoldoende is ${expected === null ? 'none (so the bottleneck is null)' : `'${expected}'`}, but the result names ${found === null ? 'none' : `'${String(found)}'`}. Compute the result again rather than editing it by hand.`,
};
