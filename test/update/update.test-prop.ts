import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { parseCollaboration } from '../../src/schema/index.js';
import { updateCollaboration } from '../../src/update/index.js';
import { collaborationArbitrary } from '../support/collaborationArbitrary.js';

describe('update laws', () => {
  test.prop([collaborationArbitrary, fc.string({ minLength: 1, maxLength: 50 }).filter((name) => name.trim() !== '')], {
    numRuns: 300,
  })('changing the name shares every other field and leaves the original unchanged', (document, name) => {
    const original = parseCollaboration(document);
    const before = structuredClone(original);
    const changed = updateCollaboration(original, (draft) => {
      draft.name = name;
    });
    expect(changed.name).toBe(name);
    for (const key of Object.keys(original) as (keyof typeof original)[]) {
      if (key !== 'name') expect(changed[key]).toBe(original[key]);
    }
    expect(original).toEqual(before);
  });
});
