import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/errors/index.js';
import { formatPath, isSamenwerkingError, SamenwerkingError } from '../../src/errors/index.js';

const issue: Issue = {
  code: 'invalid_date',
  path: ['events', 2, 'date'],
  message: { nl: 'Geen bestaande datum.', en: 'Not a real date.' },
};

describe('SamenwerkingError', () => {
  it('is an Error with its own name', () => {
    const error = new SamenwerkingError([issue]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('SamenwerkingError');
  });

  it('keeps every issue with code, path and both messages', () => {
    const error = new SamenwerkingError([issue, { ...issue, code: 'date_order', path: ['endDate'] }]);
    expect(error.issues).toHaveLength(2);
    expect(error.issues[1]).toEqual({ code: 'date_order', path: ['endDate'], message: issue.message });
  });

  it('writes a message that names the count, the paths and both languages', () => {
    const error = new SamenwerkingError([issue, { ...issue, path: [] }]);
    expect(error.message).toContain('2 problemen gevonden / 2 problems found');
    expect(error.message).toContain('events[2].date: Geen bestaande datum. | Not a real date.');
    expect(error.message).toContain('(document): Geen bestaande datum.');
  });

  it('uses the singular for one issue', () => {
    expect(new SamenwerkingError([issue]).message).toMatch(/^1 probleem gevonden \/ 1 problem found/);
  });

  it('formats the issues in one chosen language', () => {
    const error = new SamenwerkingError([issue]);
    expect(error.format('en')).toBe('events[2].date: Not a real date.');
    expect(error.format()).toBe('events[2].date: Geen bestaande datum.');
  });

  it('freezes its issues and copies them, so later changes to the input do not leak in', () => {
    const path: (string | number)[] = ['a'];
    const error = new SamenwerkingError([{ ...issue, path }]);
    path.push('b');
    expect(error.issues[0]?.path).toEqual(['a']);
    expect(Object.isFrozen(error.issues)).toBe(true);
    expect(Object.isFrozen(error.issues[0]?.path)).toBe(true);
    expect(Object.isFrozen(error.issues[0]?.message)).toBe(true);
  });
});

describe('formatPath', () => {
  it('writes keys with dots and indexes in brackets', () => {
    expect(formatPath(['partners', 0, 'id'])).toBe('partners[0].id');
  });

  it('quotes keys that are not identifiers', () => {
    expect(formatPath(['answers', 'ambitie.concreet'])).toBe('answers["ambitie.concreet"]');
  });

  it('names the root', () => {
    expect(formatPath([])).toBe('(document)');
  });

  it('allows hyphens in plain keys', () => {
    expect(formatPath(['x-note'])).toBe('x-note');
  });
});

describe('isSamenwerkingError', () => {
  it('recognises an instance', () => {
    expect(isSamenwerkingError(new SamenwerkingError([issue]))).toBe(true);
  });

  it('recognises an error of another copy of the class by its global brand', () => {
    const foreign = Object.assign(new Error('x'), { issues: [issue] });
    Object.defineProperty(foreign, Symbol.for('samenwerking.error'), { value: true });
    expect(isSamenwerkingError(foreign)).toBe(true);
  });

  it('rejects plain errors, look-alikes without the brand and non-objects', () => {
    expect(isSamenwerkingError(new Error('x'))).toBe(false);
    expect(isSamenwerkingError({ name: 'SamenwerkingError', issues: [] })).toBe(false);
    expect(isSamenwerkingError(null)).toBe(false);
    expect(isSamenwerkingError('SamenwerkingError')).toBe(false);
  });

  it('rejects a branded value without an issues list', () => {
    const branded = {};
    Object.defineProperty(branded, Symbol.for('samenwerking.error'), { value: true });
    expect(isSamenwerkingError(branded)).toBe(false);
  });
});

describe('hostile values (issue 17, item 16)', () => {
  it('tells that a revoked proxy is no SamenwerkingError, without throwing', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(isSamenwerkingError(revoked.proxy)).toBe(false);
  });

  it('keeps the error behind it as cause', () => {
    const cause = new Error('bug');
    const error = new SamenwerkingError(
      [{ code: 'custom', path: [], message: { nl: 'Interne fout.', en: 'Internal error.' } }],
      { cause },
    );
    expect(error.cause).toBe(cause);
    expect('cause' in new SamenwerkingError(error.issues)).toBe(false);
  });
});
