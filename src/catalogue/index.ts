/**
 * The reference catalogue: themes, forms, factors, the six Berenschot strategy factors with their indicators and
 * pitfalls, stages, partner types, sectors, motives, benchmarks and framework mappings, benefits, suggestions,
 * coordinating roles, staff attention points, training routes and support needs, each cited and written in Dutch and
 * English, with a change list per edition. Everything is deeply frozen; lookups by id take constant time.
 *
 * @module samenwerking/catalogue
 */

export { type CatalogueListName, catalogueListNames } from '../i18n/catalogueLists/listNames.js';
export { catalogue } from './catalogue.js';
export { changes } from './data/changes.js';
export { fusietoetsDisputes, fusietoetsRules, fusietoetsSizeLimits } from './data/fusietoets.js';
export { fusietoetsSources } from './data/fusietoetsSources.js';
export { stageBandScale, stageDurationScale, stageFactorSignals, stageScoreScale } from './data/stageEvidence.js';
export { type BenchmarkId, benchmarkIds } from './ids/benchmarks.js';
export { type BenefitId, benefitIds } from './ids/benefits.js';
export { type CompetenceId, competenceIds } from './ids/competences.js';
export { type CoordinatingRoleId, coordinatingRoleIds } from './ids/coordinatingRoles.js';
export { type FactorId, factorCategories, factorIds } from './ids/factors.js';
export { type FormId, formIds } from './ids/forms.js';
export { type IndicatorId, indicatorIds } from './ids/indicators.js';
export { type LevelId, levelIds } from './ids/levels.js';
export { type MappingId, mappingIds } from './ids/mappings.js';
export { type MotiveId, motiveIds } from './ids/motives.js';
export { type PartnerTypeId, partnerTypeIds } from './ids/partnerTypes.js';
export { type PitfallId, pitfallIds } from './ids/pitfalls.js';
export { type PortraitId, portraitIds } from './ids/portraits.js';
export { type ReasonId, reasonIds } from './ids/reasons.js';
export { type SectorId, sectorIds } from './ids/sectors.js';
export { type SourceId, sourceIds } from './ids/sources.js';
export { type StaffAttentionPointId, staffAttentionPointIds } from './ids/staffAttentionPoints.js';
export { type StageId, stageIds } from './ids/stages.js';
export { type StakeholderGroupId, stakeholderGroupIds } from './ids/stakeholderGroups.js';
export { type StrategyFactorId, strategyFactorIds } from './ids/strategyFactors.js';
export { type SuggestionId, suggestionIds } from './ids/suggestions.js';
export { type SupportNeedId, supportNeedIds } from './ids/supportNeeds.js';
export { type ThemeId, themeIds } from './ids/themes.js';
export { type TrainingRouteId, trainingRouteIds } from './ids/trainingRoutes.js';
export * from './lookups.js';
export { requireCurrent } from './requireCurrent.js';
export type * from './types.js';
