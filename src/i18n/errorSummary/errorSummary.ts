import { type Localised, localise } from '../localise.js';
import { en } from './en.js';
import { type ErrorSummaryMessages, nl } from './nl.js';

/**
 * The first line of an error's message, in Dutch and English: every message gives a new `{ nl, en }` object.
 */
export const errorSummary: Localised<ErrorSummaryMessages> = /* @__PURE__ */ localise<ErrorSummaryMessages>({ nl, en });
