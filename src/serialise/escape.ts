/**
 * Escaping for the reports: text from a document shown literally in Markdown, and text in XML (the SVG charts).
 */

/**
 * The characters that a backslash escapes in Markdown wherever they stand: every one that can start emphasis, code,
 * a link, an image, raw HTML, an autolink, an entity or a table cell (CommonMark lets a backslash escape any ASCII
 * punctuation, and markdown-it and GitHub follow it, also for `|` in tables).
 */
const MARKDOWN_INLINE = /[\\`*_{}[\]()#+!|<>~&]/g;

/** Line endings as CommonMark knows them (`\r\n`, `\n`, a lone `\r`), and the line and paragraph separators. */
const LINE_BREAKS = /\r\n?|[\n\u2028\u2029]/g;

/**
 * Escapes text from a document so that it shows literally in Markdown, in running text, a list item, a heading or a
 * table cell: no emphasis, code, link, image, HTML element or entity comes from it, and it stays on one line.
 *
 * Line breaks (also a lone `\r`) become spaces; the characters that start inline Markdown or HTML get a backslash;
 * the characters that only start a block at the beginning of a line (`-`, `=`, a number with `.` or `)`, indentation)
 * are escaped or dropped when the text starts with them, because the text may land at the start of a line; spaces
 * and tabs at the end are dropped too, as two of them before a line end would make a hard line break.
 *
 * @param text - Text from a document or a result.
 * @param atLineStart - Whether the text may land at the start of a line (`false` after a heading's `#`s, where no
 *   block can start, so that a numbered heading stays `### 2. …`).
 * @returns The text, safe to place in Markdown.
 */
export function escapeMarkdown(text: string, atLineStart = true): string {
  const oneLine = text.replace(LINE_BREAKS, ' ').replace(/^[ \t]+|[ \t]+$/g, '');
  const inline = oneLine.replace(MARKDOWN_INLINE, '\\$&');
  if (!atLineStart) return inline;
  return inline.replace(/^([-=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Tells whether a UTF-16 code unit is a character XML 1.0 allows on its own (not a surrogate). */
function xmlAllows(code: number): boolean {
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
  return code !== 0xfffe && code !== 0xffff;
}

/**
 * Makes any text one that XML 1.0 allows: NUL and the other control characters XML forbids, a lone surrogate (half
 * of a character, as a cut string can hold), and U+FFFE and U+FFFF each become U+FFFD, the replacement character.
 * Text that is already valid comes back as it is, without a copy.
 *
 * @param text - Any text.
 * @returns Text with only characters that XML allows.
 */
export function toXmlCharacters(text: string): string {
  let out: string | undefined;
  let from = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    let valid: boolean;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      valid = next >= 0xdc00 && next <= 0xdfff;
      if (valid) {
        index++;
        continue;
      }
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      valid = false;
    } else {
      valid = xmlAllows(code);
    }
    if (valid) continue;
    out = `${out ?? ''}${text.slice(from, index)}\uFFFD`;
    from = index + 1;
  }
  return out === undefined ? text : `${out}${text.slice(from)}`;
}

/**
 * Escapes text for XML content and attribute values: the five special characters become character references, and
 * characters XML does not allow become U+FFFD (see {@link toXmlCharacters}), so that the result is always well-formed.
 * NEL (U+0085) and LINE SEPARATOR (U+2028) become character references too: XML 1.1 (and parsers that follow it, such
 * as xmldom) would read them as a line break; a reference keeps the character in every parser.
 *
 * @param text - Any text.
 * @returns The text, safe in XML content and in a quoted attribute value.
 */
export function escapeXml(text: string): string {
  return toXmlCharacters(text).replace(/[<>&'"\u0085\u2028]/g, (character) => `&#${character.charCodeAt(0)};`);
}
