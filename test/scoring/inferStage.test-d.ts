import { describe, expectTypeOf, it } from 'vitest';
import type { FactorId } from '../../src/catalogue/ids/factors.js';
import type { StageId } from '../../src/catalogue/ids/stages.js';
import type { LocalisedText } from '../../src/catalogue/types.js';
import type { Assessment, Collaboration } from '../../src/schema/types.js';
import {
  inferStage,
  type StageConfidence,
  type StageEvidence,
  type StageInference,
  type StageOrder,
  type StageReason,
  type StageRule,
  type StageScore,
} from '../../src/scoring/inferStage.js';
import type { BerenschotScore } from '../../src/scoring/types.js';

declare const collaboration: Collaboration;
declare const assessment: Assessment;
declare const score: BerenschotScore;

describe('inferStage types', () => {
  it('takes a collaboration and an optional score, and gives a StageInference', () => {
    expectTypeOf(inferStage).parameter(0).toEqualTypeOf<Collaboration>();
    expectTypeOf(inferStage).parameter(1).toEqualTypeOf<BerenschotScore | undefined>();
    expectTypeOf(inferStage).returns.toEqualTypeOf<StageInference>();
    inferStage(collaboration);
    inferStage(collaboration, score);
    // @ts-expect-error the second argument is a score, not the assessment itself
    inferStage(collaboration, assessment);
    // @ts-expect-error the first argument must be a collaboration
    inferStage(assessment);
  });

  it('describes the result with literal stage ids and a word for the confidence', () => {
    expectTypeOf<StageInference['stage']>().toEqualTypeOf<StageId>();
    expectTypeOf<StageInference['order']>().toEqualTypeOf<StageOrder>();
    expectTypeOf<StageOrder>().toEqualTypeOf<0 | 1 | 2 | 3 | 4>();
    expectTypeOf<StageInference['confidence']>().toEqualTypeOf<StageConfidence>();
    expectTypeOf<StageConfidence>().toEqualTypeOf<'laag' | 'middel' | 'hoog'>();
    expectTypeOf<StageInference['selfPlaced']>().toEqualTypeOf<StageId | null>();
    expectTypeOf<StageInference['referenceDate']>().toEqualTypeOf<string | null>();
    expectTypeOf<StageInference['scores']>().toEqualTypeOf<readonly StageScore[]>();
    expectTypeOf<StageInference['reasons']>().toEqualTypeOf<readonly StageReason[]>();
    expectTypeOf<StageInference['summary']>().toEqualTypeOf<LocalisedText>();
    expectTypeOf<StageReason['rule']>().toEqualTypeOf<StageRule>();
    expectTypeOf<StageReason['message']>().toEqualTypeOf<LocalisedText>();
    expectTypeOf<StageReason['evidence']>().toEqualTypeOf<readonly StageEvidence[]>();
  });

  it('lets a report narrow the evidence by its kind', () => {
    const evidence = {} as StageEvidence;
    if (evidence.kind === 'factor') expectTypeOf(evidence.factor).toEqualTypeOf<FactorId>();
    if (evidence.kind === 'duration') expectTypeOf(evidence.months).toEqualTypeOf<number>();
    if (evidence.kind === 'event') expectTypeOf(evidence.index).toEqualTypeOf<number>();
    if (evidence.kind === 'missing-section') {
      expectTypeOf(evidence.section).toEqualTypeOf<'ambition' | 'interests' | 'agreements'>();
    }
  });

  it('keeps the result read-only', () => {
    const inference = {} as StageInference;
    // @ts-expect-error the stage of a result cannot be reassigned
    inference.stage = 'volwassen-partnerschap';
  });
});
