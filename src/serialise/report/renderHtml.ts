import type { Locale } from '../../i18n/LocalisedText.js';
import { escapeXml } from '../escape.js';
import type { Block, Inline, ReportModel } from './blocks.js';
import { HTML_STYLE } from './htmlStyle.js';

const CONTENTS: Readonly<Record<Locale, string>> = { nl: 'Inhoud', en: 'Contents' };

/**
 * The title of the browser tab and of a saved file, escaped: cut short with `…` so that it stays within 70
 * characters as written (a longer title is a warning of html-validate); the full title stands in the `<h1>`.
 */
function pageTitle(title: string): string {
  let kept = Array.from(title);
  let escaped = escapeXml(title);
  while (escaped.length > 70 && kept.length > 1) {
    kept = kept.slice(0, -1);
    escaped = `${escapeXml(kept.join('').trimEnd())}…`;
  }
  return escaped;
}

function inline(parts: readonly Inline[]): string {
  return parts
    .map((part) => {
      let text = escapeXml(part.text);
      if (part.strong === true) text = `<strong>${text}</strong>`;
      return part.target === undefined ? text : `<a href="#${escapeXml(part.target)}">${text}</a>`;
    })
    .join('');
}

function cell(tag: 'th' | 'td', text: string, right: boolean, scope?: 'col' | 'row'): string {
  const attributes = `${scope === undefined ? '' : ` scope="${scope}"`}${right ? ' class="num"' : ''}`;
  return `<${tag}${attributes}>${escapeXml(text)}</${tag}>`;
}

function block(item: Block, level: number): string {
  switch (item.kind) {
    case 'heading': {
      const tag = `h${Math.min(6, level + item.level)}`;
      return `<${tag}${item.id === undefined ? '' : ` id="${escapeXml(item.id)}"`}>${escapeXml(item.text)}</${tag}>`;
    }
    case 'paragraph':
      return `<p>${inline(item.parts)}</p>`;
    case 'list': {
      const tag = item.ordered === true ? 'ol' : 'ul';
      return `<${tag}>\n${item.items.map((parts) => `<li>${inline(parts)}</li>`).join('\n')}\n</${tag}>`;
    }
    case 'facts':
      return `<dl class="facts">\n${item.items.map(([label, value]) => `<dt>${escapeXml(label)}</dt><dd>${escapeXml(value)}</dd>`).join('\n')}\n</dl>`;
    case 'table': {
      const head = item.header.map((text, index) => cell('th', text, item.align[index] === 'r', 'col')).join('');
      const rows = item.rows.map(
        (row) =>
          `<tr>${row
            .map((text, index) =>
              index === 0 && item.rowHeaders === true
                ? cell('th', text, item.align[index] === 'r', 'row')
                : cell('td', text, item.align[index] === 'r'),
            )
            .join('')}</tr>`,
      );
      return `<table>\n<caption>${escapeXml(item.caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
    }
    case 'figure':
      return `<figure>\n${item.svg.trim()}\n<figcaption>${escapeXml(item.caption)}</figcaption>\n</figure>`;
  }
}

/**
 * Writes a report model as one self-contained HTML5 document: inline style sheet and charts, no script, no external
 * resource; every text escaped.
 */
export function renderHtml(report: ReportModel): string {
  const lines = [
    '<!DOCTYPE html>',
    `<html lang="${report.locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${pageTitle(report.title)}</title>`,
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    '<header>',
    `<h1>${escapeXml(report.title)}</h1>`,
    block(report.facts, 1),
    '</header>',
  ];
  if (report.sections.length > 2) {
    lines.push(
      `<nav aria-label="${CONTENTS[report.locale]}">`,
      `<ol>${report.sections.map((section) => `<li><a href="#${section.id}">${escapeXml(section.title)}</a></li>`).join('')}</ol>`,
      '</nav>',
    );
  }
  for (const section of report.sections) {
    lines.push(`<section id="${section.id}" aria-labelledby="${section.id}-title">`);
    lines.push(`<h2 id="${section.id}-title">${escapeXml(section.title)}</h2>`);
    for (const item of section.blocks) lines.push(block(item, 2));
    lines.push('</section>');
  }
  lines.push('</main>', '</body>', '</html>');
  return `${lines.join('\n')}\n`;
}
