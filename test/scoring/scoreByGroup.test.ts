import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indicatorIds } from '../../src/catalogue/ids/indicators.js';
import { parseAssessment } from '../../src/schema/AssessmentSchema.js';
import { parseCollaboration } from '../../src/schema/CollaborationSchema.js';
import { studentCentralProbability, studentQuantile } from '../../src/scoring/confidenceInterval.js';
import { scoreBerenschot } from '../../src/scoring/scoreBerenschot.js';
import { scoreByGroup } from '../../src/scoring/scoreByGroup.js';
import { caught } from '../support/caught.js';

const root = join(import.meta.dirname, '..', '..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));
const collaboration = parseCollaboration(readJson('examples/data/kindcentra-noord.collaboration.json'));
const assessment = parseAssessment(readJson('examples/data/kindcentra-noord.assessment.json'));

/** An assessment in which every respondent gives every indicator the answer of its list (1..5 scale). */
function uniform(answers: readonly { readonly partner?: string; readonly role?: string; readonly value: number }[]) {
  return parseAssessment({
    kind: 'assessment',
    schemaVersion: 1,
    collaboration: 'kindcentra-noord',
    date: '2026-03-15',
    responses: answers.map((entry, index) => ({
      respondent: `r${index + 1}`,
      ...(entry.partner === undefined ? {} : { partner: entry.partner }),
      ...(entry.role === undefined ? {} : { role: entry.role }),
      answers: Object.fromEntries(indicatorIds.map((indicator) => [indicator, entry.value])),
    })),
  });
}

describe('studentQuantile', () => {
  // Two-sided 95% critical values of t from the NIST/SEMATECH e-Handbook of Statistical Methods, table 1.3.6.7.2
  // (given there to three decimals).
  const table: readonly (readonly [number, number])[] = [
    [1, 12.706],
    [2, 4.303],
    [3, 3.182],
    [4, 2.776],
    [5, 2.571],
    [9, 2.262],
    [19, 2.093],
    [29, 2.045],
    [100, 1.984],
  ];
  it.each(table)('gives the table value for %i degrees of freedom', (degrees, value) => {
    expect(studentQuantile(degrees)).toBeCloseTo(value, 3);
  });

  it('matches the closed forms for 1 and 2 degrees of freedom to 1e-12', () => {
    // ν = 1 is the Cauchy distribution: t = tan(π (p − ½)); ν = 2: t = (2p − 1) / √(2p (1 − p)).
    expect(Math.abs(studentQuantile(1) - Math.tan(Math.PI * 0.475))).toBeLessThan(1e-12);
    const p = 0.975;
    expect(Math.abs(studentQuantile(2) - (2 * p - 1) / Math.sqrt(2 * p * (1 - p)))).toBeLessThan(1e-12);
  });

  it('tends to the normal quantile 1.959964 for many degrees of freedom', () => {
    expect(studentQuantile(100_000)).toBeCloseTo(1.959964, 4);
    expect(studentQuantile(100_000)).toBeGreaterThan(1.959964);
  });

  it('falls as the degrees of freedom grow', () => {
    for (let degrees = 1; degrees < 60; degrees++) {
      expect(studentQuantile(degrees + 1)).toBeLessThan(studentQuantile(degrees));
    }
  });

  it('has a central probability of 0 at 0 and that rises towards 1', () => {
    for (const degrees of [1, 2, 7, 8]) {
      expect(studentCentralProbability(0, degrees)).toBe(0);
      expect(studentCentralProbability(1, degrees)).toBeLessThan(studentCentralProbability(2, degrees));
      expect(studentCentralProbability(1e6, degrees)).toBeGreaterThan(0.999);
    }
  });
});

describe('scoreByGroup', () => {
  it("gives, by 'all', the score of scoreBerenschot and every respondent", () => {
    const result = scoreByGroup(assessment, { by: 'all' });
    const score = scoreBerenschot(assessment);
    expect(result.groups).toHaveLength(1);
    const [all] = result.groups;
    expect(all?.respondents).toBe(6);
    expect(all?.belowMinimum).toBe(false);
    expect(all?.overall?.score).toBe(score.overall.score);
    expect(all?.factors.map((factor) => factor.score)).toStrictEqual(score.factors.map((factor) => factor.score));
    expect([result.by, result.minGroupSize, result.confidence, result.unassigned]).toStrictEqual(['all', 5, 0.95, 0]);
  });

  it('computes the interval as score ± t(0.975; n − 1) × s / √n for complete answers', () => {
    // Five respondents answering 2, 3, 3, 4, 5 everywhere: scores 25, 50, 50, 75, 100 on 0..100; mean 60.
    const five = uniform([2, 3, 3, 4, 5].map((value) => ({ value })));
    const overall = scoreByGroup(five, { by: 'all' }).groups[0]?.overall;
    const deviation = Math.sqrt((35 ** 2 + 10 ** 2 + 10 ** 2 + 15 ** 2 + 40 ** 2) / 4);
    const margin = 2.7764451051977987 * (deviation / Math.sqrt(5));
    expect(overall?.score).toBeCloseTo(60, 9);
    expect(overall?.standardDeviation).toBeCloseTo(deviation, 9);
    expect(overall?.standardError).toBeCloseTo(deviation / Math.sqrt(5), 9);
    expect(overall?.interval?.lower).toBeCloseTo(60 - margin, 9);
    expect(overall?.interval?.upper).toBeCloseTo(60 + margin, 9);
  });

  it('cuts the interval to 0..100', () => {
    const result = scoreByGroup(uniform([1, 1, 1, 5].map((value) => ({ value }))), { by: 'all' });
    const interval = result.groups[0]?.overall?.interval;
    expect(interval?.lower).toBe(0);
    expect(interval?.upper).toBeLessThanOrEqual(100);
  });

  it('gives no interval for one respondent, and a zero-width interval when all agree', () => {
    const one = scoreByGroup(uniform([{ value: 4 }]), { by: 'all' }).groups[0]?.overall;
    expect([one?.score, one?.interval, one?.standardDeviation]).toStrictEqual([75, null, null]);
    const same = scoreByGroup(uniform([4, 4, 4].map((value) => ({ value }))), { by: 'all' }).groups[0]?.overall;
    expect(same?.interval).toStrictEqual({ lower: 75, upper: 75 });
  });

  it('marks groups below the minimum and does not score them', () => {
    const result = scoreByGroup(assessment, { by: 'partner', collaboration, minGroupSize: 2 });
    expect(result.groups.map((group) => [group.group, group.respondents, group.belowMinimum])).toStrictEqual([
      ['gemeente', 2, false],
      ['bestuur-noord', 2, false],
      ['bestuur-sint-jan', 1, true],
      ['kinderopvang', 1, true],
    ]);
    const small = result.groups[2];
    expect([small?.overall, small?.factors]).toStrictEqual([null, []]);
    expect(small?.label.nl).toBe('Stichting Katholiek Onderwijs Sint Jan');
    expect(small?.text.nl).toContain('niet gescoord');
    expect(small?.text.en).toContain('not scored');
  });

  it('scores a partner group exactly as scoreBerenschot scores its responses alone', () => {
    const result = scoreByGroup(assessment, { by: 'partner', minGroupSize: 2 });
    const gemeente = result.groups.find((group) => group.group === 'gemeente');
    const alone = scoreBerenschot({
      ...assessment,
      responses: assessment.responses.filter((response) => response.partner === 'gemeente'),
    });
    expect(gemeente?.overall?.score).toBe(alone.overall.score);
    expect(gemeente?.label).toStrictEqual({ nl: 'gemeente', en: 'gemeente' });
  });

  it('groups by partner type through the collaboration, in catalogue order', () => {
    const result = scoreByGroup(assessment, { by: 'partnerType', collaboration, minGroupSize: 3 });
    expect(result.groups.map((group) => [group.group, group.respondents, group.belowMinimum])).toStrictEqual([
      ['gemeente', 2, true],
      ['schoolbestuur', 3, false],
      ['kinderopvang', 1, true],
    ]);
  });

  it('groups by role and counts respondents without one as unassigned', () => {
    const roles = uniform([
      { role: 'leraren', value: 4 },
      { role: 'ouders', value: 2 },
      { role: 'leraren', value: 5 },
      { value: 3 },
      { role: 'ouders', value: 3 },
    ]);
    const result = scoreByGroup(roles, { by: 'role', minGroupSize: 2 });
    expect(result.groups.map((group) => [group.group, group.respondents, group.overall?.score])).toStrictEqual([
      ['leraren', 2, 87.5],
      ['ouders', 2, 37.5],
    ]);
    expect(result.unassigned).toBe(1);
    expect(result.groups[0]?.text.en).toMatch(/^Teachers|^Leraren|\(2 respondents\)/);
  });

  it('writes a sentence with the interval in both languages', () => {
    const text = scoreByGroup(uniform([2, 3, 3, 4, 5].map((value) => ({ value }))), { by: 'all' }).groups[0]?.text;
    expect(text?.nl).toMatch(/^Alle respondenten \(5 respondenten\): totaalscore 60.*95%-betrouwbaarheidsinterval/);
    expect(text?.en).toMatch(/^All respondents \(5 respondents\): overall score 60.*95% confidence interval/);
  });

  it('does not change the assessment and freezes nothing it was given', () => {
    const before = JSON.stringify(assessment);
    scoreByGroup(assessment, { by: 'partner', collaboration });
    expect(JSON.stringify(assessment)).toBe(before);
  });

  it('refuses what is not an assessment with a clear error', () => {
    for (const value of [null, 'assessment', { kind: 'collaboration' }, { kind: 'assessment' }]) {
      const error = caught(() => scoreByGroup(value as never, { by: 'all' }));
      expect(error.issues.map((issue) => [issue.code, issue.path])).toStrictEqual([
        ['invalid_argument', ['assessment']],
      ]);
    }
  });

  it('refuses a missing or unknown by, listing the choices', () => {
    const error = caught(() => scoreByGroup(assessment, {} as never));
    expect(error.issues.map((issue) => [issue.code, issue.path])).toStrictEqual([
      ['invalid_option', ['options', 'by']],
    ]);
    expect(error.issues[0]?.message.en).toContain("'partnerType'");
    const unknown = caught(() => scoreByGroup(assessment, { by: 'school' } as never));
    expect(unknown.issues[0]?.code).toBe('invalid_option');
  });

  it('refuses partnerType without a collaboration, and says why', () => {
    const error = caught(() => scoreByGroup(assessment, { by: 'partnerType' }));
    expect(error.issues.map((issue) => issue.path)).toStrictEqual([['options', 'collaboration']]);
    expect(error.issues[0]?.message.nl).toContain('partners');
  });

  it('refuses the collaboration of another assessment, and a partner it does not know', () => {
    const other = { ...collaboration, id: 'elders' };
    const error = caught(() => scoreByGroup(assessment, { by: 'partner', collaboration: other }));
    expect(error.issues.map((issue) => issue.code)).toStrictEqual(['invalid_argument']);
    const fewer = { ...collaboration, partners: collaboration.partners.slice(0, 3) };
    const dangling = caught(() => scoreByGroup(assessment, { by: 'partner', collaboration: fewer }));
    expect(dangling.issues.map((issue) => [issue.code, issue.path])).toStrictEqual([
      ['dangling_reference', ['assessment', 'responses', 5, 'partner']],
    ]);
  });

  it('refuses a minGroupSize that is not a whole number of 1 or more, and unknown options', () => {
    for (const minGroupSize of [0, 2.5, -1, '5']) {
      const error = caught(() => scoreByGroup(assessment, { by: 'all', minGroupSize } as never));
      expect(error.issues.map((issue) => issue.path)).toStrictEqual([['options', 'minGroupSize']]);
    }
    const unknown = caught(() => scoreByGroup(assessment, { by: 'all', minimum: 3 } as never));
    expect(unknown.issues[0]?.code).toBe('invalid_option');
  });

  it('gives a deeply frozen result', () => {
    const result = scoreByGroup(assessment, { by: 'all' });
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.groups[0]?.factors[0])).toBe(true);
  });
});
