import { throwIfIssues } from '../arguments/argumentReader.js';
import type { Issue } from '../errors/SamenwerkingError.js';
import type { Locale } from '../i18n/LocalisedText.js';
import { buildReport } from './report/buildReport.js';
import type { ReportInput, ReportPart } from './report/ReportInput.js';
import { readReportInput } from './report/ReportInput.js';
import { readReportOptions } from './report/readReportOptions.js';
import { renderHtml } from './report/renderHtml.js';

/**
 * Options of {@link toHtml}.
 *
 * @category Serialise
 */
export interface ToHtmlOptions {
  /** The language of the report: `'nl'` (default) or `'en'`. */
  readonly locale?: Locale;
}

/**
 * Writes one report as a self-contained HTML5 document, in Dutch or English, from any combination of documents and
 * results: ready to hand over, open in any browser, or print on A4.
 *
 * @remarks
 * The same report as {@link toMarkdown}: a summary first (overall result and band, the factor to start with, the three
 * most important actions, each linked to its advice), then the collaboration, the factors with a radar chart, each
 * pitfall once with all its evidence in words, where partners differ, the balance of factors, the stage, forms,
 * Fusietoets, benchmarks and the comparison over time; the statement scores and the method with its sources in two
 * appendices. Sections without content are left out. The document carries its style sheet and charts inline, has no
 * script and no external reference, sets `lang`, uses table headers with `scope`, gives every chart a title, a
 * description and a caption, and prints on A4. Every text from a document is escaped.
 *
 * @param input - A {@link ReportInput}, or one document or result on its own.
 * @param options - The language.
 * @returns The HTML document as text.
 * @throws {SamenwerkingError} `invalid_argument` when the input is not a document, a result or a report input (or
 *   names a part the report does not know); `invalid_option` when the options are not an object or the locale is
 *   not `'nl'` or `'en'`.
 *
 * @example
 * ```ts
 * const html = toHtml({ collaboration, assessment, score: scoreBerenschot(assessment) }, { locale: 'en' });
 * html.startsWith('<!DOCTYPE html>\n<html lang="en">');
 * //=> true
 * html.includes('<script');
 * //=> false
 * ```
 * @category Serialise
 */
export function toHtml(input: ReportInput | ReportPart, options?: ToHtmlOptions): string {
  const issues: Issue[] = [];
  const { locale } = readReportOptions(options, ['locale'], issues);
  throwIfIssues(issues);
  return renderHtml(buildReport(readReportInput(input, false), locale));
}
