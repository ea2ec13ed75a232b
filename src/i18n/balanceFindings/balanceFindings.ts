import { type Localised, localise } from '../localise.js';
import { en } from './en.js';
import { type BalanceFindingMessages, nl } from './nl.js';

/**
 * The texts of balanceFactors, in Dutch and English: every message gives a new `{ nl, en }` object.
 */
export const balanceFindings: Localised<BalanceFindingMessages> = /* @__PURE__ */ localise<BalanceFindingMessages>({
  nl,
  en,
});
