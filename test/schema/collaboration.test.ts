import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/errors/index.js';
import { CollaborationSchema, parseCollaboration, safeParseCollaboration } from '../../src/schema/index.js';
import { type Loose, validCollaboration } from '../support/documents.js';

function issuesOf(input: unknown): readonly Issue[] {
  const result = safeParseCollaboration(input);
  return result.success ? [] : result.error.issues;
}

/** Breaks a valid document with `change` and expects exactly one issue with this code and path. */
function expectOnly(change: (doc: Loose) => void, code: string, path: (string | number)[]): Issue {
  const doc = validCollaboration();
  change(doc);
  const issues = issuesOf(doc);
  expect(issues.map((issue) => [issue.code, issue.path])).toEqual([[code, path]]);
  // Every rule explains itself in both languages: two different, non-empty sentences.
  const message = (issues[0] as Issue).message;
  expect(message.nl.trim().length).toBeGreaterThan(10);
  expect(message.en.trim().length).toBeGreaterThan(10);
  expect(message.nl).not.toBe(message.en);
  return issues[0] as Issue;
}

describe('a valid collaboration', () => {
  it('passes and comes back equal to the input', () => {
    const doc = validCollaboration();
    expect(parseCollaboration(doc)).toEqual(doc);
  });

  it('comes back deeply frozen, as a copy', () => {
    const doc = validCollaboration();
    const parsed = parseCollaboration(doc);
    expect(parsed).not.toBe(doc);
    expect(Object.isFrozen(parsed.partners[1])).toBe(true);
    expect(Object.isFrozen(parsed.ambition?.contributions)).toBe(true);
    expect(Object.isFrozen(doc)).toBe(false);
  });

  it('keeps x- keys untouched, at every level', () => {
    const parsed = parseCollaboration(validCollaboration()) as Loose;
    expect(parsed['x-origin']).toBe('test');
    expect(parsed.partners[2]['x-contact']).toEqual({ role: 'directeur' });
  });

  it('passes with only the required fields', () => {
    const doc = validCollaboration();
    for (const key of [
      'startDate',
      'stakeholders',
      'ambition',
      'interests',
      'agreements',
      'events',
      'factors',
      'stage',
      'rating',
      'x-origin',
    ]) {
      delete doc[key];
    }
    expect(issuesOf(doc)).toEqual([]);
  });

  it('treats a key set to undefined as absent', () => {
    const doc = validCollaboration();
    doc.stage = undefined;
    expect(safeParseCollaboration(doc).success).toBe(true);
  });

  it('accepts an end date equal to the start date', () => {
    const doc = validCollaboration();
    doc.endDate = doc.startDate;
    expect(issuesOf(doc)).toEqual([]);
  });
});

describe('the rules of a collaboration', () => {
  it('rejects another kind of document with the kind it expects', () => {
    const issue = expectOnly((doc) => (doc.kind = 'assessment'), 'invalid_value', ['kind']);
    expect(issue.message.nl).toContain("kind 'collaboration'");
    expect(issue.message.en).toContain("'assessment' does not fit here");
  });

  it('rejects an unknown format version, naming the versions it reads', () => {
    const issue = expectOnly((doc) => (doc.schemaVersion = 2), 'unsupported_version', ['schemaVersion']);
    expect(issue.message.nl).toContain('Leesbare versies: 1');
    expect(issue.message.en).toContain('Readable versions: 1');
  });

  it('reports a missing format version as missing', () => {
    const issue = expectOnly((doc) => delete doc.schemaVersion, 'invalid_type', ['schemaVersion']);
    expect(issue.message.nl).toBe('Formaatversie: dit veld ontbreekt. Vul een getal in.');
    expect(issue.message.en).toBe('Format version: this field is missing. Fill in a number.');
  });

  it('rejects an id that is not a slug and explains the pattern', () => {
    const issue = expectOnly((doc) => (doc.id = 'SPIL Eindhoven'), 'invalid_format', ['id']);
    expect(issue.message.nl).toContain("'SPIL Eindhoven' is geen geldige id");
    expect(issue.message.en).toContain('lower-case letters, digits and hyphens');
  });

  it.each(['-spil', 'spil-', 'a'.repeat(65)])('rejects the slug %j', (id) => {
    expectOnly((doc) => (doc.id = id), 'invalid_format', ['id']);
  });

  it.each(['a', 'a1', 'a-b', 'a'.repeat(64)])('accepts the slug %j', (id) => {
    const doc = validCollaboration();
    doc.id = id;
    expect(issuesOf(doc)).toEqual([]);
  });

  it('rejects a blank name', () => {
    const issue = expectOnly((doc) => (doc.name = '   '), 'too_small', ['name']);
    expect(issue.message).toEqual({
      nl: 'Naam: mag niet leeg zijn; vul tekst in.',
      en: 'Name: must not be empty; fill in some text.',
    });
  });

  it('rejects a name over 200 characters with too_large', () => {
    const issue = expectOnly((doc) => (doc.name = 'x'.repeat(201)), 'too_large', ['name']);
    expect(issue.message.nl).toContain('201 tekens');
    expect(issue.message.en).toContain('the maximum is 200');
  });

  it('rejects free text over 5,000 characters with too_large', () => {
    expectOnly((doc) => (doc.ambition.statement = 'x'.repeat(5001)), 'too_large', ['ambition', 'statement']);
  });

  it('rejects a date that does not exist', () => {
    const issue = expectOnly((doc) => (doc.startDate = '2025-02-30'), 'invalid_date', ['startDate']);
    expect(issue.message.nl).toContain("Startdatum: '2025-02-30' is geen bestaande kalenderdatum");
    expect(issue.message.en).toContain("Start date: '2025-02-30' is not a real calendar date");
  });

  it('reports an end date that does not exist once, without a date-order issue', () => {
    expectOnly((doc) => (doc.endDate = '2004-02-30'), 'invalid_date', ['endDate']);
  });

  it('rejects a date written another way, inside nested lists too', () => {
    expectOnly((doc) => (doc.events[0].date = '01-01-2017'), 'invalid_date', ['events', 0, 'date']);
  });

  it('rejects an end date before the start date', () => {
    const issue = expectOnly((doc) => (doc.endDate = '2005-07-31'), 'date_order', ['endDate']);
    expect(issue.message.nl).toContain('2005-07-31 ligt vóór de startdatum 2005-08-01');
    expect(issue.message.en).toContain('is before the start date 2005-08-01');
  });

  it('rejects an unknown theme and suggests the closest', () => {
    const issue = expectOnly((doc) => (doc.themes[0] = 'ikcc'), 'unknown_id', ['themes', 0]);
    expect(issue.message.nl).toContain("met id 'ikcc'");
    expect(issue.message.en).toContain("Did you mean 'ikc'?");
  });

  it('rejects a repeated theme', () => {
    const issue = expectOnly((doc) => doc.themes.push('ikc'), 'duplicate_id', ['themes', 2]);
    expect(issue.message.nl).toContain('komt al eerder voor (bij item 1)');
    expect(issue.message.en).toContain('already occurs earlier (at item 1)');
  });

  it('needs at least one theme and at most 30', () => {
    expectOnly((doc) => (doc.themes = []), 'too_small', ['themes']);
  });

  it('rejects an unknown form', () => {
    expectOnly((doc) => (doc.form = 'fusie'), 'unknown_id', ['form']);
  });

  it('needs at least two partners', () => {
    const issue = expectOnly((doc) => doc.partners.splice(1), 'too_small', ['partners']);
    // Issue 17, item 15: plain words, not "item(s)".
    expect(issue.message.en).toBe('Partners: needs at least 2 items, but has 1. Add 1 item.');
    expect(issue.message.nl).toBe(
      'Partners: moet minstens 2 onderdelen bevatten, maar bevat er 1. Voeg 1 onderdeel toe.',
    );
  });

  it('rejects more than 500 partners with too_large', () => {
    const issue = expectOnly(
      (doc) => {
        doc.partners = Array.from({ length: 501 }, (_, index) => ({
          id: `p${index}`,
          name: `P ${index}`,
          type: 'school',
        }));
        delete doc.stakeholders;
        delete doc.ambition;
        delete doc.interests;
        delete doc.events;
      },
      'too_large',
      ['partners'],
    );
    expect(issue.message.nl).toContain('bevat 501 items; het maximum is 500');
  });

  it('rejects a repeated partner id', () => {
    expectOnly((doc) => (doc.partners[2].id = 'skpo'), 'duplicate_id', ['partners', 2, 'id']);
  });

  it('rejects an unknown partner type, sector and denomination', () => {
    expectOnly((doc) => (doc.partners[0].type = 'gemeenten'), 'unknown_id', ['partners', 0, 'type']);
    expectOnly((doc) => (doc.partners[1].sector = 'basisonderwijs'), 'unknown_id', ['partners', 1, 'sector']);
    const issue = expectOnly((doc) => (doc.partners[1].denomination = 'katholiek'), 'invalid_value', [
      'partners',
      1,
      'denomination',
    ]);
    expect(issue.message.en).toContain('Choose from: openbaar, bijzonder');
  });

  it('rejects negative or fractional pupil numbers', () => {
    expectOnly((doc) => (doc.partners[1].pupils = -1), 'too_small', ['partners', 1, 'pupils']);
    const issue = expectOnly((doc) => (doc.partners[1].schools = 2.5), 'invalid_type', ['partners', 1, 'schools']);
    expect(issue.message.nl).toContain('verwacht een geheel getal, maar kreeg 2.5');
  });

  it.each([
    [(doc: Loose) => (doc.stakeholders[0].representedBy = 'provincie'), ['stakeholders', 0, 'representedBy']],
    [
      (doc: Loose) => (doc.ambition.contributions[0].partner = 'provincie'),
      ['ambition', 'contributions', 0, 'partner'],
    ],
    [(doc: Loose) => (doc.interests[0].partner = 'provincie'), ['interests', 0, 'partner']],
    [(doc: Loose) => (doc.events[0].partner = 'provincie'), ['events', 0, 'partner']],
  ])('rejects a partner reference that does not resolve (%#)', (change, path) => {
    const issue = expectOnly(change, 'dangling_reference', path);
    expect(issue.message.nl).toContain(
      "partner 'provincie' staat niet in dit document; bekend zijn: gemeente, skpo, kinderopvang",
    );
    expect(issue.message.en).toContain("partner 'provincie' is not in this document; known partners: gemeente, skpo");
  });

  it('rejects a stakeholder group listed twice', () => {
    expectOnly((doc) => doc.stakeholders.push({ group: 'gemeenteraad', involvement: 'betrokken' }), 'duplicate_id', [
      'stakeholders',
      2,
      'group',
    ]);
  });

  it('rejects an unknown involvement', () => {
    expectOnly((doc) => (doc.stakeholders[1].involvement = 'actief'), 'invalid_value', [
      'stakeholders',
      1,
      'involvement',
    ]);
  });

  it('rejects an agreement topic outside the five', () => {
    expectOnly((doc) => doc.agreements[0].covers.push('geld'), 'invalid_value', ['agreements', 0, 'covers', 2]);
  });

  it('rejects an agreement topic given twice (issue 17, item 6)', () => {
    const issue = expectOnly((doc) => (doc.agreements[0].covers = ['rollen', 'middelen', 'rollen']), 'duplicate_id', [
      'agreements',
      0,
      'covers',
      2,
    ]);
    expect(issue.message.en).toContain("'rollen' already occurs earlier (at item 1)");
    expect(issue.message.nl).toContain("'rollen' komt al eerder voor (bij item 1)");
  });

  it('rejects an unknown event type, listing the allowed ones', () => {
    const issue = expectOnly((doc) => (doc.events[2].type = 'kick-off'), 'invalid_value', ['events', 2, 'type']);
    expect(issue.message.nl).toBe(
      "Soort gebeurtenis: 'kick-off' is niet toegestaan. Kies uit: turnover, public-announcement, execution-start.",
    );
  });

  it('needs partnersInformedFirst on a public announcement', () => {
    expectOnly((doc) => delete doc.events[1].partnersInformedFirst, 'invalid_type', [
      'events',
      1,
      'partnersInformedFirst',
    ]);
  });

  it('rejects a factor strength outside 0..3 and an unknown factor', () => {
    expectOnly((doc) => (doc.factors[0].strength = 4), 'invalid_value', ['factors', 0, 'strength']);
    expectOnly((doc) => (doc.factors[0].factor = 'urgentie'), 'unknown_id', ['factors', 0, 'factor']);
  });

  it('rejects a factor observed twice', () => {
    expectOnly((doc) => doc.factors.push({ factor: 'ervaren-urgentie', strength: 1 }), 'duplicate_id', [
      'factors',
      1,
      'factor',
    ]);
  });

  it('rejects an unknown stage and rating', () => {
    expectOnly((doc) => (doc.stage = 'volwassen'), 'unknown_id', ['stage']);
    expectOnly((doc) => (doc.rating = 'matig'), 'invalid_value', ['rating']);
  });

  it('rejects an unknown key with the closest allowed key, at any level', () => {
    const top = expectOnly((doc) => (doc.naam = 'x'), 'unknown_key', ['naam']);
    expect(top.message.nl).toContain("'naam' is geen veld van dit document");
    expect(top.message.en).toContain("Did you mean 'name'?");
    const nested = expectOnly((doc) => (doc.ambition.principle = []), 'unknown_key', ['ambition', 'principle']);
    expect(nested.message.en).toContain("'principle' is not a field of ambition");
    expect(nested.message.en).toContain("Did you mean 'principles'?");
    expectOnly((doc) => (doc.events[0].rol = 'x'), 'unknown_key', ['events', 0, 'rol']);
    expectOnly((doc) => (doc.ambition.contributions[0].amount = 1), 'unknown_key', [
      'ambition',
      'contributions',
      0,
      'amount',
    ]);
  });

  it('reports every issue at once, also unknown keys next to type errors in the same object', () => {
    const doc = validCollaboration();
    doc.partners[0].type = 'gemeenten';
    doc.partners[0].naam = 'x';
    doc.themes.push('ikc');
    doc.endDate = '2000-01-01';
    const codes = issuesOf(doc).map((issue) => `${issue.code} ${issue.path.join('.')}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'unknown_id partners.0.type',
        'unknown_key partners.0.naam',
        'duplicate_id themes.2',
        'date_order endDate',
      ]),
    );
    expect(codes).toHaveLength(4);
  });

  it('names the whole document when the input is not an object', () => {
    for (const input of [null, 3, [1]]) {
      const issues = issuesOf(input);
      expect(issues).toHaveLength(1);
      expect(issues[0]?.code).toBe('invalid_type');
      expect(issues[0]?.message.en).toMatch(/^Expected an object with fields, got /);
      expect(issues[0]?.message.nl).toMatch(/^Verwacht een object met velden, maar kreeg /);
    }
  });
});

describe('text where a document belongs (issue 17, item 15)', () => {
  it('points to fromJSON and JSON.parse when the input is JSON text', () => {
    const issues = issuesOf(JSON.stringify(validCollaboration()));
    expect(issues.map((issue) => `${issue.code} ${issue.path.join('.')}`)).toEqual(['invalid_type ']);
    expect(issues[0]?.message.en).toContain('fromJSON(text)');
    expect(issues[0]?.message.en).toContain('JSON.parse(text)');
    expect(issues[0]?.message.nl).toContain('fromJSON(tekst)');
  });
});

describe('parseCollaboration', () => {
  it('throws a SamenwerkingError with the same issues that safeParse returns', () => {
    const doc = validCollaboration();
    doc.form = 'x';
    const result = safeParseCollaboration(doc);
    expect(() => parseCollaboration(doc)).toThrowError(expect.objectContaining({ name: 'SamenwerkingError' }));
    try {
      parseCollaboration(doc);
    } catch (error) {
      expect((error as { issues: unknown }).issues).toEqual(result.success ? [] : result.error.issues);
    }
  });
});

describe('CollaborationSchema on its own', () => {
  it('is a Standard Schema', () => {
    const standard = CollaborationSchema['~standard'];
    expect(standard.vendor).toBe('zod');
    const result = standard.validate(validCollaboration());
    expect(result).not.toBeInstanceOf(Promise);
    expect('issues' in (result as object) && (result as { issues?: unknown }).issues).toBeFalsy();
  });

  it('enforces the cross-field rules when used directly', () => {
    const doc = validCollaboration();
    doc.partners[1].id = 'gemeente';
    const result = CollaborationSchema.safeParse(doc);
    expect(result.success).toBe(false);
    expect((result.error?.issues[0] as { params?: unknown } | undefined)?.params).toMatchObject({
      code: 'duplicate_id',
    });
  });
});
