import { describe, expectTypeOf, it } from 'vitest';
import type { FormId } from '../../src/catalogue/ids/forms.js';
import type { SectorId } from '../../src/catalogue/ids/sectors.js';
import type { LocalisedText, Sharing } from '../../src/catalogue/types.js';
import type { FusietoetsClassification } from '../../src/scoring/classifyFusietoets.js';
import {
  type FormCandidate,
  type FormCriterion,
  type FormEntailments,
  type FormFitReason,
  type FormNeeds,
  type FormRecommendation,
  type RecommendFormsOptions,
  recommendForms,
  type StatutoryPreference,
} from '../../src/scoring/recommendForms.js';

describe('recommendForms types', () => {
  it('takes needs and optional options, and gives a recommendation', () => {
    expectTypeOf(recommendForms).parameter(0).toEqualTypeOf<FormNeeds>();
    expectTypeOf(recommendForms).parameter(1).toEqualTypeOf<RecommendFormsOptions | undefined>();
    expectTypeOf(recommendForms).returns.toEqualTypeOf<FormRecommendation>();
  });

  it('types the needs with catalogue values', () => {
    expectTypeOf<NonNullable<FormNeeds['share']>>().toEqualTypeOf<readonly Sharing[]>();
    expectTypeOf<NonNullable<FormNeeds['sectors']>>().toEqualTypeOf<readonly SectorId[]>();
    expectTypeOf<NonNullable<FormNeeds['statutory']>>().toEqualTypeOf<StatutoryPreference>();
    recommendForms({});
    recommendForms({ share: ['overleg'], keepLegalEntity: true, sectors: ['po'] }, { on: new Date(2026, 2, 15) });
    // @ts-expect-error 'delen' is not something a form shares
    recommendForms({ share: ['delen'] });
    // @ts-expect-error sectors are catalogue sector ids
    recommendForms({ sectors: ['basisonderwijs'] });
    // @ts-expect-error subForms is a boolean
    recommendForms({}, { subForms: 'ja' });
  });

  it('describes every candidate in typed parts', () => {
    expectTypeOf<FormRecommendation['best']>().toEqualTypeOf<FormId | null>();
    expectTypeOf<FormRecommendation['candidates']>().toEqualTypeOf<readonly FormCandidate[]>();
    expectTypeOf<FormCandidate['reasons']>().toEqualTypeOf<readonly FormFitReason[]>();
    expectTypeOf<FormFitReason['criterion']>().toEqualTypeOf<FormCriterion>();
    expectTypeOf<FormFitReason['message']>().toEqualTypeOf<LocalisedText>();
    expectTypeOf<FormCandidate['entails']>().toEqualTypeOf<FormEntailments>();
    expectTypeOf<FormEntailments['fusietoets']>().toEqualTypeOf<readonly FusietoetsClassification[]>();
    expectTypeOf<FormCandidate['parent']>().toEqualTypeOf<FormId | null>();
  });
});
