/**
 * The shipped JSON Schemas, compiled with ajv (draft 2020-12, with formats), against the zod schemas: they agree on
 * valid documents and on structurally broken ones. Cross-field rules are the documented difference.
 */
import { fc } from '@fast-check/vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { jsonSchemas, schemaId } from '../../scripts/lib/json-schemas.js';
import { catalogue, themeIds } from '../../src/catalogue/index.js';
import {
  BerenschotScoreSchema,
  CatalogueSchema,
  parseAssessment,
  safeParseAssessment,
  safeParseCollaboration,
  safeParsePortfolio,
} from '../../src/schema/index.js';
import { scoreBerenschot } from '../../src/scoring/index.js';
import { toJSON } from '../../src/serialise/index.js';
import { assessmentArbitrary } from '../support/assessmentArbitrary.js';
import { collaborationArbitrary } from '../support/collaborationArbitrary.js';
import { type Loose, validAssessment, validCollaboration, validPortfolio } from '../support/documents.js';

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

  it('list catalogue ids as enums, so other tools can check them', () => {
    const themes = (schemas.collaboration as Loose).properties.themes.items.enum;
    expect(themes).toEqual([...themeIds]);
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
