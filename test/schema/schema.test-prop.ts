import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { safeParseAssessment, safeParseCollaboration, safeParsePortfolio } from '../../src/schema/index.js';
import { collaborationArbitrary } from '../support/collaborationArbitrary.js';

function isDeeplyFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeeplyFrozen);
}

describe('schema laws', () => {
  test.prop(
    [
      fc.anything({
        withObjectString: true,
        withNullPrototype: true,
        withBoxedValues: true,
        withMap: true,
        withSet: true,
      }),
    ],
    {
      numRuns: 1000,
    },
  )('arbitrary input never throws and is never accepted', (input) => {
    for (const parse of [safeParseCollaboration, safeParseAssessment, safeParsePortfolio]) {
      const result = parse(input);
      expect(result.success).toBe(false);
      if (!result.success) expect(result.error.issues.length).toBeGreaterThan(0);
    }
  });

  test.prop([collaborationArbitrary], { numRuns: 1000 })('valid generated documents always pass', (document) => {
    const result = safeParseCollaboration(document);
    if (!result.success) throw new Error(result.error.message);
    expect(result.success).toBe(true);
  });

  test.prop([collaborationArbitrary], { numRuns: 500 })('parse output equals the input, deeply frozen', (document) => {
    const result = safeParseCollaboration(document);
    expect(result.success && result.data).toEqual(document);
    expect(result.success && isDeeplyFrozen(result.data)).toBe(true);
    expect(Object.isFrozen(document)).toBe(false);
  });

  test.prop(
    [collaborationArbitrary, fc.string({ minLength: 1, maxLength: 12 }).filter((key) => !key.startsWith('x-'))],
    {
      numRuns: 500,
    },
  )('an extra key that does not start with x- is always reported', (document, key) => {
    fc.pre(!(key in document));
    const result = safeParseCollaboration({ ...document, [key]: 1 });
    expect(result.success).toBe(false);
    expect(!result.success && result.error.issues.some((issue) => issue.path[0] === key)).toBe(true);
  });
});
