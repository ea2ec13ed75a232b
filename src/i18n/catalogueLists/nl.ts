import type { CatalogueListName } from './listNames.js';

/**
 * The names of the catalogue lists in Dutch, as one entry of a list is called in a message ("er is geen
 * samenwerkingsthema met id …"). Written once: the lookups, the document schemas and the scoring functions all name a
 * list through these. Every list of `catalogueListNames` is named, and no other.
 */
export const nl: {
  /** The name of one entry of each list, keyed by the list. */
  readonly entry: Readonly<Record<CatalogueListName, string>>;
} = {
  entry: {
    sources: 'bron',
    themes: 'samenwerkingsthema',
    forms: 'samenwerkingsvorm',
    factors: 'bevorderende of belemmerende factor',
    strategyFactors: 'strategiefactor',
    indicators: 'indicator',
    pitfalls: 'valkuil',
    stages: 'samenwerkingsstadium',
    reasons: 'reden om niet samen te werken',
    partnerTypes: 'soort partner',
    stakeholderGroups: 'groep belanghebbenden',
    sectors: 'onderwijssector',
    motives: 'motief',
    benchmarks: 'benchmark',
    mappings: 'koppeling tussen kaders',
    levels: 'samenwerkingsniveau',
    competences: 'competentie',
    portraits: 'Berenschot-portret',
    benefits: 'opbrengst',
    suggestions: 'suggestie',
    coordinatingRoles: 'coördinerende rol',
    staffAttentionPoints: 'aandachtspunt',
    trainingRoutes: 'leerroute',
    supportNeeds: 'ondersteuningsbehoefte',
  },
};

/** The names of the catalogue lists: the shape every language implements. */
export type CatalogueListMessages = typeof nl;
