import { describe, expect, it } from 'vitest';
import {
  isPlainObject,
  readBooleanField,
  readCatalogueId,
  readDateArgument,
  readDateField,
  readNumberField,
  readObject,
  readObjectWith,
  readOptions,
  readWeightsField,
  throwIfIssues,
} from '../../src/arguments/argumentReader.js';
import type { Issue } from '../../src/errors/SamenwerkingError.js';
import { expectedValues } from '../../src/i18n/expectedValues/expectedValues.js';
import { caught } from '../support/caught.js';

const score = { min: 0, max: 100, integer: false, expected: expectedValues.score };

describe('isPlainObject', () => {
  it('accepts objects with fields and refuses null, lists and dates', () => {
    expect(isPlainObject({ a: 1 })).toBe(true);
    expect([null, [], new Date(0), 'x', 3].map(isPlainObject)).toEqual([false, false, false, false, false]);
  });
});

describe('readOptions', () => {
  it('reads undefined as no options', () => {
    const reader = readOptions(undefined, ['a']);
    expect(reader.fields).toEqual({});
    expect(reader.issues).toEqual([]);
  });

  it('refuses options that are not an object, naming them and what is expected', () => {
    const reader = readOptions(new Date(0), ['a']);
    expect(reader.issues).toHaveLength(1);
    expect(reader.issues[0]?.path).toEqual(['options']);
    expect(reader.issues[0]?.message.en).toBe(
      "The option 'options' has an unusable value (an object). Allowed: an object of options, or undefined.",
    );
  });

  it('names an unknown option and the closest known one, in both languages', () => {
    const [issue] = readOptions({ minCoverge: 1 }, ['minCoverage', 'bands']).issues;
    expect(issue?.code).toBe('invalid_option');
    expect(issue?.path).toEqual(['options', 'minCoverge']);
    expect(issue?.message.nl).toBe(
      "De optie 'minCoverge' bestaat niet. Bedoelde u 'minCoverage'? Bekende opties: minCoverage, bands.",
    );
    expect(issue?.message.en).toContain("Did you mean 'minCoverage'?");
  });

  it('files the problems of nested options under their own path but names them from the nested root', () => {
    const reader = readOptions({ minCoverage: 200 }, ['minCoverage'], [], ['options', 'scoring']);
    readNumberField(reader, 'minCoverage', 0.5, score);
    expect(reader.issues[0]?.path).toEqual(['options', 'scoring', 'minCoverage']);
    expect(reader.issues[0]?.message.en).toContain("The option 'minCoverage' has an unusable value (200)");
  });
});

describe('readObject for an argument', () => {
  const place = {
    path: ['merger'],
    name: ['merger'],
    known: ['kind'],
    expected: () => ({ nl: 'een fusie', en: 'a merger' }),
    optional: false,
    holds: 'fields' as const,
  };

  it('names an unknown field of the argument', () => {
    const issues: Issue[] = [];
    readObject({ knd: 'x' }, place, issues);
    expect(issues[0]?.message.nl).toBe("'merger' kent geen veld 'knd'. Bedoelde u 'kind'? Bekende velden: kind.");
  });

  it('takes the message for an unknown field from the function it is given', () => {
    const issues: Issue[] = [];
    readObjectWith({ knd: 'x', kind: 'y' }, place, issues, (at, key) => ({ nl: `${at.path[0]} ${key}`, en: key }));
    expect(issues).toEqual([
      { code: 'invalid_option', path: ['merger', 'knd'], message: { nl: 'merger knd', en: 'knd' } },
    ]);
  });

  it('names a bad field by the argument and the field', () => {
    const issues: Issue[] = [];
    const reader = readObject({ kind: 3 }, place, issues);
    expect(readBooleanField(reader, 'kind')).toBeUndefined();
    expect(issues[0]?.path).toEqual(['merger', 'kind']);
    expect(issues[0]?.message.en).toBe(
      "The option 'merger.kind' has an unusable value (3). Allowed: true or false, or leave it out.",
    );
  });

  it('refuses undefined when the argument is required', () => {
    const issues: Issue[] = [];
    readObject(undefined, place, issues);
    expect(issues[0]?.message.en).toBe("The option 'merger' has an unusable value (undefined). Allowed: a merger.");
  });
});

describe('the field readers', () => {
  it('give the fallback for a number out of range and say what is allowed', () => {
    const reader = readOptions({ threshold: 120 }, ['threshold']);
    expect(readNumberField(reader, 'threshold', 40, score)).toBe(40);
    expect(reader.issues[0]?.message.nl).toContain('Toegestaan: een getal van 0 tot en met 100.');
  });

  it('read weights by id and name an id that is not in the list', () => {
    const reader = readOptions({ weights: { a: 2, c: 1, b: -1, d: 11 } }, ['weights']);
    const weights = readWeightsField(reader, 'weights', ['a', 'b', 'd'], 'indicator', 10, (key, known) =>
      known.filter((id) => id !== key).slice(0, 1),
    );
    expect([...weights]).toEqual([['a', 2]]);
    // The hint comes from the suggest function the caller passes.
    expect(reader.issues[0]?.message.en).toContain("Did you mean 'a'?");
    expect(reader.issues.map((issue) => issue.path)).toEqual([
      ['options', 'weights', 'c'],
      ['options', 'weights', 'b'],
      ['options', 'weights', 'd'],
    ]);
    expect(reader.issues[2]?.message.en).toContain('a number from 0 to 10,');
  });

  it('read a date option as YYYY-MM-DD from a string or a Date', () => {
    const reader = readOptions({ on: new Date(2026, 2, 15), off: '2026-02-30' }, ['on', 'off']);
    expect(readDateField(reader, 'on')).toBe('2026-03-15');
    expect(readDateField(reader, 'off')).toBeUndefined();
    expect(reader.issues[0]?.path).toEqual(['options', 'off']);
  });

  it('file an invalid_date issue for a date argument that is not a date', () => {
    const issues: Issue[] = [];
    expect(readDateArgument(new Date(Number.NaN), ['on'], issues)).toBeUndefined();
    expect(issues[0]?.code).toBe('invalid_date');
    expect(issues[0]?.message.en).toContain("'Invalid Date' is not a real calendar date");
  });

  it('read a catalogue id and name the list and the known ids otherwise', () => {
    const issues: Issue[] = [];
    expect(readCatalogueId(issues, ['sector'], 'po', ['po', 'vo'], 'sectors')).toBe('po');
    expect(readCatalogueId(issues, ['sector'], 'p0', ['po', 'vo'], 'sectors')).toBeUndefined();
    expect(issues[0]?.message.nl).toBe(
      "Er is geen onderwijssector met id 'p0' in de catalogus. Bedoelde u 'po', 'vo'? Bekend zijn: po, vo.",
    );
  });
});

describe('throwIfIssues', () => {
  it('throws every issue at once, and nothing without issues', () => {
    expect(() => throwIfIssues([])).not.toThrow();
    const reader = readOptions({ x: 1, y: 2 }, []);
    expect(caught(() => throwIfIssues(reader.issues)).issues).toHaveLength(2);
  });
});
