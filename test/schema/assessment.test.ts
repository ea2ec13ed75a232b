import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/errors/index.js';
import { AssessmentSchema, parseAssessment, safeParseAssessment } from '../../src/schema/index.js';
import { type Loose, validAssessment } from '../support/documents.js';

function expectOnly(change: (doc: Loose) => void, code: string, path: (string | number)[]): Issue {
  const doc = validAssessment();
  change(doc);
  const result = safeParseAssessment(doc);
  const issues = result.success ? [] : result.error.issues;
  expect(issues.map((issue) => [issue.code, issue.path])).toEqual([[code, path]]);
  // Every rule explains itself in both languages: two different, non-empty sentences.
  const message = (issues[0] as Issue).message;
  expect(message.nl.trim().length).toBeGreaterThan(10);
  expect(message.en.trim().length).toBeGreaterThan(10);
  expect(message.nl).not.toBe(message.en);
  return issues[0] as Issue;
}

describe('a valid assessment', () => {
  it('passes and equals its input, frozen', () => {
    const doc = validAssessment();
    const parsed = parseAssessment(doc);
    expect(parsed).toEqual(doc);
    expect(Object.isFrozen(parsed.responses[0]?.answers)).toBe(true);
  });

  it('passes without a scale, which then means 1 to 5 and is not filled in', () => {
    const doc = validAssessment();
    delete doc.scale;
    expect(parseAssessment(doc)).not.toHaveProperty('scale');
  });

  it('accepts answers at both ends of a custom scale', () => {
    const doc = validAssessment();
    doc.scale = { min: 0, max: 10 };
    doc.responses[0].answers = { 'ambitie.concreet': 0, 'ambitie.urgentie': 10 };
    expect(safeParseAssessment(doc).success).toBe(true);
  });
});

describe('the rules of an assessment', () => {
  it('rejects an unknown indicator with a suggestion', () => {
    const issue = expectOnly((doc) => (doc.responses[0].answers['ambitie.konkreet'] = 3), 'unknown_id', [
      'responses',
      0,
      'answers',
      'ambitie.konkreet',
    ]);
    expect(issue.message.nl).toContain(
      "Antwoord op 'ambitie.konkreet': er is geen indicator met id 'ambitie.konkreet'",
    );
    expect(issue.message.nl).toContain("Bedoelde u 'ambitie.concreet'?");
    expect(issue.message.en).toContain("Did you mean 'ambitie.concreet'?");
  });

  it('rejects an answer above the scale with too_big and below with too_small', () => {
    const above = expectOnly((doc) => (doc.responses[1].answers['communicatie.tijdig'] = 6), 'too_big', [
      'responses',
      1,
      'answers',
      'communicatie.tijdig',
    ]);
    expect(above.message.nl).toContain('6 valt buiten de schaal; geef een geheel getal van 1 tot en met 5');
    expect(above.message.en).toContain('or null when the question does not apply');
    expectOnly((doc) => (doc.responses[1].answers['communicatie.tijdig'] = 0), 'too_small', [
      'responses',
      1,
      'answers',
      'communicatie.tijdig',
    ]);
  });

  it('checks answers against the scale of the document', () => {
    expectOnly(
      (doc) => {
        doc.scale = { min: 1, max: 4 };
        doc.responses[1].answers['communicatie.tijdig'] = 5;
      },
      'too_big',
      ['responses', 1, 'answers', 'communicatie.tijdig'],
    );
  });

  it('rejects a fractional answer', () => {
    expectOnly((doc) => (doc.responses[0].answers['ambitie.concreet'] = 3.5), 'invalid_type', [
      'responses',
      0,
      'answers',
      'ambitie.concreet',
    ]);
  });

  it('rejects a scale whose min is not below its max', () => {
    const issue = expectOnly((doc) => (doc.scale = { min: 5, max: 5 }), 'invalid_value', ['scale']);
    expect(issue.message.en).toBe('Answer scale: the lowest answer (5) must be smaller than the highest (5).');
  });

  it('rejects a scale with fractional ends', () => {
    expectOnly((doc) => (doc.scale = { min: 1, max: 4.5 }), 'invalid_type', ['scale', 'max']);
  });

  it('rejects a repeated respondent', () => {
    expectOnly((doc) => (doc.responses[1].respondent = 'r1'), 'duplicate_id', ['responses', 1, 'respondent']);
  });

  it('rejects an assessment in which every answer is null', () => {
    const issue = expectOnly(
      (doc) => {
        doc.responses = [{ respondent: 'r1', answers: { 'ambitie.concreet': null } }];
      },
      'too_small',
      ['responses'],
    );
    expect(issue.message.nl).toContain('Vul minstens één antwoord in');
  });

  it('needs at least one response and at most 10,000', () => {
    expectOnly((doc) => (doc.responses = []), 'too_small', ['responses']);
    expectOnly(
      (doc) => {
        doc.responses = Array.from({ length: 10_001 }, (_, index) => ({
          respondent: `r${index}`,
          answers: { 'ambitie.concreet': 3 },
        }));
      },
      'too_large',
      ['responses'],
    );
  });

  it('rejects an invalid date and an unknown key', () => {
    expectOnly((doc) => (doc.date = '2026-02-29'), 'invalid_date', ['date']);
    expectOnly((doc) => (doc.responses[0].antwoorden = {}), 'unknown_key', ['responses', 0, 'antwoorden']);
    expectOnly((doc) => (doc.scale.maximum = 5), 'unknown_key', ['scale', 'maximum']);
  });

  it('rejects a collaboration document passed as an assessment', () => {
    const result = safeParseAssessment({ ...validAssessment(), kind: 'collaboration' });
    expect(result.success).toBe(false);
    expect(result.success || result.error.issues[0]?.message.nl).toContain("kind 'assessment'");
  });
});

describe('AssessmentSchema on its own', () => {
  it('checks answers against the scale when used in a composed schema', () => {
    const doc = validAssessment();
    doc.responses[0].answers['ambitie.concreet'] = 9;
    expect(AssessmentSchema.safeParse(doc).success).toBe(false);
  });
});

describe('the response role', () => {
  it('accepts a stakeholder-group id, and refuses another value with a suggestion', () => {
    const document = (role: string) => ({
      kind: 'assessment',
      schemaVersion: 1,
      collaboration: 'spil-eindhoven',
      date: '2026-03-15',
      responses: [{ respondent: 'r1', role, answers: { 'relatie.klik': 4 } }],
    });
    const valid = safeParseAssessment(document('schooldirecteuren'));
    expect(valid.success && valid.data.responses[0]?.role).toBe('schooldirecteuren');
    const invalid = safeParseAssessment(document('schooldirecteur'));
    expect(invalid.success).toBe(false);
    if (invalid.success) return;
    expect(invalid.error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['unknown_id', ['responses', 0, 'role']],
    ]);
    expect(invalid.error.issues[0]?.message.nl).toContain('schooldirecteuren');
  });
});
