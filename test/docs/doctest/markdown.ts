/** Reads the fenced code blocks of a Markdown text, for the doc-test of the README and the guides. */

/** One fenced code block: its language, its code and the 1-based line of its first code line. */
export interface Block {
  readonly language: string;
  readonly code: string;
  readonly line: number;
}

/** The fenced code blocks of a Markdown text (``` fences; a block left open is reported, not skipped). */
export function codeBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split('\n');
  let open: { language: string; start: number } | undefined;
  lines.forEach((text, index) => {
    const fence = /^\s*```(\S*)\s*$/.exec(text);
    if (fence === null) return;
    if (open === undefined) {
      open = { language: fence[1] ?? '', start: index + 1 };
    } else {
      blocks.push({ language: open.language, code: lines.slice(open.start, index).join('\n'), line: open.start + 1 });
      open = undefined;
    }
  });
  if (open !== undefined) throw new Error(`a code block opened on line ${open.start} is never closed`);
  return blocks;
}
