/**
 * Serialisers: stable JSON out, validated JSON in with a version gate and migrations, and reports for people:
 * Markdown, HTML, CSV and an SVG radar chart.
 *
 * @module samenwerking/serialise
 */
export { type DocumentKind, type DocumentOf, type FromJSONOptions, fromJSON } from './fromJSON.js';
export type { CsvTable } from './report/csvTables.js';
export type { ReportInput, ReportPart } from './report/ReportInput.js';
export type { CsvDialect } from './report/writeCsv.js';
export { type ToCsvOptions, toCsv } from './toCsv.js';
export { type ToHtmlOptions, toHtml } from './toHtml.js';
export { type ToJSONOptions, toJSON } from './toJSON.js';
export { type Report, type ToMarkdownOptions, toMarkdown } from './toMarkdown.js';
export { type ToRadarSvgOptions, toRadarSvg } from './toRadarSvg.js';
export { type ToTrendSvgOptions, toTrendSvg } from './toTrendSvg.js';
