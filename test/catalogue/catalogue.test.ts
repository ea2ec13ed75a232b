import { describe, expect, it } from 'vitest';
import { catalogue, catalogueListNames, getSource, isSourceId, sourceIds } from '../../src/catalogue/index.js';
import * as lookups from '../../src/catalogue/lookups.js';

function isDeeplyFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (value === null || typeof value !== 'object' || seen.has(value)) return true;
  seen.add(value);
  return Object.isFrozen(value) && Object.values(value).every((item) => isDeeplyFrozen(item, seen));
}

describe('catalogue', () => {
  it('has an edition of the form year.number', () => {
    expect(catalogue.edition).toMatch(/^\d{4}\.\d+$/);
  });

  it('is deeply frozen', () => {
    expect(isDeeplyFrozen(catalogue)).toBe(true);
  });

  it('gives the same frozen array on every read of a list, and enumerates its lists as plain data does', () => {
    expect(catalogue.themes).toBe(catalogue.themes);
    expect(catalogue.benchmarks).toBe(catalogue.benchmarks);
    expect(Object.isFrozen(catalogue.mappings)).toBe(true);
    const copy = JSON.parse(JSON.stringify(catalogue)) as Record<string, unknown>;
    expect(Object.keys(copy)).toEqual(Object.keys(catalogue));
    expect(copy.forms).toEqual(catalogue.forms);
    expect({ ...catalogue }.stages).toBe(catalogue.stages);
  });

  it('cannot be changed by assignment', () => {
    expect(() => {
      (catalogue as { edition: string }).edition = 'x';
    }).toThrow(TypeError);
  });

  it('lists the sources in the order of their ids: the five reports, then the acts and publications outside them', () => {
    expect(catalogue.sources.map((source) => source.id)).toEqual([...sourceIds]);
    expect(catalogue.sources.slice(0, 5).every((source) => source.outsideReports === undefined)).toBe(true);
    expect(catalogue.sources.slice(5).every((source) => source.outsideReports === true)).toBe(true);
  });
});

describe('lookups', () => {
  it('finds a source by id and returns the frozen catalogue entry itself', () => {
    const source = getSource('berenschot-gemeente-onderwijs');
    expect(source).toBe(catalogue.sources[4]);
    expect(source.publisher).toBe('Berenschot');
  });

  it('guards source ids', () => {
    expect(isSourceId('regioplan-vo-2015')).toBe(true);
    expect(isSourceId('regioplan')).toBe(false);
  });

  it('suggests the closest source for a typo', () => {
    expect(() => getSource('regioplan-vo-2016' as never)).toThrow(/Did you mean 'regioplan-vo-2015'/);
  });

  it('has a getter and an id guard for every list of the catalogue (not for the edition or the change list)', () => {
    const getters = Object.keys(lookups).filter((name) => name.startsWith('get'));
    const guards = Object.keys(lookups).filter((name) => name.startsWith('is'));
    expect(Object.keys(catalogue)).toHaveLength(catalogueListNames.length + 2);
    expect(getters).toHaveLength(catalogueListNames.length);
    expect(guards).toHaveLength(getters.length);
  });
});
