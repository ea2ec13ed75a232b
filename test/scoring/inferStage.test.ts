import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/internal/deepFreeze.js';
import type { AgreementTopic, Assessment, Collaboration } from '../../src/schema/types.js';
import { inferStage, type StageRule } from '../../src/scoring/inferStage.js';
import { scoreBerenschot } from '../../src/scoring/scoreBerenschot.js';

/**
 * A bare collaboration: two partners and nothing else. Only the three "missing section" rules vote, each ½ point for
 * stage 1 (standpunten-uitwisselen): points [0, 1.5, 0, 0, 0].
 */
const bare: Collaboration = {
  kind: 'collaboration',
  schemaVersion: 1,
  id: 'ikc-noord',
  name: 'IKC Noord',
  themes: ['ikc'],
  form: 'netwerk',
  partners: [
    { id: 'gemeente', name: 'Gemeente Noord', type: 'gemeente' },
    { id: 'bestuur', name: 'Stichting Noord', type: 'schoolbestuur' },
  ],
};

function pointsOf(collaboration: Collaboration, score?: Parameters<typeof inferStage>[1]): number[] {
  return inferStage(collaboration, score).scores.map((entry) => entry.points);
}

function reasonOf(collaboration: Collaboration, rule: StageRule, score?: Parameters<typeof inferStage>[1]) {
  const reasons = inferStage(collaboration, score).reasons.filter((reason) => reason.rule === rule);
  expect(reasons).toHaveLength(1);
  return reasons[0] as NonNullable<(typeof reasons)[number]>;
}

function rulesOf(collaboration: Collaboration): StageRule[] {
  return inferStage(collaboration).reasons.map((reason) => reason.rule);
}

/** An assessment of `ikc-noord` on a 0..100 scale, so every answer is its own indicator score. */
function assessment(answers: Assessment['responses'][number]['answers'], collaboration = 'ikc-noord'): Assessment {
  return {
    kind: 'assessment',
    schemaVersion: 1,
    collaboration,
    date: '2026-03-15',
    scale: { min: 0, max: 100 },
    responses: [{ respondent: 'r1', answers }],
  };
}

/** Relatie answered with one value on every indicator (0..100 scale), and nothing else. */
function relatieAnswers(value: number): Record<string, number> {
  const slugs = ['regelmatig-contact', 'bilateraal-informeel', 'zichtbaarheid', 'klik', 'continuiteit'];
  return Object.fromEntries(slugs.map((slug) => [`relatie.${slug}`, value]));
}

/** Relatie and communicatie answered with one value each on every indicator (0..100 scale). */
function scoreOf(relatie: number | null, communicatie: number | null) {
  const answers: Record<string, number> = {};
  if (relatie !== null) {
    for (const slug of ['regelmatig-contact', 'bilateraal-informeel', 'zichtbaarheid', 'klik', 'continuiteit']) {
      answers[`relatie.${slug}`] = relatie;
    }
  }
  if (communicatie !== null) {
    for (const slug of ['tijdig', 'afspraken', 'aanspreekpunten', 'respectvol']) {
      answers[`communicatie.${slug}`] = communicatie;
    }
  }
  return scoreBerenschot(assessment(answers as Assessment['responses'][number]['answers']));
}

describe('inferStage on a bare document', () => {
  it('gives ½ point to standpunten-uitwisselen for each missing section', () => {
    // ambition, interests and agreements missing: 3 × ½ on stage 1.
    expect(pointsOf(bare)).toStrictEqual([0, 1.5, 0, 0, 0]);
  });

  it('picks standpunten-uitwisselen with low confidence, as nothing recorded backs it', () => {
    const inference = inferStage(bare);
    expect(inference.stage).toBe('standpunten-uitwisselen');
    expect(inference.order).toBe(1);
    expect(inference.confidence).toBe('laag');
    expect(inference.referenceDate).toBeNull();
    expect(inference.selfPlaced).toBeNull();
  });

  it('names the missing sections as evidence', () => {
    expect(inferStage(bare).reasons.map((reason) => reason.evidence)).toStrictEqual([
      [{ kind: 'missing-section', section: 'ambition' }],
      [{ kind: 'missing-section', section: 'interests' }],
      [{ kind: 'missing-section', section: 'agreements' }],
    ]);
  });

  it('gives every stage its share of the points', () => {
    // 1.5 of 1.5 points on stage 1.
    expect(inferStage(bare).scores.map((entry) => entry.share)).toStrictEqual([0, 1, 0, 0, 0]);
  });

  it('prints a summary in both languages', () => {
    expect(inferStage(bare).summary).toStrictEqual({
      nl: "Meest waarschijnlijk stadium: 'Standpunten uitwisselen' (1,5 van 1,5 punten, zekerheid laag).",
      en: "Most likely stage: 'Exchanging positions' (1.5 of 1.5 points, confidence low).",
    });
  });
});

describe('the self-placement rule', () => {
  it('gives the document’s own stage 3 points', () => {
    expect(pointsOf({ ...bare, stage: 'volwassen-partnerschap' })).toStrictEqual([0, 1.5, 0, 0, 3]);
  });

  it('wins over the missing sections with medium confidence, as nothing else backs it', () => {
    // share 3 / 4.5 = 0.67 and margin 1.5 / 4.5 = 0.33 would be high, but only 1 reason backs stage 4.
    const inference = inferStage({ ...bare, stage: 'volwassen-partnerschap' });
    expect(inference.stage).toBe('volwassen-partnerschap');
    expect(inference.confidence).toBe('middel');
    expect(inference.selfPlaced).toBe('volwassen-partnerschap');
  });

  it('can be outvoted by the document', () => {
    // Self 3 on stage 4. Stage 1: ambition without principles 1, interests none shared 1, agreements money only 1,
    // and a duration of 2 months (2025-01-01 to 2025-03-01, under 24) 1 = 4.
    const collaboration: Collaboration = {
      ...bare,
      stage: 'volwassen-partnerschap',
      startDate: '2025-01-01',
      ambition: { statement: 'Samen sterk.' },
      interests: [
        { partner: 'gemeente', statement: 'Minder leegstand.', documented: true, visibleToAll: true, shared: false },
      ],
      agreements: [{ subject: 'Budget', date: '2025-03-01', covers: ['middelen'] }],
    };
    expect(pointsOf(collaboration)).toStrictEqual([0, 4, 0, 0, 3]);
    expect(inferStage(collaboration).stage).toBe('standpunten-uitwisselen');
    expect(inferStage(collaboration).summary.en).toContain("The partners place themselves in 'Mature partnership'.");
  });
});

describe('the ambition rule', () => {
  it('points to stage 1 for an ambition without principles', () => {
    const reason = reasonOf({ ...bare, ambition: { statement: 'Samen sterk.', principles: [] } }, 'ambition');
    expect([reason.stage, reason.points]).toStrictEqual(['standpunten-uitwisselen', 1]);
    expect(reason.evidence).toStrictEqual([{ kind: 'ambition-content', principles: 0, partners: 2, contributors: 0 }]);
  });

  it('points to stage 2 when not every partner contributes', () => {
    const collaboration: Collaboration = {
      ...bare,
      ambition: {
        statement: 'Samen sterk.',
        principles: ['Het kind centraal.'],
        contributions: [
          { partner: 'gemeente', type: 'financieel' },
          { partner: 'gemeente', type: 'personeel' },
        ],
      },
    };
    const reason = reasonOf(collaboration, 'ambition');
    expect([reason.order, reason.points]).toStrictEqual([2, 1]);
    // Two contributions, one contributor.
    expect(reason.evidence).toStrictEqual([{ kind: 'ambition-content', principles: 1, partners: 2, contributors: 1 }]);
    expect(reason.message.en).toContain('only 1 of the 2 partners');
  });

  it('points to stage 3 when every partner contributes', () => {
    const collaboration: Collaboration = {
      ...bare,
      ambition: {
        statement: 'Samen sterk.',
        principles: ['Het kind centraal.'],
        contributions: [
          { partner: 'gemeente', type: 'financieel' },
          { partner: 'bestuur', type: 'personeel' },
        ],
      },
    };
    expect(reasonOf(collaboration, 'ambition').order).toBe(3);
  });
});

describe('the interests rule', () => {
  const interest = (partner: string, documented: boolean, visibleToAll: boolean, shared: boolean) => ({
    partner,
    statement: 'Een belang.',
    documented,
    visibleToAll,
    shared,
  });

  it('points to stage 0 when an interest is hidden from some partners', () => {
    const reason = reasonOf(
      { ...bare, interests: [interest('gemeente', true, true, true), interest('bestuur', true, false, true)] },
      'interests',
    );
    expect([reason.order, reason.points]).toStrictEqual([0, 1]);
    expect(reason.evidence).toStrictEqual([
      { kind: 'interests', interests: 2, hidden: 1, undocumented: 0, shared: 2, partners: 2, partnersWithInterest: 2 },
    ]);
  });

  it('points to stage 1 when every interest is visible but none is shared', () => {
    const collaboration = {
      ...bare,
      interests: [interest('gemeente', true, true, false), interest('bestuur', true, true, false)],
    };
    expect(reasonOf(collaboration, 'interests').order).toBe(1);
  });

  it('points to stage 2 when one is shared but a partner has none', () => {
    const reason = reasonOf({ ...bare, interests: [interest('gemeente', true, true, true)] }, 'interests');
    expect(reason.order).toBe(2);
    expect(reason.message.en).toContain('1 partner without an interest');
  });

  it('points to stage 2 when one is shared but another is not written down', () => {
    const reason = reasonOf(
      { ...bare, interests: [interest('gemeente', true, true, true), interest('bestuur', false, true, false)] },
      'interests',
    );
    expect(reason.order).toBe(2);
    expect(reason.message.nl).toContain('1 belang niet op papier');
  });

  it('points to stage 3 when the picture is complete and fewer than half are shared', () => {
    // 1 shared of 3: 2 × 1 < 3.
    const collaboration = {
      ...bare,
      interests: [
        interest('gemeente', true, true, true),
        interest('bestuur', true, true, false),
        interest('bestuur', true, true, false),
      ],
    };
    expect(reasonOf(collaboration, 'interests').order).toBe(3);
  });

  it('points to stage 4 when exactly half are shared', () => {
    // 1 shared of 2: 2 × 1 = 2, not below 2.
    const collaboration = {
      ...bare,
      interests: [interest('gemeente', true, true, true), interest('bestuur', true, true, false)],
    };
    expect(reasonOf(collaboration, 'interests').order).toBe(4);
  });
});

describe('the agreements rule', () => {
  const agreements = (...covers: AgreementTopic[][]) =>
    covers.map((topics, index) => ({
      subject: `Afspraak ${index + 1}`,
      date: `2025-0${index + 1}-01`,
      covers: topics,
    }));

  it('points to stage 1 for agreements on money only', () => {
    const reason = reasonOf({ ...bare, agreements: agreements(['middelen'], ['middelen']) }, 'agreements');
    expect([reason.order, reason.points]).toStrictEqual([1, 1]);
    expect(reason.evidence).toStrictEqual([
      { kind: 'agreement-topics', index: 0, date: '2025-01-01', covers: ['middelen'] },
      { kind: 'agreement-topics', index: 1, date: '2025-02-01', covers: ['middelen'] },
    ]);
  });

  it('points to stage 2 for agreements on neither roles nor structure', () => {
    expect(reasonOf({ ...bare, agreements: agreements(['middelen', 'processen']) }, 'agreements').order).toBe(2);
    expect(reasonOf({ ...bare, agreements: agreements([]) }, 'agreements').order).toBe(2);
  });

  it('points to stage 3 for roles or structure alone', () => {
    const roles = reasonOf({ ...bare, agreements: agreements(['rollen']) }, 'agreements');
    const structure = reasonOf({ ...bare, agreements: agreements(['structuur', 'middelen']) }, 'agreements');
    expect([roles.order, structure.order]).toStrictEqual([3, 3]);
    expect(roles.message.en).toContain('The roles are agreed');
    expect(structure.message.en).toContain('The structure is agreed');
  });

  it('points to stage 4 for roles and structure, also across agreements', () => {
    expect(reasonOf({ ...bare, agreements: agreements(['rollen'], ['structuur']) }, 'agreements').order).toBe(4);
  });
});

describe('the event rules', () => {
  // The reference date is the latest date in the document: 2026-06-01, from the anchoring agreement.
  const anchor: Collaboration['agreements'] = [{ subject: 'Evaluatie', date: '2026-06-01', covers: ['communicatie'] }];
  const withEvents = (events: NonNullable<Collaboration['events']>): Collaboration => ({
    ...bare,
    agreements: anchor,
    events,
  });

  it('points to stage 0 for an announcement without informing the partners, 24 months back at most', () => {
    const collaboration = withEvents([
      { type: 'public-announcement', date: '2024-06-01', partnersInformedFirst: false, partner: 'gemeente' },
    ]);
    const reason = reasonOf(collaboration, 'announcements');
    expect([reason.order, reason.points]).toStrictEqual([0, 1]);
    expect(reason.evidence).toStrictEqual([
      { kind: 'event', index: 0, type: 'public-announcement', date: '2024-06-01', partner: 'gemeente' },
    ]);
  });

  it('ignores an announcement more than 24 months before the reference date', () => {
    const collaboration = withEvents([
      { type: 'public-announcement', date: '2024-05-31', partnersInformedFirst: false },
    ]);
    expect(rulesOf(collaboration)).not.toContain('announcements');
  });

  it('points to stage 3 when the partners were informed first', () => {
    const collaboration = withEvents([
      { type: 'public-announcement', date: '2026-01-01', partnersInformedFirst: true },
    ]);
    expect(reasonOf(collaboration, 'announcements').order).toBe(3);
  });

  it('lets one uninformed announcement outweigh informed ones', () => {
    const collaboration = withEvents([
      { type: 'public-announcement', date: '2026-01-01', partnersInformedFirst: true },
      { type: 'public-announcement', date: '2025-01-01', partnersInformedFirst: false },
    ]);
    const reason = reasonOf(collaboration, 'announcements');
    expect(reason.order).toBe(0);
    expect(reason.evidence.map((item) => (item.kind === 'event' ? item.index : -1))).toStrictEqual([1]);
  });

  it('points to stage 2 for a turnover in the 12 months up to the reference date', () => {
    const collaboration = withEvents([
      { type: 'turnover', date: '2025-06-01', partner: 'gemeente', role: 'wethouder' },
    ]);
    const reason = reasonOf(collaboration, 'turnover');
    expect([reason.order, reason.points]).toStrictEqual([2, 1]);
    expect(reason.evidence).toStrictEqual([
      { kind: 'event', index: 0, type: 'turnover', date: '2025-06-01', partner: 'gemeente', role: 'wethouder' },
    ]);
  });

  it('ignores a turnover more than 12 months back', () => {
    expect(rulesOf(withEvents([{ type: 'turnover', date: '2025-05-31' }]))).not.toContain('turnover');
  });

  it('points to stage 2 for an execution start before the first agreement on roles', () => {
    const collaboration: Collaboration = {
      ...bare,
      agreements: [
        { subject: 'Rollen', date: '2026-06-01', covers: ['rollen'] },
        { subject: 'Rollen herzien', date: '2026-07-01', covers: ['rollen'] },
      ],
      events: [{ type: 'execution-start', date: '2026-05-01' }],
    };
    const reason = reasonOf(collaboration, 'execution-start');
    expect([reason.order, reason.points]).toStrictEqual([2, 1]);
    expect(reason.message.en).toContain('before the first agreement on roles (2026-06-01)');
  });

  it('points to stage 2 for an execution start without any agreement on roles', () => {
    const reason = reasonOf(withEvents([{ type: 'execution-start', date: '2026-05-01' }]), 'execution-start');
    expect(reason.message.en).toContain('without an agreement on roles');
  });

  it('ignores an execution start after the roles were agreed, or long ago', () => {
    const planned: Collaboration = {
      ...bare,
      agreements: [{ subject: 'Rollen', date: '2026-01-01', covers: ['rollen'] }],
      events: [{ type: 'execution-start', date: '2026-01-01' }],
    };
    expect(rulesOf(planned)).not.toContain('execution-start');
    expect(rulesOf(withEvents([{ type: 'execution-start', date: '2024-05-31' }]))).not.toContain('execution-start');
  });
});

describe('the duration rule', () => {
  const lasting = (startDate: string, until: string): Collaboration => ({
    ...bare,
    startDate,
    agreements: [{ subject: 'Evaluatie', date: until, covers: ['communicatie'] }],
  });

  it.each([
    ['2024-01-15', '2026-01-14', 23, 1],
    ['2024-01-15', '2026-01-15', 24, 2],
    ['2021-01-15', '2026-01-14', 59, 2],
    ['2021-01-15', '2026-01-15', 60, 3],
    ['2016-01-15', '2026-01-14', 119, 3],
    ['2016-01-15', '2026-01-15', 120, 4],
  ])('counts %s to %s as %i months, pointing to stage %i', (start, until, months, order) => {
    const reason = reasonOf(lasting(start, until), 'duration');
    expect(reason.order).toBe(order);
    expect(reason.evidence).toStrictEqual([{ kind: 'duration', startDate: start, until, months }]);
  });

  it('counts to the end date when the collaboration has ended', () => {
    // 2010-01-01 to 2012-01-01 is 24 months, although the latest date is in 2020.
    const collaboration: Collaboration = { ...lasting('2010-01-01', '2020-01-01'), endDate: '2012-01-01' };
    const reason = reasonOf(collaboration, 'duration');
    expect(reason.evidence).toStrictEqual([
      { kind: 'duration', startDate: '2010-01-01', until: '2012-01-01', months: 24 },
    ]);
    expect(reason.message.en).toContain('ran for 2 years and 0 months');
  });

  it('does not vote without a start date, or without a date after it', () => {
    expect(rulesOf({ ...bare, agreements: [{ subject: 'A', date: '2026-01-01', covers: [] }] })).not.toContain(
      'duration',
    );
    expect(rulesOf({ ...bare, startDate: '2026-01-01' })).not.toContain('duration');
  });

  it('writes months only for a duration under a year', () => {
    expect(reasonOf(lasting('2026-01-01', '2026-06-01'), 'duration').message.nl).toContain('loopt 5 maanden');
  });
});

describe('the factors rule', () => {
  it('gives each stage the strongest observed factor pointing there, divided by 3', () => {
    const collaboration: Collaboration = {
      ...bare,
      factors: [
        { factor: 'concurrentiedenken', strength: 3 },
        { factor: 'informeel-contact', strength: 1 },
        { factor: 'snel-contact', strength: 2 },
        { factor: 'wet-en-regelgeving', strength: 3 },
        { factor: 'gelijkwaardigheid', strength: 0 },
      ],
    };
    // Stage 0: concurrentiedenken 3 / 3 = 1. Stage 3: max(1, 2) / 3 = 0.667. wet-en-regelgeving says nothing about
    // the relationship, and strength 0 means not present.
    const reasons = inferStage(collaboration).reasons.filter((reason) => reason.rule === 'factors');
    expect(reasons.map((reason) => [reason.order, reason.points])).toStrictEqual([
      [0, 1],
      [3, 2 / 3],
    ]);
    expect(reasons[1]?.evidence).toStrictEqual([
      { kind: 'factor', factor: 'informeel-contact', strength: 1 },
      { kind: 'factor', factor: 'snel-contact', strength: 2 },
    ]);
    expect(pointsOf(collaboration)).toStrictEqual([1, 1.5, 0, 2 / 3, 0]);
  });
});

describe('the score rules', () => {
  it.each([
    [0, 0],
    [19, 0],
    [20, 1],
    [50, 2],
    [60, 3],
    [79, 3],
    [80, 4],
    [100, 4],
  ])('maps a relatie score of %i to stage %i', (value, order) => {
    const reason = reasonOf(bare, 'relatie-score', scoreOf(value, null));
    expect([reason.order, reason.points]).toStrictEqual([order, 1]);
    expect(reason.evidence).toStrictEqual([{ kind: 'factor-score', factor: 'relatie', score: value }]);
  });

  it('reads the communicatie score the same way', () => {
    expect(reasonOf(bare, 'communicatie-score', scoreOf(null, 45)).order).toBe(2);
  });

  it('maps the overall band: onvoldoende 1, voldoende 2, goed 3', () => {
    // The overall score is the mean of relatie and communicatie.
    expect(reasonOf(bare, 'overall-band', scoreOf(40, 40)).order).toBe(1);
    expect(reasonOf(bare, 'overall-band', scoreOf(60, 60)).order).toBe(2);
    const goed = reasonOf(bare, 'overall-band', scoreOf(80, 90));
    expect(goed.order).toBe(3);
    expect(goed.evidence).toStrictEqual([{ kind: 'overall-band', band: 'goed', score: 85 }]);
  });

  it('skips a factor without a score, and the band when nothing scored', () => {
    const score = scoreBerenschot(assessment({ 'ambitie.concreet': 50 }));
    expect(inferStage(bare, score).reasons.map((reason) => reason.rule)).toStrictEqual([
      'ambition',
      'interests',
      'agreements',
    ]);
  });

  it('adds all three votes to the document’s', () => {
    // relatie 100 → 4, communicatie 100 → 4, overall 100 goed → 3; the bare document gives 1.5 to stage 1.
    expect(pointsOf(bare, scoreOf(100, 100))).toStrictEqual([0, 1.5, 0, 1, 2]);
  });

  it('refuses a score of another collaboration', () => {
    const score = scoreBerenschot(assessment({ 'relatie.klik': 50 }, 'elders'));
    expect(() => inferStage(bare, score)).toThrowError(
      expect.objectContaining({
        issues: [expect.objectContaining({ code: 'invalid_option', path: ['score', 'collaboration'] })],
      }),
    );
  });
});

describe('choosing the stage and the confidence', () => {
  it('breaks a tie toward the lowest stage', () => {
    // Ambition with principles and one contributor → 1 on stage 2; interests and agreements missing → 1 on stage 1.
    const collaboration: Collaboration = {
      ...bare,
      ambition: { statement: 'S.', principles: ['P.'], contributions: [{ partner: 'gemeente', type: 'overig' }] },
    };
    expect(pointsOf(collaboration)).toStrictEqual([0, 1, 1, 0, 0]);
    const inference = inferStage(collaboration);
    expect(inference.stage).toBe('standpunten-uitwisselen');
    // margin 0 < 0.1.
    expect(inference.confidence).toBe('laag');
  });

  it('sees a tie of thirds as a tie, whatever order the points are added in', () => {
    // Stage 3: ambition (every partner contributes) 1 + agreement on rollen 1 + elkaar-kennen-en-gunnen at 1 ⇒ 1 + 1 + ⅓.
    // Stage 2: ervaren-urgentie at 1 ⇒ ⅓, then relatie 50 and overall voldoende 1 + 1. In doubles 1 + 1 + ⅓ comes out
    // above ⅓ + 1 + 1; counted exactly the two tie, and the tie goes to the lower stage.
    const collaboration: Collaboration = {
      ...bare,
      ambition: {
        statement: 'S.',
        principles: ['P.'],
        contributions: [
          { partner: 'gemeente', type: 'overig' },
          { partner: 'bestuur', type: 'overig' },
        ],
      },
      interests: [
        { partner: 'gemeente', statement: 'B.', documented: true, visibleToAll: false, shared: false },
        { partner: 'bestuur', statement: 'C.', documented: true, visibleToAll: true, shared: false },
      ],
      agreements: [{ subject: 'Rollen', date: '2025-01-01', covers: ['rollen'] }],
      factors: [
        { factor: 'elkaar-kennen-en-gunnen', strength: 1 },
        { factor: 'ervaren-urgentie', strength: 1 },
      ],
    };
    const inference = inferStage(collaboration, scoreBerenschot(assessment(relatieAnswers(50))));
    expect(inference.scores[2]?.points).toBe(inference.scores[3]?.points);
    expect(inference.stage).toBe('noodzakelijke-samenwerking');
  });

  it('breaks a tie toward the self-placed stage when it is among the tied', () => {
    // Stage 1: ambition without principles, interests none shared, agreements money only = 3; self 3 on stage 4.
    const collaboration: Collaboration = {
      ...bare,
      stage: 'volwassen-partnerschap',
      ambition: { statement: 'S.' },
      interests: [{ partner: 'gemeente', statement: 'B.', documented: true, visibleToAll: true, shared: false }],
      agreements: [{ subject: 'Geld', date: '2025-01-01', covers: ['middelen'] }],
    };
    expect(pointsOf(collaboration)).toStrictEqual([0, 3, 0, 0, 3]);
    expect(inferStage(collaboration).stage).toBe('volwassen-partnerschap');
  });

  it('is highly confident with a clear majority backed by three recorded reasons', () => {
    // Self 3 + duration 65 months (2019-08-01 to 2025-01-15) 1 + elkaar-kennen-en-gunnen 3 / 3 = 5 on stage 3;
    // agreements on rollen and structuur 1 on stage 4; ambition and interests missing 2 × ½ on stage 1.
    // Total 7: share 5 / 7 = 0.71, margin (5 − 1) / 7 = 0.57, support 3 (self, duration, factors).
    const collaboration: Collaboration = {
      ...bare,
      startDate: '2019-08-01',
      agreements: [{ subject: 'Convenant', date: '2025-01-15', covers: ['rollen', 'structuur'] }],
      factors: [{ factor: 'elkaar-kennen-en-gunnen', strength: 3 }],
      stage: 'aangename-samenwerking',
    };
    expect(pointsOf(collaboration)).toStrictEqual([0, 1, 0, 5, 1]);
    const inference = inferStage(collaboration);
    expect(inference.confidence).toBe('hoog');
    expect(inference.summary.nl).toContain('Dat is ook het stadium waarin de partners zichzelf plaatsen.');
  });

  it('is unsure when the winner holds less than 0.35 of the points', () => {
    // The reference date is 2026-01-01 (the agreement), so the turnover of 2025-12-01 counts.
    const collaboration: Collaboration = {
      ...bare,
      ambition: { statement: 'S.' }, // 1 on stage 1
      interests: [{ partner: 'gemeente', statement: 'B.', documented: true, visibleToAll: false, shared: true }], // 1 on stage 0
      agreements: [{ subject: 'A', date: '2026-01-01', covers: ['rollen'] }], // 1 on stage 3
      factors: [
        { factor: 'ervaren-urgentie', strength: 3 }, // 1 on stage 2
        { factor: 'gelijkwaardigheid', strength: 3 }, // 1 on stage 4
      ],
      events: [{ type: 'turnover', date: '2025-12-01' }], // 1 on stage 2
    };
    expect(pointsOf(collaboration)).toStrictEqual([1, 1, 2, 1, 1]);
    // share 2 / 6 = 0.33 < 0.35.
    expect(inferStage(collaboration).confidence).toBe('laag');
  });

  it('is moderately confident in between', () => {
    // Stage 2: ervaren-urgentie 1 + turnover 1 = 2; stage 1: 1.5 from the missing sections. Total 3.5: share 0.57,
    // margin 0.14, support 2.
    const collaboration: Collaboration = {
      ...bare,
      factors: [{ factor: 'ervaren-urgentie', strength: 3 }],
      events: [{ type: 'turnover', date: '2025-12-01' }],
    };
    expect(pointsOf(collaboration)).toStrictEqual([0, 1.5, 2, 0, 0]);
    expect(inferStage(collaboration).confidence).toBe('middel');
  });
});

describe('inferStage as a pure function', () => {
  it('leaves a frozen document and score untouched', () => {
    const collaboration = deepFreeze(
      structuredClone({ ...bare, factors: [{ factor: 'snel-contact', strength: 2 }] }),
    ) as Collaboration;
    const score = deepFreeze(scoreOf(70, 30));
    expect(() => inferStage(collaboration, score)).not.toThrow();
  });

  it('copies the stage labels, so changing a result cannot change the catalogue', () => {
    const first = inferStage(bare);
    (first.label as { nl: string }).nl = 'veranderd';
    expect(inferStage(bare).label.nl).toBe('Standpunten uitwisselen');
  });
});
