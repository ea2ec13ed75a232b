/**
 * Finds the known ids closest to an unknown one, for "did you mean" hints, with bounded work: an edit distance that
 * stops as soon as it exceeds the bound, on character codes in reused rows, and no work at all for an input that
 * could not be near any known id.
 */

/** The most edits a suggestion may be away from the input, whatever its length. */
export const MAX_EDITS = 4;

/** The rows of the edit-distance table, reused from call to call (three: a swap of neighbours looks two rows back). */
let rows: Int32Array[] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

function rowsOf(length: number): Int32Array[] {
  if ((rows[0] as Int32Array).length < length) {
    rows = [new Int32Array(length * 2), new Int32Array(length * 2), new Int32Array(length * 2)];
  }
  return rows;
}

/**
 * The edit distance between two strings (insertions, deletions, substitutions and swaps of neighbours), or any
 * number above `bound` as soon as it is certain to exceed it. Without a bound, the exact distance.
 */
export function editDistance(a: string, b: string, bound: number = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  const cols = b.length + 1;
  const [first, second, third] = rowsOf(cols) as [Int32Array, Int32Array, Int32Array];
  let before = first; // row i - 2
  let previous = second; // row i - 1
  let current = third; // row i
  for (let j = 0; j < cols; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const code = a.charCodeAt(i - 1);
    const codeBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
    current[0] = i;
    let smallest = i;
    for (let j = 1; j < cols; j++) {
      const other = b.charCodeAt(j - 1);
      let best = (previous[j - 1] as number) + (code === other ? 0 : 1);
      const deletion = (previous[j] as number) + 1;
      if (deletion < best) best = deletion;
      const insertion = (current[j - 1] as number) + 1;
      if (insertion < best) best = insertion;
      if (j > 1 && code === b.charCodeAt(j - 2) && codeBefore === other) {
        const swap = (before[j - 2] as number) + 1;
        if (swap < best) best = swap;
      }
      current[j] = best;
      if (best < smallest) smallest = best;
    }
    // Every later row is at least this row's smallest value: past the bound, the distance is too.
    if (smallest > bound) return bound + 1;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  return previous[cols - 1] as number;
}

/** The longest known id of each list asked about, kept per list. */
const longest = new WeakMap<readonly string[], number>();

function longestOf(known: readonly string[]): number {
  let length = longest.get(known);
  if (length === undefined) {
    length = 0;
    for (const id of known) if (id.length > length) length = id.length;
    longest.set(known, length);
  }
  return length;
}

/**
 * Gives up to `limit` known ids closest to `input`: those within a few edits, and those that contain the input
 * or are contained in it. Closest first; ties keep the order of `known`.
 *
 * @remarks
 * The bound is a third of the input's length, from 2 to {@link MAX_EDITS} edits. An input longer than every known id
 * by more than the bound gets no suggestion and costs nothing: no id can be near it, and an id inside it is no help.
 */
export function suggestIds(input: unknown, known: readonly string[], limit = 3): string[] {
  if (typeof input !== 'string' || input.length === 0) return [];
  const maxDistance = Math.min(MAX_EDITS, Math.max(2, Math.floor(input.length / 3)));
  if (input.length > longestOf(known) + maxDistance) return [];
  const needle = input.toLowerCase();
  const scored: { id: string; score: number; index: number }[] = [];
  for (let index = 0; index < known.length; index++) {
    const id = known[index] as string;
    const distance = editDistance(needle, id, maxDistance);
    // Ids within a few edits rank by distance; ids that only share a substring come after all of them.
    if (distance <= maxDistance) scored.push({ id, score: distance, index });
    else if (needle.length >= 3 && (id.includes(needle) || needle.includes(id))) {
      scored.push({ id, score: maxDistance + 1, index });
    }
  }
  scored.sort((left, right) => left.score - right.score || left.index - right.index);
  return scored.slice(0, limit).map((entry) => entry.id);
}
