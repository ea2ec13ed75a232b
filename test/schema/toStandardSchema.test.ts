import { sValidator } from '@hono/standard-validator';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { isSamenwerkingError } from '../../src/errors/SamenwerkingError.js';
import {
  CollaborationSchema,
  safeParseAssessment,
  safeParseCollaboration,
  safeParsePortfolio,
  toStandardSchema,
} from '../../src/schema/index.js';
import { validAssessment, validCollaboration, validPortfolio } from '../support/documents.js';

/** A collaboration with five issues, of which zod alone finds only some. */
function brokenCollaboration() {
  const document = validCollaboration();
  document.partners[2].id = 'skpo';
  document.interests[0].partner = 'provincie';
  document.endDate = '2000-01-01';
  document.themes = ['ikcc'];
  document.naam = 'x';
  return document;
}

const cases = [
  ['collaboration', safeParseCollaboration, validCollaboration, brokenCollaboration],
  [
    'assessment',
    safeParseAssessment,
    validAssessment,
    () => ({ ...validAssessment(), date: '2026-02-30', scale: { min: 1, max: 4 } }),
  ],
  [
    'portfolio',
    safeParsePortfolio,
    validPortfolio,
    () => ({ ...validPortfolio(), collaborations: [brokenCollaboration()] }),
  ],
] as const;

describe('toStandardSchema', () => {
  it.each(cases)('%s: returns exactly the issues of safeParse…, in either language', (kind, safeParse, _, broken) => {
    const expected = safeParse(broken());
    if (expected.success) throw new Error('the broken document must be invalid');
    expect(expected.error.issues.length).toBeGreaterThan(1);
    for (const locale of ['nl', 'en'] as const) {
      const result = toStandardSchema(kind, { locale })['~standard'].validate(broken());
      expect(result.issues).toEqual(
        expected.error.issues.map((issue) => ({ message: issue.message[locale], path: issue.path })),
      );
    }
  });

  it('finds every issue where the zod schema, as a Standard Schema, stops early and speaks English only', () => {
    const ours = toStandardSchema('collaboration')['~standard'].validate(brokenCollaboration());
    expect(ours.issues?.map((issue) => issue.path.join('.'))).toEqual([
      'themes.0',
      'naam',
      'partners.2.id',
      'interests.0.partner',
      'endDate',
    ]);
    expect(ours.issues?.[0]?.message).toMatch(/^Thema: er is geen samenwerkingsthema met id 'ikcc'/);
    const zods = CollaborationSchema['~standard'].validate(brokenCollaboration()) as { issues?: unknown[] };
    expect(zods.issues?.length).toBeLessThan(ours.issues?.length ?? 0);
  });

  it.each(cases)('%s: returns the same frozen document on success', (kind, safeParse, valid) => {
    const result = toStandardSchema(kind)['~standard'].validate(valid());
    expect(result.issues).toBeUndefined();
    const parsed = safeParse(valid());
    expect(parsed.success && result.issues === undefined && result.value).toEqual(parsed.success && parsed.data);
    expect(Object.isFrozen(result.issues === undefined ? result.value : undefined)).toBe(true);
  });

  it('speaks Dutch unless asked otherwise, and says it comes from samenwerking, version 1', () => {
    const standard = toStandardSchema('assessment')['~standard'];
    expect([standard.version, standard.vendor]).toEqual([1, 'samenwerking']);
    const result = standard.validate({ ...validAssessment(), date: '2026-02-30' });
    expect(result.issues?.[0]?.message).toMatch(/geen bestaande kalenderdatum/);
  });

  it.each<[string, () => unknown, string, (string | number)[]]>([
    ['an unknown kind', () => toStandardSchema('survey' as 'assessment'), 'invalid_argument', ['kind']],
    ['options that are a string', () => toStandardSchema('assessment', 'en' as never), 'invalid_option', ['options']],
    ['options that are null', () => toStandardSchema('assessment', null as never), 'invalid_option', ['options']],
    [
      'an unsupported locale',
      () => toStandardSchema('assessment', { locale: 'de' as 'nl' }),
      'invalid_option',
      ['options', 'locale'],
    ],
    [
      'an unknown option',
      () => toStandardSchema('assessment', { language: 'en' } as never),
      'invalid_option',
      ['options', 'language'],
    ],
  ])('refuses %s, in both languages', (_, call, code, path) => {
    try {
      call();
      expect.unreachable();
    } catch (error) {
      expect(isSamenwerkingError(error)).toBe(true);
      const issue = (error as { issues: { code: string; path: unknown[]; message: { nl: string; en: string } }[] })
        .issues[0];
      expect(issue?.code).toBe(code);
      expect(issue?.path).toEqual(path);
      expect(issue?.message.nl.length).toBeGreaterThan(20);
      expect(issue?.message.en.length).toBeGreaterThan(20);
      expect(issue?.message.nl).not.toBe(issue?.message.en);
    }
  });
});

describe('a real consumer of Standard Schema: Hono with @hono/standard-validator', () => {
  const app = new Hono().post(
    '/assessments',
    sValidator('json', toStandardSchema('assessment', { locale: 'en' })),
    (c) => {
      const assessment = c.req.valid('json');
      return c.json({ responses: assessment.responses.length, frozen: Object.isFrozen(assessment) });
    },
  );
  const post = (body: unknown) =>
    app.request('/assessments', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('passes the parsed, frozen document to the handler', async () => {
    const response = await post(validAssessment());
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ responses: 2, frozen: true });
  });

  it('answers a broken document with our issues, paths and English messages', async () => {
    const response = await post({ ...validAssessment(), date: '2026-02-30', extra: 1 });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { message: string; path: unknown[] }[] };
    expect(body.error.map((issue) => issue.path)).toEqual([['date'], ['extra']]);
    expect(body.error[0]?.message).toMatch(/is not a real calendar date/);
  });
});
