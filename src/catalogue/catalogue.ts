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
import { sources } from './data/sources.js';
import { staffAttentionPoints } from './data/staffAttentionPoints.js';
import { stages } from './data/stages.js';
import { stakeholderGroups } from './data/stakeholderGroups.js';
import { strategyFactors } from './data/strategyFactors.js';
import { suggestions } from './data/suggestions.js';
import { supportNeeds } from './data/supportNeeds.js';
import { themes } from './data/themes.js';
import { trainingRoutes } from './data/trainingRoutes.js';
import type {
  Benchmark,
  Benefit,
  CollaborationForm,
  Competence,
  CoordinatingRole,
  EditionChanges,
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
  StaffAttentionPoint,
  Stage,
  StakeholderGroup,
  StrategyFactor,
  Suggestion,
  SupportNeed,
  Theme,
  TrainingRoute,
} from './types.js';

/**
 * The whole reference catalogue: every list, in catalogue order.
 *
 * @category Catalogue
 */
export interface Catalogue {
  /** The edition, `'<year>.<number>'`. Ids never change meaning between editions; retired ids stay resolvable. */
  readonly edition: string;
  /** The five source documents. */
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
  /** The benefits partners experience from collaborating (Regioplan), linked to the motives they answer. */
  readonly benefits: readonly Benefit[];
  /** The Overlegraad PO-VO's suggestions a to i for furthering regional collaboration. */
  readonly suggestions: readonly Suggestion[];
  /** The roles inside a school that hold the contact with outside partners (Arbeidsmarktplatform PO). */
  readonly coordinatingRoles: readonly CoordinatingRole[];
  /** The points of attention per staff group for working with outside partners (Arbeidsmarktplatform PO). */
  readonly staffAttentionPoints: readonly StaffAttentionPoint[];
  /** The ways staff learn to collaborate with outside professionals (Arbeidsmarktplatform PO). */
  readonly trainingRoutes: readonly TrainingRoute[];
  /** What collaborating vso and vo schools would like outside support with. */
  readonly supportNeeds: readonly SupportNeed[];
  /** What each edition added, changed and retired, oldest first; the last entry is this edition. */
  readonly changes: readonly EditionChanges[];
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
  edition: '2026.2',
  sources,
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
});
