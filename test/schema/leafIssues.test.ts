/**
 * The issues of broken leaves, described from zod's schema without running zod (`src/schema/leafIssues.ts`), against
 * the reference pipeline (`safeParseWith`: zod and the walker on the whole value): every kind of leaf break (the wrong
 * type, a value not in an enum or a catalogue, a literal, a pattern, a length, a number's bounds and wholeness, a date
 * that does not exist), in collaborations, assessments, plans and portfolios, one at a time, several at once (in an
 * order of keys that is not the format's), beside breaks that zod must read, and with a small `maxIssues`.
 */
import { describe, expect, it } from 'vitest';
import { type DocumentKindName, parseDocument } from '../../src/schema/parseDocument.js';
import { validCollaboration } from '../support/documents.js';
import { breaks, broken, expectSameIssues, reversed } from '../support/leafBreaks.js';

describe('the issues of broken leaves', () => {
  for (const kind of Object.keys(breaks) as DocumentKindName[]) {
    describe(`in a ${kind}`, () => {
      for (const entry of breaks[kind]) {
        it(`are those of the reference pipeline for ${entry[0]}`, () => {
          for (const maxIssues of [1, 2, 100]) expectSameIssues(kind, broken(kind, [entry]), maxIssues);
        });
      }

      it('are those of the reference pipeline with every break at once, and with few issues kept', () => {
        const all = broken(kind, breaks[kind]);
        for (const maxIssues of [1, 2, 3, 5, 100]) expectSameIssues(kind, all, maxIssues);
        // Only the leaves: the breaks without a whole-value read (no missing field, no list's length, no repeat).
        const leaves = breaks[kind].filter(([name]) => !/missing|no theme|repeat|unknown type/.test(name));
        for (const maxIssues of [1, 3, 100]) expectSameIssues(kind, broken(kind, leaves), maxIssues);
      });
    });
  }

  it('name the leaf itself: a slug, a catalogue id and a date that does not exist, in the order of the format', () => {
    const document = validCollaboration();
    // The walk meets the end date first, then the themes, then the id; zod and the issues follow the format's order.
    const result = parseDocument(
      'collaboration',
      reversed({ ...document, id: 'Spil', themes: ['ikc', 'vvee'], endDate: '2024-02-30' }),
      false,
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['invalid_format', ['id']],
      ['unknown_id', ['themes', 1]],
      ['invalid_date', ['endDate']],
    ]);
  });
});
