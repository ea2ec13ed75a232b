import { describe, expectTypeOf, it } from 'vitest';
import {
  type Benefit,
  type BenefitId,
  type Catalogue,
  type CatalogueChange,
  type CatalogueListName,
  type CoordinatingRoleId,
  type EditionChanges,
  getBenefit,
  getSupportNeed,
  getTheme,
  isTrainingRouteId,
  requireCurrent,
  type StaffAttentionPoint,
  type SupportNeed,
  type Theme,
  type TrainingRouteId,
} from '../../src/catalogue/index.js';

describe('catalogue types of edition 2026.2', () => {
  it('names the lists of entries: every key of the catalogue but the edition and the change list', () => {
    expectTypeOf<CatalogueListName>().toEqualTypeOf<Exclude<keyof Catalogue, 'edition' | 'changes'>>();
    expectTypeOf<Catalogue['changes']>().toEqualTypeOf<readonly EditionChanges[]>();
    expectTypeOf<CatalogueChange['list']>().toEqualTypeOf<CatalogueListName>();
  });

  it('types the lookups of the new lists by their ids', () => {
    expectTypeOf(getBenefit).parameter(0).toEqualTypeOf<BenefitId>();
    expectTypeOf(getBenefit).returns.toEqualTypeOf<Benefit>();
    expectTypeOf(getSupportNeed).returns.toEqualTypeOf<SupportNeed>();
    // @ts-expect-error 'krimp' is a theme, not a benefit
    getBenefit('krimp');
  });

  it('narrows an unknown value with an id guard', () => {
    const value: unknown = 'studiedagen';
    if (isTrainingRouteId(value)) expectTypeOf(value).toEqualTypeOf<TrainingRouteId>();
  });

  it('types the links of a staff attention point by the lists they point to', () => {
    expectTypeOf<StaffAttentionPoint['coordinatingRoles']>().toEqualTypeOf<readonly CoordinatingRoleId[]>();
    expectTypeOf<StaffAttentionPoint['trainingRoutes']>().toEqualTypeOf<readonly TrainingRouteId[]>();
  });

  it('gives back the entry type it was given from requireCurrent, and types replacedBy by the list', () => {
    expectTypeOf(requireCurrent(getTheme('krimp'))).toEqualTypeOf<Theme>();
    expectTypeOf<Theme['replacedBy']>().toEqualTypeOf<Theme['id'] | undefined>();
  });
});
