import { describe, expect, it } from 'vitest';
import { parsePortfolio, safeParsePortfolio } from '../../src/schema/index.js';
import { validCollaboration, validPortfolio } from '../support/documents.js';

function codesOf(input: unknown): string[] {
  const result = safeParsePortfolio(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.code} ${issue.path.join('.')}`);
}

describe('portfolio', () => {
  it('accepts a portfolio whose references resolve', () => {
    const doc = validPortfolio();
    expect(parsePortfolio(doc)).toEqual(doc);
  });

  it('accepts an empty portfolio', () => {
    expect(codesOf({ kind: 'portfolio', schemaVersion: 1, name: 'Leeg', collaborations: [], assessments: [] })).toEqual(
      [],
    );
  });

  it('rejects a repeated collaboration id', () => {
    const doc = validPortfolio();
    doc.collaborations.push(validCollaboration());
    expect(codesOf(doc)).toEqual(['duplicate_id collaborations.1.id']);
  });

  it('rejects an assessment of a collaboration that is not in the portfolio', () => {
    const doc = validPortfolio();
    doc.assessments[0].collaboration = 'elders';
    const result = safeParsePortfolio(doc);
    expect(codesOf(doc)).toEqual(['dangling_reference assessments.0.collaboration']);
    expect(result.success || result.error.issues[0]?.message.nl).toContain(
      "samenwerking 'elders' staat niet in deze portefeuille; bekend zijn: spil-eindhoven",
    );
    // Both languages list the known collaborations (the English one once read an iterator the Dutch one had used up).
    expect(result.success || result.error.issues[0]?.message.en).toContain(
      "collaboration 'elders' is not in this portfolio; known collaborations: spil-eindhoven",
    );
  });

  it('rejects a respondent partner that is not a partner of the collaboration', () => {
    const doc = validPortfolio();
    doc.assessments[0].responses[1].partner = 'provincie';
    expect(codesOf(doc)).toEqual(['dangling_reference assessments.0.responses.1.partner']);
  });

  it('reports the issues of nested documents at their full path', () => {
    const doc = validPortfolio();
    doc.collaborations[0].partners[0].naam = 'x';
    doc.assessments[0].responses[0].answers['ambitie.concreet'] = 8;
    expect(codesOf(doc)).toEqual(
      expect.arrayContaining([
        'unknown_key collaborations.0.partners.0.naam',
        'too_big assessments.0.responses.0.answers.ambitie.concreet',
      ]),
    );
  });

  it('names its own unknown keys and messages with the field in domain words', () => {
    const doc = validPortfolio();
    doc.naam = 'x';
    const result = safeParsePortfolio(doc);
    expect(codesOf(doc)).toEqual(['unknown_key naam']);
    expect(result.success || result.error.issues[0]?.message.en).toContain("Did you mean 'name'?");
  });
});
