/**
 * Every place of valid documents and stored results, broken one at a time: the parse of each kind (one walk for the
 * documents and the results alike) must name the place, whatever part of the format it is in. The property tests
 * break random places; this visits each place of a few values of every kind once, so no part of the generated walk
 * goes untried.
 */
import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { PathSegment } from '../../src/errors/SamenwerkingError.js';
import { type ParseResult, parseDocument } from '../../src/schema/parseDocument.js';
import type { ResultKind } from '../../src/schema/resultKinds.js';
import { safeParseResultOf } from '../../src/schema/results.js';
import type { Portfolio } from '../../src/schema/types.js';
import { balanceFactors } from '../../src/scoring/balanceFactors.js';
import { compareAssessments } from '../../src/scoring/compareAssessments.js';
import { inferStage } from '../../src/scoring/inferStage.js';
import { scoreBerenschot } from '../../src/scoring/scoreBerenschot.js';
import { summarisePortfolio } from '../../src/scoring/summarisePortfolio.js';
import { assessmentArbitrary } from '../support/assessmentArbitrary.js';
import { collaborationArbitrary } from '../support/collaborationArbitrary.js';
import { validAssessment, validCollaboration, validPortfolio } from '../support/documents.js';
import { scoredTrend, trendArbitrary } from '../support/trendArbitrary.js';

type Json = Record<string | number, unknown>;
type Path = readonly PathSegment[];

const clone = (value: unknown): Json => JSON.parse(JSON.stringify(value)) as Json;
const sample = <T>(arbitrary: fc.Arbitrary<T>, count: number, seed: number): T[] =>
  fc.sample(arbitrary, { numRuns: count, seed });

const collaborations = sample(collaborationArbitrary, 6, 17);
const assessments = sample(assessmentArbitrary({ maxResponses: 4 }), 4, 19);
const sameCollaboration = (index: number) => {
  const [before, after] = sample(assessmentArbitrary({ maxResponses: 3 }), 2, 23 + index);
  return [before, { ...after, collaboration: before?.collaboration }] as const;
};

/** A few valid values of each kind, as plain JSON data. */
const values: Readonly<Record<string, readonly Json[]>> = {
  collaboration: [validCollaboration(), ...collaborations.slice(0, 2)].map(clone),
  assessment: [validAssessment(), ...assessments.slice(0, 1)].map(clone),
  portfolio: [validPortfolio()].map(clone),
  'berenschot-score': assessments.map((assessment) => clone(scoreBerenschot(assessment))),
  'factor-balance': collaborations.map((collaboration) => clone(balanceFactors(collaboration))),
  'stage-inference': [validCollaboration(), ...collaborations].map((collaboration) =>
    clone(inferStage(collaboration as never)),
  ),
  'portfolio-summary': [clone(summarisePortfolio(validPortfolio() as unknown as Portfolio))],
  'assessment-comparison': [0, 1].map((index) => {
    const [before, after] = sameCollaboration(index);
    return clone(compareAssessments(before as never, after as never));
  }),
  trend: [scoredTrend(), ...sample(trendArbitrary, 2, 29)].map(clone),
};

function parse(kind: string, input: unknown, trusted = false): ParseResult<unknown> {
  return kind === 'collaboration' || kind === 'assessment' || kind === 'portfolio' || kind === 'plan'
    ? parseDocument(kind, input, trusted)
    : safeParseResultOf(kind as ResultKind, input, trusted);
}

/** Every object and array in a value, with its path. */
function containers(value: unknown, path: Path = [], out: { path: Path; value: object }[] = []) {
  if (value === null || typeof value !== 'object') return out;
  out.push({ path, value });
  const entries: [PathSegment, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value);
  for (const [key, item] of entries) containers(item, [...path, key], out);
  return out;
}

function at(root: unknown, path: Path): Json {
  let value = root;
  for (const segment of path) value = (value as Json)[segment];
  return value as Json;
}

function issuePaths(result: ParseResult<unknown>): string[] {
  expect(result.success).toBe(false);
  return result.success ? [] : result.error.issues.map((issue) => JSON.stringify(issue.path));
}

describe.each(Object.keys(values))('every place of a %s', (kind) => {
  const documents = values[kind] as readonly Json[];

  it('parses the unbroken values, copied and in place', () => {
    expect(documents.length).toBeGreaterThan(0);
    for (const document of documents) {
      expect(parse(kind, clone(document)).success).toBe(true);
      expect(parse(kind, clone(document), true).success).toBe(true);
    }
  });

  it('names a key or item whose getter throws', () => {
    for (const document of documents) {
      for (const { path } of containers(document)) {
        const broken = clone(document);
        const container = at(broken, path);
        const keys = Object.keys(container);
        const key = Array.isArray(container) ? keys.length - 1 : keys[keys.length - 1];
        if (key === undefined || (Array.isArray(container) && container.length === 0)) continue;
        Object.defineProperty(container, key, {
          enumerable: true,
          get() {
            throw new Error('unreadable');
          },
        });
        const segment = Array.isArray(container) ? Number(key) : key;
        expect(issuePaths(parse(kind, broken))).toContain(JSON.stringify([...path, segment]));
      }
    }
  });

  it('names an object or list replaced by a value that is not JSON', () => {
    for (const document of documents) {
      for (const { path } of containers(document)) {
        if (path.length === 0) continue;
        const broken = clone(document);
        at(broken, path.slice(0, -1))[path[path.length - 1] as PathSegment] = new Map();
        const paths = issuePaths(parse(kind, broken));
        expect(paths.some((found) => found.startsWith(JSON.stringify(path).slice(0, -1)))).toBe(true);
      }
    }
  });

  it('names a list longer than the bound on values, without reading its items', () => {
    for (const document of documents) {
      for (const { path, value } of containers(document)) {
        if (!Array.isArray(value) || path.length === 0) continue;
        const broken = clone(document);
        at(broken, path.slice(0, -1))[path[path.length - 1] as PathSegment] = new Array(2 ** 32 - 1);
        const result = parse(kind, broken);
        expect(result.success).toBe(false);
        if (!result.success) expect(result.error.issues.some((issue) => issue.code === 'too_large')).toBe(true);
      }
    }
  });

  it('keeps an x- key where the format allows one and names it where not, and leaves out a key set to undefined', () => {
    for (const document of documents) {
      for (const { path, value } of containers(document)) {
        if (Array.isArray(value)) continue;
        const broken = clone(document);
        Object.assign(at(broken, path), { 'x-note': { list: [1, 'a', null, true] } });
        const trusted = parse(kind, clone(broken), true);
        Object.assign(at(broken, path), { gone: undefined });
        const copied = parse(kind, broken);
        expect(copied.success).toBe(trusted.success);
        if (!copied.success || !trusted.success) {
          expect(issuePaths(copied)).toContain(JSON.stringify([...path, 'x-note']));
          continue;
        }
        expect(copied.data).toEqual(trusted.data);
        expect(at(copied.data, path)['x-note']).toEqual({ list: [1, 'a', null, true] });
        expect(Object.hasOwn(at(copied.data, path), 'gone')).toBe(false);
        expect(Object.isFrozen(at(copied.data, path)['x-note'])).toBe(true);
        expect(Object.isFrozen(at(trusted.data, path)['x-note'])).toBe(true);
      }
    }
  });
});
