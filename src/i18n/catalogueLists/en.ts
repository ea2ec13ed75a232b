import type { CatalogueListMessages } from './nl.js';

/** The names of the catalogue lists in English. */
export const en: CatalogueListMessages = {
  entry: {
    sources: 'source',
    themes: 'theme',
    forms: 'collaboration form',
    factors: 'promoting or hindering factor',
    strategyFactors: 'strategy factor',
    indicators: 'indicator',
    pitfalls: 'pitfall',
    stages: 'collaboration stage',
    reasons: 'reason for not collaborating',
    partnerTypes: 'partner type',
    stakeholderGroups: 'stakeholder group',
    sectors: 'education sector',
    motives: 'motive',
    benchmarks: 'benchmark',
    mappings: 'framework mapping',
    levels: 'collaboration level',
    competences: 'competence',
    portraits: 'Berenschot portrait',
    benefits: 'benefit',
    suggestions: 'suggestion',
    coordinatingRoles: 'coordinating role',
    staffAttentionPoints: 'staff attention point',
    trainingRoutes: 'training route',
    supportNeeds: 'support need',
  },
};
