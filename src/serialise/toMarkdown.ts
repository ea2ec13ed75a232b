import { indicators } from '../catalogue/data/indicators.js';
import { pitfalls } from '../catalogue/data/pitfalls.js';
import { strategyFactors } from '../catalogue/data/strategyFactors.js';
import { formatFixed, formatPercent } from '../i18n/format.js';
import type { Locale } from '../i18n/LocalisedText.js';
import { reportLabels } from '../i18n/reportLabels/reportLabels.js';
import { scoringTermsIn } from '../i18n/scoringTerms/scoringTermsByLocale.js';
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
    lines.push(heading(level + 2, factorLabel(result.factor)), '', result.explanation.summary[locale], '');
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
      `${text.formula}: ${result.explanation.formula[locale]}`,
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
      return `stakeholders[${evidence.index}] ${evidence.group} (${evidence.involvement})`;
    case 'missing-stakeholder':
      return `${evidence.group}: –`;
    case 'ambition':
      return `ambition: ${evidence.problem}`;
    case 'interest':
      return `interests[${evidence.index}] ${escapeMarkdown(evidence.partner)}`;
    case 'event':
      return `events[${evidence.index}] ${evidence.type} ${evidence.date}`;
    case 'agreement':
      return `agreements[${evidence.index}] ${evidence.date} ${escapeMarkdown(evidence.subject)}`;
    case 'missing-agreement':
      return `agreements: ${evidence.covers} –`;
  }
}

function findingSections(findings: readonly PitfallFinding[], locale: Locale, level: number): string[] {
  const text = reportLabels[locale];
  const lines = [heading(level + 1, text.structuralPitfalls), ''];
  if (findings.length === 0) lines.push(text.none, '');
  for (const finding of findings) {
    const pitfall = pitfalls.find((entry) => entry.id === finding.pitfall);
    lines.push(
      `- **${pitfall?.label[locale] ?? finding.pitfall}** (${labelOf(strategyFactors, finding.factor, locale)}). ${finding.message[locale]}`,
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
 * @returns The Markdown text.
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
  options: ToMarkdownOptions = {},
): string {
  const locale: Locale = options.locale === 'en' ? 'en' : 'nl';
  const level = Number.isInteger(options.headingLevel) ? Math.max(1, Math.min(4, options.headingLevel as number)) : 1;
  const report: Report = Array.isArray(content)
    ? { pitfalls: content as readonly PitfallFinding[] }
    : 'overall' in content
      ? { score: content as BerenschotScore }
      : (content as Report);
  const score = report.score;
  const title =
    report.title !== undefined
      ? escapeMarkdown(report.title)
      : score !== undefined
        ? `${reportLabels[locale].scoreTitle}: ${escapeMarkdown(score.collaboration)} (${score.date})`
        : reportLabels[locale].structuralPitfalls;
  const lines = [heading(level, title), ''];
  if (score !== undefined) lines.push(...scoreSections(score, locale, level));
  if (report.pitfalls !== undefined) lines.push(...findingSections(report.pitfalls, locale, level));
  return `${lines.join('\n').trimEnd()}\n`;
}
