import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/schema/types.js';
import { scoreBerenschot } from '../../src/scoring/scoreBerenschot.js';
import { trend } from '../../src/scoring/trend.js';
import { caught } from '../support/caught.js';

/** One respondent; relatie from klik (the other two relatie statements at 3), ambitie.concreet as given. */
function measured(date: string, klik: number, concreet = 3, collaboration = 'ikc-noord'): Assessment {
  return {
    kind: 'assessment',
    schemaVersion: 1,
    collaboration,
    date,
    responses: [
      {
        respondent: 'r1',
        answers: {
          'relatie.klik': klik,
          'relatie.continuiteit': 3,
          'relatie.zichtbaarheid': 3,
          'ambitie.concreet': concreet,
          'ambitie.uitgangspunten': concreet,
          'ambitie.bijdragen': concreet,
        },
      },
    ],
  };
}

describe('trend', () => {
  it('orders the assessments by date and follows each factor', () => {
    const course = trend([measured('2026-03-01', 4), measured('2024-03-01', 1), measured('2025-03-01', 3)]);
    expect(course.dates).toStrictEqual(['2024-03-01', '2025-03-01', '2026-03-01']);
    const relatie = course.factors.find((series) => series.subject === 'relatie');
    expect(relatie?.points.map((point) => point.schoolYear)).toStrictEqual(['2023-2024', '2024-2025', '2025-2026']);
    expect(relatie?.changeSinceFirst).toBeCloseTo(25, 12);
    expect(relatie?.changeSincePrevious).toBeCloseTo(75 / 3 - 50 / 3, 12);
    expect(relatie?.direction).toBe('rising');
  });

  it('is a result document of kind trend with the catalogue edition', () => {
    const course = trend([measured('2024-03-01', 1), measured('2025-03-01', 3)]);
    expect([course.kind, course.schemaVersion, course.edition, course.collaboration]).toStrictEqual([
      'trend',
      1,
      '2026.2',
      'ikc-noord',
    ]);
    expect(Object.isFrozen(course.factors[0]?.points)).toBe(true);
  });

  it('calls a change below minChange stable, and at minChange rising or falling', () => {
    // ambitie from 50 to 75 (+25) and back: with minChange 30 it is stable, with 25 rising.
    const up = [measured('2024-03-01', 3, 3), measured('2025-03-01', 3, 4)];
    expect(trend(up, { minChange: 30 }).factors[1]?.direction).toBe('stable');
    expect(trend(up, { minChange: 25 }).factors[1]?.direction).toBe('rising');
    const down = [measured('2024-03-01', 3, 4), measured('2025-03-01', 3, 3)];
    expect(trend(down, { minChange: 25 }).factors[1]?.direction).toBe('falling');
    expect(trend(down).options.minChange).toBe(5);
  });

  it('lets the first and last points decide the direction, and shows a dip in the series', () => {
    const dip = trend([measured('2024-03-01', 3, 4), measured('2025-03-01', 3, 1), measured('2026-03-01', 3, 4)]);
    const ambitie = dip.factors[1];
    expect(ambitie?.points.map((point) => point.score)).toStrictEqual([75, 0, 75]);
    expect([ambitie?.changeSinceFirst, ambitie?.changeSincePrevious, ambitie?.direction]).toStrictEqual([
      0,
      75,
      'stable',
    ]);
    expect(ambitie?.bandChanges.map((change) => [change.direction, change.date])).toStrictEqual([
      ['down', '2025-03-01'],
      ['up', '2026-03-01'],
    ]);
  });

  it('lists pitfalls that appear and are resolved along the way, with their dates', () => {
    const course = trend([measured('2024-03-01', 3), measured('2025-03-01', 1), measured('2026-03-01', 4)]);
    expect(course.pitfallChanges.map((change) => [change.pitfall, change.change, change.date])).toStrictEqual([
      ['geen-klik', 'appeared', '2025-03-01'],
      ['geen-klik', 'resolved', '2026-03-01'],
    ]);
    expect(course.pitfallsNow).toStrictEqual([]);
  });

  it('takes scores as well as assessments', () => {
    const scores = [scoreBerenschot(measured('2024-03-01', 1)), measured('2025-03-01', 3)];
    expect(trend(scores).overall.points).toHaveLength(2);
  });

  it('gives a trend of one point for one assessment', () => {
    const one = trend([measured('2024-03-01', 2)]);
    expect([one.overall.changeSinceFirst, one.overall.changeSincePrevious, one.overall.direction]).toStrictEqual([
      0,
      null,
      'stable',
    ]);
    expect(one.summary.en).toContain('start of a series');
    expect(one.summary.nl).toContain('beginpunt');
  });

  it('writes a summary in both languages', () => {
    const course = trend([measured('2024-03-01', 1), measured('2026-03-01', 4)]);
    expect(course.summary.nl).toMatch(/^Van 2024-03-01 tot 2026-03-01, 2 metingen: totaalscore stijgend/);
    expect(course.summary.en).toMatch(/^From 2024-03-01 to 2026-03-01, 2 assessments: overall score rising/);
    expect(course.factors[3]?.text.nl).toContain('stijgend');
  });

  it('refuses assessments of different collaborations, naming the entry', () => {
    const error = caught(() => trend([measured('2024-03-01', 1), measured('2025-03-01', 2, 3, 'elders')]));
    expect(error.issues.map((issue) => [issue.code, issue.path])).toStrictEqual([
      ['invalid_argument', ['assessments', 1, 'collaboration']],
    ]);
    expect(error.issues[0]?.message.en).toContain("'ikc-noord'");
  });

  it('refuses two assessments on the same date, and says what to do', () => {
    const error = caught(() =>
      trend([measured('2024-03-01', 1), measured('2025-03-01', 2), measured('2024-03-01', 3)]),
    );
    expect(error.issues.map((issue) => issue.path)).toStrictEqual([['assessments', 2, 'date']]);
    expect(error.issues[0]?.message.nl).toContain('samen');
  });

  it('refuses an invalid assessment or an edited score, as compareAssessments does, naming the entry and the check', () => {
    const noId = measured('2025-03-01', 2, 3, 'IKC Noord');
    const edited = { ...scoreBerenschot(measured('2026-03-01', 3)), overall: { score: 101 } };
    const error = caught(() => trend([measured('2024-03-01', 1), noId, edited] as never));
    expect(error.issues.map((issue) => [issue.code, issue.path])).toStrictEqual([
      ['invalid_argument', ['assessments', 1]],
      ['invalid_argument', ['assessments', 2]],
    ]);
    expect(error.issues[0]?.message.en).toContain('parseAssessment(value)');
    expect(error.issues[1]?.message.nl).toContain('BerenschotScoreSchema.safeParse(waarde)');
  });

  it('refuses an empty list, a list of other things and bad options', () => {
    expect(caught(() => trend([])).issues[0]?.path).toStrictEqual(['assessments']);
    expect(caught(() => trend('x' as never)).issues[0]?.code).toBe('invalid_argument');
    expect(caught(() => trend([measured('2024-03-01', 1), { kind: 'plan' }] as never)).issues[0]?.path).toStrictEqual([
      'assessments',
      1,
    ]);
    for (const minChange of [-1, 101, Number.NaN, '5']) {
      const error = caught(() => trend([measured('2024-03-01', 1)], { minChange } as never));
      expect(error.issues.map((issue) => issue.path)).toStrictEqual([['options', 'minChange']]);
    }
    expect(caught(() => trend([measured('2024-03-01', 1)], { step: 1 } as never)).issues[0]?.code).toBe(
      'invalid_option',
    );
  });

  it('does not change what it was given', () => {
    const list = [measured('2025-03-01', 3), measured('2024-03-01', 1)];
    const before = JSON.stringify(list);
    trend(list);
    expect(JSON.stringify(list)).toBe(before);
  });
});
