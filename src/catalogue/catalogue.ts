import { deepFreeze } from '../internal/deepFreeze.js';
import { benchmarks } from './data/benchmarks.js';
import { benefits } from './data/benefits.js';
import { changes } from './data/changes.js';
import { competences } from './data/competences.js';
import { coordinatingRoles } from './data/coordinatingRoles.js';
import { factors } from './data/factors.js';
import { forms } from './data/forms.js';
import { indicators } from './data/indicators.js';
import { levels } from './data/levels.js';
import { mappings } from './data/mappings.js';
import { motives } from './data/motives.js';
import { partnerTypes } from './data/partnerTypes.js';
import { pitfalls } from './data/pitfalls.js';
import { portraits } from './data/portraits.js';
import { reasons } from './data/reasons.js';
import { sectors } from './data/sectors.js';
import { staffAttentionPoints } from './data/staffAttentionPoints.js';
import { stages } from './data/stages.js';
import { stakeholderGroups } from './data/stakeholderGroups.js';
import { strategyFactors } from './data/strategyFactors.js';
import { suggestions } from './data/suggestions.js';
import { supportNeeds } from './data/supportNeeds.js';
import { themes } from './data/themes.js';
import { trainingRoutes } from './data/trainingRoutes.js';
import { CATALOGUE_EDITION } from './edition.js';
import { sourceEntries } from './sourceEntries.js';
import type { Catalogue } from './types.js';

/** The lists of the catalogue in the order of its keys; each is frozen on its first read. */
const lists = {
  edition: CATALOGUE_EDITION,
  sources: sourceEntries,
  themes,
  forms,
  factors,
  strategyFactors,
  indicators,
  pitfalls,
  stages,
  reasons,
  partnerTypes,
  stakeholderGroups,
  sectors,
  motives,
  benchmarks,
  mappings,
  levels,
  competences,
  portraits,
  benefits,
  suggestions,
  coordinatingRoles,
  staffAttentionPoints,
  trainingRoutes,
  supportNeeds,
  changes,
} satisfies Catalogue;

/**
 * Builds the frozen catalogue object: one enumerable getter per list that deep-freezes the list on its first read
 * (freezing the whole catalogue at import was most of the package's start-up time) and gives the same array after.
 */
function build(): Catalogue {
  const result = {};
  for (const [key, value] of Object.entries(lists)) {
    Object.defineProperty(result, key, { enumerable: true, get: () => deepFreeze(value) });
  }
  return Object.freeze(result) as Catalogue;
}

/**
 * The reference catalogue: one deeply frozen object with every list, built once.
 *
 * @remarks
 * Every entry has an `id`, a `label` and a `description` in Dutch and English written in our own words, and the
 * `sources` it rests on. Use the `get…` functions for lookups by id; they take constant time. Each list is deeply
 * frozen the first time it is read, so importing the package does not pay for lists it never reads; every read gives
 * the same frozen array.
 *
 * @example
 * ```ts
 * catalogue.strategyFactors.map((factor) => factor.id);
 * //=> ['belanghebbenden', 'ambitie', 'belangen', 'relatie', 'organisatie', 'communicatie']
 * Object.isFrozen(catalogue.themes[0]);
 * //=> true
 * ```
 * @category Catalogue
 */
export const catalogue: Catalogue = /* @__PURE__ */ build();
