import { describe, expect, it } from 'vitest';
import { localise } from '../../src/i18n/localise.js';

const nl = {
  fixed: 'vast',
  withParameters: (count: number): string => `${count} keer`,
  table: { a: 'een', b: 'twee' },
};
const en: typeof nl = { fixed: 'fixed', withParameters: (count) => `${count} times`, table: { a: 'one', b: 'two' } };

describe('localise', () => {
  const group = localise({ nl, en });

  it('gives a fixed text in both languages', () => {
    expect(group.fixed()).toEqual({ nl: 'vast', en: 'fixed' });
  });

  it('passes the same parameters to every language', () => {
    expect(group.withParameters(3)).toEqual({ nl: '3 keer', en: '3 times' });
  });

  it('looks up a word of a table in both languages', () => {
    expect(group.table('b')).toEqual({ nl: 'twee', en: 'two' });
  });

  it('gives a new object on every call, so that changing one changes no other', () => {
    const first = group.fixed() as { nl: string };
    first.nl = 'veranderd';
    expect(group.fixed().nl).toBe('vast');
    expect(group.table('a')).not.toBe(group.table('a'));
  });

  it('finds only own words of a table: an id named after a member of Object.prototype gives the id back', () => {
    const lookUp = group.table as (id: string) => { nl: string; en: string };
    expect(lookUp('constructor')).toEqual({ nl: 'constructor', en: 'constructor' });
    expect(lookUp('toString')).toEqual({ nl: 'toString', en: 'toString' });
  });
});
