/** Type tests of trend, scoreByGroup and toTrendSvg (issue 20). */
import { describe, expectTypeOf, it } from 'vitest';
import type { StrategyFactorId } from '../../src/catalogue/ids/strategyFactors.js';
import type { LocalisedText } from '../../src/catalogue/types.js';
import type { Assessment, Collaboration } from '../../src/schema/types.js';
import type { ScoreInterval } from '../../src/scoring/confidenceInterval.js';
import {
  type GroupBy,
  type GroupScore,
  type GroupScores,
  type ScoreByGroupOptions,
  type ScoreEstimate,
  scoreByGroup,
} from '../../src/scoring/scoreByGroup.js';
import {
  type Trend,
  type TrendDirection,
  type TrendOptions,
  type TrendPitfallChange,
  type TrendSeries,
  trend,
} from '../../src/scoring/trend.js';
import type { BerenschotScore } from '../../src/scoring/types.js';
import { type ToTrendSvgOptions, toTrendSvg } from '../../src/serialise/toTrendSvg.js';

declare const assessment: Assessment;
declare const score: BerenschotScore;
declare const collaboration: Collaboration;

describe('trend types', () => {
  it('takes a list of assessments or scores and optional options, and gives a Trend', () => {
    expectTypeOf(trend).parameter(0).toEqualTypeOf<readonly (Assessment | BerenschotScore)[]>();
    expectTypeOf(trend).parameter(1).toEqualTypeOf<TrendOptions | undefined>();
    expectTypeOf(trend).returns.toEqualTypeOf<Trend>();
    trend([assessment, score], { minChange: 2 });
    // @ts-expect-error one assessment is not a list
    trend(assessment);
    // @ts-expect-error minChange is a number
    trend([assessment], { minChange: '5' });
  });

  it('describes the result as a trend document with literal kinds and directions', () => {
    expectTypeOf<Trend['kind']>().toEqualTypeOf<'trend'>();
    expectTypeOf<Trend['schemaVersion']>().toEqualTypeOf<1>();
    expectTypeOf<TrendSeries['subject']>().toEqualTypeOf<StrategyFactorId | 'overall'>();
    expectTypeOf<TrendSeries['direction']>().toEqualTypeOf<TrendDirection | null>();
    expectTypeOf<TrendDirection>().toEqualTypeOf<'rising' | 'falling' | 'stable'>();
    expectTypeOf<TrendPitfallChange['change']>().toEqualTypeOf<'appeared' | 'resolved'>();
    expectTypeOf<Trend['summary']>().toEqualTypeOf<LocalisedText>();
  });
});

describe('scoreByGroup types', () => {
  it('needs by, and takes the collaboration, minGroupSize and scoring', () => {
    expectTypeOf(scoreByGroup).parameter(1).toEqualTypeOf<ScoreByGroupOptions>();
    expectTypeOf(scoreByGroup).returns.toEqualTypeOf<GroupScores>();
    expectTypeOf<GroupBy>().toEqualTypeOf<'all' | 'partner' | 'partnerType' | 'role'>();
    scoreByGroup(assessment, { by: 'partnerType', collaboration, minGroupSize: 3, scoring: { minCoverage: 0.6 } });
    // @ts-expect-error by is required
    scoreByGroup(assessment, {});
    // @ts-expect-error 'school' is not a grouping
    scoreByGroup(assessment, { by: 'school' });
  });

  it('gives nullable estimates with an interval', () => {
    expectTypeOf<GroupScore['overall']>().toEqualTypeOf<ScoreEstimate | null>();
    expectTypeOf<ScoreEstimate['interval']>().toEqualTypeOf<ScoreInterval | null>();
    expectTypeOf<ScoreEstimate['score']>().toEqualTypeOf<number | null>();
  });
});

describe('toTrendSvg types', () => {
  it('takes a trend and optional options, and gives text', () => {
    expectTypeOf(toTrendSvg).parameter(0).toEqualTypeOf<Trend>();
    expectTypeOf(toTrendSvg).parameter(1).toEqualTypeOf<ToTrendSvgOptions | undefined>();
    expectTypeOf(toTrendSvg).returns.toEqualTypeOf<string>();
    // @ts-expect-error a score is not a trend
    toTrendSvg(score);
    // @ts-expect-error the locale is 'nl' or 'en'
    toTrendSvg(trend([assessment]), { locale: 'de' });
  });
});
