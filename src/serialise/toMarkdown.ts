import {
  isPlainObject,
  readNumberField,
  readObject,
  readOptions,
  rejectField,
  throwIfIssues,
  wholeNumberRule,
} from '../arguments/argumentReader.js';
import { readLocaleField } from '../arguments/readLocale.js';
import { indicators } from '../catalogue/data/indicators.js';
import { pitfalls } from '../catalogue/data/pitfalls.js';
import { strategyFactors } from '../catalogue/data/strategyFactors.js';
import type { Issue } from '../errors/SamenwerkingError.js';
import { expectedArguments } from '../i18n/expectedArguments/expectedArguments.js';
import { formatFixed, formatPercent } from '../i18n/format.js';
import type { Locale } from '../i18n/LocalisedText.js';
import { reportLabels } from '../i18n/reportLabels/reportLabels.js';
import { scoringTermsIn } from '../i18n/scoringTerms/scoringTermsByLocale.js';
import { readInput } from '../arguments/readInput.js';
import { acceptsBerenschotScore, acceptsPitfallFindings } from '../schema/acceptors.js';
import type { BerenschotScore, PitfallEvidence, PitfallFinding } from '../scoring/types.js';
import { escapeMarkdown } from './escape.js';

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
 * The parts of a combined report; each part is optional and gets its own section.
 *
 * @category Serialise
 */
export interface Report {
  /** The title of the report; the collaboration and date of the score when left out. */
  readonly title?: string;
  /** The result of `scoreBerenschot`. */
  readonly score?: BerenschotScore;
  /** The result of `detectPitfalls`. */
  readonly pitfalls?: readonly PitfallFinding[];
}

const labelOf = <Entry extends { readonly id: string; readonly label: { readonly nl: string; readonly en: string } }>(
  list: readonly Entry[],
  id: string,
  locale: Locale,
): string => list.find((entry) => entry.id === id)?.label[locale] ?? id;

function heading(level: number, text: string): string {
  return `${'#'.repeat(Math.max(1, Math.min(6, level)))} ${text}`;
}

function table(
  header: readonly string[],
  align: readonly ('l' | 'r')[],
  rows: readonly (readonly string[])[],
): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `|${align.map((side) => (side === 'r' ? '---:' : '---')).join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
}

function scoreSections(score: BerenschotScore, locale: Locale, level: number): string[] {
  const text = reportLabels[locale];
  const terms = scoringTermsIn[locale];
  const factorLabel = (id: string): string => labelOf(strategyFactors, id, locale);
  const band = (value: BerenschotScore['overall']['band']): string => (value === null ? '–' : terms.band[value]);
  const lines: string[] = [];
  const bottleneck = score.overall.bottleneck === null ? text.noBottleneck : factorLabel(score.overall.bottleneck);
  lines.push(
    `**${terms.overallScore}: ${formatFixed(score.overall.score, locale, 1)} (${band(score.overall.band)})**. ${text.bottleneck}: ${bottleneck}.`,
    '',
  );
  lines.push(heading(level + 1, text.factors), '');
  lines.push(
    ...table(
      ['#', text.factor, text.score, text.band, text.coverage, text.readiness],
      ['r', 'l', 'r', 'l', 'r', 'r'],
      strategyFactors.map((factor) => {
        const result = score.factors.find((candidate) => candidate.factor === factor.id);
        return [
          String(factor.order),
          factor.label[locale],
          formatFixed(result?.score ?? null, locale, 1),
          band(result?.band ?? null),
          result === undefined ? '–' : formatPercent(result.coverage, locale, 0),
          formatFixed(result?.readiness ?? null, locale, 1),
        ];
      }),
    ),
    '',
  );
  lines.push(heading(level + 1, text.explanations), '');
  for (const result of score.factors) {
    lines.push(
      heading(level + 2, factorLabel(result.factor)),
      '',
      escapeMarkdown(result.explanation.summary[locale]),
      '',
    );
    lines.push(
      ...table(
        [text.indicator, text.score, text.weight, text.answers, text.counted],
        ['l', 'r', 'r', 'r', 'l'],
        result.explanation.indicators.map((item) => [
          labelOf(indicators, item.indicator, locale),
          formatFixed(item.score, locale, 1),
          formatFixed(item.weight, locale, 1),
          String(result.indicators.find((indicator) => indicator.indicator === item.indicator)?.answers ?? 0),
          item.counted ? text.yes : text.no,
        ]),
      ),
      '',
      `${text.formula}: ${escapeMarkdown(result.explanation.formula[locale])}`,
      '',
    );
  }
  lines.push(heading(level + 1, text.sequence), '');
  if (score.sequenceWarnings.length === 0) lines.push(text.none, '');
  for (const warning of score.sequenceWarnings) {
    lines.push(
      `- ${text.sequenceWarning(
        factorLabel(warning.factor),
        formatFixed(warning.gap, locale, 1),
        factorLabel(warning.prerequisite),
      )}`,
    );
  }
  if (score.sequenceWarnings.length > 0) lines.push('');
  lines.push(heading(level + 1, text.pitfalls), '');
  if (score.pitfalls.length === 0) lines.push(text.none, '');
  for (const found of score.pitfalls) {
    const pitfall = pitfalls.find((entry) => entry.id === found.pitfall);
    lines.push(
      `- **${pitfall?.label[locale] ?? found.pitfall}** (${factorLabel(found.factor)}). ${text.pitfallSignal(
        labelOf(indicators, found.indicator, locale),
        formatFixed(found.score, locale, 1),
      )} ${text.advice}: ${pitfall?.advice[locale] ?? ''}`,
    );
  }
  if (score.pitfalls.length > 0) lines.push('');
  lines.push(heading(level + 1, text.disagreements), '');
  if (score.disagreements.length === 0) lines.push(text.none, '');
  for (const disagreement of score.disagreements) {
    const partners = disagreement.partners
      .map((partner) => `${escapeMarkdown(partner.partner)} ${formatFixed(partner.mean, locale, 1)}`)
      .join(', ');
    lines.push(
      `- ${text.spread(
        labelOf(indicators, disagreement.indicator, locale),
        formatFixed(disagreement.spread, locale, 1),
        partners,
      )}`,
    );
  }
  if (score.disagreements.length > 0) lines.push('');
  return lines;
}

function describeEvidence(evidence: PitfallEvidence): string {
  switch (evidence.kind) {
    case 'partner':
      return `partners[${evidence.index}] ${escapeMarkdown(evidence.partner)}`;
    case 'partner-count':
      return `${evidence.partners} partners > ${evidence.maxForumSize}`;
    case 'stakeholder':
      return `stakeholders[${evidence.index}] ${escapeMarkdown(evidence.group)} (${escapeMarkdown(evidence.involvement)})`;
    case 'missing-stakeholder':
      return `${escapeMarkdown(evidence.group)}: –`;
    case 'ambition':
      return `ambition: ${escapeMarkdown(evidence.problem)}`;
    case 'interest':
      return `interests[${evidence.index}] ${escapeMarkdown(evidence.partner)}`;
    case 'event':
      return `events[${evidence.index}] ${escapeMarkdown(evidence.type)} ${escapeMarkdown(evidence.date)}`;
    case 'agreement':
      return `agreements[${evidence.index}] ${escapeMarkdown(evidence.date)} ${escapeMarkdown(evidence.subject)}`;
    case 'missing-agreement':
      return `agreements: ${escapeMarkdown(evidence.covers)} –`;
  }
}

function findingSections(findings: readonly PitfallFinding[], locale: Locale, level: number): string[] {
  const text = reportLabels[locale];
  const lines = [heading(level + 1, text.structuralPitfalls), ''];
  if (findings.length === 0) lines.push(text.none, '');
  for (const finding of findings) {
    const pitfall = pitfalls.find((entry) => entry.id === finding.pitfall);
    lines.push(
      `- **${pitfall?.label[locale] ?? finding.pitfall}** (${labelOf(strategyFactors, finding.factor, locale)}). ${escapeMarkdown(finding.message[locale])}`,
    );
    if (finding.evidence.length > 0) {
      lines.push(`  ${text.evidence}: ${finding.evidence.map(describeEvidence).join('; ')}.`);
    }
    if (pitfall !== undefined) lines.push(`  ${text.advice}: ${pitfall.advice[locale]}`);
  }
  if (findings.length > 0) lines.push('');
  return lines;
}

/**
 * Writes a report in Markdown, in Dutch or English: a `scoreBerenschot` result, the findings of `detectPitfalls`,
 * or a combined {@link Report} with both.
 *
 * @remarks
 * A score gives the overall score and bottleneck, a factor table, the explanation of every factor score (indicator
 * scores, weights, answers, the formula), warnings where the order of the strategy is skipped, the pitfalls with
 * advice, and where partners differ. Scores are shown with one decimal (a decimal comma in Dutch), so that a score
 * just below a band boundary never reads as the boundary itself; text from documents is escaped.
 *
 * @param content - A score, a list of pitfall findings, or a report combining them.
 * @param options - The language and the level of the top heading.
 * @returns The Markdown text. Every text from a document or result is escaped for where it lands (running text, list
 *   item, heading): no emphasis, link, code, HTML element or entity comes from it, and it stays on its line.
 * @throws {SamenwerkingError} `invalid_argument` when `content` is not a valid score, list of findings or report (a
 *   stored result is checked as it is); `invalid_option` when `options` is not an object or has an unknown key, the
 *   locale is not `'nl'` or `'en'`, or `headingLevel` is not a whole number from 1 to 4.
 *
 * @example
 * ```ts
 * toMarkdown(scoreBerenschot(assessment), { locale: 'en' }).split('\n')[0];
 * //=> '# Collaboration self-assessment: kindcentra-noord (2026-03-15)'
 * ```
 * @category Serialise
 */
export function toMarkdown(
  content: BerenschotScore | readonly PitfallFinding[] | Report,
  options?: ToMarkdownOptions,
): string {
  const issues: Issue[] = [];
  const report = readReport(content, issues);
  const reader = readOptions(options, ['locale', 'headingLevel'], issues);
  const locale = readLocaleField(reader);
  const level = readNumberField(reader, 'headingLevel', 1, wholeNumberRule(1, 4));
  throwIfIssues(issues);
  const score = report.score;
  const title =
    report.title !== undefined
      ? escapeMarkdown(report.title)
      : score !== undefined
        ? `${reportLabels[locale].scoreTitle}: ${escapeMarkdown(score.collaboration)} (${escapeMarkdown(score.date)})`
        : reportLabels[locale].structuralPitfalls;
  const lines = [heading(level, title), ''];
  if (score !== undefined) lines.push(...scoreSections(score, locale, level));
  if (report.pitfalls !== undefined) lines.push(...findingSections(report.pitfalls, locale, level));
  return `${lines.join('\n').trimEnd()}\n`;
}

/**
 * Reads what `toMarkdown` is given: a list of findings, a score, or a report object, each checked as it is (a result
 * the library computed passes at once; one built by hand or read from storage is validated).
 */
function readReport(content: unknown, issues: Issue[]): Report {
  if (Array.isArray(content)) {
    const pitfalls = readInput<readonly PitfallFinding[]>(
      content,
      'content',
      'pitfall-findings',
      acceptsPitfallFindings,
      issues,
    );
    return pitfalls === undefined ? {} : { pitfalls };
  }
  if (isPlainObject(content) && Object.hasOwn(content, 'kind')) {
    const score = readInput<BerenschotScore>(content, 'content', 'berenschot-score', acceptsBerenschotScore, issues);
    return score === undefined ? {} : { score };
  }
  const reader = readObject(
    content,
    {
      path: ['content'],
      name: ['content'],
      known: ['title', 'score', 'pitfalls'],
      expected: () => expectedArguments.reportContent(),
      optional: false,
      holds: 'fields',
    },
    issues,
  );
  const { title, score, pitfalls } = reader.fields;
  if (title !== undefined && typeof title !== 'string') rejectField(reader, ['title'], title, expectedArguments.text());
  const report: { title?: string; score?: BerenschotScore; pitfalls?: readonly PitfallFinding[] } = {};
  if (typeof title === 'string') report.title = title;
  if (score !== undefined) {
    const checked = readInput<BerenschotScore>(
      score,
      'content.score',
      'berenschot-score',
      acceptsBerenschotScore,
      issues,
      ['content', 'score'],
    );
    if (checked !== undefined) report.score = checked;
  }
  if (pitfalls !== undefined) {
    const checked = readInput<readonly PitfallFinding[]>(
      pitfalls,
      'content.pitfalls',
      'pitfall-findings',
      acceptsPitfallFindings,
      issues,
      ['content', 'pitfalls'],
    );
    if (checked !== undefined) report.pitfalls = checked;
  }
  return report;
}
