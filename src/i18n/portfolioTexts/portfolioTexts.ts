import { type Localised, localise } from '../localise.js';
import { en } from './en.js';
import { nl, type PortfolioTextMessages } from './nl.js';

/**
 * The lines of summarisePortfolio, in Dutch and English: every message gives a new `{ nl, en }` object.
 */
export const portfolioTexts: Localised<PortfolioTextMessages> = /* @__PURE__ */ localise<PortfolioTextMessages>({
  nl,
  en,
});
