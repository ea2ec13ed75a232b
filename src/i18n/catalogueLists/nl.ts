/**
 * The names of the catalogue lists in Dutch, as one entry of a list is called in a message ("er is geen
 * samenwerkingsthema met id …"). Written once: the lookups, the document schemas and the scoring functions all name a
 * list through these.
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
  },
};

/** The names of the catalogue lists: the shape every language implements. */
export type CatalogueListMessages = typeof nl;

/** The catalogue lists that messages name. */
export type CatalogueListName = keyof CatalogueListMessages['entry'];
