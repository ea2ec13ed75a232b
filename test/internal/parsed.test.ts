import { describe, expect, it } from 'vitest';
import { isParsed, markParsed } from '../../src/internal/parsed.js';

describe('markParsed and isParsed', () => {
  it('gives back the very object it marks, and recognises it', () => {
    const document = Object.freeze({ kind: 'assessment' });
    expect(markParsed(document)).toBe(document);
    expect(isParsed(document)).toBe(true);
  });

  it('marks a deeply frozen document without changing its keys or its frozen state', () => {
    const document = Object.freeze({ kind: 'assessment', responses: Object.freeze([]) });
    markParsed(document);
    expect(Object.isFrozen(document)).toBe(true);
    expect(Reflect.ownKeys(document)).toEqual(['kind', 'responses']);
  });

  it('recognises a document marked before it is frozen, after freezing, without a key or property added', () => {
    const document = markParsed({ kind: 'berenschot-score' });
    Object.freeze(document);
    expect(isParsed(document)).toBe(true);
    expect(Reflect.ownKeys(document)).toEqual(['kind']);
    expect(Object.getPrototypeOf(document)).toBe(Object.prototype);
  });

  it('marks a frozen document too, which not every engine lets take a private field', () => {
    const document = Object.freeze({ kind: 'collaboration' });
    expect(() => markParsed(document)).not.toThrow();
    expect(isParsed(document)).toBe(true);
  });

  it('gives back a document marked already, as it is', () => {
    const document = markParsed(Object.freeze({ kind: 'plan' }));
    expect(markParsed(document)).toBe(document);
    expect(isParsed(document)).toBe(true);
  });

  it('does not recognise an object it did not mark', () => {
    expect(isParsed(Object.freeze({ kind: 'assessment' }))).toBe(false);
  });

  it('does not recognise a copy, a clone or a proxy of a marked document, however it was marked', () => {
    const markedFrozen = markParsed(Object.freeze({ kind: 'assessment', responses: Object.freeze([]) }));
    const markedThenFrozen = Object.freeze(markParsed({ kind: 'assessment', responses: Object.freeze([]) }));
    for (const document of [markedFrozen, markedThenFrozen]) {
      expect(isParsed({ ...document })).toBe(false);
      expect(isParsed(structuredClone(document))).toBe(false);
      expect(isParsed(new Proxy(document, {}))).toBe(false);
      expect(isParsed(Object.create(document))).toBe(false);
    }
  });

  it('tells that values other than objects are not parsed', () => {
    for (const value of [null, undefined, 0, 'assessment', true, Symbol('parsed'), () => undefined]) {
      expect(isParsed(value)).toBe(false);
    }
  });
});
