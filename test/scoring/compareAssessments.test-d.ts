import { describe, expectTypeOf, it } from 'vitest';
import type { PitfallId } from '../../src/catalogue/ids/pitfalls.js';
import type { StrategyFactorId } from '../../src/catalogue/ids/strategyFactors.js';
import type { LocalisedText } from '../../src/catalogue/types.js';
import type { Assessment, Collaboration } from '../../src/schema/types.js';
import {
  type AssessmentComparison,
  type BandChange,
  type BandDirection,
  type CompareAssessmentsOptions,
  type ComparedMoment,
  compareAssessments,
  type FactorChange,
  type PitfallChange,
} from '../../src/scoring/compareAssessments.js';
import type { Band, BerenschotScore } from '../../src/scoring/types.js';
import type { SchoolYear } from '../../src/time/schoolYearOf.js';

declare const assessment: Assessment;
declare const score: BerenschotScore;
declare const collaboration: Collaboration;

describe('compareAssessments types', () => {
  it('takes two assessments or scores and optional options, and gives an AssessmentComparison', () => {
    expectTypeOf(compareAssessments).parameter(0).toEqualTypeOf<Assessment | BerenschotScore>();
    expectTypeOf(compareAssessments).parameter(1).toEqualTypeOf<Assessment | BerenschotScore>();
    expectTypeOf(compareAssessments).parameter(2).toEqualTypeOf<CompareAssessmentsOptions | undefined>();
    expectTypeOf(compareAssessments).returns.toEqualTypeOf<AssessmentComparison>();
    compareAssessments(assessment, score, { scoring: { minCoverage: 0.6 } });
    compareAssessments(score, assessment, { scoring: undefined });
    // @ts-expect-error a collaboration cannot be compared
    compareAssessments(collaboration, assessment);
    // @ts-expect-error scoring takes the options of scoreBerenschot, and 'pitfallTreshold' is a typo
    compareAssessments(assessment, assessment, { scoring: { pitfallTreshold: 30 } });
    // @ts-expect-error both sides are required
    compareAssessments(assessment);
  });

  it('describes the changes with nullable numbers and literal ids', () => {
    expectTypeOf<FactorChange['factor']>().toEqualTypeOf<StrategyFactorId>();
    expectTypeOf<FactorChange['change']>().toEqualTypeOf<number | null>();
    expectTypeOf<FactorChange['bandAfter']>().toEqualTypeOf<Band | null>();
    expectTypeOf<FactorChange['text']>().toEqualTypeOf<LocalisedText>();
    expectTypeOf<BandChange['subject']>().toEqualTypeOf<StrategyFactorId | 'overall'>();
    expectTypeOf<BandChange['direction']>().toEqualTypeOf<BandDirection>();
    expectTypeOf<BandDirection>().toEqualTypeOf<'up' | 'down' | 'scored' | 'unscored'>();
    expectTypeOf<PitfallChange['pitfall']>().toEqualTypeOf<PitfallId>();
    expectTypeOf<PitfallChange['after']>().toEqualTypeOf<number | null>();
    expectTypeOf<AssessmentComparison['pitfallsRemaining']>().toEqualTypeOf<readonly PitfallId[]>();
    expectTypeOf<AssessmentComparison['overallChange']>().toEqualTypeOf<number | null>();
    expectTypeOf<ComparedMoment['schoolYear']>().toEqualTypeOf<SchoolYear>();
  });
});
