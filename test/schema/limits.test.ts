/**
 * Issue 17, items 11 to 13 and 16: what the parse functions do with input that is huge, sparse or hostile. They give
 * at most `maxIssues` issues (100 by default), the last one stating the total; quote long values and keys cut short;
 * check an array's length against the bound on values before reading it; and report what they cannot read as such,
 * keeping an exception of their own as `cause`.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { safeParseAssessment, safeParseCollaboration, safeParsePortfolio } from '../../src/schema/index.js';
import { safeParseWith } from '../../src/schema/parseDocument.js';
import { fromJSON } from '../../src/serialise/fromJSON.js';
import { validAssessment, validCollaboration, validPortfolio } from '../support/documents.js';

/** A collaboration with only the required fields, so that nothing else refers to its partners. */
function minimalCollaboration(): Record<string, unknown> & { partners: unknown[]; themes: unknown[] } {
  return {
    kind: 'collaboration',
    schemaVersion: 1,
    id: 'spil',
    name: 'SPIL',
    themes: ['ikc'],
    form: 'netwerk',
    partners: [
      { id: 'gemeente', name: 'Gemeente', type: 'gemeente' },
      { id: 'skpo', name: 'SKPO', type: 'schoolbestuur' },
    ],
  };
}

function failure(result: { success: boolean; error?: unknown }) {
  if (result.success) throw new Error('expected a failure');
  return (result as { error: import('../../src/errors/SamenwerkingError.js').SamenwerkingError }).error;
}

describe('the cap on issues (item 13)', () => {
  it('gives 100 issues for 100,000 repeated partners, the last one stating how many there were', () => {
    const document = validCollaboration();
    const partner = document.partners[0];
    document.partners = Array.from({ length: 100_000 }, () => ({ ...partner }));
    const error = failure(safeParseCollaboration(document));
    expect(error.issues).toHaveLength(100);
    const last = error.issues[99];
    expect(last?.code).toBe('too_many_issues');
    // The list is too long (one issue) and every partner after the first repeats its id.
    expect(last?.message.en).toContain('100000 issues were found in all');
    expect(last?.message.nl).toContain('Er zijn 100000 problemen gevonden');
    expect(error.issues.slice(0, 99).every((issue) => issue.code !== 'too_many_issues')).toBe(true);
  });

  it('takes another cap as an option, and refuses one below 1', () => {
    const document = validCollaboration();
    document.partners = [];
    document.themes = [];
    document.form = 'x';
    expect(failure(safeParseCollaboration(document, { maxIssues: 2 })).issues.map((issue) => issue.code)).toEqual([
      'too_small',
      'too_many_issues',
    ]);
    expect(failure(safeParseCollaboration(document, { maxIssues: 3 })).issues).toHaveLength(3);
    expect(failure(safeParseCollaboration(document, { maxIssues: 0 })).issues.map((issue) => issue.code)).toEqual([
      'invalid_option',
    ]);
    expect(failure(fromJSON(JSON.stringify(document), { maxIssues: 1 })).issues.map((issue) => issue.code)).toEqual([
      'too_many_issues',
    ]);
  });

  it('keeps every issue when there are not more than the cap', () => {
    const document = minimalCollaboration();
    document.partners = Array.from({ length: 60 }, (_, index) => ({ id: 'p', name: `P${index}`, type: 'gemeente' }));
    expect(failure(safeParseCollaboration(document)).issues).toHaveLength(59);
  });
});

describe('long keys and values (item 13)', () => {
  it('quotes a 10-million-character unknown key cut short, in the messages and in the error text', () => {
    const key = 'k'.repeat(10_000_000);
    const document: Record<string, unknown> = { ...validCollaboration(), [key]: 1 };
    const error = failure(safeParseCollaboration(document));
    expect(error.issues.map((issue) => issue.code)).toEqual(['unknown_key']);
    expect(error.issues[0]?.path).toEqual([key]);
    expect(error.issues[0]?.message.en.length).toBeLessThan(1_000);
    expect(error.issues[0]?.message.nl.length).toBeLessThan(1_000);
    expect(error.message.length).toBeLessThan(2_000);
    expect(error.format('nl').length).toBeLessThan(2_000);
  });

  it('quotes a long unknown id cut short', () => {
    const document = validCollaboration();
    document.form = 'f'.repeat(50_000);
    const error = failure(safeParseCollaboration(document));
    expect(error.issues[0]?.message.en.length).toBeLessThan(1_000);
  });
});

describe('sparse and huge arrays (item 12)', () => {
  it('refuses an array of 2 ** 32 - 1 holes in an x- field by its length, without visiting it', () => {
    const document = validCollaboration();
    document['x-huge'] = new Array(2 ** 32 - 1);
    const error = failure(safeParseCollaboration(document));
    expect(error.issues.map((issue) => `${issue.code} ${issue.path.join('.')}`)).toEqual(['too_large x-huge']);
  });

  it('reports a million holes as capped issues that state the total', () => {
    const document = validCollaboration();
    document['x-holes'] = new Array(1_000_000);
    const error = failure(safeParseCollaboration(document));
    expect(error.issues).toHaveLength(100);
    expect(error.issues[0]).toMatchObject({ code: 'invalid_type', path: ['x-holes', 0] });
    expect(error.issues[99]?.message.en).toContain('1000000 issues were found in all');
  });

  it('refuses too many values in a portfolio list by its length', () => {
    const portfolio = validPortfolio();
    portfolio.assessments = new Array(30_000_000);
    const error = failure(safeParsePortfolio(portfolio));
    expect(error.issues.some((issue) => issue.code === 'too_large')).toBe(true);
  });
});

describe('matching issues against the problems of the walk (item 11)', () => {
  it('leaves out the issues below a problem and keeps the others, for 32,000 partners', () => {
    const document = minimalCollaboration();
    document.partners = Array.from({ length: 32_000 }, (_, index) => {
      const partner = JSON.parse(`{"id":"p${index}","name":"P","type":"gemeente","__proto__":1,"naam":"x"}`);
      return partner;
    });
    const error = failure(safeParseCollaboration(document, { maxIssues: 100_000 }));
    const codes = new Map<string, number>();
    for (const issue of error.issues) codes.set(issue.code, (codes.get(issue.code) ?? 0) + 1);
    // One forbidden key and one unknown key per partner, and the list over its bound of 500.
    expect(Object.fromEntries(codes)).toEqual({ unknown_key: 64_000, too_large: 1 });
  });
});

describe('what cannot be read, and bugs of the library (item 16)', () => {
  it('reports a revoked proxy as unreadable, not as an internal error', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    for (const result of [safeParseCollaboration(revoked.proxy), safeParseAssessment(revoked.proxy)]) {
      const error = failure(result);
      expect(error.issues.map((issue) => `${issue.code} ${issue.path.join('.')}`)).toEqual(['invalid_type ']);
      expect(error.issues[0]?.message.en).toContain('could not be read');
      expect(error.cause).toBeUndefined();
    }
    const inside = validAssessment();
    inside.responses[0].answers = revoked.proxy;
    const error = failure(safeParseAssessment(inside));
    expect(error.issues[0]).toMatchObject({ code: 'invalid_type', path: ['responses', 0, 'answers'] });
  });

  it('keeps an exception of its own as cause', () => {
    const bug = new Error('bug');
    // The pipeline runs a schema through its own `_zod.run` (no zod messages it does not use): the bug is thrown there.
    const throwing = () => {
      throw bug;
    };
    const broken = {
      safeParse: throwing,
      _zod: { run: throwing, def: { type: 'object' } },
    } as unknown as z.ZodType<unknown>;
    const error = failure(safeParseWith(broken, () => [], 'test', {}));
    expect(error.issues[0]?.message.en).toContain('internal error');
    expect(error.cause).toBe(bug);
    expect(z).toBeDefined();
  });
});
