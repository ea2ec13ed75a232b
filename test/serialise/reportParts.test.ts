/**
 * The report's parts one by one: every kind of pitfall evidence in words, results that carry their kind (results as
 * documents), a score without an overall result or with its own settings, suppressed portfolio groups, a comparison
 * without a change, no fitting form, and an uncertain Fusietoets route.
 */
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue/index.js';
import { parseAssessment, parseCollaboration } from '../../src/schema/index.js';
import { classifyFusietoets, compareAssessments, recommendForms, scoreBerenschot } from '../../src/scoring/index.js';
import type { PortfolioSummary } from '../../src/scoring/summarisePortfolio.js';
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
    const none = toMarkdown({ ...partial, overall: { score: null, band: null, bottleneck: null } });
    expect(none).toContain('**Er is te weinig geantwoord voor een totaalscore.**');
    const klik = catalogue.indicators.find((entry) => entry.id === 'relatie.klik')?.label.nl;
    expect(markdown).toContain(`Afwijkende gewichten: ${klik} 2,00.`);
  });

  it('uses the settings a score records instead of saying the defaults were used', () => {
    const recorded = {
      ...score,
      options: {
        bands: { voldoende: 55, goed: 80 },
        minCoverage: 0.6,
        sequenceGap: 20,
        pitfallThreshold: 35,
        disagreementGap: 1.5,
      },
    } as BerenschotScore;
    const markdown = toMarkdown(recorded);
    expect(markdown).toContain('onvoldoende onder 55, voldoende vanaf 55, goed vanaf 80');
    expect(markdown).toContain('onder 35 scoort');
    expect(markdown).not.toContain('de standaardwaarden zijn gebruikt');
    expect(toMarkdown(score)).toContain('de standaardwaarden zijn gebruikt');
  });

  it('writes a portfolio summary only as CSV, with suppressed groups as empty cells', () => {
    const summary = {
      kind: 'portfolio-summary',
      name: 'p',
      minGroupSize: 5,
      themes: [],
      overall: { distribution: { suppressed: true }, text: message },
      factors: [{ factor: 'relatie', label: { nl: 'Relatie', en: 'Relationship' }, distribution: null, text: message }],
    } as unknown as PortfolioSummary;
    expect(toCsv(summary).split('\r\n').slice(1, 3)).toEqual([
      'overall,totaal,,,,,,,,,true',
      'relatie,Relatie,,,,,,,,,false',
    ]);
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
    const empty = {
      collaboration: 'x',
      before: { date: '2025-01-01', overall: null, band: null },
      after: { date: '2026-01-01', overall: null, band: null },
      bandChanges: [],
      overallChange: null,
      factors: [
        {
          factor: 'relatie',
          label: { nl: 'Relatie', en: 'Relationship' },
          before: null,
          after: null,
          change: null,
          bandBefore: null,
          bandAfter: null,
          text: message,
        },
      ],
      pitfallsAppeared: [],
      pitfallsResolved: [],
      summary: message,
    };
    expect(toMarkdown({ comparison: empty as never })).toContain('| Relatie | – | – | – |');
    expect(toCsv(empty as never).split('\r\n')[1]).toBe('x,relatie,Investeer in de relatie,2025-01-01,2026-01-01,,,,,');
    expect(toHtml(empty as never)).toContain('<th scope="row">Relatie</th>');
  });
});
