/**
 * Agreement of the fast validators with the full pipeline (snapshot, zod structure, walker): on generated valid
 * documents both accept; on documents with one random mutation anywhere, the fast validator accepts only what the
 * full pipeline accepts (and, on plain data, exactly that); and the parse functions give the same result with and
 * without the fast path.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  factorIds,
  formIds,
  indicatorIds,
  partnerTypeIds,
  sectorIds,
  stageIds,
  stakeholderGroupIds,
  themeIds,
} from '../../src/catalogue/index.js';
import {
  assessmentKeys,
  assessmentStructure,
  safeParseAssessment,
  walkAssessment,
} from '../../src/schema/AssessmentSchema.js';
import { acceptorFor, acceptsAssessment, acceptsCollaboration, acceptsPortfolio } from '../../src/schema/acceptors.js';
import {
  collaborationKeys,
  collaborationStructure,
  safeParseCollaboration,
  walkCollaboration,
} from '../../src/schema/CollaborationSchema.js';
import {
  portfolioKeys,
  portfolioStructure,
  safeParsePortfolio,
  walkPortfolio,
} from '../../src/schema/PortfolioSchema.js';
import { type ParseResult, parseDocument, safeParseWith } from '../../src/schema/parseDocument.js';
import type { ResultKind } from '../../src/schema/resultKinds.js';
import { type ResultFormat, resultFormats, safeParseResultOf } from '../../src/schema/results.js';
import type { Collaboration, Portfolio } from '../../src/schema/types.js';
import {
  balanceFactors,
  compareAssessments,
  inferStage,
  scoreBerenschot,
  summarisePortfolio,
} from '../../src/scoring/index.js';
import { acceptsAssessmentInput } from '../../src/scoring/readInput.js';
import { assessmentArbitrary } from '../support/assessmentArbitrary.js';
import { collaborationArbitrary } from '../support/collaborationArbitrary.js';
import { trendArbitrary } from '../support/trendArbitrary.js';

const RUNS = 2_000;
/** Generous: thousands of documents, each through the full pipeline twice. */
const TIMEOUT = 120_000;

type Json = Record<string, unknown>;
type Path = readonly (string | number)[];

/**
 * The full pipeline without the fast path, on untrusted input (snapshot first) and on JSON data (checked in place),
 * and the parse functions (one generated walk, then the full pipeline only where it is needed).
 */
const kinds = {
  collaboration: {
    accepts: acceptsCollaboration,
    full: (input: unknown, trusted = false) =>
      safeParseWith(collaborationStructure, walkCollaboration, 'collaboration', input, trusted, null),
    fast: (input: unknown) => safeParseCollaboration(input),
  },
  assessment: {
    accepts: acceptsAssessment,
    full: (input: unknown, trusted = false) =>
      safeParseWith(assessmentStructure, walkAssessment, 'assessment', input, trusted, null),
    fast: (input: unknown) => safeParseAssessment(input),
  },
  portfolio: {
    accepts: acceptsPortfolio,
    full: (input: unknown, trusted = false) =>
      safeParseWith(portfolioStructure, walkPortfolio, 'portfolio', input, trusted, null),
    fast: (input: unknown) => safeParsePortfolio(input),
  },
} as const;
type Kind = keyof typeof kinds;

function summary(result: ParseResult<unknown>): unknown {
  return result.success ? { data: result.data } : { issues: result.error.issues };
}

/** Checks one document: the fast validator only accepts what the pipeline accepts; parse results agree. */
function agree(kind: Kind, document: unknown, exact: boolean): void {
  const { accepts, full, fast } = kinds[kind];
  const accepted = accepts(document);
  const reference = full(document);
  if (accepted && !reference.success) {
    throw new Error(`accepted, but the pipeline rejects: ${reference.error.message}`);
  }
  if (exact) expect(accepted).toBe(reference.success);
  // The scoring's own check (generated yes-or-no check and the rules) answers as the fast validator does.
  if (kind === 'assessment') expect(acceptsAssessmentInput(document)).toBe(accepted);
  expect(summary(fast(document))).toEqual(summary(reference));
  // The same document as JSON data, as fromJSON hands it on: checked and frozen in place, not copied.
  const text = JSON.stringify(document);
  if (text === undefined) return;
  expect(summary(parseDocument(kind, JSON.parse(text), true))).toEqual(summary(full(JSON.parse(text), true)));
}

// --- Documents ------------------------------------------------------------------------------------------------------

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const words = fc.string({ minLength: 1, maxLength: 40 }).filter((value) => value.trim() !== '');

/** Portfolios of up to three collaborations, each with assessments answered by its partners. */
const portfolioArbitrary: fc.Arbitrary<Json> = fc
  .uniqueArray(collaborationArbitrary, { maxLength: 3, selector: (collaboration) => collaboration.id })
  .chain((collaborations: Collaboration[]) => {
    const assessment = fc.nat({ max: 2 }).chain((pick) => {
      const collaboration = collaborations[pick % collaborations.length] as Collaboration;
      return assessmentArbitrary({
        maxResponses: 3,
        partners: collaboration.partners.map((partner) => partner.id),
      }).map((drawn) => ({ ...drawn, collaboration: collaboration.id }));
    });
    return fc
      .record({
        name: words,
        assessments: collaborations.length === 0 ? fc.constant([]) : fc.array(assessment, { maxLength: 3 }),
        extension: fc.option(
          fc
            .jsonValue({ maxDepth: 1 })
            .filter((value) => !/"(__proto__|constructor|prototype)":/.test(JSON.stringify(value))),
          { nil: undefined },
        ),
      })
      .map(({ name, assessments, extension }) => ({
        kind: 'portfolio',
        schemaVersion: 1,
        name,
        collaborations,
        assessments,
        ...(extension === undefined ? {} : { 'x-note': extension }),
      }));
  })
  .map(clone);

const documents: { readonly [K in Kind]: fc.Arbitrary<Json> } = {
  collaboration: collaborationArbitrary.map((document) => clone(document) as unknown as Json),
  assessment: assessmentArbitrary({ maxResponses: 6 }).map((document) => clone(document) as unknown as Json),
  portfolio: portfolioArbitrary,
};

// --- Mutations ------------------------------------------------------------------------------------------------------

const dates = [
  '2024-02-29',
  '2023-02-29',
  '1900-02-29',
  '2000-02-29',
  '2024-04-31',
  '2024-13-01',
  '2024-00-10',
  '2024-01-00',
  '2024-1-01',
  '24-01-01',
  '0000-01-01',
  '0001-01-01',
  '9999-12-31',
  '1990-01-01',
  '2040-12-31',
  '2024-01-01T00:00:00Z',
  '2024-01-01 ',
  '2024/01/01',
  '２０２４-01-01',
  '01-01-2024',
];

/** Values close to the edges of the rules. */
const edgeValues: readonly unknown[] = [
  '',
  ' ',
  '\t\n',
  '\u00a0',
  '\u3000x',
  '\ufeff',
  'x',
  'X',
  '-a',
  'a-',
  'a--b',
  'A1',
  'a'.repeat(64),
  'a'.repeat(65),
  'x'.repeat(200),
  'x'.repeat(201),
  `${'😀'.repeat(150)}x`,
  '😀'.repeat(200),
  '😀'.repeat(201),
  '\ud800'.repeat(201),
  'x'.repeat(5000),
  'x'.repeat(5001),
  'x'.repeat(100_001),
  ...dates,
  -0,
  0,
  1,
  2,
  3,
  4,
  5,
  6,
  1.5,
  -1,
  -6,
  11,
  16,
  2 ** 53,
  2 ** 53 - 1,
  -(2 ** 53),
  1e308,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  null,
  true,
  false,
  [],
  {},
  [[[]]],
  { a: { b: 1 } },
  'collaboration',
  'assessment',
  'portfolio',
  'gemeente',
  'r1',
];

const enumValues = [
  ...themeIds,
  ...formIds,
  ...partnerTypeIds,
  ...sectorIds,
  ...stageIds,
  ...stakeholderGroupIds,
  ...factorIds,
  ...indicatorIds.slice(0, 20),
  'openbaar',
  'rooms-katholiek',
  'betrokken',
  'niet-betrokken',
  'financieel',
  'overig',
  'structuur',
  'communicatie',
  'goed',
  'slecht',
  'turnover',
  'public-announcement',
  'execution-start',
];

const knownKeys = [
  ...new Set([
    ...Object.values(collaborationKeys).flatMap((keys) => (Array.isArray(keys) ? keys : [])),
    ...Object.values(collaborationKeys.events).flat(),
    ...Object.values(assessmentKeys).flat(),
    ...portfolioKeys,
  ]),
];
const otherKeys = ['x-a', 'x-', 'X-a', 'x', '', 'toString', 'hasOwnProperty', 'ambitie.concreet', 'relatie.klik'];
const forbiddenKeys = ['__proto__', 'constructor', 'prototype'];

/** A nest of arrays `levels` deep around a number: past the depth bound somewhere between 50 and 70 levels. */
function nest(levels: number): unknown {
  let value: unknown = 1;
  for (let level = 0; level < levels; level++) value = [value];
  return value;
}

const valueArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...edgeValues) },
  { weight: 2, arbitrary: fc.constantFrom(...enumValues) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.integer({ min: -7, max: 16 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer({ min: 50, max: 70 }).map(nest) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(...forbiddenKeys).map((key) => JSON.parse(`{"a":[{"${key}":1}]}`) as unknown),
  },
);

const keyArbitrary = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...knownKeys) },
  { weight: 2, arbitrary: fc.constantFrom(...otherKeys) },
  { weight: 1, arbitrary: fc.constantFrom(...forbiddenKeys) },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
);

/** One change to a document, at `pick` among its places. */
interface Mutation {
  readonly kind:
    | 'replace'
    | 'delete'
    | 'add-key'
    | 'duplicate'
    | 'empty'
    | 'copy'
    | 'date'
    | 'slug'
    | 'nudge'
    | 'deep'
    | 'long';
  readonly pick: number;
  readonly other: number;
  readonly value: unknown;
  readonly key: string;
  readonly date: string;
  readonly slug: string;
  readonly levels: number;
}

const mutationArbitrary: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom(
    'replace',
    'replace',
    'delete',
    'delete',
    'add-key',
    'duplicate',
    'empty',
    'copy',
    'date',
    'slug',
    'nudge',
    'deep',
    'long',
  ),
  pick: fc.nat(),
  other: fc.nat(),
  value: valueArbitrary,
  key: keyArbitrary,
  date: fc.constantFrom(...dates),
  slug: fc.stringMatching(/^[a-z0-9-]{1,4}$/),
  levels: fc.integer({ min: 55, max: 66 }),
});

/** Every place in a value: the root, and every key of every object and index of every array. */
function placesOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) placesOf(item, [...path, index], out);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) placesOf(item, [...path, key], out);
  }
  return out;
}

function at(root: unknown, path: Path): unknown {
  let value = root;
  for (const segment of path) value = (value as Json)[segment];
  return value;
}

/** Sets a key as an own property, also `__proto__`. */
function setKey(target: Json, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const isDateLike = (value: unknown): boolean => typeof value === 'string' && /^\d{4}-\d\d-\d\d$/.test(value);

/** Applies one mutation to a copy of the document. */
function mutate(original: Json, mutation: Mutation): unknown {
  const document = clone(original);
  const places = placesOf(document);
  const chosen = (filter: (path: Path, value: unknown) => boolean, offset = mutation.pick): Path | undefined => {
    const candidates = places.filter((path) => filter(path, at(document, path)));
    return candidates.length === 0 ? undefined : candidates[offset % candidates.length];
  };
  const parentOf = (path: Path): [Json, string | number] => [
    at(document, path.slice(0, -1)) as Json,
    path[path.length - 1] as string | number,
  ];
  const isContainer = (value: unknown): value is Json => value !== null && typeof value === 'object';
  switch (mutation.kind) {
    case 'replace':
    case 'copy': {
      const path = chosen((candidate) => candidate.length > 0);
      if (path === undefined) return mutation.value;
      const value =
        mutation.kind === 'copy' ? clone(at(document, places[mutation.other % places.length] as Path)) : mutation.value;
      const [parent, key] = parentOf(path);
      setKey(parent, key, value);
      return document;
    }
    case 'delete': {
      const path = chosen((candidate) => candidate.length > 0);
      if (path === undefined) return document;
      const [parent, key] = parentOf(path);
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      return document;
    }
    case 'add-key': {
      const path = chosen((_, value) => isContainer(value) && !Array.isArray(value)) as Path;
      setKey(at(document, path) as Json, mutation.key, mutation.value);
      return document;
    }
    case 'duplicate': {
      const path = chosen((_, value) => Array.isArray(value) && value.length > 0);
      if (path === undefined) return document;
      const list = at(document, path) as unknown[];
      list.push(clone(list[mutation.other % list.length]));
      return document;
    }
    case 'empty': {
      const path = chosen((_, value) => Array.isArray(value));
      if (path !== undefined) (at(document, path) as unknown[]).length = 0;
      return document;
    }
    case 'date':
    case 'slug':
    case 'nudge': {
      const fits =
        mutation.kind === 'date'
          ? isDateLike
          : mutation.kind === 'slug'
            ? (value: unknown) => typeof value === 'string' && /^[a-z0-9-]+$/.test(value)
            : (value: unknown) => typeof value === 'number';
      const path = chosen((candidate, value) => candidate.length > 0 && fits(value));
      if (path === undefined) return document;
      const [parent, key] = parentOf(path);
      const old = parent[key] as number;
      const nudged = mutation.other % 2 === 0 ? old + 1 : old - 1;
      setKey(parent, key, mutation.kind === 'date' ? mutation.date : mutation.kind === 'slug' ? mutation.slug : nudged);
      return document;
    }
    case 'deep':
    case 'long': {
      const path = chosen((_, value) => isContainer(value) && !Array.isArray(value)) as Path;
      const value = mutation.kind === 'deep' ? nest(mutation.levels) : 'x'.repeat(100_000 + (mutation.other % 2));
      setKey(at(document, path) as Json, 'x-added', value);
      return document;
    }
  }
}

// --- Properties -----------------------------------------------------------------------------------------------------

describe.each(Object.keys(kinds) as Kind[])('fast validator of a %s', (kind) => {
  test.prop([documents[kind]], { numRuns: RUNS })(
    'accepts every generated valid document, as the pipeline does',
    (document) => {
      expect(kinds[kind].full(document).success).toBe(true);
      expect(kinds[kind].accepts(document)).toBe(true);
      agree(kind, document, true);
    },
    TIMEOUT,
  );

  test.prop([documents[kind], mutationArbitrary], { numRuns: RUNS })(
    'accepts a document with one mutation only when the pipeline does',
    (document, mutation) => {
      agree(kind, mutate(document, mutation), true);
    },
    TIMEOUT,
  );

  test.prop([documents[kind], fc.array(mutationArbitrary, { minLength: 2, maxLength: 4 })], { numRuns: 500 })(
    'accepts a document with several mutations only when the pipeline does',
    (document, mutations) => {
      let mutated: unknown = document;
      for (const mutation of mutations) {
        if (mutated === null || typeof mutated !== 'object' || Array.isArray(mutated)) break;
        mutated = mutate(mutated as Json, mutation);
      }
      agree(kind, mutated, true);
    },
    TIMEOUT,
  );
});

// --- Stored results -------------------------------------------------------------------------------------------------

/** A stored result as JSON data: what `fromJSON` or a hand-built result hands the library. */
const stored = (result: unknown): Json => clone(result) as Json;

const assessmentsOfOneCollaboration = fc
  .tuple(assessmentArbitrary({ maxResponses: 4 }), assessmentArbitrary({ maxResponses: 4 }))
  .map(([before, after]) => [before, { ...after, collaboration: before.collaboration }] as const);

const results: { readonly [K in ResultKind]: fc.Arbitrary<Json> } = {
  'berenschot-score': assessmentArbitrary({ maxResponses: 6 }).map((assessment) => stored(scoreBerenschot(assessment))),
  'factor-balance': collaborationArbitrary.map((collaboration) => stored(balanceFactors(collaboration))),
  'stage-inference': collaborationArbitrary.map((collaboration) => stored(inferStage(collaboration))),
  'portfolio-summary': portfolioArbitrary.map((portfolio) =>
    stored(summarisePortfolio(portfolio as unknown as Portfolio)),
  ),
  'assessment-comparison': assessmentsOfOneCollaboration.map(([before, after]) =>
    stored(compareAssessments(before, after)),
  ),
  trend: trendArbitrary.map(stored),
};

/**
 * The full pipeline on a stored result, without the fast path (snapshot or check in place, zod structure, walker),
 * and the fast validator that the scoring and the reports use on a result they did not parse.
 */
function agreeOnResult(kind: ResultKind, result: unknown): void {
  const format = resultFormats.get(kind) as ResultFormat;
  const full = (input: unknown, trusted: boolean) =>
    safeParseWith(format.structure, format.walk, kind, input, trusted, null);
  const reference = full(result, false);
  // The same value as the pipeline's: a JSON copy would turn a NaN or an undefined into null or drop it.
  const accepted = (acceptorFor(kind) as (value: unknown) => boolean)(result);
  expect(accepted).toBe(reference.success);
  expect(summary(safeParseResultOf(kind, result))).toEqual(summary(reference));
  const text = JSON.stringify(result);
  if (text === undefined) return;
  expect(summary(safeParseResultOf(kind, JSON.parse(text), true))).toEqual(summary(full(JSON.parse(text), true)));
}

describe.each([...resultFormats.keys()])('fast validator of a stored %s', (kind) => {
  test.prop([results[kind]], { numRuns: 200 })(
    'accepts every result the library computed, as the pipeline does',
    (result) => {
      expect(resultFormats.get(kind)?.structure.safeParse(result).success).toBe(true);
      agreeOnResult(kind, result);
    },
    TIMEOUT,
  );

  test.prop([results[kind], mutationArbitrary], { numRuns: 1_000 })(
    'accepts a result with one mutation only when the pipeline does',
    (result, mutation) => {
      agreeOnResult(kind, mutate(result, mutation));
    },
    TIMEOUT,
  );
});
