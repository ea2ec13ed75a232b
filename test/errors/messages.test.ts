import { describe, expect, it } from 'vitest';
import { listOf, messages, quote } from '../../src/errors/messages.js';

describe('quote', () => {
  it('quotes strings and writes numbers, booleans and null plainly', () => {
    expect(quote('abc')).toBe("'abc'");
    expect(quote(3)).toBe('3');
    expect(quote(false)).toBe('false');
    expect(quote(null)).toBe('null');
    expect(quote(undefined)).toBe('undefined');
  });

  it('names lists and objects instead of printing them', () => {
    expect(quote([1, 2])).toBe('een lijst');
    expect(quote({ a: 1 })).toBe('object');
  });

  it('cuts long values short', () => {
    const quoted = quote('x'.repeat(100));
    expect(quoted.length).toBe(58);
    expect(quoted.endsWith('…')).toBe(true);
  });
});

describe('listOf', () => {
  it('joins values and cuts after the maximum', () => {
    expect(listOf(['a', 'b'])).toBe('a, b');
    expect(listOf(['a', 'b', 'c'], 2)).toBe('a, b, …');
  });
});

describe('messages', () => {
  it('says in both languages what is wrong with a date and how to write it', () => {
    const message = messages.invalidDate('2025-02-30');
    expect(message.nl).toContain("'2025-02-30' is geen bestaande kalenderdatum");
    expect(message.nl).toContain('JJJJ-MM-DD');
    expect(message.en).toContain("'2025-02-30' is not a real calendar date");
    expect(message.en).toContain('YYYY-MM-DD');
  });

  it('names a list in English as a list', () => {
    expect(messages.invalidDate([1]).en).toContain('a list is not');
  });

  it('offers suggestions for an unknown id, and none when there are none', () => {
    const list = { nl: 'valkuil', en: 'pitfall' };
    expect(messages.unknownId(list, 'poolse', ['poolse-landdag']).en).toBe(
      "There is no pitfall with id 'poolse' in the catalogue. Did you mean 'poolse-landdag'?",
    );
    expect(messages.unknownId(list, 'zzz', []).nl).toBe("Er is geen valkuil met id 'zzz' in de catalogus.");
  });
});
