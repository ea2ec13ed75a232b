/**
 * O(1) lookups by id for every catalogue list, and type guards for ids from untrusted input.
 *
 * @module
 */
import { createIdGuard, createLookup } from './createLookup.js';
import { benchmarks } from './data/benchmarks.js';
import { benefits } from './data/benefits.js';
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
import { type BenchmarkId, benchmarkIds } from './ids/benchmarks.js';
import { type BenefitId, benefitIds } from './ids/benefits.js';
import { type CompetenceId, competenceIds } from './ids/competences.js';
import { type CoordinatingRoleId, coordinatingRoleIds } from './ids/coordinatingRoles.js';
import { type FactorId, factorIds } from './ids/factors.js';
import { type FormId, formIds } from './ids/forms.js';
import { type IndicatorId, indicatorIds } from './ids/indicators.js';
import { type LevelId, levelIds } from './ids/levels.js';
import { type MappingId, mappingIds } from './ids/mappings.js';
import { type MotiveId, motiveIds } from './ids/motives.js';
import { type PartnerTypeId, partnerTypeIds } from './ids/partnerTypes.js';
import { type PitfallId, pitfallIds } from './ids/pitfalls.js';
import { type PortraitId, portraitIds } from './ids/portraits.js';
import { type ReasonId, reasonIds } from './ids/reasons.js';
import { type SectorId, sectorIds } from './ids/sectors.js';
import { type SourceId, sourceIds } from './ids/sources.js';
import { type StaffAttentionPointId, staffAttentionPointIds } from './ids/staffAttentionPoints.js';
import { type StageId, stageIds } from './ids/stages.js';
import { type StakeholderGroupId, stakeholderGroupIds } from './ids/stakeholderGroups.js';
import { type StrategyFactorId, strategyFactorIds } from './ids/strategyFactors.js';
import { type SuggestionId, suggestionIds } from './ids/suggestions.js';
import { type SupportNeedId, supportNeedIds } from './ids/supportNeeds.js';
import { type ThemeId, themeIds } from './ids/themes.js';
import { type TrainingRouteId, trainingRouteIds } from './ids/trainingRoutes.js';
import { sourceEntries } from './sourceEntries.js';
import type {
  Benchmark,
  Benefit,
  CollaborationForm,
  Competence,
  CoordinatingRole,
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
 * Looks up a source (bron) by id, in constant time.
 *
 * @param id - The id of the source.
 * @returns The frozen catalogue entry.
 * @throws {SamenwerkingError} `unknown_id` when no source has this id; the message names the closest known ids.
 *
 * @example
 * ```ts
 * getSource('berenschot-gemeente-onderwijs').id;
 * //=> 'berenschot-gemeente-onderwijs'
 * ```
 * @category Catalogue
 * @function
 */
export const getSource: (id: SourceId) => Source = /* @__PURE__ */ createLookup(sourceEntries, 'sources');

/**
 * Tells whether a value is the id of a source, for checking untrusted input before a lookup.
 *
 * @param value - Any value.
 * @returns `true` when the value is a known source id.
 *
 * @example
 * ```ts
 * isSourceId('berenschot-gemeente-onderwijs');
 * //=> true
 * isSourceId('geen-id');
 * //=> false
 * ```
 * @category Catalogue
 * @function
 */
export const isSourceId: (value: unknown) => value is SourceId = /* @__PURE__ */ createIdGuard(sourceIds);

/**
 * Looks up a theme (samenwerkingsthema) by id, in constant time.
 *
 * @param id - The id of the theme.
 * @returns The frozen catalogue entry.
 * @throws {SamenwerkingError} `unknown_id` when no theme has this id; the message names the closest known ids.
 *
 * @example
 * ```ts
 * getTheme('krimp').id;
 * //=> 'krimp'
 * ```
 * @category Catalogue
 * @function
 */
export const getTheme: (id: ThemeId) => Theme = /* @__PURE__ */ createLookup(themes, 'themes');

/**
 * Tells whether a value is the id of a theme, for checking untrusted input before a lookup.
 *
 * @param value - Any value.
 * @returns `true` when the value is a known theme id.
 *
 * @example
 * ```ts
 * isThemeId('krimp');
 * //=> true
 * isThemeId('geen-id');
 * //=> false
 * ```
 * @category Catalogue
 * @function
 */
export const isThemeId: (value: unknown) => value is ThemeId = /* @__PURE__ */ createIdGuard(themeIds);

/**
 * Looks up a collaboration form (samenwerkingsvorm) by id, in constant time.
 *
 * @param id - The id of the collaboration form.
 * @returns The frozen catalogue entry.
 * @throws {SamenwerkingError} `unknown_id` when no collaboration form has this id; the message names the closest known ids.
 *
 * @example
 * ```ts
 * getForm('federatie').id;
 * //=> 'federatie'
 * ```
 * @category Catalogue
 * @function
 */
export const getForm: (id: FormId) => CollaborationForm = /* @__PURE__ */ createLookup(forms, 'forms');

/**
 * Tells whether a value is the id of a collaboration form, for checking untrusted input before a lookup.
 *
 * @param value - Any value.
 * @returns `true` when the value is a known collaboration form id.
 *
 * @example
 * ```ts
 * isFormId('federatie');
 * //=> true
 * isFormId('geen-id');
 * //=> false
 * ```
 * @category Catalogue
 * @function
 */
export const isFormId: (value: unknown) => value is FormId = /* @__PURE__ */ createIdGuard(formIds);

/**
 * Looks up a promoting or hindering factor (bevorderende of belemmerende factor) by id, in constant time.
 *
 * @param id - The id of the promoting or hindering factor.
 * @returns The frozen catalogue entry.
 * @throws {SamenwerkingError} `unknown_id` when no promoting or hindering factor has this id; the message names the closest known ids.
 *
 * @example
 * ```ts
 * getFactor('ervaren-urgentie').id;
 * //=> 'ervaren-urgentie'
 * ```
 * @category Catalogue
 * @function
 */
export const getFactor: (id: FactorId) => Factor = /* @__PURE__ */ createLookup(factors, 'factors');

/**
 * Tells whether a value is the id of a promoting or hindering factor, for checking untrusted input before a lookup.
 *
 * @param value - Any value.
 * @returns `true` when the value is a known promoting or hindering factor id.
 *
 * @example
 * ```ts
 * isFactorId('ervaren-urgentie');
 * //=> true
 * isFactorId('geen-id');
 * //=> false
 * ```
 * @category Catalogue
 * @function
 */
export const isFactorId: (value: unknown) => value is FactorId = /* @__PURE__ */ createIdGuard(factorIds);

/**
 * Looks up a strategy factor (strategiefactor) by id, in constant time.
 *
 * @param id - The id of the strategy factor.
 * @returns The frozen catalogue entry.
 * @throws {SamenwerkingError} `unknown_id` when no strategy factor has this id; the message names the closest known ids.
 *
 * @example
 * ```ts
 * getStrategyFactor('ambitie').id;
 * //=> 'ambitie'
 * ```
 * @category Catalogue
 * @function
 */
export const getStrategyFactor: (id: StrategyFactorId) => StrategyFactor = /* @__PURE__ */ createLookup(
  strategyFactors,
  'strategyFactors',
);

/**
 * Tells whether a value is the id of a strategy factor, for checking untrusted input before a lookup.
 *
 * @param value - Any value.
 * @returns `true` when the value is a known strategy factor id.
 *
 * @example
 * ```ts
 * isStrategyFactorId('ambitie');
 * //=> true
 * isStrategyFactorId('geen-id');
 * //=> false
 * ```
 * @category Catalogue
 * @function
 */
export const isStrategyFactorId: (value: unknown) => value is StrategyFactorId =
  /* @__PURE__ */ createIdGuard(strategyFactorIds);

/**
 * Looks up a indicator (indicator) by id, in constant time.
 *
 * @param id - The id of the indicator.
 * @returns The frozen catalogue entry.
 * @throws {SamenwerkingError} `unknown_id` when no indicator has this id; the message names the closest known ids.
 *
 * @example
 * ```ts
 * getIndicator('ambitie.concreet').id;
 * //=> 'ambitie.concreet'
 * ```
 * @category Catalogue
 * @function
 */
export const getIndicator: (id: IndicatorId) => Indicator = /* @__PURE__ */ createLookup(indicators, 'indicators');

/**
 * Tells whether a value is the id of a indicator, for checking untrusted input before a lookup.
 *
 * @param value - Any value.
 * @returns `true` when the value is a known indicator id.
 *
 * @example
 * ```ts
 * isIndicatorId('ambitie.concreet');
 * //=> true
 * isIndicatorId('geen-id');
 * //=> false
 * ```
 * @category Catalogue
 * @function
 */
export const isIndicatorId: (value: unknown) => value is IndicatorId = /* @__PURE__ */ createIdGuard(indicatorIds);

/**
 * Looks up a pitfall (valkuil) by id, in constant time.
 *
 * @param id - The id of the pitfall.
 * @returns The frozen catalogue entry.
 * @throws {SamenwerkingError} `unknown_id` when no pitfall has this id; the message names the closest known ids.
 *
 * @example
 * ```ts
 * getPitfall('poolse-landdag').id;
 * //=> 'poolse-landdag'
 * ```
 * @category Catalogue
 * @function
 */
export const getPitfall: (id: PitfallId) => Pitfall = /* @__PURE__ */ createLookup(pitfalls, 'pitfalls');

/**
 * Tells whether a value is the id of a pitfall, for checking untrusted input before a lookup.
 *
 * @param value - Any value.
 * @returns `true` when the value is a known pitfall id.
 *
 * @example
 * ```ts
 * isPitfallId('poolse-landdag');
 * //=> true
 * isPitfallId('geen-id');
 * //=> false
 * ```
 * @category Catalogue
 * @function
 */
export const isPitfallId: (value: unknown) => value is PitfallId = /* @__PURE__ */ createIdGuard(pitfallIds);

/**
 * Looks up a collaboration stage (samenwerkingsstadium) by id, in constant time.
 *
 * @param id - The id of the collaboration stage.
 * @returns The frozen catalogue entry.
 * @throws {SamenwerkingError} `unknown_id` when no collaboration stage has this id; the message names the closest known ids.
 *
 * @example
 * ```ts
 * getStage('volwassen-partnerschap').id;
 * //=> 'volwassen-partnerschap'
 * ```
 * @category Catalogue
 * @function
 */
export const getStage: (id: StageId) => Stage = /* @__PURE__ */ createLookup(stages, 'stages');

/**
 * Tells whether a value is the id of a collaboration stage, for checking untrusted input before a lookup.
 *
 * @param value - Any value.
 * @returns `true` when the value is a known collaboration stage id.
 *
 * @example
 * ```ts
 * isStageId('volwassen-partnerschap');
 * //=> true
 * isStageId('geen-id');
 * //=> false
 * ```
 * @category Catalogue
 * @function
 */
export const isStageId: (value: unknown) => value is StageId = /* @__PURE__ */ createIdGuard(stageIds);

/**
 * Looks up a reason for not collaborating (reden om niet samen te werken) by id, in constant time.
 *
 * @param id - The id of the reason for not collaborating.
 * @returns The frozen catalogue entry.
 * @throws {SamenwerkingError} `unknown_id` when no reason for not collaborating has this id; the message names the closest known ids.
 *
 * @example
 * ```ts
 * getReason('niet-willen').id;
 * //=> 'niet-willen'
 * ```
 * @category Catalogue
 * @function
 */
export const getReason: (id: ReasonId) => Reason = /* @__PURE__ */ createLookup(reasons, 'reasons');

/**
 * Tells whether a value is the id of a reason for not collaborating, for checking untrusted input before a lookup.
 *
 * @param value - Any value.
 * @returns `true` when the value is a known reason for not collaborating id.
 *
 * @example
 * ```ts
 * isReasonId('niet-willen');
 * //=> true
 * isReasonId('geen-id');
 * //=> false
 * ```
 * @category Catalogue
 * @function
 */
export const isReasonId: (value: unknown) => value is ReasonId = /* @__PURE__ */ createIdGuard(reasonIds);

/**
 * Looks up a partner type (soort partner) by id, in constant time.
 *
 * @param id - The id of the partner type.
 * @returns The frozen catalogue entry.
 * @throws {SamenwerkingError} `unknown_id` when no partner type has this id; the message names the closest known ids.
 *
 * @example
 * ```ts
 * getPartnerType('gemeente').id;
 * //=> 'gemeente'
 * ```
 * @category Catalogue
 * @function
 */
export const getPartnerType: (id: PartnerTypeId) => PartnerType = /* @__PURE__ */ createLookup(
  partnerTypes,
  'partnerTypes',
);

/**
 * Tells whether a value is the id of a partner type, for checking untrusted input before a lookup.
 *
 * @param value - Any value.
 * @returns `true` when the value is a known partner type id.
 *
 * @example
 * ```ts
 * isPartnerTypeId('gemeente');
 * //=> true
 * isPartnerTypeId('geen-id');
 * //=> false
 * ```
 * @category Catalogue
 * @function
 */
export const isPartnerTypeId: (value: unknown) => value is PartnerTypeId =
  /* @__PURE__ */ createIdGuard(partnerTypeIds);

/**
 * Looks up a stakeholder group (groep belanghebbenden) by id, in constant time.
 *
 * @param id - The id of the stakeholder group.
 * @returns The frozen catalogue entry.
 * @throws {SamenwerkingError} `unknown_id` when no stakeholder group has this id; the message names the closest known ids.
 *
 * @example
 * ```ts
 * getStakeholderGroup('gemeenteraad').id;
 * //=> 'gemeenteraad'
 * ```
 * @category Catalogue
 * @function
 */
export const getStakeholderGroup: (id: StakeholderGroupId) => StakeholderGroup = /* @__PURE__ */ createLookup(
  stakeholderGroups,
  'stakeholderGroups',
);

/**
 * Tells whether a value is the id of a stakeholder group, for checking untrusted input before a lookup.
 *
 * @param value - Any value.
 * @returns `true` when the value is a known stakeholder group id.
 *
 * @example
 * ```ts
 * isStakeholderGroupId('gemeenteraad');
 * //=> true
 * isStakeholderGroupId('geen-id');
 * //=> false
 * ```
 * @category Catalogue
 * @function
 */
export const isStakeholderGroupId: (value: unknown) => value is StakeholderGroupId =
  /* @__PURE__ */ createIdGuard(stakeholderGroupIds);

/**
 * Looks up a education sector (onderwijssector) by id, in constant time.
 *
 * @param id - The id of the education sector.
 * @returns The frozen catalogue entry.
 * @throws {SamenwerkingError} `unknown_id` when no education sector has this id; the message names the closest known ids.
 *
 * @example
 * ```ts
 * getSector('vso').id;
 * //=> 'vso'
 * ```
 * @category Catalogue
 * @function
 */
export const getSector: (id: SectorId) => Sector = /* @__PURE__ */ createLookup(sectors, 'sectors');

/**
 * Tells whether a value is the id of a education sector, for checking untrusted input before a lookup.
 *
 * @param value - Any value.
 * @returns `true` when the value is a known education sector id.
 *
 * @example
 * ```ts
 * isSectorId('vso');
 * //=> true
 * isSectorId('geen-id');
 * //=> false
 * ```
 * @category Catalogue
 * @function
 */
export const isSectorId: (value: unknown) => value is SectorId = /* @__PURE__ */ createIdGuard(sectorIds);

/**
 * Looks up a motive (motief) by id, in constant time.
 *
 * @param id - The id of the motive.
 * @returns The frozen catalogue entry.
 * @throws {SamenwerkingError} `unknown_id` when no motive has this id; the message names the closest known ids.
 *
 * @example
 * ```ts
 * getMotive('groepen-speciale-ondersteuning').id;
 * //=> 'groepen-speciale-ondersteuning'
 * ```
 * @category Catalogue
 * @function
 */
export const getMotive: (id: MotiveId) => Motive = /* @__PURE__ */ createLookup(motives, 'motives');

/**
 * Tells whether a value is the id of a motive, for checking untrusted input before a lookup.
 *
 * @param value - Any value.
 * @returns `true` when the value is a known motive id.
 *
 * @example
 * ```ts
 * isMotiveId('groepen-speciale-ondersteuning');
 * //=> true
 * isMotiveId('geen-id');
 * //=> false
 * ```
 * @category Catalogue
 * @function
 */
export const isMotiveId: (value: unknown) => value is MotiveId = /* @__PURE__ */ createIdGuard(motiveIds);

/**
 * Looks up a benchmark (benchmark) by id, in constant time.
 *
 * @param id - The id of the benchmark.
 * @returns The frozen catalogue entry.
 * @throws {SamenwerkingError} `unknown_id` when no benchmark has this id; the message names the closest known ids.
 *
 * @example
 * ```ts
 * getBenchmark('regioplan-besproken-themas').id;
 * //=> 'regioplan-besproken-themas'
 * ```
 * @category Catalogue
 * @function
 */
export const getBenchmark: (id: BenchmarkId) => Benchmark = /* @__PURE__ */ createLookup(benchmarks, 'benchmarks');

/**
 * Tells whether a value is the id of a benchmark, for checking untrusted input before a lookup.
 *
 * @param value - Any value.
 * @returns `true` when the value is a known benchmark id.
 *
 * @example
 * ```ts
 * isBenchmarkId('regioplan-besproken-themas');
 * //=> true
 * isBenchmarkId('geen-id');
 * //=> false
 * ```
 * @category Catalogue
 * @function
 */
export const isBenchmarkId: (value: unknown) => value is BenchmarkId = /* @__PURE__ */ createIdGuard(benchmarkIds);

/**
 * Looks up a framework mapping (koppeling tussen kaders) by id, in constant time.
 *
 * @param id - The id of the framework mapping.
 * @returns The frozen catalogue entry.
 * @throws {SamenwerkingError} `unknown_id` when no framework mapping has this id; the message names the closest known ids.
 *
 * @example
 * ```ts
 * getMapping('belanghebbenden-proces').id;
 * //=> 'belanghebbenden-proces'
 * ```
 * @category Catalogue
 * @function
 */
export const getMapping: (id: MappingId) => Mapping = /* @__PURE__ */ createLookup(mappings, 'mappings');

/**
 * Tells whether a value is the id of a framework mapping, for checking untrusted input before a lookup.
 *
 * @param value - Any value.
 * @returns `true` when the value is a known framework mapping id.
 *
 * @example
 * ```ts
 * isMappingId('belanghebbenden-proces');
 * //=> true
 * isMappingId('geen-id');
 * //=> false
 * ```
 * @category Catalogue
 * @function
 */
export const isMappingId: (value: unknown) => value is MappingId = /* @__PURE__ */ createIdGuard(mappingIds);

/**
 * Looks up a collaboration level (samenwerkingsniveau) by id, in constant time.
 *
 * @param id - The id of the collaboration level.
 * @returns The frozen catalogue entry.
 * @throws {SamenwerkingError} `unknown_id` when no collaboration level has this id; the message names the closest known ids.
 *
 * @example
 * ```ts
 * getLevel('groep').id;
 * //=> 'groep'
 * ```
 * @category Catalogue
 * @function
 */
export const getLevel: (id: LevelId) => Level = /* @__PURE__ */ createLookup(levels, 'levels');

/**
 * Tells whether a value is the id of a collaboration level, for checking untrusted input before a lookup.
 *
 * @param value - Any value.
 * @returns `true` when the value is a known collaboration level id.
 *
 * @example
 * ```ts
 * isLevelId('groep');
 * //=> true
 * isLevelId('geen-id');
 * //=> false
 * ```
 * @category Catalogue
 * @function
 */
export const isLevelId: (value: unknown) => value is LevelId = /* @__PURE__ */ createIdGuard(levelIds);

/**
 * Looks up a competence (competentie) by id, in constant time.
 *
 * @param id - The id of the competence.
 * @returns The frozen catalogue entry.
 * @throws {SamenwerkingError} `unknown_id` when no competence has this id; the message names the closest known ids.
 *
 * @example
 * ```ts
 * getCompetence('netwerken').id;
 * //=> 'netwerken'
 * ```
 * @category Catalogue
 * @function
 */
export const getCompetence: (id: CompetenceId) => Competence = /* @__PURE__ */ createLookup(competences, 'competences');

/**
 * Tells whether a value is the id of a competence, for checking untrusted input before a lookup.
 *
 * @param value - Any value.
 * @returns `true` when the value is a known competence id.
 *
 * @example
 * ```ts
 * isCompetenceId('netwerken');
 * //=> true
 * isCompetenceId('geen-id');
 * //=> false
 * ```
 * @category Catalogue
 * @function
 */
export const isCompetenceId: (value: unknown) => value is CompetenceId = /* @__PURE__ */ createIdGuard(competenceIds);

/**
 * Looks up a Berenschot portrait (Berenschot-portret) by id, in constant time.
 *
 * @param id - The id of the Berenschot portrait.
 * @returns The frozen catalogue entry.
 * @throws {SamenwerkingError} `unknown_id` when no Berenschot portrait has this id; the message names the closest known ids.
 *
 * @example
 * ```ts
 * getPortrait('leiden').id;
 * //=> 'leiden'
 * ```
 * @category Catalogue
 * @function
 */
export const getPortrait: (id: PortraitId) => Portrait = /* @__PURE__ */ createLookup(portraits, 'portraits');

/**
 * Tells whether a value is the id of a Berenschot portrait, for checking untrusted input before a lookup.
 *
 * @param value - Any value.
 * @returns `true` when the value is a known Berenschot portrait id.
 *
 * @example
 * ```ts
 * isPortraitId('leiden');
 * //=> true
 * isPortraitId('geen-id');
 * //=> false
 * ```
 * @category Catalogue
 * @function
 */
export const isPortraitId: (value: unknown) => value is PortraitId = /* @__PURE__ */ createIdGuard(portraitIds);

/**
 * Looks up a benefit (opbrengst) by id, in constant time.
 *
 * @param id - The id of the benefit.
 * @returns The frozen catalogue entry.
 * @throws {SamenwerkingError} `unknown_id` when no benefit has this id; the message names the closest known ids.
 *
 * @example
 * ```ts
 * getBenefit('soepele-overstap-po-vo').mentions[0]?.frequency?.en;
 * //=> 'more than half of the respondents'
 * ```
 * @category Catalogue
 * @function
 */
export const getBenefit: (id: BenefitId) => Benefit = /* @__PURE__ */ createLookup(benefits, 'benefits');

/**
 * Tells whether a value is the id of a benefit, for checking untrusted input before a lookup.
 *
 * @param value - Any value.
 * @returns `true` when the value is a known benefit id.
 *
 * @example
 * ```ts
 * isBenefitId('verbondenheid');
 * //=> true
 * isBenefitId('geen-id');
 * //=> false
 * ```
 * @category Catalogue
 * @function
 */
export const isBenefitId: (value: unknown) => value is BenefitId = /* @__PURE__ */ createIdGuard(benefitIds);

/**
 * Looks up a suggestion (suggestie) by id, in constant time.
 *
 * @param id - The id of the suggestion.
 * @returns The frozen catalogue entry.
 * @throws {SamenwerkingError} `unknown_id` when no suggestion has this id; the message names the closest known ids.
 *
 * @example
 * ```ts
 * getSuggestion('kleine-besturen-meenemen').letter;
 * //=> 'i'
 * ```
 * @category Catalogue
 * @function
 */
export const getSuggestion: (id: SuggestionId) => Suggestion = /* @__PURE__ */ createLookup(suggestions, 'suggestions');

/**
 * Tells whether a value is the id of a suggestion, for checking untrusted input before a lookup.
 *
 * @param value - Any value.
 * @returns `true` when the value is a known suggestion id.
 *
 * @example
 * ```ts
 * isSuggestionId('besef-van-noodzaak');
 * //=> true
 * isSuggestionId('geen-id');
 * //=> false
 * ```
 * @category Catalogue
 * @function
 */
export const isSuggestionId: (value: unknown) => value is SuggestionId = /* @__PURE__ */ createIdGuard(suggestionIds);

/**
 * Looks up a coordinating role (coördinerende rol) by id, in constant time.
 *
 * @param id - The id of the coordinating role.
 * @returns The frozen catalogue entry.
 * @throws {SamenwerkingError} `unknown_id` when no coordinating role has this id; the message names the closest known ids.
 *
 * @example
 * ```ts
 * getCoordinatingRole('intern-begeleider').partnerTypes;
 * //=> ['zorg', 'jeugdhulp']
 * ```
 * @category Catalogue
 * @function
 */
export const getCoordinatingRole: (id: CoordinatingRoleId) => CoordinatingRole = /* @__PURE__ */ createLookup(
  coordinatingRoles,
  'coordinatingRoles',
);

/**
 * Tells whether a value is the id of a coordinating role, for checking untrusted input before a lookup.
 *
 * @param value - Any value.
 * @returns `true` when the value is a known coordinating role id.
 *
 * @example
 * ```ts
 * isCoordinatingRoleId('cultuurcoordinator');
 * //=> true
 * isCoordinatingRoleId('geen-id');
 * //=> false
 * ```
 * @category Catalogue
 * @function
 */
export const isCoordinatingRoleId: (value: unknown) => value is CoordinatingRoleId =
  /* @__PURE__ */ createIdGuard(coordinatingRoleIds);

/**
 * Looks up a staff attention point (aandachtspunt) by id, in constant time.
 *
 * @param id - The id of the staff attention point.
 * @returns The frozen catalogue entry.
 * @throws {SamenwerkingError} `unknown_id` when no staff attention point has this id; the message names the closest known ids.
 *
 * @example
 * ```ts
 * getStaffAttentionPoint('overzicht-houden').audience;
 * //=> 'leraren'
 * ```
 * @category Catalogue
 * @function
 */
export const getStaffAttentionPoint: (id: StaffAttentionPointId) => StaffAttentionPoint = /* @__PURE__ */ createLookup(
  staffAttentionPoints,
  'staffAttentionPoints',
);

/**
 * Tells whether a value is the id of a staff attention point, for checking untrusted input before a lookup.
 *
 * @param value - Any value.
 * @returns `true` when the value is a known staff attention point id.
 *
 * @example
 * ```ts
 * isStaffAttentionPointId('partners-selecteren');
 * //=> true
 * isStaffAttentionPointId('geen-id');
 * //=> false
 * ```
 * @category Catalogue
 * @function
 */
export const isStaffAttentionPointId: (value: unknown) => value is StaffAttentionPointId =
  /* @__PURE__ */ createIdGuard(staffAttentionPointIds);

/**
 * Looks up a training route (leerroute) by id, in constant time.
 *
 * @param id - The id of the training route.
 * @returns The frozen catalogue entry.
 * @throws {SamenwerkingError} `unknown_id` when no training route has this id; the message names the closest known ids.
 *
 * @example
 * ```ts
 * getTrainingRoute('intervisie-en-coaching').competences;
 * //=> ['open-voor-feedback']
 * ```
 * @category Catalogue
 * @function
 */
export const getTrainingRoute: (id: TrainingRouteId) => TrainingRoute = /* @__PURE__ */ createLookup(
  trainingRoutes,
  'trainingRoutes',
);

/**
 * Tells whether a value is the id of a training route, for checking untrusted input before a lookup.
 *
 * @param value - Any value.
 * @returns `true` when the value is a known training route id.
 *
 * @example
 * ```ts
 * isTrainingRouteId('studiedagen');
 * //=> true
 * isTrainingRouteId('geen-id');
 * //=> false
 * ```
 * @category Catalogue
 * @function
 */
export const isTrainingRouteId: (value: unknown) => value is TrainingRouteId =
  /* @__PURE__ */ createIdGuard(trainingRouteIds);

/**
 * Looks up a support need (ondersteuningsbehoefte) by id, in constant time.
 *
 * @param id - The id of the support need.
 * @returns The frozen catalogue entry.
 * @throws {SamenwerkingError} `unknown_id` when no support need has this id; the message names the closest known ids.
 *
 * @example
 * ```ts
 * getSupportNeed('bouwkundige-deskundigheid').factors;
 * //=> ['huisvestingsvragen']
 * ```
 * @category Catalogue
 * @function
 */
export const getSupportNeed: (id: SupportNeedId) => SupportNeed = /* @__PURE__ */ createLookup(
  supportNeeds,
  'supportNeeds',
);

/**
 * Tells whether a value is the id of a support need, for checking untrusted input before a lookup.
 *
 * @param value - Any value.
 * @returns `true` when the value is a known support need id.
 *
 * @example
 * ```ts
 * isSupportNeedId('pr-ondersteuning');
 * //=> true
 * isSupportNeedId('geen-id');
 * //=> false
 * ```
 * @category Catalogue
 * @function
 */
export const isSupportNeedId: (value: unknown) => value is SupportNeedId =
  /* @__PURE__ */ createIdGuard(supportNeedIds);
