import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { findJsonError } from '../../src/serialise/findJsonError.js';

/** Texts near JSON: real JSON, with a piece cut, added or swapped, and pieces of JSON's own alphabet. */
const nearJson = fc.oneof(
  fc.json(),
  fc.tuple(fc.json(), fc.nat(), fc.nat({ max: 3 })).map(([text, at, cut]) => {
    const place = at % (text.length + 1);
    return text.slice(0, place) + text.slice(place + cut);
  }),
  fc
    .tuple(fc.json(), fc.nat(), fc.constantFrom(',', '}', ']', '"', ':', '“', '\\', '-', 'e', '0', ' ', '\n', '\u0001'))
    .map(([text, at, piece]) => {
      const place = at % (text.length + 1);
      return text.slice(0, place) + piece + text.slice(place);
    }),
  fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', ':', ',', '1', '-', '.', 'e', 't', 'n', ' ', '\\', 'u') }),
);

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('findJsonError', () => {
  test.prop([nearJson], { numRuns: 5_000 })(
    'finds a place exactly when JSON.parse refuses the text, and the place is within the text',
    (text) => {
      const error = findJsonError(text);
      expect(error === undefined).toBe(parses(text));
      if (error === undefined) return;
      expect(error.line).toBeGreaterThanOrEqual(1);
      expect(error.column).toBeGreaterThanOrEqual(1);
      const lines = text.split('\n');
      expect(error.line).toBeLessThanOrEqual(lines.length);
      expect(error.column).toBeLessThanOrEqual((lines[error.line - 1] as string).length + 1);
    },
  );

  test.prop([fc.json()])('finds the end of a text cut short, whatever was cut', (text) => {
    if (text.length < 2 || parses(text.slice(0, -1))) return;
    expect(findJsonError(text.slice(0, -1))).toBeDefined();
  });
});
