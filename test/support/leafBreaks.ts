/**
 * Near misses of every kind of leaf break for the four document kinds, and the comparison of the parse functions with
 * the reference pipeline (`safeParseWith`) on the whole issue list: shared by `test/schema/leafIssues.test.ts` and
 * its property test.
 */
import { expect } from 'vitest';
import { assessmentStructure, walkAssessment } from '../../src/schema/assessmentFormat.js';
import { collaborationStructure, walkCollaboration } from '../../src/schema/collaborationFormat.js';
import {
  type DocumentKindName,
  type ParseResult,
  parseDocument,
  safeParseWith,
} from '../../src/schema/parseDocument.js';
import { planStructure, walkPlan } from '../../src/schema/planFormat.js';
import { portfolioStructure, walkPortfolio } from '../../src/schema/portfolioFormat.js';
import { type Loose, validAssessment, validCollaboration, validPortfolio } from './documents.js';

export type Break = readonly [name: string, apply: (document: Loose) => void];

const references = {
  collaboration: { structure: collaborationStructure, walk: walkCollaboration },
  assessment: { structure: assessmentStructure, walk: walkAssessment },
  plan: { structure: planStructure, walk: walkPlan },
  portfolio: { structure: portfolioStructure, walk: walkPortfolio },
} as const;

function validPlan(): Loose {
  return {
    kind: 'plan',
    schemaVersion: 1,
    collaboration: 'spil-eindhoven',
    date: '2026-09-01',
    edition: '2026.2',
    targets: { relatie: 40, ambitie: 75 },
    actions: [
      { id: 'kennismaken', title: 'Kennismaken', factor: 'relatie', owner: 'gemeente', status: 'gedaan' },
      { id: 'ambitie-op-papier', title: 'Ambitie op papier', factor: 'ambitie', due: '2027-02-01', status: 'bezig' },
    ],
  };
}

const valid: Readonly<Record<DocumentKindName, () => Loose>> = {
  collaboration: validCollaboration,
  assessment: validAssessment,
  plan: validPlan,
  portfolio: validPortfolio,
};

/** 201 characters of four UTF-16 units each two: one code point over the bound of a name, in 402 units. */
const astral = (count: number): string => '😀'.repeat(count);

/** The keys of an object in the reverse of their order, so that the walk meets them in another order than zod. */
export function reversed(value: Loose): Loose {
  return Object.fromEntries(Object.entries(value).reverse());
}

export const breaks: Readonly<Record<DocumentKindName, readonly Break[]>> = {
  collaboration: [
    ['an id that is not a slug', (document) => (document.id = 'Kindcentra Zuid')],
    ['an id that is a number', (document) => (document.id = 7)],
    ['an id that is null', (document) => (document.id = null)],
    ['an id that is a list (zod measures its length)', (document) => (document.id = ['a'])],
    ['an id that is an object with a length', (document) => (document.id = { length: 500 })],
    ['a blank name', (document) => (document.name = '   ')],
    ['a name one character too long', (document) => (document.name = 'x'.repeat(201))],
    ['a name of 201 code points in 402 units', (document) => (document.name = astral(201))],
    ['a name too long and blank', (document) => (document.name = ' '.repeat(201))],
    ['another kind', (document) => (document.kind = 'collab')],
    ['format version 2', (document) => (document.schemaVersion = 2)],
    ['format version as text', (document) => (document.schemaVersion = '1')],
    ['a theme that is not in the catalogue', (document) => (document.themes = ['ikc', 'krimpp'])],
    ['a theme that is a number', (document) => (document.themes = [5, 'vve'])],
    ['a theme typo beside a repeat', (document) => (document.themes = ['ikc', 'ikc', 'krimpp'])],
    ['no theme at all', (document) => (document.themes = [])],
    ['a form that is not in the catalogue', (document) => (document.form = 'netwerkk')],
    ['a form that is a boolean', (document) => (document.form = true)],
    ['a start date that does not exist', (document) => (document.startDate = '2024-02-30')],
    ['a start date in another notation', (document) => (document.startDate = '1-2-2024')],
    ['a start date that is a number', (document) => (document.startDate = 20240101)],
    ['an end date before the start date', (document) => (document.endDate = '2001-01-01')],
    ['pupils not whole', (document) => (document.partners[1].pupils = 1.5)],
    ['pupils below zero', (document) => (document.partners[1].pupils = -1)],
    ['pupils beyond the safe integers', (document) => (document.partners[1].pupils = 1e20)],
    ['pupils below the safe integers', (document) => (document.partners[1].pupils = -1e20)],
    ['pupils as text', (document) => (document.partners[1].pupils = '12')],
    ['a partner type that is not in the catalogue', (document) => (document.partners[0].type = 'gemeentee')],
    [
      'a sector and a denomination not allowed',
      (document) => {
        document.partners[1].sector = 'xx';
        document.partners[1].denomination = 'x';
      },
    ],
    [
      'a partner broken in five fields, keys in reverse',
      (document) => {
        document.partners[1] = reversed({ id: 'A', name: '', type: '?', pupils: 'x', schools: -1 });
      },
    ],
    [
      'a missing partner name beside a leaf',
      (document) => {
        delete document.partners[0].name;
        document.partners[1].id = 'X';
      },
    ],
    [
      'an unknown key beside a leaf',
      (document) => {
        document.partners[1].naam = 'SKPO';
        document.partners[1].type = 'bestuur';
      },
    ],
    [
      'an involvement, a representative and a note',
      (document) => {
        document.stakeholders[0] = reversed({
          group: 'gemeenteraad',
          involvement: 'x',
          representedBy: 'Gemeente',
          note: ' ',
        });
      },
    ],
    [
      'an ambition with a blank statement and principle',
      (document) => {
        document.ambition.statement = ' ';
        document.ambition.principles = ['ok', ''];
      },
    ],
    [
      'a contribution below zero of an unknown type',
      (document) => {
        document.ambition.contributions[0] = reversed({ partner: 'gemeente', type: 'geld', amountEur: -1 });
      },
    ],
    ['an interest documented as text', (document) => (document.interests[0].documented = 'yes')],
    [
      'an agreement covering a topic not allowed, on a date that does not exist',
      (document) => {
        document.agreements[0].covers = ['rollen', 'geld'];
        document.agreements[0].date = '2006-13-01';
      },
    ],
    ['an event with a date that does not exist', (document) => (document.events[0].date = '2017-02-29')],
    ['an event of an unknown type', (document) => (document.events[1].type = 'announcement')],
    [
      'a factor of strength 4 that is not in the catalogue',
      (document) => {
        document.factors[0] = reversed({ factor: 'urgentie', strength: 4 });
      },
    ],
    [
      'a stage and a rating not allowed',
      (document) => {
        document.stage = 'x';
        document.rating = 5;
      },
    ],
    [
      'unknown keys in every part, met in another order than the walker checks them',
      (document) => {
        // The ambition and the events come before the partners and the root's own keys in this document.
        const { ambition, events, ...rest } = document;
        for (const key of Object.keys(document)) delete document[key];
        Object.assign(document, { ambition, events }, rest, { tema: 'x' });
        document.ambition.doel = 'x';
        document.ambition.contributions[0].bedrag = 1;
        document.events[2].wie = 'x';
        document.events[0].wat = 'x';
        document.partners[2].naam = 'x';
        document.partners[0].naam = 'x';
        document.partners[0].soort = 'x';
        document.stakeholders[1].rol = 'x';
        document.interests[0].gedeeld = true;
        document.agreements[0].onderwerp = 'x';
        document.factors[0].sterkte = 1;
      },
    ],
    [
      'an x- key beside a leaf',
      (document) => {
        document['x-more'] = { a: [1, 2] };
        document.rating = 'matig';
      },
    ],
  ],
  assessment: [
    ['a collaboration id that is not a slug', (document) => (document.collaboration = 'Spil')],
    ['a date that does not exist', (document) => (document.date = '2026-02-30')],
    ['a scale bound as text', (document) => (document.scale.min = 'one')],
    ['a scale bound not whole', (document) => (document.scale.max = 5.5)],
    [
      'a blank respondent and a partner that is a number',
      (document) => {
        document.responses[0] = reversed({ ...document.responses[0], respondent: '', partner: 5 });
      },
    ],
    ['an answer off the scale type', (document) => (document.responses[1].answers['ambitie.concreet'] = 'vier')],
    ['an answer for an unknown indicator', (document) => (document.responses[1].answers['ambitie.concret'] = 3)],
    ['a respondent group not in the catalogue', (document) => (document.responses[0].group = 'raad')],
    [
      'unknown keys in every part, the responses first',
      (document) => {
        const { responses, ...rest } = document;
        for (const key of Object.keys(document)) delete document[key];
        Object.assign(document, { responses }, rest, { datum: 'x' });
        document.responses[1].wie = 'x';
        document.responses[0].wie = 'x';
        document.scale.stap = 1;
      },
    ],
  ],
  plan: [
    ['a collaboration id that is not a slug', (document) => (document.collaboration = 'X')],
    ['a date in another notation', (document) => (document.date = '01-09-2026')],
    ['an edition that is not one', (document) => (document.edition = '2026')],
    ['a target for an unknown factor', (document) => (document.targets.relation = 40)],
    ['a target as text', (document) => (document.targets.relatie = 'veertig')],
    [
      'an action broken in four fields, keys in reverse',
      (document) => {
        document.actions[0] = reversed({
          ...document.actions[0],
          title: '',
          factor: 'relatiee',
          status: 'klaar',
          due: '2027-02-30',
        });
      },
    ],
    ['an action with a pitfall not in the catalogue', (document) => (document.actions[1].pitfall = 'valkuil')],
    [
      'unknown keys in the plan and its actions, the actions first',
      (document) => {
        const { actions, ...rest } = document;
        for (const key of Object.keys(document)) delete document[key];
        Object.assign(document, { actions }, rest, { doel: 'x' });
        document.actions[1].wie = 'x';
        document.actions[0].wie = 'x';
      },
    ],
  ],
  portfolio: [
    ['a blank name', (document) => (document.name = ' ')],
    ['a collaboration with an id that is not a slug', (document) => (document.collaborations[0].id = 'X')],
    [
      'a collaboration with a partner type not in the catalogue',
      (document) => {
        document.collaborations[0].partners[0].type = 'gemeentee';
      },
    ],
    ['an assessment on a date that does not exist', (document) => (document.assessments[0].date = '2026-02-30')],
    ['a format version 2', (document) => (document.schemaVersion = 2)],
  ],
};

function issuesOf(result: ParseResult<unknown>): unknown {
  return result.success ? 'valid' : result.error.issues;
}

/** Parses a broken document with the parse function and the reference pipeline, untrusted and as JSON data. */
export function expectSameIssues(kind: DocumentKindName, document: Loose, maxIssues: number): void {
  const { structure, walk } = references[kind];
  const reference = (input: unknown, trusted: boolean) =>
    safeParseWith(structure as never, walk, kind, input, trusted, null, maxIssues);
  const expected = issuesOf(reference(document, false));
  expect(expected).not.toBe('valid');
  expect(issuesOf(parseDocument(kind, document, false, maxIssues))).toEqual(expected);
  const text = JSON.stringify(document);
  expect(issuesOf(parseDocument(kind, JSON.parse(text), true, maxIssues))).toEqual(
    issuesOf(reference(JSON.parse(text), true)),
  );
}

export function broken(kind: DocumentKindName, chosen: readonly Break[]): Loose {
  const document = valid[kind]();
  for (const [, apply] of chosen) apply(document);
  return document;
}
