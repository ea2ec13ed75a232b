/**
 * The report's parts one by one: every kind of pitfall evidence in words, results that carry their kind (results as
 * documents), a score without an overall result or with its own settings, suppressed portfolio groups, a comparison
 * without a change, no fitting form, and an uncertain Fusietoets route.
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue/index.js';
import { parseAssessment, parseCollaboration, parsePortfolio } from '../../src/schema/index.js';
import {
  classifyFusietoets,
  compareAssessments,
  recommendForms,
  scoreBerenschot,
  summarisePortfolio,
} from '../../src/scoring/index.js';
import type { BerenschotScore, PitfallFinding } from '../../src/scoring/types.js';
import { toCsv, toHtml, toMarkdown } from '../../src/serialise/index.js';
import { caught } from '../support/caught.js';
import { validCollaboration } from '../support/documents.js';

const collaboration = parseCollaboration({ ...validCollaboration(), endDate: '2030-07-31' });
const message = { nl: 'bericht', en: 'message' };

/** A finding of every kind of evidence, so each is put into words once. */
const findings: PitfallFinding[] = [
  {
    pitfall: 'poolse-landdag',
    factor: 'belanghebbenden',
    source: 'collaboration',
    evidence: [{ kind: 'partner-count', partners: 14, maxForumSize: 12 }],
    message,
  },
  {
    pitfall: 'ambitie-te-algemeen',
    factor: 'ambitie',
    source: 'collaboration',
    evidence: [
      { kind: 'ambition', problem: 'missing' },
      { kind: 'ambition', problem: 'no-principles' },
    ],
    message,
  },
  {
    pitfall: 'belangen-onhelder',
    factor: 'belangen',
    source: 'collaboration',
    evidence: [{ kind: 'interest', index: 0, partner: 'skpo', documented: true, visibleToAll: true, shared: true }],
    message,
  },
  {
    pitfall: 'wisseling-sleutelspelers',
    factor: 'relatie',
    source: 'collaboration',
    evidence: [
      { kind: 'event', index: 0, type: 'turnover', date: '2025-06-01' },
      { kind: 'event', index: 1, type: 'execution-start', date: '2025-01-06' },
    ],
    message,
  },
  {
    pitfall: 'te-snel-aan-de-slag',
    factor: 'organisatie',
    source: 'collaboration',
    evidence: [{ kind: 'missing-agreement', covers: 'rollen' }],
    message,
  },
  {
    pitfall: 'sleutelspelers-niet-betrokken',
    factor: 'belanghebbenden',
    source: 'collaboration',
    evidence: [{ kind: 'stakeholder', index: 1, group: 'ouders', involvement: 'niet-betrokken' }],
    message,
  },
];

describe('pitfall evidence in words', () => {
  const english = toMarkdown({ collaboration, pitfalls: findings }, { locale: 'en' });

  it('says every kind of evidence without a document path', () => {
    expect(english).toContain('14 partners, more than 12, and no group is represented by a partner');
    expect(english).toContain('no ambition is recorded and the ambition names no principles');
    expect(english).toContain('the interest of SKPO: written down, visible and shared');
    expect(english).toContain('change of a key player on 1 June 2025 and start of the work on 6 January 2025');
    expect(english).toContain('no agreement covers the roles');
    expect(english).toContain('Parents: not involved');
    expect(english).not.toMatch(/\[\d+\]/);
  });

  it('gives the period of a collaboration that has an end date', () => {
    expect(english).toContain('- **Period:** 1 August 2005 to 31 July 2030');
  });

  it('orders the actions by the strategy when no pitfall shows in both sources and there is no score', () => {
    const actions = english.split('\n').filter((line) => /^\d\. \*\*Tackle/.test(line));
    expect(actions).toHaveLength(3);
    expect(actions[0]).toContain('Key players left out');
    expect(actions[1]).toContain('Poolse landdag');
  });
});

describe('results that carry their kind (results as documents)', () => {
  const assessment = parseAssessment({
    kind: 'assessment',
    schemaVersion: 1,
    collaboration: 'spil-eindhoven',
    date: '2026-03-15',
    responses: [
      { respondent: 'r1', answers: { 'relatie.klik': 2, 'relatie.continuiteit': 1, 'relatie.zichtbaarheid': 2 } },
    ],
  });
  const score = scoreBerenschot(assessment);

  it('reads each kind passed alone', () => {
    const stored = { ...score, kind: 'berenschot-score' } as BerenschotScore;
    expect(toMarkdown(stored)).toContain('## De zes factoren');
    const later = parseAssessment({ ...assessment, date: '2026-09-01' });
    const comparison = { ...compareAssessments(assessment, later), kind: 'assessment-comparison' };
    expect(toMarkdown(comparison as never)).toContain('## Vergelijking in de tijd');
  });

  it('says so when too little was answered for an overall score, and gives weights other than 1', () => {
    const partial = scoreBerenschot(assessment, { weights: { 'relatie.klik': 2 } });
    const markdown = toMarkdown(partial);
    expect(partial.overall.score).not.toBeNull();
    // One answer on one indicator: no factor reaches its coverage, so there is no overall score. (A score built by hand
    // with its overall taken out would not be a valid score, and the report refuses it.)
    const few = parseAssessment({ ...assessment, responses: [{ respondent: 'r1', answers: { 'relatie.klik': 2 } }] });
    const none = toMarkdown(scoreBerenschot(few));
    expect(scoreBerenschot(few).overall.score).toBeNull();
    expect(none).toContain('**Er is te weinig geantwoord voor een totaalscore.**');
    const klik = catalogue.indicators.find((entry) => entry.id === 'relatie.klik')?.label.nl;
    expect(markdown).toContain(`Afwijkende gewichten: ${klik} 2,00.`);
  });

  it('uses the settings a score records instead of saying the defaults were used', () => {
    // Computed with these settings, so that the score records them and its bands agree with them.
    const recorded = scoreBerenschot(assessment, {
      bands: { voldoende: 55, goed: 80 },
      minCoverage: 0.6,
      sequenceGap: 20,
      pitfallThreshold: 35,
      disagreementGap: 1.5,
    });
    const markdown = toMarkdown(recorded);
    expect(markdown).toContain('onvoldoende onder 55, voldoende vanaf 55, goed vanaf 80');
    expect(markdown).toContain('onder 35 scoort');
    expect(markdown).not.toContain('de standaardwaarden zijn gebruikt');
    expect(toMarkdown(score)).toContain('de standaardwaarden zijn gebruikt');
  });

  it('writes a portfolio summary only as CSV, with suppressed groups as empty cells', () => {
    // One collaboration with a full assessment, and groups of at least five: every count and distribution is hidden.
    const demo = (name: string): unknown =>
      JSON.parse(readFileSync(new URL(`../../examples/data/${name}`, import.meta.url), 'utf8'));
    const portfolio = parsePortfolio({
      kind: 'portfolio',
      schemaVersion: 1,
      name: 'p',
      collaborations: [demo('kindcentra-noord.collaboration.json')],
      assessments: [demo('kindcentra-noord.assessment.json')],
    });
    const summary = summarisePortfolio(portfolio, { minGroupSize: 5 });
    const rows = toCsv(summary).split('\r\n').slice(1, -1);
    expect(rows[0]).toBe('overall,totaal,,,,,,,,,true');
    expect(rows.slice(1)).toHaveLength(6);
    for (const row of rows.slice(1)) expect(row).toMatch(/^[a-z]+,[^,]+,,,,,,,,,true$/);
    expect(caught(() => toMarkdown(summary as never)).issues[0]?.code).toBe('invalid_argument');
  });
});

describe('other parts at their edges', () => {
  it('says when no form fits every need', () => {
    const forms = recommendForms({
      share: ['bestuur'],
      keepLegalEntity: true,
      keepIdentity: true,
      sectors: ['po', 'mbo'],
    });
    const markdown = toMarkdown({ ...forms, best: null } as never);
    expect(markdown).toContain('Geen vorm uit de catalogus voldoet aan alle wensen.');
  });

  it('names the other routes of an uncertain Fusietoets outcome', () => {
    const uncertain = classifyFusietoets({ kind: 'bestuurlijk', sector: 'po', schools: 10 }, '2026-03-15');
    expect(uncertain.uncertain).toBe(true);
    const markdown = toMarkdown({ fusietoets: uncertain }, { locale: 'en' });
    expect(markdown).toMatch(/Uncertain: the sources also allow .+\./);
  });

  it('writes a comparison without changes as dashes, and its CSV as empty cells', () => {
    // Two assessments with no factor scored: a comparison without a single change (built by the library, as the report
    // refuses a hand-built comparison that is not valid).
    const answered = { kind: 'assessment', schemaVersion: 1, collaboration: 'x' } as const;
    const one = { respondent: 'r1', answers: { 'ambitie.concreet': 2 } };
    const empty = compareAssessments(
      parseAssessment({ ...answered, date: '2025-01-01', responses: [one] }),
      parseAssessment({ ...answered, date: '2026-01-01', responses: [one] }),
    );
    expect(toMarkdown({ comparison: empty })).toContain('| Investeer in de relatie | – | – | – |');
    expect(toCsv(empty).split('\r\n')[4]).toBe('x,relatie,Investeer in de relatie,2025-01-01,2026-01-01,,,,,');
    expect(toHtml(empty)).toContain('<th scope="row">Investeer in de relatie</th>');
  });
});
