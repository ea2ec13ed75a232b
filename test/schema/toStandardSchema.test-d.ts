import type { StandardSchemaV1 } from '@standard-schema/spec';
import { describe, expectTypeOf, it } from 'vitest';
import { type Assessment, type Collaboration, type StandardSchema, toStandardSchema } from '../../src/schema/index.js';

describe('toStandardSchema types', () => {
  it('is a Standard Schema v1 of the official specification, with the document as output', () => {
    const schema = toStandardSchema('assessment');
    expectTypeOf(schema).toExtend<StandardSchemaV1<unknown, Assessment>>();
    expectTypeOf<StandardSchemaV1.InferOutput<typeof schema>>().toEqualTypeOf<Assessment>();
    expectTypeOf(toStandardSchema('collaboration')).toEqualTypeOf<StandardSchema<Collaboration>>();
  });

  it('takes only the document kinds and the two locales', () => {
    // @ts-expect-error 'plan' is not a document kind (yet)
    toStandardSchema('plan');
    // @ts-expect-error German is not a locale of the library
    toStandardSchema('assessment', { locale: 'de' });
  });
});
