import { type Localised, localise } from '../localise.js';
import { en } from './en.js';
import { type ExpectedInputMessages, nl } from './nl.js';

/**
 * What an input argument of a scoring or report function must be, in Dutch and English: every message gives a new
 * `{ nl, en }` object. Apart from the expected values of options, so that a bundle that only reads options (the
 * scoring) does not carry these phrases.
 */
export const expectedInputs: Localised<ExpectedInputMessages> = /* @__PURE__ */ localise<ExpectedInputMessages>({
  nl,
  en,
});
export type { InputKind } from './nl.js';
