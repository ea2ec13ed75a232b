/**
 * Text from documents in the reports (issue 17, items 7 to 9): Markdown rendered by a real CommonMark renderer
 * (markdown-it, with raw HTML allowed, as some renderers do) gets no element from user text; CSV cells never start a
 * spreadsheet formula; SVG text is valid XML whatever comes in.
 */
import { fc, test } from '@fast-check/vitest';
import { DOMParser } from '@xmldom/xmldom';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import type { PitfallFinding } from '../../src/scoring/types.js';
import { escapeMarkdown, escapeXml, toXmlCharacters } from '../../src/serialise/escape.js';
import { toMarkdown } from '../../src/serialise/index.js';
import { csvField } from '../../src/serialise/toCsv.js';

const RUNS = { numRuns: 500 } as const;
const markdownIt = new MarkdownIt({ html: true });

/** Characters that mean something in Markdown or HTML, line breaks of every kind, and a few plain ones. */
const awkward = fc.string({
  unit: fc.constantFrom(
    ...'<>&*_`[]()!|#-+=.~:;"\'{}\\/0123456789 \t\n\r\u2028ahtpsw'.split(''),
    '<script>',
    '<img src=x onerror=alert(1)>',
    '&lt;',
    '&#60;',
    '***',
    '```',
    '    ',
    '1. ',
    '- ',
    '> ',
    '[a](javascript:alert(1))',
    '![i](x.png)',
    '<http://example.org>',
    '|---|',
  ),
  maxLength: 40,
});

/** The element names of rendered HTML, in order. */
function tags(html: string): string[] {
  return [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((match) => match[0]);
}

/** A report whose title, finding message and agreement subject are the given texts. */
function report(title: string, message: string, subject: string) {
  const findings: PitfallFinding[] = [
    {
      pitfall: 'te-snel-aan-de-slag',
      factor: 'organisatie',
      source: 'collaboration',
      evidence: [
        { kind: 'event', index: 0, type: 'execution-start', date: '2024-01-01' },
        { kind: 'agreement', index: 0, date: '2024-02-01', subject: `s ${subject}` },
      ],
      message: { nl: `m ${message}`, en: `m ${message}` },
    },
  ];
  return { title, pitfalls: findings };
}

/** What the text must read as once rendered: on one line, without the spaces at its ends. */
function shown(text: string): string {
  return text.replace(/\r\n?|[\n\u2028\u2029]/g, ' ').replace(/^[ \t]+|[ \t]+$/g, '');
}

describe('Markdown escaping, checked with markdown-it', () => {
  const baseline = tags(markdownIt.render(toMarkdown(report('x', 'x', 'x'))));

  test.prop([awkward, awkward, awkward], RUNS)(
    'gives the same elements as plain text, whatever the title, message and subject hold',
    (title, message, subject) => {
      const html = markdownIt.render(toMarkdown(report(title, message, subject)));
      expect(tags(html)).toEqual(baseline);
    },
  );

  test.prop([awkward], RUNS)('shows the title literally', (title) => {
    const html = markdownIt.render(toMarkdown(report(title, 'x', 'x')));
    expect(html.split('\n')[0]).toBe(`<h1>${markdownIt.utils.escapeHtml(shown(title))}</h1>`);
  });

  test.prop([awkward], RUNS)('keeps a table cell one cell, with the text in it', (text) => {
    const html = markdownIt.render(`| a | b |\n|---|---|\n| ${escapeMarkdown(text)} | y |\n`);
    expect(html.match(/<td>/g)).toHaveLength(2);
    expect(tags(html).filter((tag) => !/^<\/?(table|thead|tbody|tr|th|td)$/.test(tag))).toEqual([]);
    expect(html).toContain(`<td>${markdownIt.utils.escapeHtml(shown(text))}</td>`);
  });

  it('breaks no line on a lone carriage return and makes no hard break from trailing spaces', () => {
    expect(escapeMarkdown('a\rb\r\nc\nd  ')).toBe('a b c d');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('2024. Jaar')).toBe('2024\\. Jaar');
    expect(escapeMarkdown('    code')).toBe('code');
    expect(escapeMarkdown('&amp; <b>')).toBe('\\&amp; \\<b\\>');
  });
});

/** Unquotes one RFC 4180 field as a spreadsheet reads it. */
function unquote(field: string): string {
  return field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field;
}

describe('CSV cells never start a formula (OWASP)', () => {
  it.each(['=1+1', '+31 6', '-2', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x","y")'])('neutralises %j', (text) => {
    const field = csvField(text);
    expect(field.startsWith(`"'`)).toBe(true);
    expect(unquote(field)).toBe(`'${text}`);
  });

  it('keeps numbers numbers, negative ones too, and plain text plain', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField(62.5)).toBe('62.5');
    expect(csvField('spil-eindhoven')).toBe('spil-eindhoven');
    expect(csvField(Number.POSITIVE_INFINITY)).toBe('');
  });

  test.prop([fc.string({ maxLength: 30 })], RUNS)('reads back as the text, or as the text after a quote', (text) => {
    const read = unquote(csvField(text));
    expect(/^[=+\-@\t\r]/.test(read)).toBe(false);
    expect(read === text || read === `'${text}`).toBe(true);
  });
});

/** Any UTF-16 code unit, lone surrogates and NUL included. */
const anyUnits = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  maxLength: 30,
});

/** XML 1.0's Char production. */
const XML_TEXT = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

describe('XML text is valid whatever comes in', () => {
  test.prop([fc.oneof(anyUnits, fc.string({ unit: 'binary', maxLength: 30 }))], RUNS)(
    'parses as content and as an attribute, with only allowed characters',
    (text) => {
      const escaped = escapeXml(text);
      expect(XML_TEXT.test(escaped)).toBe(true);
      const problems: string[] = [];
      const document = new DOMParser({
        onError: (level: string, message: string) => {
          // xmldom warns about every U+FFFD as a possible encoding slip; here it is the replacement on purpose.
          if (!message.startsWith('Unicode replacement character')) problems.push(`${level}: ${message}`);
        },
      }).parseFromString(`<t a="${escaped}">${escaped}</t>`, 'text/xml');
      expect(problems).toEqual([]);
      expect(document.documentElement?.textContent).toBe(toXmlCharacters(text).replace(/\r\n?/g, '\n'));
    },
  );

  it('keeps NEL and LINE SEPARATOR through a parser that reads them as line breaks (counterexample of the property)', () => {
    for (const text of ['a\u2028b', 'a\u0085b']) {
      const escaped = escapeXml(text);
      expect(escaped).not.toBe(text);
      const document = new DOMParser().parseFromString(`<t a="${escaped}">${escaped}</t>`, 'text/xml');
      expect(document.documentElement?.textContent).toBe(text);
      expect(document.documentElement?.getAttribute('a')).toBe(text);
    }
  });

  it('replaces NUL, lone surrogates and U+FFFE with U+FFFD and keeps a surrogate pair', () => {
    expect(toXmlCharacters('a\u0000b\uD800c\uDC00d\uFFFE')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFD');
    expect(toXmlCharacters('😀 \t\n\r')).toBe('😀 \t\n\r');
    const valid = 'Gemeente Noord & co';
    expect(toXmlCharacters(valid)).toBe(valid);
  });
});
