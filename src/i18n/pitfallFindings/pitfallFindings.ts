import { type Localised, localise } from '../localise.js';
import { en } from './en.js';
import { nl, type PitfallFindingMessages } from './nl.js';

/**
 * The findings of detectPitfalls, in Dutch and English: every message gives a new `{ nl, en }` object.
 */
export const pitfallFindings: Localised<PitfallFindingMessages> = /* @__PURE__ */ localise<PitfallFindingMessages>({
  nl,
  en,
});
