import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { editDistance } from '../../src/internal/suggest.js';

/** The full table, every cell: the reference the bounded distance must agree with. */
function fullDistance(a: string, b: string): number {
  const table = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = table[i] as number[];
      const above = table[i - 1] as number[];
      let best = Math.min(
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (above[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, ((table[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = best;
    }
  }
  return (table[a.length] as number[])[b.length] as number;
}

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '-', 'é'), maxLength: 14 });

describe('editDistance', () => {
  test.prop([word, word, fc.integer({ min: 0, max: 6 })])(
    'equals the full table within its bound, and exceeds the bound exactly when the full distance does',
    (a, b, bound) => {
      const full = fullDistance(a, b);
      const bounded = editDistance(a, b, bound);
      if (full <= bound) expect(bounded).toBe(full);
      else expect(bounded).toBeGreaterThan(bound);
      expect(editDistance(a, b)).toBe(full);
    },
  );
});
