import { fusietoetsSources } from './data/fusietoetsSources.js';
import { sources } from './data/sources.js';
import type { Source } from './types.js';

/** Every source entry: the five reports, then the outside sources of the Fusietoets rules. */
export const sourceEntries: readonly Source[] = /* @__PURE__ */ [sources, fusietoetsSources].flat();
