/**
 * The edition of the catalogue, in a module of its own: every stored result names the edition it was computed with,
 * and a function that only scores should not load the catalogue's texts to find it.
 */

/** The edition of this catalogue; `catalogue.edition` is the same string. */
export const CATALOGUE_EDITION = '2026.2';
