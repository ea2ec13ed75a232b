/**
 * The names of the catalogue lists in Dutch, as one entry of a list is called in a message ("er is geen
 * samenwerkingsthema met id …"). Written once: the lookups, the document schemas and the scoring functions all name a
 * list through these. The keys of `entry` are the one definition of the catalogue's list names, in catalogue order:
 * `catalogueListNames` (catalogue/catalogueListNames.ts) is read from them, and every language must name every list.
 */
export const nl = {
  /** The name of one entry of each list, keyed by the list. */
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

/** The name of one of the catalogue's lists of entries: every key of the catalogue except `edition` and `changes`. */
export type CatalogueListName = keyof CatalogueListMessages['entry'];
