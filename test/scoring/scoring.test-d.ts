import { describe, expectTypeOf, it } from 'vitest';
import type { IndicatorId } from '../../src/catalogue/ids/indicators.js';
import type { PitfallId } from '../../src/catalogue/ids/pitfalls.js';
import type { StrategyFactorId } from '../../src/catalogue/ids/strategyFactors.js';
import type { LocalisedText } from '../../src/catalogue/types.js';
import type { Assessment, Collaboration } from '../../src/schema/types.js';
import type {
  AssessmentPitfall,
  Band,
  BerenschotScore,
  DetectPitfallsOptions,
  Disagreement,
  FactorExplanation,
  FactorScore,
  IndicatorScore,
  PitfallEvidence,
  PitfallFinding,
  ScoreBerenschotOptions,
  SequenceWarning,
} from '../../src/scoring/index.js';
import { detectPitfalls, scoreBerenschot } from '../../src/scoring/index.js';

declare const assessment: Assessment;
declare const collaboration: Collaboration;

describe('scoreBerenschot types', () => {
  it('takes an assessment and optional options, and gives a BerenschotScore', () => {
    expectTypeOf(scoreBerenschot).parameter(0).toEqualTypeOf<Assessment>();
    expectTypeOf(scoreBerenschot).parameter(1).toEqualTypeOf<ScoreBerenschotOptions | undefined>();
    expectTypeOf(scoreBerenschot).returns.toEqualTypeOf<BerenschotScore>();
  });

  it('describes the result with literal ids and nullable scores', () => {
    expectTypeOf<BerenschotScore['factors']>().toEqualTypeOf<readonly FactorScore[]>();
    expectTypeOf<FactorScore['factor']>().toEqualTypeOf<StrategyFactorId>();
    expectTypeOf<FactorScore['score']>().toEqualTypeOf<number | null>();
    expectTypeOf<FactorScore['band']>().toEqualTypeOf<Band | null>();
    expectTypeOf<FactorScore['explanation']>().toEqualTypeOf<FactorExplanation>();
    expectTypeOf<FactorExplanation['summary']>().toEqualTypeOf<LocalisedText>();
    expectTypeOf<IndicatorScore['indicator']>().toEqualTypeOf<IndicatorId>();
    expectTypeOf<BerenschotScore['overall']['bottleneck']>().toEqualTypeOf<StrategyFactorId | null>();
    expectTypeOf<SequenceWarning['prerequisite']>().toEqualTypeOf<StrategyFactorId>();
    expectTypeOf<AssessmentPitfall['source']>().toEqualTypeOf<'assessment'>();
    expectTypeOf<AssessmentPitfall['pitfall']>().toEqualTypeOf<PitfallId>();
    expectTypeOf<Disagreement['partners'][number]['mean']>().toEqualTypeOf<number>();
    expectTypeOf<Band>().toEqualTypeOf<'onvoldoende' | 'voldoende' | 'goed'>();
  });

  it('accepts options keyed by catalogue ids, and undefined for a default', () => {
    scoreBerenschot(assessment, { weights: { 'relatie.klik': 2 }, factorWeights: { relatie: 2 } });
    scoreBerenschot(assessment, { minCoverage: undefined, bands: { goed: 80 } });
    // @ts-expect-error a weight must be keyed by an indicator id, and 'relatie.klikk' is a typo
    scoreBerenschot(assessment, { weights: { 'relatie.klikk': 2 } });
    // @ts-expect-error factor weights are keyed by strategy factor ids, not indicator ids
    scoreBerenschot(assessment, { factorWeights: { 'relatie.klik': 2 } });
    // @ts-expect-error unknown options are rejected at compile time too
    scoreBerenschot(assessment, { minCoverrage: 0.4 });
    // @ts-expect-error minCoverage is a number, not a percentage string
    scoreBerenschot(assessment, { minCoverage: '50%' });
    // @ts-expect-error the first argument must be an assessment, not a collaboration
    scoreBerenschot(collaboration);
  });

  it('gives a result whose fields are read-only', () => {
    const result = scoreBerenschot(assessment);
    // @ts-expect-error the overall score cannot be reassigned
    result.overall.score = 1;
    // @ts-expect-error the factor list cannot be pushed to
    result.factors.push(result.factors[0] as FactorScore);
  });
});

describe('detectPitfalls types', () => {
  it('takes a collaboration and optional options, and gives findings', () => {
    expectTypeOf(detectPitfalls).parameter(0).toEqualTypeOf<Collaboration>();
    expectTypeOf(detectPitfalls).parameter(1).toEqualTypeOf<DetectPitfallsOptions | undefined>();
    expectTypeOf(detectPitfalls).returns.toEqualTypeOf<PitfallFinding[]>();
    expectTypeOf<PitfallFinding['source']>().toEqualTypeOf<'collaboration'>();
    expectTypeOf<PitfallFinding['evidence']>().toEqualTypeOf<readonly PitfallEvidence[]>();
  });

  it('lets a switch on kind narrow the evidence', () => {
    const describeEvidence = (item: PitfallEvidence): string => {
      switch (item.kind) {
        case 'partner':
          return item.partner;
        case 'event':
          expectTypeOf(item.date).toEqualTypeOf<string>();
          return item.type;
        case 'partner-count':
          return String(item.partners);
        default:
          return item.kind;
      }
    };
    expectTypeOf(describeEvidence).returns.toEqualTypeOf<string>();
    expectTypeOf<Extract<PitfallEvidence, { kind: 'ambition' }>['problem']>().toEqualTypeOf<
      'missing' | 'no-principles'
    >();
  });

  it('accepts a Date or a string as reference date', () => {
    detectPitfalls(collaboration, { referenceDate: new Date(2026, 0, 1) });
    detectPitfalls(collaboration, { referenceDate: '2026-01-01', turnoverWindowMonths: undefined });
    // @ts-expect-error a reference date is a Date or a YYYY-MM-DD string, not a timestamp
    detectPitfalls(collaboration, { referenceDate: 1767225600000 });
    // @ts-expect-error the first argument must be a collaboration, not an assessment
    detectPitfalls(assessment);
  });
});
