import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { parseCollaboration } from '../../src/schema/index.js';
import { fromJSON, toJSON } from '../../src/serialise/index.js';
import { collaborationArbitrary } from '../support/collaborationArbitrary.js';

/** Rebuilds a value with the keys of every object in reverse order. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, item]) => [key, reversed(item)]),
  );
}

describe('serialiser laws', () => {
  test.prop([collaborationArbitrary], { numRuns: 500 })('fromJSON(toJSON(doc)) equals doc', (document) => {
    const parsed = parseCollaboration(document);
    const result = fromJSON(toJSON(parsed));
    expect(result.success && result.data).toEqual(parsed);
  });

  test.prop([collaborationArbitrary], { numRuns: 500 })(
    'the same document with keys in another order gives the same text',
    (document) => {
      expect(toJSON(parseCollaboration(reversed(document)))).toBe(toJSON(parseCollaboration(document)));
    },
  );

  test.prop([fc.string({ maxLength: 200 })], { numRuns: 1000 })('fromJSON never throws on any text', (text) => {
    expect(() => fromJSON(text)).not.toThrow();
  });

  test.prop([fc.jsonValue({ maxDepth: 4 })], { numRuns: 1000 })('fromJSON never throws on any JSON value', (value) => {
    const result = fromJSON(JSON.stringify(value));
    expect(typeof result.success).toBe('boolean');
  });
});
