import { type Localised, localise } from '../localise.js';
import { en } from './en.js';
import { type FormFindingMessages, nl } from './nl.js';

/**
 * The texts of recommendForms, in Dutch and English: every message gives a new `{ nl, en }` object.
 */
export const formFindings: Localised<FormFindingMessages> = /* @__PURE__ */ localise<FormFindingMessages>({ nl, en });
