/**
 * The worked example of docs/scoring.md, run through scoreBerenschot. The expected numbers are the ones computed by
 * hand in that guide.
 */
import { describe, expect, it } from 'vitest';
import { parseAssessment } from '../../src/schema/index.js';
import { scoreBerenschot } from '../../src/scoring/index.js';

const assessment = parseAssessment({
  kind: 'assessment',
  schemaVersion: 1,
  collaboration: 'voorbeeld',
  date: '2026-03-15',
  responses: [
    {
      respondent: 'r1',
      partner: 'gemeente',
      answers: {
        'ambitie.concreet': 4,
        'ambitie.uitgangspunten': 3,
        'ambitie.urgentie': 5,
        'relatie.regelmatig-contact': 2,
        'relatie.klik': 2,
        'relatie.continuiteit': 1,
        'belanghebbenden.tijdig-betrokken': 2,
      },
    },
    {
      respondent: 'r2',
      partner: 'skpo',
      answers: { 'ambitie.concreet': 2, 'ambitie.uitgangspunten': null, 'ambitie.urgentie': 5 },
    },
  ],
});
const result = scoreBerenschot(assessment);
const factor = (id: string) => result.factors.find((entry) => entry.factor === id);

describe('the worked example of the scoring guide', () => {
  it('has the indicator scores of the guide', () => {
    const scores = Object.fromEntries(
      result.factors.flatMap((entry) => entry.indicators.map((item) => [item.indicator, item.score])),
    );
    expect(scores).toMatchObject({
      'ambitie.concreet': 50,
      'ambitie.uitgangspunten': 50,
      'ambitie.urgentie': 100,
      'ambitie.bijdragen': null,
      'relatie.regelmatig-contact': 25,
      'relatie.klik': 25,
      'relatie.continuiteit': 0,
      'belanghebbenden.tijdig-betrokken': 25,
    });
  });

  it('has the factor scores, coverage and bands of the guide', () => {
    expect(factor('ambitie')).toMatchObject({ coverage: 0.75, band: 'voldoende' });
    expect(factor('ambitie')?.score).toBeCloseTo(200 / 3, 10);
    expect(factor('relatie')).toMatchObject({ coverage: 0.6, band: 'onvoldoende' });
    expect(factor('relatie')?.score).toBeCloseTo(50 / 3, 10);
    expect(factor('belanghebbenden')).toMatchObject({ score: null, band: null, coverage: 0.2 });
    for (const id of ['belangen', 'organisatie', 'communicatie']) expect(factor(id)?.score).toBeNull();
  });

  it('has the overall score, band and bottleneck of the guide', () => {
    expect(result.overall.score).toBeCloseTo(125 / 3, 10);
    expect(result.overall).toMatchObject({ band: 'onvoldoende', bottleneck: 'relatie' });
  });

  it('has the readiness, warnings, pitfalls and disagreement of the guide', () => {
    expect(factor('ambitie')?.readiness).toBeNull();
    expect(factor('relatie')?.readiness).toBeNull();
    expect(factor('belanghebbenden')?.readiness).toBe(100);
    expect(result.sequenceWarnings).toEqual([]);
    expect(result.pitfalls.map((pitfall) => [pitfall.pitfall, pitfall.score])).toEqual([
      ['sleutelspelers-niet-betrokken', 25],
      ['geen-klik', 25],
      ['wisseling-sleutelspelers', 0],
    ]);
    expect(result.disagreements.map((item) => [item.indicator, item.spread])).toEqual([['ambitie.concreet', 2]]);
  });
});
