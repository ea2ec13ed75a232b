import { deepFreeze } from '../internal/deepFreeze.js';
import { benchmarks } from './data/benchmarks.js';
import { competences } from './data/competences.js';
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
import { stages } from './data/stages.js';
import { stakeholderGroups } from './data/stakeholderGroups.js';
import { strategyFactors } from './data/strategyFactors.js';
import { themes } from './data/themes.js';
import { sourceEntries } from './sourceEntries.js';
import type {
  Benchmark,
  CollaborationForm,
  Competence,
  Factor,
  Indicator,
  Level,
  Mapping,
  Motive,
  PartnerType,
  Pitfall,
  Portrait,
  Reason,
  Sector,
  Source,
  Stage,
  StakeholderGroup,
  StrategyFactor,
  Theme,
} from './types.js';

/**
 * The whole reference catalogue: every list, in catalogue order.
 *
 * @category Catalogue
 */
export interface Catalogue {
  /** The edition, `'<year>.<number>'`. Ids never change meaning between editions; retired ids stay resolvable. */
  readonly edition: string;
  /** The source documents: the five reports, then the outside sources of the Fusietoets rules. */
  readonly sources: readonly Source[];
  /** The samenwerkingsthema's. */
  readonly themes: readonly Theme[];
  /** The samenwerkingsvormen, main forms before their sub-forms. */
  readonly forms: readonly CollaborationForm[];
  /** The bevorderende and belemmerende factoren. */
  readonly factors: readonly Factor[];
  /** The six Berenschot strategy factors, in strategy order. */
  readonly strategyFactors: readonly StrategyFactor[];
  /** The self-assessment indicators, grouped by strategy factor in strategy order. */
  readonly indicators: readonly Indicator[];
  /** The pitfalls (valkuilen), grouped by strategy factor. */
  readonly pitfalls: readonly Pitfall[];
  /** The collaboration stages, from mistrust (0) to mature partnership (4). */
  readonly stages: readonly Stage[];
  /** The reasons for not collaborating. */
  readonly reasons: readonly Reason[];
  /** The types of partner organisation. */
  readonly partnerTypes: readonly PartnerType[];
  /** The stakeholder groups. */
  readonly stakeholderGroups: readonly StakeholderGroup[];
  /** The education sectors, from young to old learners. */
  readonly sectors: readonly Sector[];
  /** The motives for collaborating, with printed mean scores where the sources give them. */
  readonly motives: readonly Motive[];
  /** The published survey figures, kept exactly as printed. */
  readonly benchmarks: readonly Benchmark[];
  /** The links between the Berenschot factors, the Kaats & Opheij perspectives and the NSOB elements. */
  readonly mappings: readonly Mapping[];
  /** The levels of collaboration (individual, group, organisation). */
  readonly levels: readonly Level[];
  /** The competences staff need to collaborate with professionals outside education. */
  readonly competences: readonly Competence[];
  /** The eight municipalities portrayed by Berenschot. */
  readonly portraits: readonly Portrait[];
}

/**
 * The reference catalogue: one deeply frozen object with every list, built once.
 *
 * @remarks
 * Every entry has an `id`, a `label` and a `description` in Dutch and English written in our own words, and the
 * `sources` it rests on. Use the `get…` functions for lookups by id; they take constant time.
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
export const catalogue: Catalogue = /* @__PURE__ */ deepFreeze({
  edition: '2026.1',
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
});
