import { readNumberField, throwIfIssues, wholeNumberRule } from '../arguments/argumentReader.js';
import type { Issue } from '../errors/SamenwerkingError.js';
import type { Locale } from '../i18n/LocalisedText.js';
import { buildReport } from './report/buildReport.js';
import { type ReportInput, type ReportPart, readReportInput } from './report/ReportInput.js';
import { readReportOptions } from './report/readReportOptions.js';
import { renderMarkdown } from './report/renderMarkdown.js';

/**
 * Options of {@link toMarkdown}.
 *
 * @category Serialise
 */
export interface ToMarkdownOptions {
  /** The language of the report: `'nl'` (default) or `'en'`. */
  readonly locale?: Locale;
  /** The level of the top heading, 1 to 4; 1 by default. Use 2 to embed the report in a larger document. */
  readonly headingLevel?: number;
}

/**
 * The parts of a combined report (the name of version 0.1, kept for existing code): the same as {@link ReportInput}.
 *
 * @category Serialise
 */
export type Report = ReportInput;

/**
 * Writes one report in Markdown (CommonMark), in Dutch or English, from any combination of documents and results.
 *
 * @remarks
 * A summary first: the overall score and band, the factor to start with, and the three most important actions, each
 * naming the pitfall whose advice follows further on. Then the sections the input supports, each only when it has
 * something to say: the collaboration (form, themes, partners, ambition, stakeholders, agreements), the respondents,
 * the six factors, the pitfalls (one entry per pitfall, merging the answers of the score and the findings of
 * `detectPitfalls`, with the evidence in words: names, dates, roles), where partners differ, the balance of factors,
 * the stage, forms, Fusietoets, benchmarks and the comparison over time. Appendix A holds the score of every
 * statement, appendix B the method (formula, bands, weights, thresholds) once, with its sources. The date, the number
 * of respondents and partners and the catalogue edition stand under the title. Scores have one decimal (a decimal
 * comma in Dutch), so a score just below a band limit never reads as the limit; every text is escaped. A score or a
 * list of pitfall findings passed alone still works as in version 0.1.
 *
 * @param input - A {@link ReportInput}, or one document or result on its own.
 * @param options - The language and the level of the top heading.
 * @returns The Markdown text.
 * @throws {SamenwerkingError} `invalid_argument` when the input is not a document, a result or a report input (or
 *   names a part the report does not know), or a document or result in it is not valid (one built by hand or read
 *   from storage is checked as it is); `invalid_option` when the options are not an object or have an unknown key, the
 *   locale is not `'nl'` or `'en'`, or the heading level is not a whole number from 1 to 4.
 *
 * @example
 * ```ts
 * const score = scoreBerenschot(assessment);
 * const report = toMarkdown({ collaboration, score, pitfalls: detectPitfalls(collaboration) }, { locale: 'en' });
 * report.split('\n')[0];
 * //=> '# Integrale kindcentra Noord'
 * report.split('\n').filter((line) => line.startsWith('### ') && line.includes('Read it in the paper first')).length;
 * //=> 1
 * ```
 * @category Serialise
 */
export function toMarkdown(input: ReportInput | ReportPart, options?: ToMarkdownOptions): string {
  const issues: Issue[] = [];
  const { reader, locale } = readReportOptions(options, ['locale', 'headingLevel'], issues);
  const level = readNumberField(reader, 'headingLevel', 1, wholeNumberRule(1, 4));
  throwIfIssues(issues);
  return renderMarkdown(buildReport(readReportInput(input, false), locale), level);
}
