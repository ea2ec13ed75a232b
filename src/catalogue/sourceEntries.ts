import { fusietoetsSources } from './data/fusietoetsSources.js';
import { sources } from './data/sources.js';
import type { Source } from './types.js';

/**
 * Every source entry, in the order of the source ids: the five reports and the outside sources of `sources.ts`, then
 * the further outside sources of the Fusietoets rules.
 */
export const sourceEntries: readonly Source[] = /* @__PURE__ */ [sources, fusietoetsSources].flat();
