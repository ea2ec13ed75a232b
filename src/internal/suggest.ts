/**
 * Finds the known ids closest to an unknown one, for "did you mean" hints, with bounded work: an edit distance that
 * stops as soon as a row exceeds the bound, and no work at all for an input that could not be near any known id.
 * Written small, because every bundle that reads options (the scoring too) carries it; it runs only when an argument
 * is refused.
 */

/** The most edits a suggestion may be away from the input, whatever its length. */
export const MAX_EDITS = 4;

/**
 * The edit distance between two strings (insertions, deletions, substitutions and swaps of neighbours), or any
 * number above `bound` as soon as it is certain to exceed it. Without a bound, the exact distance.
 */
export function editDistance(a: string, b: string, bound: number = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, column) => column);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let smallest = i;
    for (let j = 1; j <= b.length; j++) {
      let best = Math.min(
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (before[j - 2] as number) + 1);
      }
      current[j] = best;
      if (best < smallest) smallest = best;
    }
    // Every later row is at least this row's smallest value: past the bound, the distance is too.
    if (smallest > bound) return bound + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] as number;
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
  if (input.length > known.reduce((longest, id) => Math.max(longest, id.length), 0) + maxDistance) return [];
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
