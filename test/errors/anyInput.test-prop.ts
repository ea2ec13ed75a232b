/**
 * Issue 17, "Done when": any value into any public function gives a result or a SamenwerkingError, never another
 * exception, and every number in a result is finite. The values are anything fast-check makes, and near misses:
 * valid documents and results with one field dropped or replaced by anything.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import * as library from '../../src/index.js';
import { validAssessment, validCollaboration, validPortfolio } from '../support/documents.js';

const RUNS = { numRuns: 150 } as const;

/** The public functions, by name: every export that is callable and not a class. */
const functions = Object.entries(library as Record<string, unknown>)
  .filter(
    (entry): entry is [string, (...args: unknown[]) => unknown] =>
      typeof entry[1] === 'function' && !/^class\b/.test(Function.prototype.toString.call(entry[1])),
  )
  .sort(([a], [b]) => a.localeCompare(b));

const score = library.scoreBerenschot(library.parseAssessment(validAssessment()));
const pitfalls = library.detectPitfalls(library.parseCollaboration(validCollaboration()));

/** Valid documents and results, as plain (unfrozen) copies, to start near misses from. */
const starts: readonly unknown[] = [
  validCollaboration(),
  validAssessment(),
  validPortfolio(),
  structuredClone(score),
  structuredClone(pitfalls),
  { title: 'Rapport', score: structuredClone(score), pitfalls: structuredClone(pitfalls) },
];

/** Sets `value` at a path of object keys and array positions, in a copy. */
function withAt(document: unknown, path: readonly (string | number)[], value: unknown, drop: boolean): unknown {
  if (path.length === 0) return value;
  const copy: unknown = structuredClone(document);
  let at = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (drop && !Array.isArray(at)) delete at[last];
  else at[last] = value;
  return copy;
}

/** Every path to a value inside a document. */
function pathsOf(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(path);
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) pathsOf(value[index], [...path, index], out);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...path, key], out);
  }
  return out;
}

const nearMiss: fc.Arbitrary<unknown> = fc
  .constantFrom(...starts)
  .chain((start) =>
    fc
      .tuple(fc.constantFrom(...pathsOf(start)), fc.anything(), fc.boolean())
      .map(([path, value, drop]) => withAt(start, path, value, drop)),
  );

const argument: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true }),
  nearMiss,
  fc.constantFrom(...starts),
  fc.constantFrom<unknown>(undefined, null, '', 'nl', 'en', 'de', 0, -1, Number.NaN, [], {}),
);

/** Fails on a number that is not finite anywhere in a result (cycles and shared parts are walked once). */
function expectFiniteNumbers(value: unknown, seen = new Set<unknown>(), path = 'result'): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${path} is ${value}`);
    return;
  }
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  for (const [key, item] of Object.entries(value)) expectFiniteNumbers(item, seen, `${path}.${key}`);
}

describe('any value into any public function', () => {
  it('finds the public functions', () => {
    const names = functions.map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining(['scoreBerenschot', 'toMarkdown', 'toCsv', 'summarisePortfolio']));
  });

  for (const [name, fn] of functions) {
    test.prop([fc.array(argument, { maxLength: 3 })], RUNS)(
      `${name} gives a result or a SamenwerkingError, and only finite numbers`,
      (args) => {
        let result: unknown;
        try {
          result = fn(...args);
        } catch (error) {
          if (library.isSamenwerkingError(error)) return;
          throw new Error(`${name} threw ${String(error)}`, { cause: error });
        }
        expectFiniteNumbers(result);
      },
      30_000,
    );
  }
});
