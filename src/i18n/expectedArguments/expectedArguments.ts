import { type Localised, localise } from '../localise.js';
import { en } from './en.js';
import { type ExpectedArgumentMessages, nl } from './nl.js';

/**
 * The kinds of value an argument or option expects, in Dutch and English: every message gives a new `{ nl, en }`
 * object. (The scoring options have theirs in `expectedValues`.)
 */
export const expectedArguments: Localised<ExpectedArgumentMessages> =
  /* @__PURE__ */ localise<ExpectedArgumentMessages>({
    nl,
    en,
  });
