import { describe, expect, it } from 'vitest';
import { createIdGuard, createLookup } from '../../src/catalogue/createLookup.js';
import { isSamenwerkingError } from '../../src/errors/index.js';

const entries = [
  { id: 'gemeente', nested: { value: 1 } },
  { id: 'schoolbestuur', nested: { value: 2 } },
];
const list = 'partnerTypes';

describe('createLookup', () => {
  it('finds an entry by id', () => {
    const lookup = createLookup(entries, list);
    expect(lookup('schoolbestuur')).toBe(entries[1]);
  });

  it('freezes the list it indexes, deeply', () => {
    const own = [{ id: 'a', nested: { value: 1 } }];
    createLookup(own, list)('a');
    expect(Object.isFrozen(own)).toBe(true);
    expect(Object.isFrozen(own[0]?.nested)).toBe(true);
  });

  it('throws unknown_id with the closest ids in both languages', () => {
    const lookup = createLookup(entries, list);
    try {
      lookup('gemeete');
      expect.unreachable();
    } catch (error) {
      if (!isSamenwerkingError(error)) throw error;
      expect(error.issues[0]?.code).toBe('unknown_id');
      expect(error.issues[0]?.message.en).toBe(
        "There is no partner type with id 'gemeete' in the catalogue. Did you mean 'gemeente'?",
      );
      expect(error.issues[0]?.message.nl).toContain("Bedoelde u 'gemeente'?");
    }
  });

  it('throws unknown_id for a value that is not a string', () => {
    const lookup = createLookup(entries, list) as (id: unknown) => unknown;
    expect(() => lookup(42)).toThrow(/Er is geen soort partner met id 42/);
  });

  it('does not find inherited properties such as toString', () => {
    const lookup = createLookup(entries, list);
    expect(() => lookup('toString')).toThrow(/toString/);
  });
});

describe('createIdGuard', () => {
  it('accepts known ids and rejects everything else', () => {
    const isKnown = createIdGuard(['a', 'b'] as const);
    expect(isKnown('a')).toBe(true);
    expect(isKnown('c')).toBe(false);
    expect(isKnown(undefined)).toBe(false);
    expect(isKnown(['a'])).toBe(false);
  });
});
