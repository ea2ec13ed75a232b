/**
 * The change list per edition against the catalogue itself: every entry was added exactly once, nothing added ever
 * leaves its list, retired entries are marked and point to a current replacement, and the shipped JSON Schemas
 * still accept every id a document may hold.
 */
import { describe, expect, it, vi } from 'vitest';
import { jsonSchemas } from '../../scripts/lib/json-schemas.js';
import {
  type CatalogueEntry,
  type CatalogueListName,
  catalogue,
  catalogueListNames,
  changes,
} from '../../src/catalogue/index.js';
import { CatalogueSchema } from '../../src/schema/CatalogueSchema.js';

const entriesOf = (list: CatalogueListName): readonly CatalogueEntry[] => catalogue[list] as readonly CatalogueEntry[];
const key = (list: string, id: string): string => `${list}:${id}`;
const everyChange = changes.flatMap((edition) => [
  ...edition.added.map((change) => ({ ...change, kind: 'added', edition: edition.edition })),
  ...edition.changed.map((change) => ({ ...change, kind: 'changed', edition: edition.edition })),
  ...edition.retired.map((change) => ({ ...change, kind: 'retired', edition: edition.edition })),
]);

describe('catalogue.changes', () => {
  it('is deeply frozen as exported, in a fresh module graph where the catalogue object was never read', async () => {
    vi.resetModules();
    const fresh = await import('../../src/catalogue/data/changes.js');
    expect(Object.isFrozen(fresh.changes)).toBe(true);
    expect(Object.isFrozen(fresh.changes[0]?.added[0])).toBe(true);
    expect(Object.isFrozen(fresh.changes[0]?.added[0]?.reason)).toBe(true);
  });

  it('is the change list of the catalogue object, and its last entry is the current edition', () => {
    expect(catalogue.changes).toBe(changes);
    expect(changes.at(-1)?.edition).toBe(catalogue.edition);
    expect(catalogue.edition).toBe('2026.2');
  });

  it('lists each edition once, oldest first', () => {
    const editions = changes.map((edition) => edition.edition);
    expect(editions[0]).toBe('2026.1');
    const order = editions.map((edition) => edition.split('.').map(Number) as [number, number]);
    for (let index = 1; index < order.length; index++) {
      const [year, number] = order[index] as [number, number];
      const [previousYear, previousNumber] = order[index - 1] as [number, number];
      expect(year > previousYear || (year === previousYear && number > previousNumber), editions[index]).toBe(true);
    }
  });

  it('records the first edition as it was published: 363 entries in 18 lists (CHANGELOG of 0.1)', () => {
    const first = changes[0];
    const counts = Object.fromEntries(
      catalogueListNames.map((list) => [list, first?.added.filter((change) => change.list === list).length]),
    );
    expect(counts).toEqual({
      sources: 5,
      themes: 41,
      forms: 41,
      factors: 90,
      strategyFactors: 6,
      indicators: 27,
      pitfalls: 12,
      stages: 5,
      reasons: 5,
      partnerTypes: 31,
      stakeholderGroups: 12,
      sectors: 10,
      motives: 23,
      benchmarks: 18,
      mappings: 16,
      levels: 3,
      competences: 10,
      portraits: 8,
      benefits: 0,
      suggestions: 0,
      coordinatingRoles: 0,
      staffAttentionPoints: 0,
      trainingRoutes: 0,
      supportNeeds: 0,
    });
    expect(first?.changed).toEqual([]);
    expect(first?.retired).toEqual([]);
  });

  it('adds every entry of the catalogue exactly once, and every id it ever added is still in its list', () => {
    const added = everyChange.filter((change) => change.kind === 'added').map((change) => key(change.list, change.id));
    expect(new Set(added).size).toBe(added.length);
    const present = catalogueListNames.flatMap((list) => entriesOf(list).map((entry) => key(list, entry.id)));
    expect([...added].sort()).toEqual([...present].sort());
  });

  it('adds the six lists of edition 2026.2 in that edition, with the entries of each list', () => {
    const second = changes.find((edition) => edition.edition === '2026.2');
    for (const list of [
      'benefits',
      'suggestions',
      'coordinatingRoles',
      'staffAttentionPoints',
      'trainingRoutes',
      'supportNeeds',
    ] as const) {
      expect(entriesOf(list).length, list).toBeGreaterThan(0);
      expect(second?.added.filter((change) => change.list === list).map((change) => change.id)).toEqual(
        entriesOf(list).map((entry) => entry.id),
      );
    }
  });

  it('changes or retires only ids that an earlier or the same edition added', () => {
    const editions = changes.map((edition) => edition.edition);
    for (const change of everyChange.filter((candidate) => candidate.kind !== 'added')) {
      const addedIn = everyChange.find(
        (candidate) => candidate.kind === 'added' && candidate.list === change.list && candidate.id === change.id,
      )?.edition;
      expect(addedIn, key(change.list, change.id)).toBeDefined();
      expect(editions.indexOf(addedIn as string)).toBeLessThanOrEqual(editions.indexOf(change.edition));
    }
  });

  it('gives every change a reason in Dutch and English that differ', () => {
    for (const change of everyChange) {
      expect(change.reason.nl.trim().length, key(change.list, change.id)).toBeGreaterThan(0);
      expect(change.reason.en.trim().length, key(change.list, change.id)).toBeGreaterThan(0);
      expect(change.reason.nl).not.toBe(change.reason.en);
    }
  });

  it('marks exactly the retired ids as retired, each replaced by a current entry of its own list when replaced', () => {
    const retired = new Set(
      everyChange.filter((change) => change.kind === 'retired').map((change) => key(change.list, change.id)),
    );
    for (const list of catalogueListNames) {
      for (const entry of entriesOf(list)) {
        expect(entry.retired === true, key(list, entry.id)).toBe(retired.has(key(list, entry.id)));
        if (entry.replacedBy !== undefined) {
          const replacement = entriesOf(list).find((candidate) => candidate.id === entry.replacedBy);
          expect(replacement, `${key(list, entry.id)} → ${entry.replacedBy}`).toBeDefined();
          expect(replacement?.retired, `${entry.replacedBy} is itself retired`).toBeUndefined();
          expect(entry.retired, `${key(list, entry.id)} has a replacement but is not retired`).toBe(true);
        }
      }
    }
  });

  it('is valid against the catalogue schema, which refuses a change in a list that does not exist', () => {
    const exported = JSON.parse(JSON.stringify(catalogue));
    expect(CatalogueSchema.safeParse(exported).success).toBe(true);
    exported.changes[1].added[0].list = 'gevolgen';
    expect(CatalogueSchema.safeParse(exported).success).toBe(false);
  });
});

describe('documents written against an earlier edition', () => {
  const schemas = jsonSchemas();
  /** Every value of every `enum` in a JSON Schema. */
  const enumValues = (node: unknown, found = new Set<unknown>()): Set<unknown> => {
    if (Array.isArray(node)) for (const item of node) enumValues(item, found);
    else if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      // A list is written as `enum`, or as `oneOf` of `{ const, title }` where its members carry their labels.
      if (Array.isArray(record.enum)) for (const value of record.enum) found.add(value);
      if ('const' in record) found.add(record.const);
      for (const value of Object.values(record)) enumValues(value, found);
    }
    return found;
  };

  it.each([
    ['collaboration', ['themes', 'forms', 'factors', 'stages', 'partnerTypes', 'stakeholderGroups', 'sectors']],
    ['assessment', ['indicators']],
  ] as const)(
    'the %s JSON Schema accepts every id any edition added to the lists its documents refer to',
    (name, lists) => {
      const accepted = enumValues(schemas[name]);
      for (const change of everyChange.filter((candidate) => candidate.kind === 'added')) {
        if ((lists as readonly string[]).includes(change.list)) {
          expect(accepted.has(change.id), `${name}: ${key(change.list, change.id)}`).toBe(true);
        }
      }
    },
  );
});
