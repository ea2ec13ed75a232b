/**
 * `samenwerking`: typed, cited reference data, validation, scoring and reports for collaboration between Dutch
 * school boards, schools, municipalities and their partners.
 *
 * This entry re-exports every name of the subpaths below, so `import { scoreBerenschot } from 'samenwerking'` works
 * as well as `import { scoreBerenschot } from 'samenwerking/scoring'`. Each name is documented on the page of its
 * subpath. Import from a subpath to load only what you use: `samenwerking/scoring` and `samenwerking/errors` load no
 * zod, for example. With `require`, this entry is lazy: it loads the subpath that holds a name when the name is first
 * read, so `require('samenwerking')` itself costs next to nothing and `require('samenwerking').scoreBerenschot` loads
 * the scoring code only.
 *
 * | import from | what |
 * |---|---|
 * | {@link "samenwerking/catalogue" | samenwerking/catalogue} | the reference catalogue, lookups by id and id guards |
 * | {@link "samenwerking/schema" | samenwerking/schema} | zod schemas for the documents, `parse…` and `safeParse…` |
 * | {@link "samenwerking/scoring" | samenwerking/scoring} | the Berenschot score, pitfalls, factor balance, forms, stages, portfolios |
 * | {@link "samenwerking/serialise" | samenwerking/serialise} | stable JSON, Markdown and CSV reports, the SVG radar chart |
 * | {@link "samenwerking/time" | samenwerking/time} | school years and review dates |
 * | {@link "samenwerking/update" | samenwerking/update} | immutable updates of documents that stay valid |
 * | {@link "samenwerking/questionnaire" | samenwerking/questionnaire} | the self-assessment questionnaire, SurveyJS forms, CSV templates and the import of answers |
 * | {@link "samenwerking/errors" | samenwerking/errors} | `SamenwerkingError`, its issues and `isSamenwerkingError` |
 *
 * @module samenwerking
 */
export * from './catalogue/index.js';
export * from './errors/index.js';
export * from './questionnaire/index.js';
export * from './schema/index.js';
export * from './scoring/index.js';
export * from './serialise/index.js';
export * from './time/index.js';
export * from './update/index.js';
