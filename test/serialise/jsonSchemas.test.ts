/**
 * The shipped JSON Schemas, compiled with ajv (draft 2020-12, with formats), against the zod schemas: they agree on
 * valid documents and on structurally broken ones. Cross-field rules are the documented difference.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fc } from '@fast-check/vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles, jsonSchemas, schemaId } from '../../scripts/lib/json-schemas.js';
import { catalogue, themeIds } from '../../src/catalogue/index.js';
import {
  BerenschotScoreSchema,
  CatalogueSchema,
  parseAssessment,
  safeParseAssessment,
  safeParseCollaboration,
  safeParsePortfolio,
  TrendSchema,
} from '../../src/schema/index.js';
import { scoreBerenschot } from '../../src/scoring/index.js';
import { fromJSON, toJSON } from '../../src/serialise/index.js';
import { assessmentArbitrary } from '../support/assessmentArbitrary.js';
import { collaborationArbitrary } from '../support/collaborationArbitrary.js';
import { type Loose, validAssessment, validCollaboration, validPortfolio } from '../support/documents.js';
import { scoredTrend, trendArbitrary } from '../support/trendArbitrary.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const schemas = jsonSchemas();
const ajv = addFormats(new Ajv2020({ allErrors: true, strict: true }));
const validators = Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, ajv.compile(schema)]));
const check = (name: string, value: unknown) => validators[name]?.(value) === true;

const mutations: [string, (doc: Loose) => void][] = [
  ['a missing required field', (doc) => delete doc.name],
  ['a number where text belongs', (doc) => (doc.name = 5)],
  ['an unknown key', (doc) => (doc.naam = 'x')],
  ['an unknown nested key', (doc) => (doc.partners[0].naam = 'x')],
  ['an unknown theme', (doc) => (doc.themes = ['ikcc'])],
  ['an id that is not a slug', (doc) => (doc.id = 'Niet Goed')],
  ['a name over 200 characters', (doc) => (doc.name = 'x'.repeat(201))],
  ['a blank name', (doc) => (doc.name = '   ')],
  ['a date in another format', (doc) => (doc.startDate = '01-08-2005')],
  ['a date that does not exist', (doc) => (doc.startDate = '2025-02-30')],
  ['a negative pupil count', (doc) => (doc.partners[1].pupils = -1)],
  ['a fractional school count', (doc) => (doc.partners[1].schools = 1.5)],
  ['a repeated agreement topic (issue 17, item 6)', (doc) => (doc.agreements[0].covers = ['rollen', 'rollen'])],
  ['a repeated theme', (doc) => (doc.themes = ['ikc', 'ikc'])],
  ['a factor strength of 4', (doc) => (doc.factors[0].strength = 4)],
  ['an unknown event type', (doc) => (doc.events[0].type = 'kick-off')],
  ['a wrong format version', (doc) => (doc.schemaVersion = 2)],
  ['a single partner', (doc) => doc.partners.splice(1)],
  ['31 themes', (doc) => (doc.themes = themeIds.slice(0, 31))],
];

describe('shipped JSON Schemas', () => {
  it('are draft 2020-12 with a stable $id, a title and a description naming the rules they cannot express', () => {
    for (const [name, schema] of Object.entries(schemas)) {
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(schemaId(name));
      expect(String(schema.title).length).toBeGreaterThan(10);
      expect(String(schema.description)).toMatch(/cannot express/);
    }
  });

  it('list catalogue ids in one shared definition whose members carry their catalogue label', () => {
    const collaboration = schemas.collaboration as Loose;
    expect(collaboration.properties.themes.items).toEqual({ $ref: '#/$defs/ThemeId' });
    const members = collaboration.$defs.ThemeId.oneOf as { const: string; title: string }[];
    expect(members.map((member) => member.const)).toEqual([...themeIds]);
    for (const member of members) {
      const theme = catalogue.themes.find((entry) => entry.id === member.const);
      expect(member.title).toContain(theme?.label.en);
    }
  });

  it('accept x- keys and reject other unknown keys', () => {
    expect(check('collaboration', { ...validCollaboration(), 'x-anything': { a: [1] } })).toBe(true);
    expect(check('collaboration', { ...validCollaboration(), extra: 1 })).toBe(false);
  });
});

describe('ajv and zod agree', () => {
  it('on the valid example documents', () => {
    expect([
      check('collaboration', validCollaboration()),
      safeParseCollaboration(validCollaboration()).success,
    ]).toEqual([true, true]);
    expect([check('assessment', validAssessment()), safeParseAssessment(validAssessment()).success]).toEqual([
      true,
      true,
    ]);
    expect([check('portfolio', validPortfolio()), safeParsePortfolio(validPortfolio()).success]).toEqual([true, true]);
  });

  it('on 300 generated valid collaborations', () => {
    for (const document of fc.sample(collaborationArbitrary, { numRuns: 300, seed: 7 })) {
      expect(check('collaboration', document), JSON.stringify(validators.collaboration?.errors)).toBe(true);
      expect(safeParseCollaboration(document).success).toBe(true);
    }
  });

  it.each(mutations)('on a collaboration with %s: both reject', (_, mutate) => {
    const document = validCollaboration();
    mutate(document);
    expect({ ajv: check('collaboration', document), zod: safeParseCollaboration(document).success }).toEqual({
      ajv: false,
      zod: false,
    });
  });

  it.each<[string, (doc: Loose) => void]>([
    ['an unknown indicator', (doc) => (doc.responses[0].answers['ambitie.konkreet'] = 3)],
    ['a fractional answer', (doc) => (doc.responses[0].answers['ambitie.concreet'] = 2.5)],
    ['no responses', (doc) => (doc.responses = [])],
    ['a scale with a fractional end', (doc) => (doc.scale = { min: 1, max: 4.5 })],
  ])('on an assessment with %s: both reject', (_, mutate) => {
    const document = validAssessment();
    mutate(document);
    expect({ ajv: check('assessment', document), zod: safeParseAssessment(document).success }).toEqual({
      ajv: false,
      zod: false,
    });
  });

  it.each<[string, (doc: Loose) => void]>([
    ['a repeated partner id', (doc) => (doc.partners[2].id = 'skpo')],
    ['a partner reference that does not resolve', (doc) => (doc.interests[0].partner = 'provincie')],
    ['an end date before the start date', (doc) => (doc.endDate = '2000-01-01')],
  ])('differ only on the documented cross-field rules: %s passes ajv, fails zod', (_, mutate) => {
    const document = validCollaboration();
    mutate(document);
    expect({ ajv: check('collaboration', document), zod: safeParseCollaboration(document).success }).toEqual({
      ajv: true,
      zod: false,
    });
  });
});

describe('berenschot-score.json', () => {
  it('accepts real results of scoreBerenschot, as BerenschotScoreSchema does', () => {
    for (const assessment of fc.sample(assessmentArbitrary(), { numRuns: 100, seed: 3 })) {
      const result = JSON.parse(JSON.stringify(scoreBerenschot(assessment)));
      expect(
        check('berenschot-score', result),
        JSON.stringify(validators['berenschot-score']?.errors?.slice(0, 2)),
      ).toBe(true);
      expect(BerenschotScoreSchema.safeParse(result).success).toBe(true);
    }
  });

  it('rejects a result with a score above 100 or a factor missing, as zod does', () => {
    const result = JSON.parse(JSON.stringify(scoreBerenschot(parseAssessment(validAssessment()))));
    const tooHigh = structuredClone(result);
    tooHigh.factors[0].score = 101;
    const missing = structuredClone(result);
    missing.factors.pop();
    for (const broken of [tooHigh, missing]) {
      expect({ ajv: check('berenschot-score', broken), zod: BerenschotScoreSchema.safeParse(broken).success }).toEqual({
        ajv: false,
        zod: false,
      });
    }
  });
});

describe('catalogue export', () => {
  it('validates against catalogue.json and against CatalogueSchema', () => {
    const exported = JSON.parse(toJSON(catalogue));
    expect(check('catalogue', exported), JSON.stringify(validators.catalogue?.errors?.slice(0, 3))).toBe(true);
    expect(CatalogueSchema.safeParse(exported).success).toBe(true);
  });

  it('is rejected by catalogue.json when an entry loses its English text', () => {
    const exported = JSON.parse(toJSON(catalogue));
    delete exported.themes[0].label.en;
    expect(check('catalogue', exported)).toBe(false);
  });
});

describe('document schemas explain themselves', () => {
  const documentKinds = ['collaboration', 'assessment', 'portfolio'] as const;

  /** Every schema object in a JSON Schema, with where it is. */
  function* subschemas(node: unknown, where = '#'): Generator<[string, Loose]> {
    if (Array.isArray(node)) {
      for (const [index, item] of node.entries()) yield* subschemas(item, `${where}/${index}`);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    yield [where, node as Loose];
    for (const [key, value] of Object.entries(node)) {
      if (key === 'const' || key === 'enum') continue;
      if (key === 'properties' || key === '$defs' || key === 'patternProperties') {
        for (const [name, schema] of Object.entries(value as Loose))
          yield* subschemas(schema, `${where}/${key}/${name}`);
      } else if (typeof value === 'object') yield* subschemas(value, `${where}/${key}`);
    }
  }

  it.each(documentKinds)('%s.json: every property has a title and a description', (kind) => {
    let properties = 0;
    for (const [where, schema] of subschemas(schemas[kind])) {
      if (schema.properties === undefined) continue;
      for (const [name, property] of Object.entries(schema.properties as Loose)) {
        properties++;
        expect(typeof property.title, `${where}/properties/${name}`).toBe('string');
        expect(String(property.description).length, `${where}/properties/${name}`).toBeGreaterThan(10);
      }
    }
    expect(properties).toBeGreaterThan(kind === 'assessment' ? 10 : 40);
  });

  it('name fields in English with the Dutch term of the field', () => {
    const collaboration = schemas.collaboration as Loose;
    expect(collaboration.properties.stakeholders.title).toBe('Stakeholders (belanghebbenden)');
    expect(collaboration.$defs.Partner.properties.type.title).toBe('Partner type (soort partner)');
  });

  it.each(documentKinds)('%s.json: writes no subschema out twice, but refers to a shared definition', (kind) => {
    const seen = new Map<string, string>();
    for (const [where, schema] of subschemas(schemas[kind])) {
      const { title: _, description: __, ...rule } = schema;
      // Small leaves (a type, a reference) are not worth a definition of their own.
      if (Object.keys(rule).length < 2 || rule.$ref !== undefined) continue;
      const key = JSON.stringify(rule);
      expect(seen.get(key), `${where} repeats ${seen.get(key)}`).toBeUndefined();
      seen.set(key, where);
    }
    expect(seen.size).toBeGreaterThan(10);
  });

  it.each(documentKinds)('%s.json: its rules text names only fields of its own', (kind) => {
    const schema = schemas[kind] as Loose;
    const names = new Set<string>();
    for (const [, node] of subschemas(schema)) for (const name of Object.keys(node.properties ?? {})) names.add(name);
    const rules = String(schema.description).split('cannot express')[1] ?? '';
    // Field paths (`partners[].id`, `scale.min`) and camelCase field names (`startDate`).
    const mentioned =
      rules.match(/\b[a-z][A-Za-z]*(?:\[\])?(?:\.[a-z][A-Za-z]*(?:\[\])?)+|\b[a-z]+[A-Z][A-Za-z]*\b/g) ?? [];
    expect(mentioned.length).toBeGreaterThan(0);
    for (const path of mentioned) {
      for (const segment of path.replaceAll('[]', '').split('.')) expect(names, `${kind}: ${path}`).toContain(segment);
    }
  });

  it('assessment.json does not speak of the dates of a collaboration', () => {
    expect(String(schemas.assessment?.description)).not.toMatch(/startDate|endDate|representedBy/);
  });
});

describe('limits the JSON Schemas state as the library does', () => {
  it('refuses the year 0000 in a date, as the library does', () => {
    const document = validAssessment();
    document.date = '0000-01-01';
    expect({ ajv: check('assessment', document), zod: safeParseAssessment(document).success }).toEqual({
      ajv: false,
      zod: false,
    });
    document.date = '0001-01-01';
    expect({ ajv: check('assessment', document), zod: safeParseAssessment(document).success }).toEqual({
      ajv: true,
      zod: true,
    });
  });

  it('refuses a string over 100,000 characters inside an x- value, as the library does', () => {
    const document = validCollaboration();
    document['x-notes'] = { text: 'x'.repeat(100_000) };
    expect({ ajv: check('collaboration', document), zod: safeParseCollaboration(document).success }).toEqual({
      ajv: true,
      zod: true,
    });
    document['x-notes'] = { text: 'x'.repeat(100_001) };
    expect({ ajv: check('collaboration', document), zod: safeParseCollaboration(document).success }).toEqual({
      ajv: false,
      zod: false,
    });
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s inside an x- value', (key) => {
    const document = JSON.parse(`{"x-deep":{"a":[{"${key}":1}]}}`);
    const collaboration = { ...validCollaboration(), ...document };
    expect({ ajv: check('collaboration', collaboration), zod: safeParseCollaboration(collaboration).success }).toEqual({
      ajv: false,
      zod: false,
    });
  });
});

describe('schemas/ in the repository', () => {
  it('holds exactly the schemas of this build', () => {
    const folder = new URL('../../schemas/', import.meta.url);
    const committed = readdirSync(folder).sort();
    const built = jsonSchemaFiles();
    expect(committed).toEqual(Object.keys(built).sort());
    for (const [name, text] of Object.entries(built)) {
      expect(
        readFileSync(new URL(name, folder), 'utf8'),
        `schemas/${name} is stale: run npx tsx scripts/build-schemas.ts`,
      ).toBe(text);
    }
  });
});

describe('limits that only the library knows (issue 17, item 14)', () => {
  const page = readFileSync(new URL('../../docs/document-format.md', import.meta.url), 'utf8');
  const limits = page.slice(
    page.indexOf('## Limits of every document'),
    page.indexOf('<!-- End of the generated part. -->'),
  );

  it.each(['collaboration', 'assessment', 'portfolio'] as const)(
    '%s.json states in its description every limit that JSON Schema cannot express',
    (kind) => {
      const description = String((schemas[kind] as Loose).description);
      for (const limit of ['64 levels', '20,000,000 values', 'UTF-16 code units', '268,435,456 characters']) {
        expect(description).toContain(limit);
      }
    },
  );

  it('lists in docs/document-format.md the limits the JSON Schemas state and those only the library checks', () => {
    for (const limit of [
      '`0000-01-01` is refused',
      'at most 100,000 characters',
      '`__proto__`',
      '9,007,199,254,740,991',
      '`Agreement.covers`',
      '64 levels',
      '20,000,000 values',
      '268,435,456 characters',
    ]) {
      expect(limits).toContain(limit);
    }
  });

  it('states the limits it says the schemas state: year 0000, long x- strings, unsafe integers, repeats', () => {
    const collaboration = validCollaboration();
    const cases: [string, (doc: Loose) => void][] = [
      ['year 0000', (doc) => (doc.startDate = '0000-01-01')],
      ['a long x- string', (doc) => (doc['x-note'] = 'x'.repeat(100_001))],
      ['an unsafe integer', (doc) => (doc.partners[0].pupils = 2 ** 53)],
      ['a repeated topic', (doc) => (doc.agreements[0].covers = ['rollen', 'rollen'])],
    ];
    for (const [what, change] of cases) {
      const document = structuredClone(collaboration);
      change(document);
      expect({ what, ajv: check('collaboration', document) }).toEqual({ what, ajv: false });
      expect({ what, library: safeParseCollaboration(document).success }).toEqual({ what, library: false });
    }
  });
});

describe('trend.json', () => {
  it('accepts the trends the library computes, as fromJSON and TrendSchema do', () => {
    for (const course of [scoredTrend(), ...fc.sample(trendArbitrary, { numRuns: 100, seed: 11 })]) {
      const stored = JSON.parse(JSON.stringify(course));
      expect(check('trend', stored), JSON.stringify(validators.trend?.errors?.slice(0, 2))).toBe(true);
      expect(fromJSON(JSON.stringify(course)).success).toBe(true);
      expect(TrendSchema.safeParse(stored).success).toBe(true);
    }
  });

  it.each<[string, (doc: Loose) => void]>([
    ['a score above 100', (doc) => (doc.factors[3].points[2].score = 101)],
    ['five factors', (doc) => doc.factors.pop()],
    ['no dates', (doc) => (doc.dates = [])],
    ['an unknown direction', (doc) => (doc.overall.direction = 'up')],
    ['a pitfall change of an unknown kind', (doc) => (doc.pitfallChanges[0].change = 'gone')],
    ['no options', (doc) => delete doc.options],
    ['an unknown key', (doc) => (doc.trendline = true)],
  ])('rejects a trend with %s, as zod does', (_, mutate) => {
    const doc = JSON.parse(JSON.stringify(scoredTrend()));
    mutate(doc);
    expect({ ajv: check('trend', doc), zod: TrendSchema.safeParse(doc).success }).toEqual({ ajv: false, zod: false });
  });

  it('leaves the rules across fields to fromJSON, and names them in its description', () => {
    const doc = JSON.parse(JSON.stringify(scoredTrend()));
    doc.dates.reverse();
    expect({ ajv: check('trend', doc), zod: TrendSchema.safeParse(doc).success }).toEqual({ ajv: true, zod: false });
    expect(String(schemas.trend?.description)).toContain('dates run from old to new, each date once');
  });
});
