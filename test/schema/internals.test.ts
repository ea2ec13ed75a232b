/**
 * The defensive paths of the validation pipeline: rules on malformed values, zod issues our schemas rarely
 * produce, snapshot bounds, and the last-resort guard that keeps safeParse from throwing.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { documentIssues } from '../../src/i18n/documentIssues/documentIssues.js';
import { snapshot } from '../../src/internal/snapshot.js';
import { assessmentRules, walkAssessment } from '../../src/schema/AssessmentSchema.js';
import { collaborationRules, walkCollaboration } from '../../src/schema/CollaborationSchema.js';
import { checkUnique } from '../../src/schema/fields.js';
import { portfolioRules, safeParsePortfolio } from '../../src/schema/PortfolioSchema.js';
import { parseWith, safeParseWith } from '../../src/schema/parseDocument.js';
import { validAssessment, validCollaboration } from '../support/documents.js';

describe('rules on malformed values', () => {
  it('find nothing in values that are not objects', () => {
    for (const rules of [collaborationRules, assessmentRules, portfolioRules, walkCollaboration, walkAssessment]) {
      expect(rules(null)).toEqual([]);
      expect(rules([1])).toEqual([]);
    }
  });

  it('skip list items that are not objects or lack the field', () => {
    const doc = validCollaboration();
    doc.partners = [null, 'x', { id: 5 }, { id: 'a' }, { id: 'a' }];
    doc.events = [null, { type: 'unknown' }, { type: 'turnover', partner: 'b' }];
    doc.stakeholders = 'not a list';
    delete doc.ambition;
    delete doc.interests;
    expect(collaborationRules(doc).map((issue) => `${issue.code} ${issue.path.join('.')}`)).toEqual([
      'duplicate_id partners.4.id',
      'dangling_reference events.2.partner',
    ]);
    expect(walkCollaboration(doc).filter((issue) => issue.code === 'unknown_key')).toEqual([]);
  });

  it('read the default scale when the scale is malformed, and skip malformed responses', () => {
    const doc = validAssessment();
    doc.scale = { min: 'one', max: 5 };
    doc.responses = [
      null,
      { respondent: 'r1' },
      { respondent: 'r2', answers: { 'ambitie.concreet': 6, 'relatie.klik': 'x' } },
    ];
    expect(assessmentRules(doc).map((issue) => `${issue.code} ${issue.path.join('.')}`)).toEqual([
      'too_big responses.2.answers.ambitie.concreet',
    ]);
  });

  it('check portfolio references only where collaborations and assessments are well formed', () => {
    const issues = portfolioRules({
      collaborations: [null, { id: 'a', partners: 'x' }, { id: 'a', partners: [] }, { id: 7 }],
      assessments: [
        null,
        { collaboration: 3 },
        { collaboration: 'a', responses: [null, { partner: 'p' }, { partner: 1 }] },
      ],
    });
    expect(issues.map((issue) => `${issue.code} ${issue.path.join('.')}`)).toEqual([
      'duplicate_id collaborations.2.id',
      'dangling_reference assessments.2.responses.1.partner',
    ]);
    expect(portfolioRules({ collaborations: 'x', assessments: 'y' })).toEqual([]);
  });

  it('reports a portfolio with garbage lists without throwing', () => {
    const result = safeParsePortfolio({
      kind: 'portfolio',
      schemaVersion: 1,
      name: 'P',
      collaborations: [1],
      assessments: 'x',
    });
    expect(result.success).toBe(false);
  });

  it('checkUnique ignores a value that is not a list, and items whose key is not a string or number', () => {
    expect(
      checkUnique(
        null,
        () => 'a',
        (index) => [index],
      ),
    ).toEqual([]);
    expect(
      checkUnique(
        [{ id: true }, { id: true }],
        (item: { id: unknown }) => item.id,
        (index) => [index],
      ),
    ).toEqual([]);
  });
});

describe('zod issues that our schemas rarely produce', () => {
  const walkNothing = () => [];

  it('maps a union without a discriminator', () => {
    const schema = z.union([z.string(), z.number()]) as z.ZodType<unknown>;
    const result = safeParseWith(schema, walkNothing, 'test', true);
    expect(!result.success && result.error.issues[0]?.code).toBe('invalid_union');
  });

  it('passes other zod codes through with a general message', () => {
    const schema = z.number().multipleOf(5) as z.ZodType<unknown>;
    const result = safeParseWith(schema, walkNothing, 'test', 7);
    expect(!result.success && result.error.issues[0]).toMatchObject({ code: 'not_multiple_of', path: [] });
    expect(!result.success && result.error.issues[0]?.message.en).toMatch(/^Invalid value \(/);
  });

  it('maps a plain custom refinement and a number above its maximum', () => {
    const schema = z.object({ a: z.number().max(3), b: z.string().refine(() => false, 'nope') }) as z.ZodType<unknown>;
    const result = safeParseWith(schema, walkNothing, 'test', { a: 4, b: 'x' });
    expect(!result.success && result.error.issues.map((issue) => issue.code)).toEqual(['too_big', 'custom']);
  });

  it('turns an exception inside validation into an issue instead of throwing', () => {
    const broken = {
      safeParse: () => {
        throw new Error('bug');
      },
    } as unknown as z.ZodType<unknown>;
    const result = safeParseWith(broken, walkNothing, 'test', {});
    expect(!result.success && result.error.issues[0]?.message.en).toContain('internal error');
    expect(() => parseWith(broken, walkNothing, 'test', {})).toThrow(/internal error/);
  });
});

describe('snapshot bounds', () => {
  it('stops at the maximum number of values', () => {
    const copy = snapshot([1, 2, 3, 4], { maxDepth: 10, maxNodes: 3, maxStringLength: 10 });
    expect(copy.problems).toEqual([expect.objectContaining({ code: 'too_large', reason: 'too-many' })]);
  });

  it('reports an array whose length cannot be read', () => {
    const array = new Proxy([], {
      get: (target, key) =>
        key === 'length'
          ? (() => {
              throw new Error('x');
            })()
          : Reflect.get(target, key),
    });
    expect(snapshot(array).problems).toEqual([expect.objectContaining({ reason: 'unreadable', detail: 'length' })]);
  });

  it('names class instances, Maps and Sets, also when their constructor cannot be read', () => {
    class Custom {}
    const trap = new Proxy(new Custom(), {
      get: () => {
        throw new Error('x');
      },
    });
    const details = [new Custom(), new Map(), new Set(), trap, Object.create({ inherited: 1 })].map(
      (value) => snapshot(value).problems[0]?.detail,
    );
    // The last one inherits `constructor` from Object.prototype through its own prototype.
    expect(details).toEqual(['Custom', 'Map', 'Set', 'object', 'Object']);
  });
});

describe('field names in messages', () => {
  it('never takes a name from Object.prototype for keys such as toString or hasOwnProperty', () => {
    expect(documentIssues.fieldName(['toString'])).toEqual({ nl: "veld 'toString'", en: "field 'toString'" });
    expect(documentIssues.fieldName(['hasOwnProperty', 0])).toEqual({ nl: 'onderdeel 1', en: 'item 1' });
    expect(documentIssues.fieldName(['partners', 'valueOf'])).toEqual({ nl: "veld 'valueOf'", en: "field 'valueOf'" });
  });

  it('reports a list under a key named hasOwnProperty as an unknown key, not as an internal error', () => {
    const result = safeParsePortfolio({
      kind: 'portfolio',
      schemaVersion: 1,
      name: 'P',
      collaborations: [],
      assessments: [],
      hasOwnProperty: [1],
    });
    expect(result.success || result.error.issues.map((issue) => issue.code)).toEqual(['unknown_key']);
  });

  it('falls back to the position of an item and the key of an unknown field', () => {
    expect(documentIssues.fieldName(['unknown', 2])).toEqual({ nl: 'onderdeel 3', en: 'item 3' });
    expect(documentIssues.fieldName([4])).toEqual({ nl: 'onderdeel 5', en: 'item 5' });
    expect(documentIssues.fieldName(['geheim'])).toEqual({ nl: "veld 'geheim'", en: "field 'geheim'" });
    expect(documentIssues.fieldName(['x-eigen'])).toEqual({
      nl: "extensieveld 'x-eigen'",
      en: "extension field 'x-eigen'",
    });
  });
});

describe('the failure of a parse', () => {
  const failed = () =>
    safeParsePortfolio({ kind: 'portfolio', schemaVersion: 1, name: ' ', collaborations: [], assessments: [] });

  it('has success and error as its own enumerable keys, in that order, as an object literal would', () => {
    const result = failed();
    expect(Object.keys(result)).toEqual(['success', 'error']);
    expect(result.success).toBe(false);
  });

  it('makes its error once, on first read, and keeps it through a spread', () => {
    const result = failed();
    if (result.success) throw new Error('the portfolio should fail');
    const error = result.error;
    expect(result.error).toBe(error);
    expect({ ...result }.error).toBe(error);
    expect(error.issues.map((issue) => issue.path)).toEqual([['name']]);
  });

  it('gives every failure its own error', () => {
    const one = failed();
    const two = failed();
    if (one.success || two.success) throw new Error('the portfolios should fail');
    expect(one.error).not.toBe(two.error);
    expect(one.error.issues).toEqual(two.error.issues);
  });
});
