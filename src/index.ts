/**
 * `samenwerking`: typed, cited reference data, validation, scoring and reports for collaboration between Dutch
 * school boards, schools, municipalities and their partners. This entry re-exports every area; import from a
 * subpath (`samenwerking/catalogue`, `samenwerking/time`, …) to load only what you use.
 *
 * @module
 */
export * from './catalogue/index.js';
export * from './errors/index.js';
export * from './schema/index.js';
export * from './scoring/index.js';
export * from './serialise/index.js';
export * from './time/index.js';
export * from './update/index.js';
