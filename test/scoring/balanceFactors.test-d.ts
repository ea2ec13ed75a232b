import { describe, expectTypeOf, it } from 'vitest';
import type { FactorId } from '../../src/catalogue/ids/factors.js';
import type { ReasonId } from '../../src/catalogue/ids/reasons.js';
import type { StrategyFactorId } from '../../src/catalogue/ids/strategyFactors.js';
import type { FactorCategory, LocalisedText } from '../../src/catalogue/types.js';
import type { Collaboration } from '../../src/schema/types.js';
import {
  type BalanceFactorsOptions,
  balanceFactors,
  type CategoryBalance,
  type FactorBalance,
  type LikelyReason,
  type Obstacle,
  type ReasonEvidence,
  type StrategyFactorBalance,
} from '../../src/scoring/balanceFactors.js';

declare const collaboration: Collaboration;

describe('balanceFactors types', () => {
  it('takes a collaboration and optional options, and gives a factor balance', () => {
    expectTypeOf(balanceFactors).parameter(0).toEqualTypeOf<Collaboration>();
    expectTypeOf(balanceFactors).parameter(1).toEqualTypeOf<BalanceFactorsOptions | undefined>();
    expectTypeOf(balanceFactors).returns.toEqualTypeOf<FactorBalance>();
  });

  it('keys the weights by factor id and allows undefined for the default', () => {
    expectTypeOf<NonNullable<BalanceFactorsOptions['weights']>>().toEqualTypeOf<
      Readonly<Partial<Record<FactorId, number | undefined>>>
    >();
    balanceFactors(collaboration, { weights: { 'ervaren-urgentie': 2, concurrentiedenken: undefined } });
    // @ts-expect-error a weight must be keyed by a catalogue factor id
    balanceFactors(collaboration, { weights: { 'geen-factor': 2 } });
    // @ts-expect-error maxObstacles is a number
    balanceFactors(collaboration, { maxObstacles: '3' });
  });

  it('gives an outlook that may be null, and typed parts', () => {
    expectTypeOf<FactorBalance['outlook']>().toEqualTypeOf<number | null>();
    expectTypeOf<FactorBalance['categories']>().toEqualTypeOf<readonly CategoryBalance[]>();
    expectTypeOf<CategoryBalance['category']>().toEqualTypeOf<FactorCategory>();
    expectTypeOf<FactorBalance['strategyFactors']>().toEqualTypeOf<readonly StrategyFactorBalance[]>();
    expectTypeOf<StrategyFactorBalance['strategyFactor']>().toEqualTypeOf<StrategyFactorId>();
    expectTypeOf<FactorBalance['strongestObstacles']>().toEqualTypeOf<readonly Obstacle[]>();
    expectTypeOf<Obstacle['explanation']>().toEqualTypeOf<LocalisedText>();
    expectTypeOf<FactorBalance['likelyReasons']>().toEqualTypeOf<readonly LikelyReason[]>();
    expectTypeOf<LikelyReason['reason']>().toEqualTypeOf<ReasonId>();
    expectTypeOf<ReasonEvidence['signal']>().toEqualTypeOf<'present' | 'absent'>();
  });

  it('returns readonly results', () => {
    const balance = balanceFactors(collaboration);
    // @ts-expect-error the result is readonly
    balance.outlook = 3;
  });
});
