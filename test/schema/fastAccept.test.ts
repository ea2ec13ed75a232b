/**
 * The fast validators against the full pipeline on fixed documents: the examples and the portraits, every
 * single change of every place in them, the sizes of every list (read from the shipped JSON Schemas), the snapshot
 * bounds, values that are not JSON data; and the hook in `safeParseWith`: what it returns, what it freezes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../scripts/lib/json-schemas.js';
import { factorIds, indicatorIds, stakeholderGroupIds, themeIds } from '../../src/catalogue/index.js';
import { isParsed } from '../../src/internal/parsed.js';
import { assessmentStructure, safeParseAssessment, walkAssessment } from '../../src/schema/AssessmentSchema.js';
import { acceptorFor, acceptsAssessment, acceptsCollaboration, acceptsPortfolio } from '../../src/schema/acceptors.js';
import {
  collaborationStructure,
  safeParseCollaboration,
  walkCollaboration,
} from '../../src/schema/CollaborationSchema.js';
import { portfolioStructure, safeParsePortfolio, walkPortfolio } from '../../src/schema/PortfolioSchema.js';
import { parseDocument, safeParseWith } from '../../src/schema/parseDocument.js';
import { acceptsAssessmentInput } from '../../src/scoring/readInput.js';
import { fromJSON } from '../../src/serialise/fromJSON.js';
import { type Loose, validAssessment, validCollaboration, validPortfolio } from '../support/documents.js';

type Kind = 'collaboration' | 'assessment' | 'portfolio';
type Path = readonly (string | number)[];

const accepts = { collaboration: acceptsCollaboration, assessment: acceptsAssessment, portfolio: acceptsPortfolio };
const structures = {
  collaboration: [collaborationStructure, walkCollaboration],
  assessment: [assessmentStructure, walkAssessment],
  portfolio: [portfolioStructure, walkPortfolio],
} as const;

/** The full pipeline, without the fast path: snapshot, zod structure, walker. */
function full(kind: Kind, input: unknown, trusted = false) {
  const [schema, walk] = structures[kind];
  return safeParseWith(schema as typeof collaborationStructure, walk, kind, input, trusted, null);
}

/**
 * The fast validator says yes only when the pipeline does; on plain data, exactly when it does. For an assessment,
 * the check of the scoring (the generated yes-or-no check of `fastCheck.generated.ts` and the rules) answers the same.
 */
function expectAgreement(kind: Kind, document: unknown): boolean {
  const accepted = accepts[kind](document);
  const reference = full(kind, document).success;
  if (accepted && !reference) throw new Error(`accepted, but the pipeline rejects: ${show(document)}`);
  expect(accepted, show(document)).toBe(reference);
  if (kind === 'assessment')
    expect(acceptsAssessmentInput(document), `scoring check: ${show(document)}`).toBe(accepted);
  return accepted;
}

function show(document: unknown): string {
  try {
    return String(JSON.stringify(document)).slice(0, 300);
  } catch {
    return String(document);
  }
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function setKey(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function placesOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) placesOf(item, [...path, index], out);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) placesOf(item, [...path, key], out);
  }
  return out;
}

function at(root: unknown, path: Path): Loose {
  let value = root;
  for (const segment of path) value = (value as Loose)[segment];
  return value as Loose;
}

function isDeeplyFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeeplyFrozen);
}

/** Every object or array reachable from `value` that is frozen is frozen all through. */
function frozenAllThrough(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (Object.isFrozen(value) && !isDeeplyFrozen(value)) return false;
  return Object.values(value).every(frozenAllThrough);
}

function nest(levels: number, inner: unknown = 1): unknown {
  let value = inner;
  for (let level = 0; level < levels; level++) value = [value];
  return value;
}

const portraitDirectory = new URL('../fixtures/portraits/', import.meta.url);
const portraits: [string, Loose][] = readdirSync(portraitDirectory)
  .filter((file) => file.endsWith('.json'))
  .map((file) => [file, JSON.parse(readFileSync(new URL(file, portraitDirectory), 'utf8')) as Loose]);

const examples: [string, Kind, () => Loose][] = [
  ['validCollaboration', 'collaboration', validCollaboration],
  ['validAssessment', 'assessment', validAssessment],
  ['validPortfolio', 'portfolio', validPortfolio],
  ...portraits.map(([file, document]): [string, Kind, () => Loose] => [file, 'collaboration', () => clone(document)]),
];

describe('fixed documents', () => {
  it.each(examples)('accepts %s, as the pipeline does', (_, kind, make) => {
    expect(full(kind, make()).success).toBe(true);
    expect(accepts[kind](make())).toBe(true);
  });

  it('accepts the portraits inside a portfolio', () => {
    const portfolio = validPortfolio();
    portfolio.collaborations.push(...portraits.map(([, document]) => clone(document)));
    expectAgreement('portfolio', portfolio);
    expect(acceptsPortfolio(portfolio)).toBe(true);
  });

  const replacements: readonly unknown[] = [
    '',
    ' ',
    'X',
    'a'.repeat(65),
    'x'.repeat(201),
    '2023-02-29',
    '2024-1-01',
    -1,
    0,
    1.5,
    6,
    null,
    true,
    [],
    {},
    'gemeente',
    'ikc',
    Number.NaN,
  ];
  const addedKeys = ['x-a', 'X-a', 'unknown', '__proto__', 'id', 'partner', 'type', 'ambitie.concreet'];

  /** Every single change to every place: replace, delete, add a key, duplicate or empty a list. */
  function* changes(make: () => Loose, values: readonly unknown[]): Generator<unknown> {
    const places = placesOf(make());
    for (const path of places) {
      const value = at(make(), path);
      if (path.length > 0) {
        for (const replacement of values) {
          const document = make();
          setKey(at(document, path.slice(0, -1)), path[path.length - 1] as string | number, replacement);
          yield document;
        }
        const document = make();
        const parent = at(document, path.slice(0, -1));
        if (Array.isArray(parent)) parent.splice(path[path.length - 1] as number, 1);
        else delete parent[path[path.length - 1] as string];
        yield document;
      }
      if (Array.isArray(value)) {
        const duplicated = make();
        if (value.length > 0) at(duplicated, path).push(clone(value[0]));
        yield duplicated;
        const emptied = make();
        at(emptied, path).length = 0;
        yield emptied;
      } else if (value !== null && typeof value === 'object') {
        for (const key of addedKeys) {
          const document = make();
          setKey(at(document, path), key, 1);
          yield document;
        }
      }
    }
  }

  it.each(examples)(
    'agrees with the pipeline on every single change to %s',
    (_, kind, make) => {
      let accepted = 0;
      let rejected = 0;
      const values = kind === 'portfolio' ? replacements.slice(0, 6) : replacements;
      for (const document of changes(make, values)) {
        if (expectAgreement(kind, document)) accepted++;
        else rejected++;
      }
      expect(accepted).toBeGreaterThan(0);
      expect(rejected).toBeGreaterThan(accepted);
    },
    120_000,
  );
});

describe('sizes of lists, as in the shipped JSON Schemas', () => {
  const schemas = jsonSchemas() as Record<string, Loose>;
  /** The JSON Schema of the value at a path: through `properties`, `items` and references to `$defs`. */
  function schemaAt(kind: Kind, path: Path): Loose {
    const root = schemas[kind] as Loose;
    const resolve = (schema: Loose): Loose =>
      typeof schema.$ref === 'string' ? resolve(root.$defs[schema.$ref.replace('#/$defs/', '')]) : schema;
    let schema = root;
    for (const segment of path) {
      schema = resolve(schema);
      schema = typeof segment === 'number' ? schema.items : schema.properties[segment];
    }
    return schema;
  }

  const cases: [Kind, Path, (index: number) => unknown, () => Loose][] = [
    ['collaboration', ['themes'], (index) => themeIds[index % themeIds.length], validCollaboration],
    [
      'collaboration',
      ['partners'],
      // The first is the partner the example's references name.
      (index) => ({ id: index === 0 ? 'gemeente' : `p${index}`, name: 'P', type: 'gemeente' }),
      validCollaboration,
    ],
    [
      'collaboration',
      ['stakeholders'],
      (index) => ({ group: stakeholderGroupIds[index % stakeholderGroupIds.length], involvement: 'betrokken' }),
      validCollaboration,
    ],
    ['collaboration', ['ambition', 'principles'], (index) => `Beginsel ${index}`, validCollaboration],
    [
      'collaboration',
      ['ambition', 'contributions'],
      () => ({ partner: 'gemeente', type: 'overig' }),
      validCollaboration,
    ],
    [
      'collaboration',
      ['interests'],
      () => ({ partner: 'skpo', statement: 'x', documented: true, visibleToAll: false, shared: true }),
      validCollaboration,
    ],
    ['collaboration', ['agreements'], () => ({ subject: 'x', date: '2020-02-29', covers: [] }), validCollaboration],
    // Topics are unique (issue 17): the items differ, and a sixth repeats one.
    [
      'collaboration',
      ['agreements', 0, 'covers'],
      (index) => ['structuur', 'processen', 'middelen', 'rollen', 'communicatie'][index % 5],
      validCollaboration,
    ],
    ['collaboration', ['events'], () => ({ type: 'execution-start', date: '2020-01-01' }), validCollaboration],
    [
      'collaboration',
      ['factors'],
      (index) => ({ factor: factorIds[index % factorIds.length], strength: index % 4 }),
      validCollaboration,
    ],
    [
      'assessment',
      ['responses'],
      (index) => ({ respondent: `r${index}`, answers: { [indicatorIds[0]]: 3 } }),
      validAssessment,
    ],
  ];

  it.each(cases)(
    '%s: %j at and around its bounds',
    (kind, path, item, make) => {
      const schema = schemaAt(
        kind,
        path.map((segment) => (typeof segment === 'number' ? 0 : segment)),
      );
      const min = (schema.minItems as number | undefined) ?? 0;
      const max = schema.maxItems as number;
      expect(max).toBeGreaterThan(0);
      // Stakeholder groups and factors are unique, and there are fewer groups than the list may hold.
      const distinct = path[0] === 'stakeholders' ? stakeholderGroupIds.length : Number.POSITIVE_INFINITY;
      for (const length of [min - 1, min, min + 1, max - 1, max, max + 1]) {
        if (length < 0) continue;
        const document = make();
        setKey(
          at(document, path.slice(0, -1)),
          path[path.length - 1] as string,
          Array.from({ length }, (_, i) => item(i)),
        );
        expect(expectAgreement(kind, document)).toBe(length >= min && length <= Math.min(max, distinct));
      }
    },
    60_000,
  );

  it('rejects a portfolio with more collaborations or assessments than the schema allows', () => {
    const properties = schemas.portfolio?.properties as Loose;
    const maxCollaborations = properties.collaborations.maxItems as number;
    const maxAssessments = properties.assessments.maxItems as number;
    const partners = validCollaboration().partners;
    const collaborations = Array.from({ length: maxCollaborations + 1 }, (_, index) => ({
      kind: 'collaboration',
      schemaVersion: 1,
      id: `c${index}`,
      name: 'C',
      themes: ['ikc'],
      form: 'netwerk',
      partners,
    }));
    const portfolio = {
      ...validPortfolio(),
      collaborations: collaborations.slice(0, maxCollaborations),
      assessments: [],
    };
    expect(acceptsPortfolio(portfolio)).toBe(true);
    expect(acceptsPortfolio({ ...portfolio, collaborations })).toBe(false);
    // One small assessment, many times over (the snapshot counts at most 20,000,000 values): the length counts.
    const assessment = {
      kind: 'assessment',
      schemaVersion: 1,
      collaboration: 'c0',
      date: '2026-03-15',
      responses: [{ respondent: 'r1', answers: { 'ambitie.concreet': 4 } }],
    };
    const assessments: unknown[] = new Array(maxAssessments).fill(assessment);
    expect(acceptsPortfolio({ ...portfolio, assessments })).toBe(true);
    assessments.push(assessment);
    expect(acceptsPortfolio({ ...portfolio, assessments })).toBe(false);
  }, 60_000);
});

describe('snapshot bounds', () => {
  const positions: [Kind, () => Loose, Path][] = [
    ['collaboration', validCollaboration, []],
    ['collaboration', validCollaboration, ['partners', 2]],
    ['collaboration', validCollaboration, ['ambition']],
    ['collaboration', validCollaboration, ['ambition', 'contributions', 0]],
    ['collaboration', validCollaboration, ['events', 1]],
    ['assessment', validAssessment, []],
    ['assessment', validAssessment, ['scale']],
    ['assessment', validAssessment, ['responses', 1]],
    ['portfolio', validPortfolio, []],
    ['portfolio', validPortfolio, ['collaborations', 0, 'ambition', 'contributions', 0]],
    ['portfolio', validPortfolio, ['assessments', 0, 'responses', 0]],
  ];

  it.each(positions)('%s: agrees on x- values nested around the depth bound at %j', (kind, make, path) => {
    const outcomes = new Set<boolean>();
    for (let levels = 55; levels <= 66; levels++) {
      for (const inner of [1, {}, []]) {
        const document = make();
        setKey(at(document, path), 'x-deep', nest(levels, inner));
        outcomes.add(expectAgreement(kind, document));
      }
    }
    expect([...outcomes].sort()).toEqual([false, true]);
  });

  it('agrees on long strings in x- values', () => {
    for (const length of [100_000, 100_001]) {
      const document = validCollaboration();
      document.partners[2]['x-contact'] = { notes: ['x'.repeat(length)] };
      expect(expectAgreement('collaboration', document)).toBe(length === 100_000);
    }
  });

  it.each(['__proto__', 'constructor', 'prototype'])('rejects the key %s anywhere, also inside x- values', (key) => {
    const inside = validCollaboration();
    inside['x-ext'] = JSON.parse(`{"a":[{"b":{"${key}":1}}]}`);
    expect(expectAgreement('collaboration', inside)).toBe(false);
    const assessment = validAssessment();
    setKey(assessment.responses[0].answers, key, 1);
    expect(expectAgreement('assessment', assessment)).toBe(false);
  });

  it('rejects more values than the snapshot takes', () => {
    const document = validCollaboration();
    document['x-many'] = new Array(20_000_000).fill(0);
    expect(acceptsCollaboration(document)).toBe(false);
    const assessment = validAssessment();
    assessment.responses[0]['x-many'] = document['x-many'];
    expect(acceptsAssessment(assessment)).toBe(false);
    expect(acceptsAssessmentInput(assessment)).toBe(false);
    // Just within the bound: the count of the check is the count of the walk.
    const within = validAssessment();
    within['x-many'] = new Array(19_999_000).fill(0);
    expect(acceptsAssessment(within)).toBe(true);
    expect(acceptsAssessmentInput(within)).toBe(true);
  }, 60_000);

  it('rejects every document while Object.prototype has an enumerable key, as the walk does', () => {
    const document = validAssessment();
    expect(acceptsAssessmentInput(document)).toBe(true);
    // Both answers are taken while the key is there, and checked after it is gone (expect itself reads objects).
    Object.defineProperty(Object.prototype, 'polluted', {
      value: 1,
      enumerable: true,
      configurable: true,
      writable: true,
    });
    let answers: boolean[];
    try {
      answers = [acceptsAssessment(document), acceptsAssessmentInput(document)];
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
    expect(answers).toEqual([false, false]);
    expect(acceptsAssessmentInput(document)).toBe(true);
  });
});

describe('values that are not JSON data', () => {
  it.each([
    ['a Date', new Date(0)],
    ['a Map', new Map()],
    ['a class instance', new (class Thing {})()],
    ['a function', () => 1],
    ['a symbol', Symbol('s')],
    ['a bigint', 10n],
    ['undefined in a list', [1, undefined]],
    ['a hole in a list', new Array(2)],
    ['infinity', Number.POSITIVE_INFINITY],
    ['a boxed string', Object('x')],
  ])('rejects %s in an x- value, as the pipeline does', (_, value) => {
    const document = validCollaboration();
    document['x-value'] = value;
    expect(expectAgreement('collaboration', document)).toBe(false);
  });

  it.each([
    ['not an object', 'x'],
    ['null', null],
    ['an array', [validCollaboration()]],
    ['a Map', new Map(Object.entries(validCollaboration()))],
  ])('rejects a document that is %s', (_, value) => {
    expect(acceptsCollaboration(value)).toBe(false);
    expect(acceptsAssessment(value)).toBe(false);
    expect(acceptsAssessmentInput(value)).toBe(false);
    expect(acceptsPortfolio(value)).toBe(false);
  });

  it('accepts objects without a prototype, as the pipeline does', () => {
    const document = validAssessment();
    document.responses[0].answers = Object.assign(Object.create(null), { 'ambitie.concreet': 3 });
    expect(expectAgreement('assessment', document)).toBe(true);
  });

  it('accepts what the snapshot drops, a key set to undefined, as the pipeline does', () => {
    const document = validCollaboration();
    document.partners[0].sector = undefined;
    expect(acceptsCollaboration(document)).toBe(true);
    expect(full('collaboration', document).success).toBe(true);
    expect(safeParseCollaboration(document).success).toBe(true); // the fast path runs on the snapshot
  });

  it('says no, without throwing, to getters that throw and proxies', () => {
    const document = validCollaboration();
    Object.defineProperty(document, 'name', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(acceptsCollaboration(document)).toBe(false);
    const trap = new Proxy(validAssessment(), {
      ownKeys() {
        throw new Error('no keys');
      },
    });
    expect(acceptsAssessment(trap)).toBe(false);
    expect(acceptsAssessmentInput(trap)).toBe(false);
    const getter = validAssessment();
    Object.defineProperty(getter.responses[1], 'answers', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(acceptsAssessment(getter)).toBe(false);
    expect(acceptsAssessmentInput(getter)).toBe(false);
  });

  it('lets no value read differently the second time past the parse functions: they check one reading', () => {
    // The fast validators are only ever given plain data (a snapshot or JSON.parse output); the parse functions
    // read the input once, into the snapshot, and both paths check that reading.
    let reads = 0;
    const partners = validCollaboration().partners;
    const collaboration = validCollaboration();
    Object.defineProperty(collaboration, 'partners', {
      enumerable: true,
      get: () => (reads++ === 0 ? partners : [...partners, partners[0]]),
    });
    const parsed = safeParseCollaboration(collaboration);
    expect(parsed.success && parsed.data.partners.length).toBe(partners.length);
    expect(reads).toBe(1);
    // A scale the snapshot does not copy (not enumerable) cannot widen the answers the fast path allows.
    const assessment = validAssessment();
    Object.defineProperty(assessment, 'scale', { enumerable: false, value: { min: 1, max: 10 } });
    assessment.responses[0].answers['ambitie.concreet'] = 7;
    const result = safeParseAssessment(assessment);
    expect(result.success || result.error.issues.map((issue) => issue.code)).toEqual(['too_big']);
    const portfolio = validPortfolio();
    let collaborationReads = 0;
    Object.defineProperty(portfolio.assessments[0], 'collaboration', {
      enumerable: true,
      get: () => (collaborationReads++ % 2 === 0 ? 'elders' : 'spil-eindhoven'),
    });
    const outcome = safeParsePortfolio(portfolio);
    expect(outcome.success || outcome.error.issues.map((issue) => issue.code)).toEqual(['dangling_reference']);
  });
});

describe('rules across fields', () => {
  it.each([
    [
      'a partner reference that does not resolve',
      (doc: Loose) => {
        doc.events[0].partner = 'elders';
      },
    ],
    [
      'a stakeholder represented by no partner',
      (doc: Loose) => {
        doc.stakeholders[1].representedBy = 'x';
      },
    ],
    [
      'a contribution of no partner',
      (doc: Loose) => {
        doc.ambition.contributions[0].partner = 'x';
      },
    ],
    [
      'an interest of no partner',
      (doc: Loose) => {
        doc.interests[0].partner = 'x';
      },
    ],
    [
      'a repeated partner id',
      (doc: Loose) => {
        doc.partners[1].id = 'gemeente';
      },
    ],
    [
      'a repeated theme',
      (doc: Loose) => {
        doc.themes.push('ikc');
      },
    ],
    [
      'a repeated stakeholder group',
      (doc: Loose) => {
        doc.stakeholders[1].group = 'gemeenteraad';
      },
    ],
    [
      'a repeated factor',
      (doc: Loose) => {
        doc.factors.push({ factor: 'ervaren-urgentie', strength: 1 });
      },
    ],
    [
      'an end before the start',
      (doc: Loose) => {
        doc.endDate = '2005-07-31';
      },
    ],
    [
      'a role on an announcement',
      (doc: Loose) => {
        doc.events[1].role = 'wethouder';
      },
    ],
    ['an announcement without partnersInformedFirst', (doc: Loose) => void delete doc.events[1].partnersInformedFirst],
    [
      'partnersInformedFirst on a turnover',
      (doc: Loose) => {
        doc.events[0].partnersInformedFirst = true;
      },
    ],
    [
      'an event of an unknown type',
      (doc: Loose) => {
        doc.events[0].type = 'merger';
      },
    ],
  ])('rejects %s, as the pipeline does', (_, change) => {
    const document = validCollaboration();
    change(document);
    expect(expectAgreement('collaboration', document)).toBe(false);
  });

  it('accepts an end on the start date and texts measured in code points', () => {
    const document = validCollaboration();
    document.endDate = document.startDate;
    document.name = `${'😀'.repeat(199)}x`;
    expect(expectAgreement('collaboration', document)).toBe(true);
    document.name = '😀'.repeat(201);
    expect(expectAgreement('collaboration', document)).toBe(false);
  });

  it.each([
    [
      'an answer above the scale',
      (doc: Loose) => {
        doc.responses[0].answers['ambitie.concreet'] = 6;
      },
    ],
    [
      'an answer below the scale',
      (doc: Loose) => {
        doc.responses[0].answers['ambitie.concreet'] = 0;
      },
    ],
    [
      'a scale with min not below max',
      (doc: Loose) => {
        doc.scale = { min: 3, max: 3 };
      },
    ],
    [
      'a scale with a missing bound',
      (doc: Loose) => {
        doc.scale = { min: 1 };
      },
    ],
    [
      'a scale with an unknown key',
      (doc: Loose) => {
        doc.scale = { min: 1, max: 5, step: 1 };
      },
    ],
    [
      'only null answers',
      (doc: Loose) => {
        for (const response of doc.responses) response.answers = { 'relatie.klik': null };
      },
    ],
    [
      'a repeated respondent',
      (doc: Loose) => {
        doc.responses[1].respondent = 'r1';
      },
    ],
    [
      'an x- key among the answers',
      (doc: Loose) => {
        doc.responses[0].answers['x-a'] = 1;
      },
    ],
  ])('rejects %s, as the pipeline does', (_, change) => {
    const document = validAssessment();
    change(document);
    expect(expectAgreement('assessment', document)).toBe(false);
  });

  it('accepts answers on the default scale and on a stated one', () => {
    const document = validAssessment();
    delete document.scale;
    expect(expectAgreement('assessment', document)).toBe(true);
    document.scale = { min: -2, max: 2, 'x-label': 'centred' };
    document.responses[0].answers['ambitie.concreet'] = -2;
    document.responses[1].answers = { 'ambitie.concreet': 2 };
    expect(expectAgreement('assessment', document)).toBe(true);
  });

  it.each([
    [
      'an assessment of no collaboration in it',
      (doc: Loose) => {
        doc.assessments[0].collaboration = 'elders';
      },
    ],
    [
      'a respondent partner of another collaboration',
      (doc: Loose) => {
        doc.assessments[0].responses[0].partner = 'x';
      },
    ],
    [
      'a repeated collaboration id',
      (doc: Loose) => {
        doc.collaborations.push(validCollaboration());
      },
    ],
    [
      'an invalid collaboration',
      (doc: Loose) => {
        doc.collaborations[0].kind = 'assessment';
      },
    ],
    [
      'an invalid assessment',
      (doc: Loose) => {
        doc.assessments[0].date = '2026-02-30';
      },
    ],
    [
      'an unknown key',
      (doc: Loose) => {
        doc.owner = 'x';
      },
    ],
  ])('rejects a portfolio with %s, as the pipeline does', (_, change) => {
    const document = validPortfolio();
    change(document);
    expect(expectAgreement('portfolio', document)).toBe(false);
  });

  it('accepts a portfolio with respondents without a partner and x- keys', () => {
    const document = validPortfolio();
    delete document.assessments[0].responses[0].partner;
    document['x-owner'] = { name: 'Gemeente' };
    expect(expectAgreement('portfolio', document)).toBe(true);
  });
});

describe('freezing', () => {
  it('freezes only in the acceptors of the parse functions', () => {
    const document = validCollaboration();
    expect(acceptsCollaboration(document)).toBe(true);
    expect(Object.isFrozen(document)).toBe(false);
    expect(acceptorFor('collaboration')?.(document)).toBe(true);
    expect(isDeeplyFrozen(document)).toBe(true);
    const portfolio = validPortfolio();
    portfolio['x-tree'] = { a: [{ b: [1] }] };
    expect(acceptorFor('portfolio')?.(portfolio)).toBe(true);
    expect(isDeeplyFrozen(portfolio)).toBe(true);
    expect(acceptorFor('survey')).toBeNull();
    expect(acceptorFor('constructor')).toBeNull();
  });

  it('leaves a rejected document with every frozen part frozen all through', () => {
    const document = validCollaboration();
    document.rating = 'matig';
    const assessment = validAssessment();
    assessment.responses[1].answers['x-a'] = 1;
    expect(acceptorFor('collaboration')?.(document)).toBe(false);
    expect(acceptorFor('assessment')?.(assessment)).toBe(false);
    expect(Object.isFrozen(document.partners)).toBe(true);
    expect(frozenAllThrough(document)).toBe(true);
    expect(frozenAllThrough(assessment)).toBe(true);
  });
});

describe('the fast path in safeParseWith', () => {
  it('returns from fromJSON the same document, deeply frozen and marked as parsed', () => {
    for (const [, kind, make] of examples) {
      const text = JSON.stringify(make());
      const result = fromJSON(text);
      expect(result).toEqual(full(kind, JSON.parse(text), true));
      if (!result.success) throw result.error;
      expect(isDeeplyFrozen(result.data)).toBe(true);
      expect(isParsed(result.data)).toBe(true);
    }
  });

  it('returns from fromJSON the issues of the full pipeline when the fast validator says no', () => {
    const document = validCollaboration();
    document.partners[1].id = 'gemeente';
    document.themes.push('onbekend');
    const text = JSON.stringify(document);
    const result = fromJSON(text);
    expect(result.success).toBe(false);
    expect(result).toEqual(full('collaboration', JSON.parse(text), true));
  });

  it('copies untrusted input first and freezes only the copy', () => {
    const document = validCollaboration();
    let reads = 0;
    Object.defineProperty(document, 'name', {
      enumerable: true,
      get: () => {
        reads++;
        return 'SPIL';
      },
    });
    const result = safeParseCollaboration(document);
    expect(result.success).toBe(true);
    expect(reads).toBe(1);
    expect(Object.isFrozen(document)).toBe(false);
    expect(Object.isFrozen(document.partners)).toBe(false);
    if (result.success) expect(isDeeplyFrozen(result.data)).toBe(true);
    expect(safeParseAssessment(validAssessment())).toEqual(full('assessment', validAssessment()));
  });

  it('takes the fast validator as a parameter: a yes skips zod and the walker, a no runs them', () => {
    const [schema, walk] = structures.collaboration;
    expect(safeParseWith(schema, walk, 'collaboration', { kind: 'x' }, true, () => true).success).toBe(true);
    expect(safeParseWith(schema, walk, 'collaboration', { kind: 'x' }, false, () => true).success).toBe(true);
    expect(safeParseWith(schema, walk, 'collaboration', validCollaboration(), true, () => false).success).toBe(true);
    // The copy is checked only when the snapshot found nothing wrong.
    expect(safeParseWith(schema, walk, 'collaboration', { 'x-f': () => 1 }, false, () => true).success).toBe(false);
  });
});

describe('the mark and the freezing of the root', () => {
  it('marks and freezes a valid document checked in place, which is the very input', () => {
    const document = JSON.parse(JSON.stringify(validCollaboration())) as object;
    const result = parseDocument('collaboration', document, true);
    if (!result.success) throw result.error;
    expect(result.data).toBe(document);
    expect(isDeeplyFrozen(document)).toBe(true);
    expect(isParsed(document)).toBe(true);
  });

  it('marks and freezes the copy of a valid document, and leaves the input as it was', () => {
    const document = validCollaboration();
    const result = parseDocument('collaboration', document, false);
    if (!result.success) throw result.error;
    expect(result.data).not.toBe(document);
    expect(isDeeplyFrozen(result.data)).toBe(true);
    expect(isParsed(result.data)).toBe(true);
    expect(Object.isFrozen(document)).toBe(false);
    expect(isParsed(document)).toBe(false);
  });

  it('does not mark a document checked in place that breaks the structure or a rule', () => {
    const brokenStructure = validCollaboration();
    brokenStructure.themes = ['onbekend'];
    const brokenRule = validCollaboration();
    brokenRule.partners[1].id = brokenRule.partners[0].id;
    for (const document of [brokenStructure, brokenRule]) {
      expect(parseDocument('collaboration', document, true).success).toBe(false);
      expect(isParsed(document)).toBe(false);
    }
  });

  it('freezes the root too when a freezing acceptor says yes', () => {
    const document = validCollaboration();
    expect(acceptorFor('collaboration')?.(document)).toBe(true);
    expect(isDeeplyFrozen(document)).toBe(true);
  });
});
