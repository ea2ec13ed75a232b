/**
 * The reference catalogue: themes, forms, factors, the six Berenschot strategy factors with their indicators and
 * pitfalls, stages, partner types, sectors, motives, benchmarks and framework mappings, each cited and written in
 * Dutch and English. Everything is deeply frozen; lookups by id take constant time.
 *
 * @module samenwerking/catalogue
 */
export { type Catalogue, catalogue } from './catalogue.js';
export { type BenchmarkId, benchmarkIds } from './data/benchmarks.js';
export { type CompetenceId, competenceIds } from './data/competences.js';
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
export { type StageId, stageIds } from './data/stages.js';
export { type StakeholderGroupId, stakeholderGroupIds } from './data/stakeholderGroups.js';
export { type StrategyFactorId, strategyFactorIds } from './data/strategyFactors.js';
export { type ThemeId, themeIds } from './data/themes.js';
export * from './lookups.js';
export type * from './types.js';
