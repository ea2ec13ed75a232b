import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { FormId, ThemeId } from '../../src/catalogue/index.js';
import {
  type Assessment,
  type AssessmentSchema,
  type Collaboration,
  CollaborationSchema,
  type ParseResult,
  type Portfolio,
  type PortfolioSchema,
  parseAssessment,
  parseCollaboration,
  parsePortfolio,
  type SamenwerkingError,
  safeParseAssessment,
  safeParseCollaboration,
  safeParsePortfolio,
} from '../../src/schema/index.js';
import { addPartner, type Draft, updateCollaboration } from '../../src/update/index.js';

describe('schema types', () => {
  it('the output type of each schema is its document interface', () => {
    expectTypeOf<z.output<typeof CollaborationSchema>>().toEqualTypeOf<Collaboration>();
    expectTypeOf<z.output<typeof AssessmentSchema>>().toEqualTypeOf<Assessment>();
    expectTypeOf<z.output<typeof PortfolioSchema>>().toEqualTypeOf<Portfolio>();
  });

  it('parse functions take unknown and return the document', () => {
    expectTypeOf(parseCollaboration).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(parseCollaboration).returns.toEqualTypeOf<Collaboration>();
    expectTypeOf(parseAssessment).returns.toEqualTypeOf<Assessment>();
    expectTypeOf(parsePortfolio).returns.toEqualTypeOf<Portfolio>();
  });

  it('safeParse functions return a result that narrows on success', () => {
    expectTypeOf(safeParseCollaboration).returns.toEqualTypeOf<ParseResult<Collaboration>>();
    expectTypeOf(safeParseAssessment).returns.toEqualTypeOf<ParseResult<Assessment>>();
    expectTypeOf(safeParsePortfolio).returns.toEqualTypeOf<ParseResult<Portfolio>>();
    const result = safeParseCollaboration({});
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<Collaboration>();
    else expectTypeOf(result.error).toEqualTypeOf<SamenwerkingError>();
  });

  it('catalogue fields carry literal id types, so typos fail to compile', () => {
    expectTypeOf<Collaboration['form']>().toEqualTypeOf<FormId>();
    expectTypeOf<Collaboration['themes'][number]>().toEqualTypeOf<ThemeId>();
    const themes: Collaboration['themes'] = ['krimp'];
    expectTypeOf(themes).toMatchTypeOf<readonly ThemeId[]>();
    // @ts-expect-error 'krimpp' is not a theme id
    const wrong: Collaboration['themes'] = ['krimpp'];
    expectTypeOf(wrong).not.toBeAny();
  });

  it('documents are readonly', () => {
    const collaboration = {} as Collaboration;
    // @ts-expect-error a parsed document cannot be changed
    collaboration.name = 'x';
    // @ts-expect-error lists are readonly too
    collaboration.partners.push({ id: 'a', name: 'A', type: 'school' });
  });

  it('x- keys are allowed in the types', () => {
    expectTypeOf<Collaboration>().toHaveProperty('x-note');
  });

  it('the schemas are Standard Schemas', () => {
    // The Standard Schema interface, written out so the test does not depend on a transitive package.
    interface StandardSchema<Output> {
      readonly '~standard': {
        readonly version: 1;
        readonly vendor: string;
        readonly validate: (value: unknown) => unknown;
        readonly types?: { readonly output: Output } | undefined;
      };
    }
    expectTypeOf(CollaborationSchema).toMatchTypeOf<StandardSchema<Collaboration>>();
  });
});

describe('update types', () => {
  it('recipes get a mutable draft and return the document type', () => {
    expectTypeOf(updateCollaboration).returns.toEqualTypeOf<Collaboration>();
    updateCollaboration({} as Collaboration, (draft) => {
      expectTypeOf(draft).toEqualTypeOf<Draft<Collaboration>>();
      draft.name = 'x';
      draft.partners.push({ id: 'a', name: 'A', type: 'school' });
      // @ts-expect-error the draft keeps the literal id types
      draft.form = 'fusie';
    });
  });

  it('helpers take typed parts', () => {
    // @ts-expect-error a partner needs a known type
    addPartner({} as Collaboration, { id: 'a', name: 'A', type: 'gemeenten' });
  });
});
