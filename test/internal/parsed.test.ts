import { describe, expect, it } from 'vitest';
import { answerNumbersOf, isParsed, keepAnswerNumbers, markParsed } from '../../src/internal/parsed.js';

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

describe('keepAnswerNumbers and answerNumbersOf', () => {
  it('gives a response its numbers without a key or property added', () => {
    const response = { respondent: 'r1', answers: Object.freeze({ 'ambitie.concreet': 4 }) };
    keepAnswerNumbers(response, [5, 4]);
    Object.freeze(response);
    expect(answerNumbersOf(response)).toEqual([5, 4]);
    expect(Reflect.ownKeys(response)).toEqual(['respondent', 'answers']);
    expect(Object.getPrototypeOf(response)).toBe(Object.prototype);
  });

  it('leaves a frozen response without numbers, and does not throw on one', () => {
    const response = Object.freeze({ respondent: 'r1', answers: Object.freeze({ 'ambitie.concreet': 4 }) });
    expect(() => keepAnswerNumbers(response, [5, 4])).not.toThrow();
    expect(answerNumbersOf(response)).toBeUndefined();
  });

  it('has no numbers for a response it was not given, nor for a copy, a clone or a proxy of one', () => {
    const response = { respondent: 'r1', answers: Object.freeze({ 'ambitie.concreet': 4 }) };
    keepAnswerNumbers(response, [5, 4]);
    Object.freeze(response);
    expect(answerNumbersOf({ respondent: 'r1', answers: {} })).toBeUndefined();
    expect(answerNumbersOf({ ...response })).toBeUndefined();
    expect(answerNumbersOf(structuredClone(response))).toBeUndefined();
    expect(answerNumbersOf(new Proxy(response, {}))).toBeUndefined();
  });
});
