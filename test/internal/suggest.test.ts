import { describe, expect, it } from 'vitest';
import { editDistance, suggestIds } from '../../src/internal/suggest.js';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('ambitei', 'ambitie')).toBe(1);
  });
});

describe('suggestIds', () => {
  const known = ['gemeente', 'schoolbestuur', 'school', 'samenwerkingsverband', 'provincie'];

  it('suggests ids within a few edits, closest first', () => {
    expect(suggestIds('gemeete', known)).toEqual(['gemeente']);
  });

  it('suggests ids that contain the input', () => {
    expect(suggestIds('bestuur', known)).toEqual(['schoolbestuur']);
  });

  it('keeps the catalogue order on ties and stops at the limit', () => {
    expect(suggestIds('schoo', known, 1)).toEqual(['school']);
    expect(suggestIds('school', known).slice(0, 2)).toEqual(['school', 'schoolbestuur']);
  });

  it('ignores case', () => {
    expect(suggestIds('Gemeente', known)).toEqual(['gemeente']);
  });

  it('gives nothing for values that are not strings, empty or absurdly long', () => {
    expect(suggestIds(3, known)).toEqual([]);
    expect(suggestIds('', known)).toEqual([]);
    expect(suggestIds('x'.repeat(201), known)).toEqual([]);
  });

  it('gives nothing when no id is close', () => {
    expect(suggestIds('zzzzzzzzzz', known)).toEqual([]);
  });
});

describe('bounded work (issue 17, item 13)', () => {
  it('stops an edit distance past its bound and reports a number above the bound', () => {
    expect(editDistance('abcdefgh', 'stuvwxyz', 2)).toBe(3);
    expect(editDistance('ambitei', 'ambitie', 2)).toBe(1);
    expect(editDistance('a'.repeat(50), 'b', 3)).toBe(4);
  });

  it('gives nothing for a key longer than every known id by more than the bound, however long', () => {
    const known = ['gemeente', 'schoolbestuur'];
    expect(suggestIds(`schoolbestuur${'x'.repeat(5)}`, known)).toEqual([]);
    expect(suggestIds('gemeente'.repeat(1_000_000), known)).toEqual([]);
    expect(suggestIds('schoolbestuurr', known)).toEqual(['schoolbestuur']);
  });
});
