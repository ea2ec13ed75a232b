import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue/index.js';
import { isSamenwerkingError } from '../../src/errors/index.js';
import { parseAssessment, parseCollaboration, parsePortfolio } from '../../src/schema/index.js';
import { inferStage } from '../../src/scoring/index.js';
import { fromJSON, toJSON } from '../../src/serialise/index.js';
import { CURRENT_VERSION, type MigrationRegistry, migrate, readableVersions } from '../../src/serialise/migrations.js';
import { validAssessment, validCollaboration, validPortfolio } from '../support/documents.js';

function issueOf(result: ReturnType<typeof fromJSON>) {
  return result.success ? undefined : result.error.issues[0];
}

describe('toJSON', () => {
  it('writes the keys in the order of the format, x- keys last and sorted', () => {
    const text = toJSON(
      parseAssessment({
        responses: validAssessment().responses,
        date: '2026-03-15',
        collaboration: 'spil',
        schemaVersion: 1,
        kind: 'assessment',
        'x-b': 1,
        'x-a': 2,
      }),
    );
    expect(Object.keys(JSON.parse(text))).toEqual([
      'kind',
      'schemaVersion',
      'collaboration',
      'date',
      'responses',
      'x-a',
      'x-b',
    ]);
  });

  it('writes answers in catalogue order of the indicators', () => {
    const assessment = validAssessment();
    assessment.responses[1].answers = { 'communicatie.tijdig': 5, 'ambitie.concreet': 2 };
    const parsed = JSON.parse(toJSON(parseAssessment(assessment)));
    expect(Object.keys(parsed.responses[1].answers)).toEqual(['ambitie.concreet', 'communicatie.tijdig']);
  });

  it('writes event keys in the order of their own type', () => {
    const collaboration = validCollaboration();
    collaboration.events = [{ partnersInformedFirst: false, date: '2018-03-01', type: 'public-announcement' }];
    const parsed = JSON.parse(toJSON(parseCollaboration(collaboration)));
    expect(Object.keys(parsed.events[0])).toEqual(['type', 'date', 'partnersInformedFirst']);
  });

  it('sorts the keys inside x- values', () => {
    const text = toJSON(parseCollaboration({ ...validCollaboration(), 'x-meta': { z: 1, a: { y: 2, b: 3 } } }));
    expect(text).toContain('"x-meta":{"a":{"b":3,"y":2},"z":1}');
  });

  it('indents when asked, with two spaces for true or the given number', () => {
    const doc = parseAssessment(validAssessment());
    expect(toJSON(doc, { pretty: true })).toContain('\n  "kind": "assessment"');
    expect(toJSON(doc, { pretty: 4 })).toContain('\n    "kind": "assessment"');
    expect(toJSON(doc)).not.toContain('\n');
  });

  it('validates a document that was not parsed, and throws its issues when it is invalid', () => {
    expect(JSON.parse(toJSON(validPortfolio() as never)).name).toBe('Gemeente Eindhoven');
    const broken = { ...validCollaboration(), form: 'x' };
    try {
      toJSON(broken as never);
      expect.unreachable();
    } catch (error) {
      expect(isSamenwerkingError(error) && error.issues[0]?.code).toBe('unknown_id');
    }
  });

  it('validates a value without a kind as a collaboration, and throws its issues', () => {
    expect(() => toJSON({} as never)).toThrowError(
      expect.objectContaining({
        issues: expect.arrayContaining([expect.objectContaining({ code: 'invalid_type', path: ['kind'] })]),
      }),
    );
  });

  it('writes the catalogue with sorted keys', () => {
    const parsed = JSON.parse(toJSON(catalogue));
    expect(Object.keys(parsed)).toEqual(Object.keys(catalogue).sort());
    expect(parsed.strategyFactors[0].id).toBe('belanghebbenden');
  });
});

describe('fromJSON', () => {
  it('reads each kind back to a frozen document equal to the original', () => {
    for (const original of [
      parseCollaboration(validCollaboration()),
      parseAssessment(validAssessment()),
      parsePortfolio(validPortfolio()),
    ]) {
      const result = fromJSON(toJSON(original));
      expect(result.success && result.data).toEqual(original);
      expect(result.success && Object.isFrozen(result.data)).toBe(true);
    }
  });

  it.each([
    ['empty text', ''],
    ['white space', '  \n'],
    ['truncated text', '{"kind":"collaboration","schemaVersion":1'],
    ['text that is not JSON', 'kind: collaboration'],
  ])('rejects %s with invalid_json', (_, text) => {
    const issue = issueOf(fromJSON(text));
    expect(issue?.code).toBe('invalid_json');
    expect(issue?.message.nl).toContain('geen geldige JSON');
    expect(issue?.message.en).toContain('not valid JSON');
  });

  it('rejects a value that is not text', () => {
    expect(issueOf(fromJSON(42 as never))?.code).toBe('invalid_type');
  });

  it.each(['{"kind":"survey"}', '[1,2]', '"collaboration"', '{"schemaVersion":1}'])(
    'rejects %s as an unknown kind',
    (text) => {
      const issue = issueOf(fromJSON(text));
      expect(issue).toMatchObject({ code: 'invalid_value', path: ['kind'] });
      expect(issue?.message.en).toContain(
        "Set kind to 'collaboration', 'assessment', 'portfolio', 'plan' for a document, or to 'berenschot-score', 'factor-balance', 'stage-inference', 'portfolio-summary', 'assessment-comparison', 'trend' for a stored result.",
      );
    },
  );

  it('rejects another kind than the one asked for', () => {
    const result = fromJSON(toJSON(parseAssessment(validAssessment())), { kind: 'collaboration' });
    expect(issueOf(result)).toMatchObject({ code: 'invalid_value', path: ['kind'] });
  });

  it('narrows the type to the kind asked for', () => {
    const result = fromJSON(toJSON(parseAssessment(validAssessment())), { kind: 'assessment' });
    expect(result.success && result.data.responses.length).toBe(2);
  });

  it('reports a missing format version as a missing field, not as an unknown version', () => {
    const { schemaVersion: _, ...rest } = validCollaboration();
    const result = fromJSON(JSON.stringify(rest));
    expect(result.success || result.error.issues.map((issue) => `${issue.code} ${issue.path.join('.')}`)).toEqual([
      'invalid_type schemaVersion',
    ]);
  });

  it('rejects a format version it cannot read, naming the versions it reads', () => {
    for (const version of [2, 0]) {
      const issue = issueOf(fromJSON(JSON.stringify({ ...validCollaboration(), schemaVersion: version })));
      expect(issue).toMatchObject({ code: 'unsupported_version', path: ['schemaVersion'] });
      expect(issue?.message.en).toContain('Readable versions: 1');
    }
  });

  it('reports every issue of an invalid document', () => {
    const result = fromJSON(JSON.stringify({ ...validCollaboration(), form: 'x', naam: 'y' }));
    expect(result.success || result.error.issues.map((issue) => issue.code)).toEqual(['unknown_id', 'unknown_key']);
  });

  it('rejects __proto__ keys without touching Object.prototype', () => {
    const result = fromJSON(
      '{"kind":"assessment","schemaVersion":1,"collaboration":"a","date":"2026-01-01","responses":[{"respondent":"r","answers":{"ambitie.concreet":3}}],"x-a":{"__proto__":{"polluted":1}}}',
    );
    expect(issueOf(result)?.code).toBe('unknown_key');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads kind and version wherever they stand among the keys', () => {
    const { kind, schemaVersion, ...rest } = validCollaboration();
    const late = fromJSON(JSON.stringify({ 'x-first': [1, { a: 2 }], ...rest, schemaVersion, kind }));
    expect(late.success && late.data.kind).toBe('collaboration');
    const old = fromJSON(JSON.stringify({ ...rest, 'x-a': 1, schemaVersion: 99, kind }));
    expect(issueOf(old)).toMatchObject({ code: 'unsupported_version', path: ['schemaVersion'] });
  });

  it('reads a kind that only a non-enumerable property of Object.prototype gives, as a read by name does', () => {
    Object.defineProperty(Object.prototype, 'kind', { value: 'collaboration', configurable: true, writable: true });
    try {
      // The inherited kind makes it a collaboration, validated as one: the fields it lacks, not an unknown kind.
      const result = fromJSON('{"schemaVersion":1}');
      expect(issueOf(result)).toMatchObject({ code: 'invalid_type', path: ['id'] });
    } finally {
      delete (Object.prototype as { kind?: unknown }).kind;
    }
  });

  it('bounds very deep JSON', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const result = fromJSON(`{"kind":"collaboration","schemaVersion":1,"x-deep":${deep}}`);
    expect(result.success || result.error.issues.some((issue) => issue.code === 'too_large')).toBe(true);
  });
});

describe('migrations', () => {
  const registry: MigrationRegistry = {
    collaboration: [
      { from: 0, migrate: (document) => ({ ...document, schemaVersion: 1, name: String(document.title) }) },
    ],
  };

  it('the current version is 1 and version 1 is the only readable version today', () => {
    expect(CURRENT_VERSION).toBe(1);
    expect(readableVersions('collaboration')).toEqual([1]);
    expect(readableVersions('unknown')).toEqual([1]);
  });

  it('applies the steps of a registry to bring an older document up to date', () => {
    expect(readableVersions('collaboration', registry)).toEqual([0, 1]);
    expect(migrate({ schemaVersion: 0, title: 'Oud' }, 'collaboration', registry)).toEqual({
      schemaVersion: 1,
      title: 'Oud',
      name: 'Oud',
    });
  });

  it('leaves a current document as it is and refuses versions without a path', () => {
    const current = { schemaVersion: 1 };
    expect(migrate(current, 'collaboration', registry)).toBe(current);
    expect(migrate({ schemaVersion: 2 }, 'collaboration', registry)).toBeUndefined();
    expect(migrate({ schemaVersion: -1 }, 'collaboration', registry)).toBeUndefined();
    expect(migrate({ schemaVersion: 0 }, 'assessment', registry)).toBeUndefined();
  });

  it('finds no steps for a kind named after a member of Object.prototype', () => {
    expect(readableVersions('constructor')).toEqual([CURRENT_VERSION]);
    expect(migrate({ kind: 'toString', schemaVersion: 0 }, 'toString')).toBeUndefined();
  });

  it('stops a step that does not raise the version by one', () => {
    const faulty: MigrationRegistry = {
      collaboration: [{ from: 0, migrate: (document) => ({ ...document, schemaVersion: 0 }) }],
    };
    expect(migrate({ schemaVersion: 0 }, 'collaboration', faulty)).toBeUndefined();
  });
});

describe('a kind named after a member of Object.prototype (issue 17, item 3)', () => {
  const memberNames = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf'];

  it.each(memberNames)('fromJSON refuses kind %s as an unknown kind', (kind) => {
    const text = JSON.stringify({ ...validCollaboration(), kind });
    const result = fromJSON(text);
    expect(result.success).toBe(false);
    expect(issueOf(result)).toMatchObject({ code: 'invalid_value', path: ['kind'] });
  });

  it.each(memberNames)('toJSON refuses kind %s with a SamenwerkingError and leaves the value unfrozen', (kind) => {
    const document = { ...validCollaboration(), kind };
    let thrown: unknown;
    try {
      toJSON(document as never);
    } catch (error) {
      thrown = error;
    }
    expect(isSamenwerkingError(thrown) && thrown.issues.map((issue) => issue.path.join('.'))).toContain('kind');
    expect(Object.isFrozen(document)).toBe(false);
  });
});

describe('messages about text that is not JSON (issue 17, item 15)', () => {
  it('says where the text goes wrong in Dutch without the engine’s English sentence', () => {
    const issue = issueOf(fromJSON('{\n  "kind": "collaboration"\n  "schemaVersion": 1\n}'));
    expect(issue?.code).toBe('invalid_json');
    expect(issue?.message.nl).toContain("op regel 3, kolom 3 wordt een komma of '}' verwacht");
    expect(issue?.message.en).toContain("at line 3, column 3 a comma or '}' is expected");
    for (const text of [issue?.message.nl, issue?.message.en]) {
      expect(text).not.toMatch(/Expected|Unexpected|position|JSON at/);
    }
  });

  it('recognises curly quotes pasted from a word processor, in both languages', () => {
    const issue = issueOf(fromJSON('{“kind”: “collaboration”}'));
    expect(issue?.message.nl).toContain('typografische aanhalingstekens');
    expect(issue?.message.en).toContain('typographic quotes');
    expect(issue?.message.nl).toContain("maar daar staat '“'");
    expect(issue?.message.nl).not.toMatch(/Unexpected|token/);
  });

  it.each([
    ['{"a":1,}', "een veldnaam tussen dubbele aanhalingstekens (een komma vlak voor '}' mag niet)"],
    ['{"a":1', "een komma of '}'"],
    ['[1,2', "een komma of ']'"],
    ['{"a" 1}', "een dubbele punt ':'"],
    ['{"a":1}}', 'het einde van de tekst'],
    ['"abc', 'het afsluitende aanhalingsteken'],
    ['{"a":"x\\q"}', 'een geldige code na de backslash'],
    ['{"a":01}', "een komma of '}'"],
    ['{"a":-}', 'een cijfer'],
    ['kind: x', 'een waarde'],
  ])('explains %s', (text, expected) => {
    expect(issueOf(fromJSON(text))?.message.nl).toContain(expected);
  });

  it('points to the parse functions when given an object instead of text', () => {
    const issue = issueOf(fromJSON({ kind: 'collaboration' } as never));
    expect(issue?.code).toBe('invalid_type');
    expect(issue?.message.en).toContain('safeParseCollaboration');
    expect(issue?.message.nl).toContain('safeParseCollaboration');
  });

  it('refuses options that are not an object or hold an unknown kind, without throwing', () => {
    const text = toJSON(parseAssessment(validAssessment()));
    expect(issueOf(fromJSON(text, 'assessment' as never))?.code).toBe('invalid_option');
    expect(issueOf(fromJSON(text, { kind: 'survey' } as never))?.code).toBe('invalid_option');
    expect(issueOf(fromJSON(text, { kind: 'constructor' } as never))?.code).toBe('invalid_option');
    expect(fromJSON(text, null as never).success).toBe(false);
  });
});

describe('toJSON of a stored result with parts of several kinds', () => {
  /** The same value with the keys of every object in reverse order. */
  function reversed(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(reversed);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([key, item]) => [key, reversed(item)]),
    );
  }

  it('writes the keys of every evidence entry in the order of its own kind, whatever order they came in', () => {
    const { ambition, interests, agreements, ...bare } = validCollaboration();
    const stage = inferStage(parseCollaboration(bare));
    const kinds = new Set(stage.reasons.flatMap((reason) => reason.evidence.map((evidence) => evidence.kind)));
    expect(kinds.size).toBeGreaterThanOrEqual(2);
    const text = toJSON(stage);
    expect(toJSON(JSON.parse(JSON.stringify(reversed(stage))))).toBe(text);
    const written = JSON.parse(text) as { reasons: { evidence: Record<string, unknown>[] }[] };
    for (const reason of written.reasons) {
      for (const evidence of reason.evidence) expect(Object.keys(evidence)[0]).toBe('kind');
    }
    const back = fromJSON(text);
    expect(back.success && back.data).toEqual(stage);
  });
});
