/**
 * Finds the known ids closest to an unknown one, for "did you mean" hints.
 */

/** The edit distance between two strings (insertions, deletions, substitutions and swaps of neighbours). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table: number[] = new Array<number>(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) table[i * cols] = i;
  for (let j = 0; j < cols; j++) table[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (table[(i - 1) * cols + j] as number) + 1,
        (table[i * cols + j - 1] as number) + 1,
        (table[(i - 1) * cols + j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (table[(i - 2) * cols + j - 2] as number) + 1);
      }
      table[i * cols + j] = best;
    }
  }
  return table[rows * cols - 1] as number;
}

/**
 * Gives up to `limit` known ids closest to `input`: those within a few edits, and those that contain the input
 * or are contained in it. Closest first; ties keep the order of `known`.
 */
export function suggestIds(input: unknown, known: readonly string[], limit = 3): string[] {
  if (typeof input !== 'string' || input.length === 0 || input.length > 200) return [];
  const needle = input.toLowerCase();
  const maxDistance = Math.max(2, Math.floor(needle.length / 3));
  const scored: { id: string; score: number; index: number }[] = [];
  known.forEach((id, index) => {
    const distance = editDistance(needle, id);
    const overlap = needle.length >= 3 && (id.includes(needle) || needle.includes(id));
    // Ids within a few edits rank by distance; ids that only share a substring come after all of them.
    if (distance <= maxDistance) scored.push({ id, score: distance, index });
    else if (overlap) scored.push({ id, score: maxDistance + 1, index });
  });
  scored.sort((left, right) => left.score - right.score || left.index - right.index);
  return scored.slice(0, limit).map((entry) => entry.id);
}
