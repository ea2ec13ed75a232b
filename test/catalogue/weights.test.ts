/**
 * The weight rule of `Factor.weight`: 2 only where one of the five reports puts the factor first in its own words, and
 * then the note says which report and which lines; everything else 1.
 */
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue/index.js';

const stressed = catalogue.factors.filter((factor) => factor.weight === 2);

/** Whether a citation of the Berenschot report covers the given line. */
const coversBerenschotLine = (line: number) => (ref: { source: string; lines?: string }) => {
  if (ref.source !== 'berenschot-gemeente-onderwijs' || ref.lines === undefined) return false;
  const [first = 0, last = first] = ref.lines.replace(/L/g, '').split('-').map(Number);
  return first <= line && line <= last;
};

describe('factor weights', () => {
  it('are 1 or 2', () => {
    expect(new Set(catalogue.factors.map((factor) => factor.weight))).toEqual(new Set([1, 2]));
  });

  it('a weight-2 factor says in its note, in both languages, which report put it first and on which lines', () => {
    expect(stressed.length).toBeGreaterThan(3);
    for (const factor of stressed) {
      expect(factor.note?.nl, factor.id).toMatch(/^Gewicht 2: .*\bL\d+/);
      expect(factor.note?.en, factor.id).toMatch(/^Weight 2: .*\bL\d+/);
    }
  });

  it('a weight-1 factor does not claim weight 2 in its note', () => {
    for (const factor of catalogue.factors.filter((entry) => entry.weight === 1)) {
      expect(factor.note?.nl ?? '', factor.id).not.toMatch(/Gewicht 2/);
      expect(factor.note?.en ?? '', factor.id).not.toMatch(/Weight 2/);
    }
  });

  it('the two points the Berenschot strategy stresses most have a weight-2 factor citing them', () => {
    // Naming and acknowledging interests was named unanimously (L2940); informing each other in good time was named
    // "perhaps most often" (L3059).
    for (const line of [2940, 3059]) {
      expect(
        stressed.some((factor) => factor.sources.some(coversBerenschotLine(line))),
        `L${line}`,
      ).toBe(true);
    }
  });
});
