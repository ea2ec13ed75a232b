import { escapeMarkdown } from '../escape.js';
import type { Block, Inline, ReportModel } from './blocks.js';

function heading(level: number, text: string): string {
  // After the `#`s no block can start: only the inline characters need a backslash.
  return `${'#'.repeat(Math.max(1, Math.min(6, level)))} ${escapeMarkdown(text, false)}`;
}

function inline(parts: readonly Inline[]): string {
  return parts
    .map((part) => (part.strong === true ? `**${escapeMarkdown(part.text)}**` : escapeMarkdown(part.text)))
    .join('');
}

function block(item: Block, level: number): string[] {
  switch (item.kind) {
    case 'heading':
      return [heading(level + item.level, item.text), ''];
    case 'paragraph':
      return [inline(item.parts), ''];
    case 'list':
      return [
        ...item.items.map((parts, index) => `${item.ordered === true ? `${index + 1}.` : '-'} ${inline(parts)}`),
        '',
      ];
    case 'facts':
      return [...item.items.map(([label, value]) => `- **${escapeMarkdown(label)}:** ${escapeMarkdown(value)}`), ''];
    case 'table':
      return [
        // Inside a table row no block can start: only the inline characters (and `|`) need a backslash.
        `| ${item.header.map((cell) => escapeMarkdown(cell, false)).join(' | ')} |`,
        `|${item.align.map((side) => (side === 'r' ? '---:' : '---')).join('|')}|`,
        ...item.rows.map((row) => `| ${row.map((cell) => escapeMarkdown(cell, false)).join(' | ')} |`),
        '',
      ];
    case 'figure':
      // A chart has no place in plain Markdown; the table beside it holds the same numbers.
      return [];
  }
}

/** Writes a report model as CommonMark, every text escaped; the top heading at `level`. */
export function renderMarkdown(report: ReportModel, level: number): string {
  const lines = [heading(level, report.title), '', ...block(report.facts, level)];
  for (const section of report.sections) {
    lines.push(heading(level + 1, section.title), '');
    for (const item of section.blocks) lines.push(...block(item, level + 1));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
