/**
 * The retirement mechanism. No id is retired in edition 2026.2, so it is tested on a small test list built with the
 * same lookup factory as the catalogue, and on the statement that every real entry is current.
 */
import { describe, expect, it } from 'vitest';
import { createLookup } from '../../src/catalogue/createLookup.js';
import { type CatalogueEntry, catalogue, catalogueListNames, requireCurrent } from '../../src/catalogue/index.js';
import { caught } from '../support/caught.js';

const text = (nl: string, en: string) => ({ nl, en });
const entry = (id: string, extra: Partial<CatalogueEntry> = {}): CatalogueEntry => ({
  id,
  label: text(id, id),
  description: text(`Testregel ${id}.`, `Test entry ${id}.`),
  sources: [{ source: 'regioplan-vo-2015', section: 'Test' }],
  ...extra,
});
const testList = [
  entry('samen-leren'),
  entry('leren', { retired: true, replacedBy: 'samen-leren' }),
  entry('vervallen', { retired: true }),
];
// The test list stands in for the themes: the lookup names its entries as the themes list does.
const getTestEntry = createLookup(testList, 'themes');

describe('a retired id', () => {
  it('stays resolvable: its lookup returns the entry, marked retired, with the id that replaces it', () => {
    const found = getTestEntry('leren');
    expect(found).toBe(testList[1]);
    expect(found.retired).toBe(true);
    expect(found.replacedBy).toBe('samen-leren');
    expect(getTestEntry(found.replacedBy as string).retired).toBeUndefined();
  });

  it('is refused by requireCurrent with retired_id, at the given path, naming its replacement in both languages', () => {
    const error = caught(() => requireCurrent(getTestEntry('leren'), ['themes', 2]));
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]?.code).toBe('retired_id');
    expect(error.issues[0]?.path).toEqual(['themes', 2]);
    expect(error.issues[0]?.message.nl).toBe(
      "'leren' is vervallen in deze editie van de catalogus. Gebruik 'samen-leren' in plaats daarvan.",
    );
    expect(error.issues[0]?.message.en).toBe(
      "'leren' is retired in this edition of the catalogue. Use 'samen-leren' instead.",
    );
  });

  it('without a replacement gets a message that says so', () => {
    const error = caught(() => requireCurrent(getTestEntry('vervallen')));
    expect(error.issues[0]?.path).toEqual([]);
    expect(error.issues[0]?.message.en).toContain('has no successor');
    expect(error.issues[0]?.message.nl).toContain('heeft geen opvolger');
  });
});

describe('a current id', () => {
  it('passes requireCurrent unchanged: the same object comes back', () => {
    const current = getTestEntry('samen-leren');
    expect(requireCurrent(current)).toBe(current);
  });

  it('covers every entry of edition 2026.2, in which nothing is retired', () => {
    for (const list of catalogueListNames) {
      for (const item of catalogue[list] as readonly CatalogueEntry[]) expect(requireCurrent(item)).toBe(item);
    }
    expect(catalogue.changes.flatMap((edition) => edition.retired)).toEqual([]);
  });
});

describe('arguments that are not an entry or a path (issue 17)', () => {
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();

  it('refuses as the entry undefined, null, a string, a number, a list and a revoked proxy, with invalid_argument', () => {
    for (const value of [undefined, null, 'krimp', 3, [], revoked.proxy]) {
      const error = caught(() => requireCurrent(value as never));
      expect(error.issues.map((issue) => `${issue.code} ${issue.path.join('.')}`)).toEqual(['invalid_argument entry']);
    }
  });

  it('refuses a path that is not a list of keys and indexes', () => {
    const current = getTestEntry('samen-leren');
    const error = caught(() => requireCurrent(current, 'themes' as never));
    expect(error.issues.map((issue) => `${issue.code} ${issue.path.join('.')}`)).toEqual(['invalid_argument path']);
    expect(requireCurrent(current, ['themes', 0])).toBe(current);
  });
});

describe('lookups given a revoked proxy (issue 17)', () => {
  it('throw unknown_id, not a TypeError', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(caught(() => getTestEntry(revoked.proxy as never)).issues[0]?.code).toBe('unknown_id');
  });
});
