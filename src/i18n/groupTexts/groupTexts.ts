import { type Localised, localise } from '../localise.js';
import { en } from './en.js';
import { type GroupTextMessages, nl } from './nl.js';

/**
 * The texts of `scoreByGroup`, in Dutch and English: every message gives a new `{ nl, en }` object.
 */
export const groupTexts: Localised<GroupTextMessages> = /* @__PURE__ */ localise<GroupTextMessages>({ nl, en });
