import { describe, expect, it } from 'vitest';
import { isSamenwerkingError } from '../../src/errors/index.js';
import { parseAssessment, parseCollaboration } from '../../src/schema/index.js';
import {
  addPartner,
  addResponse,
  recordEvent,
  setFactorObservation,
  updateAssessment,
  updateCollaboration,
} from '../../src/update/index.js';
import { validAssessment, validCollaboration } from '../support/documents.js';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return isSamenwerkingError(error) ? error.issues.map((issue) => issue.code).join(',') : String(error);
  }
  return undefined;
}

describe('updateCollaboration', () => {
  it('returns a new document with the change and shares every unchanged part', () => {
    const original = parseCollaboration(validCollaboration());
    const renamed = updateCollaboration(original, (draft) => {
      draft.name = 'Nieuwe naam';
    });
    expect(renamed.name).toBe('Nieuwe naam');
    expect(original.name).toBe('SPIL-centra Eindhoven');
    expect(renamed.partners).toBe(original.partners);
    expect(renamed.ambition).toBe(original.ambition);
  });

  it('shares the unchanged items of a list that changed', () => {
    const original = parseCollaboration(validCollaboration());
    const changed = updateCollaboration(original, (draft) => {
      const partner = draft.partners[1];
      if (partner) partner.name = 'SKPO Eindhoven';
    });
    expect(changed.partners).not.toBe(original.partners);
    expect(changed.partners[0]).toBe(original.partners[0]);
    expect(changed.partners[2]).toBe(original.partners[2]);
  });

  it('returns a deeply frozen document', () => {
    const changed = updateCollaboration(parseCollaboration(validCollaboration()), (draft) => {
      draft.partners.push({ id: 'ggd', name: 'GGD', type: 'zorg' });
    });
    expect(Object.isFrozen(changed)).toBe(true);
    expect(Object.isFrozen(changed.partners[3])).toBe(true);
  });

  it('returns the same document when the recipe changes nothing', () => {
    const original = parseCollaboration(validCollaboration());
    expect(updateCollaboration(original, () => {})).toBe(original);
  });

  it('accepts a recipe that returns a replacement', () => {
    const original = parseCollaboration(validCollaboration());
    const replaced = updateCollaboration(original, (draft) => ({ ...draft, rating: 'slecht' as const }));
    expect(replaced.rating).toBe('slecht');
  });

  it('throws every issue of an invalid result and leaves the original as it was', () => {
    const original = parseCollaboration(validCollaboration());
    const snapshot = structuredClone(original);
    expect(
      codeOf(() =>
        updateCollaboration(original, (draft) => {
          const partner = draft.partners[1];
          if (partner) partner.id = 'gemeente';
          draft.form = 'fusie' as never;
        }),
      ),
    ).toBe('unknown_id,duplicate_id');
    expect(original).toEqual(snapshot);
  });

  it('validates and copies a document that was not parsed, without freezing the caller’s objects', () => {
    const plain = validCollaboration();
    const changed = updateCollaboration(plain as never, (draft) => {
      draft.name = 'Anders';
    });
    expect(changed.name).toBe('Anders');
    expect(Object.isFrozen(plain.partners)).toBe(false);
    expect(plain.name).toBe('SPIL-centra Eindhoven');
  });

  it('rejects an invalid document that was not parsed', () => {
    const plain = validCollaboration();
    plain.form = 'x';
    expect(codeOf(() => updateCollaboration(plain as never, () => {}))).toBe('unknown_id');
  });

  it('rejects non-JSON values put in by a recipe', () => {
    const original = parseCollaboration(validCollaboration());
    expect(
      codeOf(() =>
        updateCollaboration(original, (draft) => {
          (draft as Record<string, unknown>)['x-when'] = new Date(0);
        }),
      ),
    ).toBe('invalid_type');
  });
});

describe('update helpers', () => {
  it('addPartner adds a partner and rejects a taken id', () => {
    const original = parseCollaboration(validCollaboration());
    expect(
      addPartner(original, { id: 'ggd', name: 'GGD', type: 'zorg' }).partners.map((partner) => partner.id),
    ).toEqual(['gemeente', 'skpo', 'kinderopvang', 'ggd']);
    expect(codeOf(() => addPartner(original, { id: 'skpo', name: 'Dubbel', type: 'school' }))).toBe('duplicate_id');
  });

  it('recordEvent appends an event, also to a document without events, and checks its partner', () => {
    const bare = parseCollaboration({ ...validCollaboration(), events: undefined });
    const recorded = recordEvent(bare, {
      type: 'turnover',
      date: '2026-05-01',
      partner: 'gemeente',
      role: 'wethouder',
    });
    expect(recorded.events).toEqual([{ type: 'turnover', date: '2026-05-01', partner: 'gemeente', role: 'wethouder' }]);
    expect(codeOf(() => recordEvent(bare, { type: 'execution-start', date: '2026-05-01', partner: 'provincie' }))).toBe(
      'dangling_reference',
    );
  });

  it('setFactorObservation adds a new factor and replaces an existing one', () => {
    const original = parseCollaboration(validCollaboration());
    const added = setFactorObservation(original, 'concurrentiedenken', 2, 'Strijd om leerlingen');
    expect(added.factors).toEqual([
      { factor: 'ervaren-urgentie', strength: 3, note: 'Veel kinderen met een achterstand.' },
      { factor: 'concurrentiedenken', strength: 2, note: 'Strijd om leerlingen' },
    ]);
    const replaced = setFactorObservation(added, 'ervaren-urgentie', 1);
    expect(replaced.factors?.[0]).toEqual({ factor: 'ervaren-urgentie', strength: 1 });
    expect(replaced.factors).toHaveLength(2);
  });

  it('setFactorObservation creates the list when the document has none', () => {
    const bare = parseCollaboration({ ...validCollaboration(), factors: undefined });
    expect(setFactorObservation(bare, 'bestuurlijke-moed', 2).factors).toEqual([
      { factor: 'bestuurlijke-moed', strength: 2 },
    ]);
  });

  it('addResponse adds answers and rejects answers outside the scale', () => {
    const original = parseAssessment(validAssessment());
    const added = addResponse(original, { respondent: 'r3', answers: { 'relatie.klik': 5 } });
    expect(added.responses).toHaveLength(3);
    expect(added.responses[0]).toBe(original.responses[0]);
    expect(codeOf(() => addResponse(original, { respondent: 'r4', answers: { 'relatie.klik': 6 } }))).toBe('too_big');
  });

  it('updateAssessment changes the date and keeps the responses shared', () => {
    const original = parseAssessment(validAssessment());
    const later = updateAssessment(original, (draft) => {
      draft.date = '2026-06-01';
    });
    expect(later.date).toBe('2026-06-01');
    expect(later.responses).toBe(original.responses);
  });
});

describe('update helpers copy what they are given (issue 17, item 5)', () => {
  it('addPartner leaves the caller’s partner unfrozen, and later edits of it change nothing', () => {
    const collaboration = parseCollaboration(validCollaboration());
    const partner = { id: 'ggd', name: 'GGD', type: 'zorg', 'x-contact': { mail: 'ggd@example.nl' } };
    const larger = addPartner(collaboration, partner as never);
    expect(Object.isFrozen(partner)).toBe(false);
    expect(Object.isFrozen(partner['x-contact'])).toBe(false);
    partner.name = 'Veranderd';
    partner['x-contact'].mail = 'ander@example.nl';
    expect(larger.partners.at(-1)).toEqual({
      id: 'ggd',
      name: 'GGD',
      type: 'zorg',
      'x-contact': { mail: 'ggd@example.nl' },
    });
    expect(Object.isFrozen(larger.partners.at(-1))).toBe(true);
  });

  it('recordEvent leaves the caller’s event unfrozen', () => {
    const collaboration = parseCollaboration(validCollaboration());
    const event = { type: 'execution-start', date: '2026-05-01' };
    const later = recordEvent(collaboration, event as never);
    expect(Object.isFrozen(event)).toBe(false);
    event.date = '2027-01-01';
    expect(later.events?.at(-1)).toEqual({ type: 'execution-start', date: '2026-05-01' });
  });

  it('addResponse leaves the caller’s response and its answers unfrozen', () => {
    const assessment = parseAssessment(validAssessment());
    const response = { respondent: 'r9', answers: { 'relatie.klik': 4 } as Record<string, number> };
    const more = addResponse(assessment, response as never);
    expect(Object.isFrozen(response)).toBe(false);
    expect(Object.isFrozen(response.answers)).toBe(false);
    response.answers['relatie.klik'] = 1;
    expect(more.responses.at(-1)?.answers).toEqual({ 'relatie.klik': 4 });
  });

  it('reports what could not be copied at its place in the document', () => {
    const collaboration = parseCollaboration(validCollaboration());
    const partner = {
      id: 'ggd',
      type: 'zorg',
      get name(): string {
        throw new Error('boom');
      },
    };
    let thrown: unknown;
    try {
      addPartner(collaboration, partner as never);
    } catch (error) {
      thrown = error;
    }
    const last = collaboration.partners.length;
    expect(isSamenwerkingError(thrown) && thrown.issues.map((issue) => issue.path)).toEqual([
      ['partners', last, 'name'],
    ]);
  });
});
