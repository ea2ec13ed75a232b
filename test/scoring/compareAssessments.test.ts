import { afterEach, describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/internal/deepFreeze.js';
import type { Answers, Assessment } from '../../src/schema/types.js';
import { compareAssessments } from '../../src/scoring/compareAssessments.js';
import { scoreBerenschot } from '../../src/scoring/scoreBerenschot.js';

/** An assessment on a 0..100 scale, so every answer is its own indicator score. */
function assessment(date: string, answers: Answers, collaboration = 'ikc-noord'): Assessment {
  return {
    kind: 'assessment',
    schemaVersion: 1,
    collaboration,
    date,
    scale: { min: 0, max: 100 },
    responses: [{ respondent: 'r1', answers }],
  };
}

const ambitie = (value: number): Answers => ({
  'ambitie.concreet': value,
  'ambitie.uitgangspunten': value,
  'ambitie.bijdragen': value,
  'ambitie.urgentie': value,
});

/**
 * Before: ambitie 80 (goed); relatie (zichtbaarheid 40, klik 20, continuiteit 60) = 120 / 3 = 40 (onvoldoende);
 * overall (80 + 40) / 2 = 60 (voldoende). Pitfalls: geen-klik (klik 20 < 40) and belangen-onhelder (eigen-benoemd 0).
 */
const before = assessment('2025-03-15', {
  ...ambitie(80),
  'relatie.zichtbaarheid': 40,
  'relatie.klik': 20,
  'relatie.continuiteit': 60,
  'belangen.eigen-benoemd': 0,
});

/**
 * After: ambitie 70 (voldoende); relatie 60, 60, 60 = 60 (voldoende); overall (70 + 60) / 2 = 65 (voldoende).
 * Pitfalls: belangen-onhelder (still 0) and eerst-in-de-krant (communicatie.tijdig 10, unanswered before).
 */
const after = assessment('2026-03-15', {
  ...ambitie(70),
  'relatie.zichtbaarheid': 60,
  'relatie.klik': 60,
  'relatie.continuiteit': 60,
  'belangen.eigen-benoemd': 0,
  'communicatie.tijdig': 10,
});

function issuesOf(run: () => unknown): [string, unknown[]][] {
  try {
    run();
  } catch (error) {
    return (error as { issues: { code: string; path: unknown[] }[] }).issues.map((issue) => [issue.code, issue.path]);
  }
  return [];
}

describe('compareAssessments per factor', () => {
  const comparison = compareAssessments(before, after);

  it('gives after − before per factor, null where either side has no score', () => {
    expect(comparison.factors.map((entry) => [entry.factor, entry.before, entry.after, entry.change])).toStrictEqual([
      ['belanghebbenden', null, null, null],
      ['ambitie', 80, 70, -10],
      ['belangen', null, null, null],
      ['relatie', 40, 60, 20],
      ['organisatie', null, null, null],
      ['communicatie', null, null, null],
    ]);
  });

  it('gives the overall change', () => {
    // 65 − 60.
    expect([comparison.before.overall, comparison.after.overall, comparison.overallChange]).toStrictEqual([60, 65, 5]);
  });

  it('lists the bands that changed, with their direction', () => {
    expect(comparison.bandChanges).toStrictEqual([
      { subject: 'ambitie', before: 'goed', after: 'voldoende', direction: 'down' },
      { subject: 'relatie', before: 'onvoldoende', after: 'voldoende', direction: 'up' },
    ]);
    expect(comparison.factors[3]).toMatchObject({ bandBefore: 'onvoldoende', bandAfter: 'voldoende' });
  });

  it('prints each change', () => {
    expect(comparison.factors[3]?.text.nl).toBe('Relatie: van 40 naar 60 (+20).');
    expect(comparison.factors[1]?.text.en).toBe('Ambition: from 80 to 70 (−10).');
    expect(comparison.factors[0]?.text.en).toBe('Stakeholders: no score, before or after.');
  });
});

describe('compareAssessments on pitfalls', () => {
  const comparison = compareAssessments(before, after);

  it('lists the pitfalls that appeared, with the signal score on both sides', () => {
    expect(comparison.pitfallsAppeared).toStrictEqual([
      {
        pitfall: 'eerst-in-de-krant',
        factor: 'communicatie',
        indicator: 'communicatie.tijdig',
        label: expect.objectContaining({ nl: expect.any(String), en: expect.any(String) }),
        before: null,
        after: 10,
      },
    ]);
  });

  it('lists the pitfalls that were resolved', () => {
    expect(
      comparison.pitfallsResolved.map((entry) => [entry.pitfall, entry.indicator, entry.before, entry.after]),
    ).toStrictEqual([['geen-klik', 'relatie.klik', 20, 60]]);
  });

  it('lists the pitfalls that remain', () => {
    expect(comparison.pitfallsRemaining).toStrictEqual(['belangen-onhelder']);
  });

  it('marks a pitfall whose indicator nobody answered the second time as resolved with no score after', () => {
    const unanswered = assessment('2026-03-15', ambitie(70));
    const resolved = compareAssessments(before, unanswered).pitfallsResolved;
    expect(resolved.map((entry) => [entry.pitfall, entry.before, entry.after])).toStrictEqual([
      ['belangen-onhelder', 0, null],
      ['geen-klik', 20, null],
    ]);
  });
});

describe('compareAssessments on dates and school years', () => {
  it('gives both school years and the days between', () => {
    const comparison = compareAssessments(before, after);
    expect([comparison.before.schoolYear, comparison.after.schoolYear]).toStrictEqual(['2024-2025', '2025-2026']);
    expect(comparison.sameSchoolYear).toBe(false);
    expect(comparison.days).toBe(365);
  });

  it.each([
    ['2024-02-28', '2024-03-01', 2, true],
    ['2023-02-28', '2023-03-01', 1, true],
    ['2025-07-31', '2025-08-01', 1, false],
    ['2025-08-01', '2025-08-01', 0, true],
    ['1999-12-31', '2000-03-01', 61, true],
  ])('counts %s to %s as %i days (same school year: %s)', (first, second, days, same) => {
    const comparison = compareAssessments(
      assessment(first, { 'relatie.klik': 50 }),
      assessment(second, { 'relatie.klik': 50 }),
    );
    expect([comparison.days, comparison.sameSchoolYear]).toStrictEqual([days, same]);
  });

  it('prints a summary', () => {
    expect(compareAssessments(before, after).summary).toStrictEqual({
      nl: 'Van 2025-03-15 (schooljaar 2024-2025) naar 2026-03-15 (schooljaar 2025-2026): totaalscore +5; 1 valkuil erbij, 1 valkuil opgelost; 2 banden veranderd.',
      en: 'From 2025-03-15 (school year 2024-2025) to 2026-03-15 (school year 2025-2026): overall score +5; 1 new pitfall, 1 pitfall resolved; 2 bands changed.',
    });
  });
});

describe('compareAssessments with scores missing on one side', () => {
  const relatieOnly = (date: string) =>
    assessment(date, { 'relatie.zichtbaarheid': 40, 'relatie.klik': 40, 'relatie.continuiteit': 40 });
  const ambitieOnly = (date: string) => assessment(date, ambitie(80));

  it('marks a factor that lost its score as unscored, and one that gained a score as scored', () => {
    const comparison = compareAssessments(relatieOnly('2025-01-01'), ambitieOnly('2025-06-01'));
    expect(comparison.bandChanges).toStrictEqual([
      { subject: 'ambitie', before: null, after: 'goed', direction: 'scored' },
      { subject: 'relatie', before: 'onvoldoende', after: null, direction: 'unscored' },
      { subject: 'overall', before: 'onvoldoende', after: 'goed', direction: 'up' },
    ]);
    expect(comparison.factors[3]?.change).toBeNull();
    expect(comparison.factors[3]?.text.nl).toBe('Relatie: eerst 40, nu geen score.');
    expect(comparison.factors[1]?.text.en).toBe('Ambition: no score before, now 80.');
  });

  it('gives no overall change when a side has no overall score', () => {
    // A single answer leaves every factor below its minimum coverage.
    const comparison = compareAssessments(assessment('2025-01-01', { 'relatie.klik': 50 }), relatieOnly('2025-06-01'));
    expect(comparison.overallChange).toBeNull();
    expect(comparison.bandChanges.at(-1)).toStrictEqual({
      subject: 'overall',
      before: null,
      after: 'onvoldoende',
      direction: 'scored',
    });
    expect(comparison.summary.en).toContain('overall score not comparable');
  });
});

describe('compareAssessments with scores', () => {
  it('gives the same result for scores as for the assessments they come from', () => {
    const expected = compareAssessments(before, after);
    expect(compareAssessments(scoreBerenschot(before), scoreBerenschot(after))).toStrictEqual(expected);
    expect(compareAssessments(before, scoreBerenschot(after))).toStrictEqual(expected);
  });

  it('scores assessments with the scoring options', () => {
    // With a pitfall threshold of 10, klik 20 is no pitfall before, so nothing is resolved.
    const comparison = compareAssessments(before, after, { scoring: { pitfallThreshold: 10 } });
    expect(comparison.pitfallsResolved).toStrictEqual([]);
    // With voldoende from 30, relatie 40 was already voldoende.
    const banded = compareAssessments(before, after, { scoring: { bands: { voldoende: 30 } } });
    expect(banded.bandChanges.map((change) => change.subject)).toStrictEqual(['ambitie']);
  });
});

describe('compareAssessments refuses what it cannot compare', () => {
  it('refuses assessments of different collaborations', () => {
    const other = assessment('2026-03-15', ambitie(50), 'elders');
    expect(issuesOf(() => compareAssessments(before, other))).toStrictEqual([
      ['invalid_option', ['after', 'collaboration']],
    ]);
  });

  it('refuses an after dated before the before, and says to swap them', () => {
    expect(issuesOf(() => compareAssessments(after, before))).toStrictEqual([['invalid_option', ['after', 'date']]]);
    try {
      compareAssessments(after, before);
    } catch (error) {
      expect((error as { issues: { message: { nl: string } }[] }).issues[0]?.message.nl).toContain('verwissel');
    }
  });

  it('lists both problems at once', () => {
    const other = assessment('2020-01-01', ambitie(50), 'elders');
    expect(issuesOf(() => compareAssessments(scoreBerenschot(before), other))).toStrictEqual([
      ['invalid_option', ['after', 'collaboration']],
      ['invalid_option', ['after', 'date']],
    ]);
  });

  it('refuses an argument that is neither an assessment nor a score', () => {
    expect(issuesOf(() => compareAssessments({} as never, null as never))).toStrictEqual([
      ['invalid_argument', ['before']],
      ['invalid_argument', ['after']],
    ]);
  });

  it('refuses unknown options and bad scoring options, also when both arguments are scores', () => {
    const scores = [scoreBerenschot(before), scoreBerenschot(after)] as const;
    expect(issuesOf(() => compareAssessments(...scores, { scorring: {} } as never))).toStrictEqual([
      ['invalid_option', ['options', 'scorring']],
    ]);
    expect(issuesOf(() => compareAssessments(...scores, { scoring: { sequenceGap: -1 } }))).toStrictEqual([
      ['invalid_option', ['options', 'scoring', 'sequenceGap']],
    ]);
    expect(issuesOf(() => compareAssessments(...scores, { scoring: [] as never }))).toStrictEqual([
      ['invalid_option', ['options', 'scoring']],
    ]);
  });

  it('accepts the same date twice', () => {
    expect(compareAssessments(before, { ...after, date: before.date }).days).toBe(0);
  });
});

describe('compareAssessments as a pure function', () => {
  const RealDate = Date;
  afterEach(() => {
    globalThis.Date = RealDate;
  });

  it('shows no change between an assessment and itself', () => {
    const comparison = compareAssessments(before, before);
    expect(comparison.factors.map((entry) => entry.change)).toStrictEqual([null, 0, null, 0, null, null]);
    expect([
      comparison.overallChange,
      comparison.bandChanges,
      comparison.pitfallsAppeared,
      comparison.pitfallsResolved,
    ]).toStrictEqual([0, [], [], []]);
    expect(comparison.pitfallsRemaining).toStrictEqual(['belangen-onhelder', 'geen-klik']);
  });

  it('leaves frozen inputs untouched', () => {
    const frozenBefore = deepFreeze(structuredClone(before));
    const frozenAfter = deepFreeze(scoreBerenschot(after));
    expect(() => compareAssessments(frozenBefore, frozenAfter)).not.toThrow();
  });

  it('works while the clock cannot be read', () => {
    class ClocklessDate extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length === 0) throw new Error('new Date() read the clock');
        super(...(args as [number, number, number]));
      }
      static override now(): number {
        throw new Error('Date.now() read the clock');
      }
    }
    globalThis.Date = ClocklessDate as DateConstructor;
    expect(() => compareAssessments(before, after)).not.toThrow();
  });
});
