import type { StandardSchemaV1 } from '@standard-schema/spec';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type Assessment,
  type Collaboration,
  type Plan,
  type StandardSchema,
  toStandardSchema,
} from '../../src/schema/index.js';

describe('toStandardSchema types', () => {
  it('is a Standard Schema v1 of the official specification, with the document as output', () => {
    const schema = toStandardSchema('assessment');
    expectTypeOf(schema).toExtend<StandardSchemaV1<unknown, Assessment>>();
    expectTypeOf<StandardSchemaV1.InferOutput<typeof schema>>().toEqualTypeOf<Assessment>();
    expectTypeOf(toStandardSchema('collaboration')).toEqualTypeOf<StandardSchema<Collaboration>>();
  });

  it('takes only the document kinds and the two locales', () => {
    // @ts-expect-error 'survey' is not a document kind
    toStandardSchema('survey');
    expectTypeOf(toStandardSchema('plan')).toEqualTypeOf<StandardSchema<Plan>>();
    // @ts-expect-error German is not a locale of the library
    toStandardSchema('assessment', { locale: 'de' });
  });
});
