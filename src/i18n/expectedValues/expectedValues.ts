import { type Localised, localise } from '../localise.js';
import { en } from './en.js';
import { type ExpectedValueMessages, nl } from './nl.js';

/**
 * The kinds of value an argument or option expects, in Dutch and English: every message gives a new `{ nl, en }` object.
 */
export const expectedValues: Localised<ExpectedValueMessages> = /* @__PURE__ */ localise<ExpectedValueMessages>({
  nl,
  en,
});
