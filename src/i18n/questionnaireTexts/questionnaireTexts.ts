import { type Localised, localise } from '../localise.js';
import { en } from './en.js';
import { nl, type QuestionnaireTextMessages } from './nl.js';

/**
 * The texts of the self-assessment questionnaire, in Dutch and English: every message gives a new `{ nl, en }`
 * object.
 */
export const questionnaireTexts: Localised<QuestionnaireTextMessages> =
  /* @__PURE__ */ localise<QuestionnaireTextMessages>({ nl, en });
