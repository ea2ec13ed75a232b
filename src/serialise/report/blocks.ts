/**
 * The neutral shape of a report: sections of headings, paragraphs, lists, tables and figures holding plain text.
 * One builder fills it ({@link buildReport}); the Markdown and HTML writers render it, each escaping every text in
 * its own way, so no text from a document reaches the output unescaped.
 *
 * @module
 */

/** A run of text in a paragraph or list item: plain, bold, or a link to a place further on in the report. */
export interface Inline {
  /** The text, unescaped. */
  readonly text: string;
  /** Whether the text is bold. */
  readonly strong?: boolean;
  /** The id of a section or heading this text points to (HTML renders a link; Markdown renders the text). */
  readonly target?: string;
}

/** A heading inside a section; `level` 1 is one level below the section's own heading. */
export interface HeadingBlock {
  readonly kind: 'heading';
  readonly level: 1 | 2;
  readonly text: string;
  /** The id other parts of the report link to. */
  readonly id?: string;
}

/** A paragraph. */
export interface ParagraphBlock {
  readonly kind: 'paragraph';
  readonly parts: readonly Inline[];
}

/** A bulleted or numbered list; each item is a run of inlines. */
export interface ListBlock {
  readonly kind: 'list';
  readonly ordered?: boolean;
  readonly items: readonly (readonly Inline[])[];
}

/** A table with a header row; with `rowHeaders` the first cell of each row names the row. */
export interface TableBlock {
  readonly kind: 'table';
  readonly caption: string;
  readonly header: readonly string[];
  readonly align: readonly ('l' | 'r')[];
  readonly rows: readonly (readonly string[])[];
  readonly rowHeaders?: boolean;
}

/** A chart: an SVG document with its own title and description, and a caption for readers and screen readers. */
export interface FigureBlock {
  readonly kind: 'figure';
  readonly svg: string;
  readonly caption: string;
}

/** Label and value pairs, such as the date and counts at the top of the report. */
export interface FactsBlock {
  readonly kind: 'facts';
  readonly items: readonly (readonly [label: string, value: string])[];
}

/** One block of a report section. */
export type Block = HeadingBlock | ParagraphBlock | ListBlock | TableBlock | FigureBlock | FactsBlock;

/** A top-level section: its id (an anchor), its heading, its blocks; a section without blocks is never written. */
export interface ReportSection {
  readonly id: string;
  readonly title: string;
  readonly blocks: readonly Block[];
}

/** A whole report: the title, the facts under it, and the sections in order. */
export interface ReportModel {
  readonly locale: 'nl' | 'en';
  readonly title: string;
  readonly facts: FactsBlock;
  readonly sections: readonly ReportSection[];
}

/** A paragraph of plain text. */
export function paragraph(text: string): ParagraphBlock {
  return { kind: 'paragraph', parts: [{ text }] };
}

/** A bulleted list of plain texts. */
export function list(items: readonly string[]): ListBlock {
  return { kind: 'list', items: items.map((text) => [{ text }]) };
}
