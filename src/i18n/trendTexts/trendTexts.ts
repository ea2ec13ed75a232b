import { type Localised, localise } from '../localise.js';
import { en } from './en.js';
import { nl, type TrendTextMessages } from './nl.js';

/**
 * The texts of `trend`, in Dutch and English: every message gives a new `{ nl, en }` object.
 */
export const trendTexts: Localised<TrendTextMessages> = /* @__PURE__ */ localise<TrendTextMessages>({ nl, en });
