import { describe, expectTypeOf, it } from 'vitest';
import type { SectorId } from '../../src/catalogue/ids/sectors.js';
import type { LocalisedText } from '../../src/catalogue/types.js';
import {
  classifyFusietoets,
  type FusietoetsAdvisor,
  type FusietoetsClassification,
  type FusietoetsMerger,
  type FusietoetsRoute,
  type FusietoetsRule,
  type FusietoetsRuleId,
  type FusietoetsThreshold,
  type MergerKind,
} from '../../src/scoring/classifyFusietoets.js';

describe('classifyFusietoets types', () => {
  it('takes a merger and a Date or a string, and gives a classification', () => {
    expectTypeOf(classifyFusietoets).parameter(0).toEqualTypeOf<FusietoetsMerger>();
    expectTypeOf(classifyFusietoets).parameter(1).toEqualTypeOf<Date | string>();
    expectTypeOf(classifyFusietoets).returns.toEqualTypeOf<FusietoetsClassification>();
  });

  it('requires kind and sector and types them narrowly', () => {
    expectTypeOf<FusietoetsMerger['kind']>().toEqualTypeOf<MergerKind>();
    expectTypeOf<FusietoetsMerger['sector']>().toEqualTypeOf<SectorId>();
    classifyFusietoets({ kind: 'bestuurlijk', sector: 'po', schools: 4, samenwerkingsbestuur: true }, '2026-03-15');
    // @ts-expect-error kind is required
    classifyFusietoets({ sector: 'po' }, '2026-03-15');
    // @ts-expect-error the sector must be a catalogue sector id
    classifyFusietoets({ kind: 'bestuurlijk', sector: 'basisonderwijs' }, '2026-03-15');
    // @ts-expect-error a date is a Date or a string, not a number
    classifyFusietoets({ kind: 'bestuurlijk', sector: 'po' }, 20260315);
  });

  it('describes the result in typed parts', () => {
    expectTypeOf<FusietoetsClassification['route']>().toEqualTypeOf<FusietoetsRoute>();
    expectTypeOf<FusietoetsClassification['advisor']>().toEqualTypeOf<FusietoetsAdvisor | null>();
    expectTypeOf<FusietoetsClassification['alternatives']>().toEqualTypeOf<readonly FusietoetsRoute[]>();
    expectTypeOf<FusietoetsClassification['reasons']>().toEqualTypeOf<readonly LocalisedText[]>();
    expectTypeOf<FusietoetsClassification['rule']>().toEqualTypeOf<FusietoetsRule>();
    expectTypeOf<FusietoetsRule['id']>().toEqualTypeOf<FusietoetsRuleId>();
    expectTypeOf<FusietoetsRule['effectiveFrom']>().toEqualTypeOf<string | null>();
    expectTypeOf<FusietoetsClassification['thresholds']>().toEqualTypeOf<readonly FusietoetsThreshold[]>();
    expectTypeOf<FusietoetsThreshold['comparison']>().toEqualTypeOf<'below' | 'at' | 'above' | 'unknown'>();
    expectTypeOf<'cdho-toets'>().toMatchTypeOf<FusietoetsRoute>();
  });
});
