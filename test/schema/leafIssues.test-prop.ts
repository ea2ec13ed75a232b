/**
 * The issues of broken leaves against the reference pipeline, for any few of the near misses of
 * `test/support/leafBreaks.ts` at once and any small `maxIssues`.
 */
import { fc, test } from '@fast-check/vitest';
import { describe } from 'vitest';
import type { DocumentKindName } from '../../src/schema/parseDocument.js';
import { type Break, breaks, broken, expectSameIssues } from '../support/leafBreaks.js';

describe('the issues of broken leaves', () => {
  test.prop(
    [
      fc
        .constantFrom(...(Object.keys(breaks) as DocumentKindName[]))
        .chain((kind) =>
          fc.tuple(
            fc.constant(kind),
            fc.subarray(breaks[kind] as Break[], { minLength: 1, maxLength: 5 }),
            fc.integer({ min: 1, max: 6 }),
          ),
        ),
    ],
    { numRuns: 300 },
  )('are those of the reference pipeline for any few breaks and any small maxIssues', ([kind, chosen, maxIssues]) => {
    expectSameIssues(kind, broken(kind, chosen), maxIssues);
  });
});
