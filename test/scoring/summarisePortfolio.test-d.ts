import { describe, expectTypeOf, it } from 'vitest';
import type { PitfallId } from '../../src/catalogue/ids/pitfalls.js';
import type { StrategyFactorId } from '../../src/catalogue/ids/strategyFactors.js';
import type { ThemeId } from '../../src/catalogue/ids/themes.js';
import type { LocalisedText } from '../../src/catalogue/types.js';
import type { Collaboration, Portfolio } from '../../src/schema/types.js';
import {
  type FactorDistribution,
  type GroupCount,
  type PitfallFrequency,
  type PortfolioSummary,
  type SchoolYearSummary,
  type ScoreDistribution,
  type SummarisePortfolioOptions,
  type SuppressedGroup,
  summarisePortfolio,
  type ThemeCount,
} from '../../src/scoring/summarisePortfolio.js';
import type { SchoolYear } from '../../src/time/schoolYearOf.js';

declare const portfolio: Portfolio;
declare const collaboration: Collaboration;

describe('summarisePortfolio types', () => {
  it('takes a portfolio and optional options, and gives a PortfolioSummary', () => {
    expectTypeOf(summarisePortfolio).parameter(0).toEqualTypeOf<Portfolio>();
    expectTypeOf(summarisePortfolio).parameter(1).toEqualTypeOf<SummarisePortfolioOptions | undefined>();
    expectTypeOf(summarisePortfolio).returns.toEqualTypeOf<PortfolioSummary>();
  });

  it('accepts the options, and undefined for a default', () => {
    summarisePortfolio(portfolio, { minGroupSize: 10, scoring: { pitfallThreshold: 30 } });
    summarisePortfolio(portfolio, { minGroupSize: undefined, scoring: undefined });
    // @ts-expect-error minGroupSize is a number
    summarisePortfolio(portfolio, { minGroupSize: '5' });
    // @ts-expect-error scoring takes the options of scoreBerenschot, and 'minCoverrage' is a typo
    summarisePortfolio(portfolio, { scoring: { minCoverrage: 0.5 } });
    // @ts-expect-error unknown options are rejected at compile time too
    summarisePortfolio(portfolio, { minGroepSize: 5 });
    // @ts-expect-error the first argument is a portfolio, not one collaboration
    summarisePortfolio(collaboration);
  });

  it('only gives the count of a group that is not suppressed', () => {
    const count = {} as GroupCount;
    // @ts-expect-error a suppressed group has no count
    count.count;
    if (!count.suppressed) expectTypeOf(count.count).toEqualTypeOf<number>();
    const theme = {} as ThemeCount;
    expectTypeOf(theme.theme).toEqualTypeOf<ThemeId>();
    if (!theme.suppressed) expectTypeOf(theme.count).toEqualTypeOf<number>();
  });

  it('describes distributions, pitfalls and school years', () => {
    expectTypeOf<FactorDistribution['factor']>().toEqualTypeOf<StrategyFactorId>();
    expectTypeOf<FactorDistribution['distribution']>().toEqualTypeOf<ScoreDistribution | SuppressedGroup | null>();
    expectTypeOf<FactorDistribution['text']>().toEqualTypeOf<LocalisedText>();
    expectTypeOf<ScoreDistribution['median']>().toEqualTypeOf<number>();
    expectTypeOf<PitfallFrequency['pitfall']>().toEqualTypeOf<PitfallId>();
    expectTypeOf<PitfallFrequency['inEither']>().toEqualTypeOf<GroupCount>();
    expectTypeOf<SchoolYearSummary['schoolYear']>().toEqualTypeOf<SchoolYear>();
    expectTypeOf<PortfolioSummary['summary']>().toEqualTypeOf<LocalisedText>();
  });
});
