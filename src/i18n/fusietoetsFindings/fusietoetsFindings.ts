import { type Localised, localise } from '../localise.js';
import { en } from './en.js';
import { type FusietoetsFindingMessages, nl } from './nl.js';

/**
 * The texts of classifyFusietoets, in Dutch and English: every message gives a new `{ nl, en }` object.
 */
export const fusietoetsFindings: Localised<FusietoetsFindingMessages> =
  /* @__PURE__ */ localise<FusietoetsFindingMessages>({ nl, en });
