import { describe, expect, it } from 'vitest';
import { safeParseAssessment, safeParseCollaboration, safeParsePortfolio } from '../../src/schema/index.js';
import { validCollaboration } from '../support/documents.js';

function codes(result: ReturnType<typeof safeParseCollaboration>): string[] {
  return result.success ? [] : result.error.issues.map((issue) => `${issue.code} ${issue.path.join('.')}`);
}

describe('hostile input', () => {
  it.each([undefined, null, 0, Number.NaN, '', 'x', true, [], Symbol('s'), () => 1, 10n, new Date(0), new Map()])(
    'returns a failure, never throws, for %s',
    (input) => {
      const result = safeParseCollaboration(input);
      expect(result.success).toBe(false);
    },
  );

  it('rejects __proto__, constructor and prototype keys and leaves Object.prototype untouched', () => {
    const text =
      '{"kind":"collaboration","__proto__":{"polluted":true},"partners":[{"constructor":{"prototype":{"x":1}}}]}';
    const result = safeParseCollaboration(JSON.parse(text));
    expect(codes(result)).toEqual(
      expect.arrayContaining(['unknown_key __proto__', 'unknown_key partners.0.constructor']),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(result.success || result.error.issues[0]?.message.en).toContain('can interfere with JavaScript objects');
  });

  it('reports a cycle at its path instead of looping', () => {
    const doc = validCollaboration();
    doc.partners[0]['x-self'] = doc.partners[0];
    expect(codes(safeParseCollaboration(doc))).toEqual(['invalid_type partners.0.x-self']);
  });

  it('allows the same object twice when it is not a cycle', () => {
    const doc = validCollaboration();
    const shared = { a: 1 };
    doc['x-one'] = shared;
    doc['x-two'] = shared;
    expect(safeParseCollaboration(doc).success).toBe(true);
  });

  it('reports a getter that throws and reads it only once', () => {
    const doc = validCollaboration();
    let reads = 0;
    Object.defineProperty(doc, 'name', {
      enumerable: true,
      get() {
        reads++;
        throw new Error('boom');
      },
    });
    const result = safeParseCollaboration(doc);
    expect(codes(result)).toEqual(['invalid_type name']);
    expect(reads).toBe(1);
  });

  it('reports a proxy whose traps throw', () => {
    const trap = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys');
        },
      },
    );
    expect(codes(safeParseCollaboration(trap))).toEqual(['invalid_type ']);
  });

  it('survives very deep input without a stack overflow', () => {
    let deep: unknown = 1;
    for (let level = 0; level < 200_000; level++) deep = [deep];
    const doc = validCollaboration();
    doc['x-deep'] = deep;
    const result = safeParseCollaboration(doc);
    expect(result.success).toBe(false);
    expect(result.success || result.error.issues[0]?.code).toBe('too_large');
  });

  it('bounds very long strings', () => {
    const doc = validCollaboration();
    doc['x-blob'] = 'x'.repeat(100_001);
    expect(codes(safeParseCollaboration(doc))).toEqual(['too_large x-blob']);
  });

  it('rejects values that JSON cannot hold: functions, symbols, non-finite numbers, class instances', () => {
    const doc = validCollaboration();
    doc['x-fn'] = () => 1;
    doc['x-inf'] = Number.POSITIVE_INFINITY;
    doc['x-date'] = new Date(0);
    doc.partners[1].pupils = Number.NaN;
    expect(codes(safeParseCollaboration(doc)).sort()).toEqual(
      ['invalid_type partners.1.pupils', 'invalid_type x-date', 'invalid_type x-fn', 'invalid_type x-inf'].sort(),
    );
  });

  it('reports holes in arrays', () => {
    const doc = validCollaboration();
    doc.themes = ['ikc', undefined];
    expect(codes(safeParseCollaboration(doc))).toEqual(['invalid_type themes.1']);
  });

  it('never mutates the input, even when it is invalid', () => {
    const doc = validCollaboration();
    doc.partners[0].type = 'x';
    const before = structuredClone(doc);
    safeParseCollaboration(doc);
    safeParsePortfolio({ kind: 'portfolio', collaborations: [doc] });
    expect(doc).toEqual(before);
    expect(Object.isFrozen(doc.partners)).toBe(false);
  });

  it('accepts objects without a prototype', () => {
    const answers = Object.assign(Object.create(null), { 'ambitie.concreet': 3 });
    const result = safeParseAssessment({
      kind: 'assessment',
      schemaVersion: 1,
      collaboration: 'x',
      date: '2026-01-01',
      responses: [{ respondent: 'r1', answers }],
    });
    expect(result.success).toBe(true);
  });
});
