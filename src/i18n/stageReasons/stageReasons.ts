import { type Localised, localise } from '../localise.js';
import { en } from './en.js';
import { nl, type StageReasonMessages } from './nl.js';

/**
 * The reasons inferStage gives for a stage, in Dutch and English: every message gives a new `{ nl, en }` object.
 */
export const stageReasons: Localised<StageReasonMessages> = /* @__PURE__ */ localise<StageReasonMessages>({ nl, en });
