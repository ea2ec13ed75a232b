/**
 * Tolerant comparison of the texts found in spreadsheets: column headers and cells are compared after folding case,
 * accents, punctuation and white space, and after dropping what survey tools add around a question (a number such as
 * "3." in front, a "*" for a required question behind).
 */

/** Folds a text for comparison: lower case, no accents, punctuation as spaces, single spaces, trimmed. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Folds a column header: as {@link foldText}, after dropping a leading question number and a trailing "*". */
export function foldHeader(header: string): string {
  const bare = header
    .trim()
    .replace(/\s*\*+\s*$/, '')
    .replace(/^(?:(?:vraag|question|q)\s*)?\d{1,3}\s*[.):-]\s*/i, '');
  return foldText(bare);
}

/**
 * The part of a header between its last pair of square brackets, as Google Forms (`Vraag [rij]`) and LimeSurvey
 * (`code[SQ001]`) write the rows of a grid question; `undefined` when there is none.
 */
export function bracketPart(header: string): string | undefined {
  const match = /\[([^[\]]+)\]\s*\*?\s*$/.exec(header.trim());
  return match?.[1];
}

/** Makes a respondent id (a slug) of a name or code: folded, spaces as hyphens, at most 64 characters. */
export function slugOf(text: string): string {
  return foldText(text).replace(/ /g, '-').slice(0, 64).replace(/-+$/, '');
}
