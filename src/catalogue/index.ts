/**
 * The reference catalogue: themes, forms, factors, the six Berenschot strategy factors with their indicators and
 * pitfalls, stages, partner types, sectors, motives, benchmarks and framework mappings, benefits, suggestions,
 * coordinating roles, staff attention points, training routes and support needs, each cited and written in Dutch and
 * English, with a change list per edition. Everything is deeply frozen; lookups by id take constant time.
 *
 * @module samenwerking/catalogue
 */
export { type Catalogue, catalogue } from './catalogue.js';
export { type CatalogueListName, catalogueListNames } from './catalogueListNames.js';
export { type BenchmarkId, benchmarkIds } from './data/benchmarks.js';
export { type BenefitId, benefitIds } from './data/benefits.js';
export { changes } from './data/changes.js';
export { type CompetenceId, competenceIds } from './data/competences.js';
export { type CoordinatingRoleId, coordinatingRoleIds } from './data/coordinatingRoles.js';
export { type FactorId, factorCategories, factorIds } from './data/factors.js';
export { type FormId, formIds } from './data/forms.js';
export { type IndicatorId, indicatorIds } from './data/indicators.js';
export { type LevelId, levelIds } from './data/levels.js';
export { type MappingId, mappingIds } from './data/mappings.js';
export { type MotiveId, motiveIds } from './data/motives.js';
export { type PartnerTypeId, partnerTypeIds } from './data/partnerTypes.js';
export { type PitfallId, pitfallIds } from './data/pitfalls.js';
export { type PortraitId, portraitIds } from './data/portraits.js';
export { type ReasonId, reasonIds } from './data/reasons.js';
export { type SectorId, sectorIds } from './data/sectors.js';
export { type SourceId, sourceIds } from './data/sources.js';
export { type StaffAttentionPointId, staffAttentionPointIds } from './data/staffAttentionPoints.js';
export { type StageId, stageIds } from './data/stages.js';
export { type StakeholderGroupId, stakeholderGroupIds } from './data/stakeholderGroups.js';
export { type StrategyFactorId, strategyFactorIds } from './data/strategyFactors.js';
export { type SuggestionId, suggestionIds } from './data/suggestions.js';
export { type SupportNeedId, supportNeedIds } from './data/supportNeeds.js';
export { type ThemeId, themeIds } from './data/themes.js';
export { type TrainingRouteId, trainingRouteIds } from './data/trainingRoutes.js';
export * from './lookups.js';
export { requireCurrent } from './requireCurrent.js';
export type * from './types.js';
