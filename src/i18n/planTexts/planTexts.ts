import { type Localised, localise } from '../localise.js';
import { en } from './en.js';
import { nl, type PlanTextMessages } from './nl.js';

/**
 * The texts of the plan functions, in Dutch and English: every message gives a new `{ nl, en }` object.
 */
export const planTexts: Localised<PlanTextMessages> = /* @__PURE__ */ localise<PlanTextMessages>({ nl, en });
