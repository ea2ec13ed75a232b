import { describe, expectTypeOf, it } from 'vitest';
import type { IndicatorId } from '../../src/catalogue/ids/indicators.js';
import {
  type AssessmentImportResult,
  assessmentFromCsv,
  assessmentFromRows,
  assessmentFromSurveyJs,
  blankAssessment,
  type questionnaire,
  type SurveyJsDefinition,
  toCsvTemplate,
  toSurveyJs,
} from '../../src/questionnaire/index.js';
import type { Assessment, Response } from '../../src/schema/types.js';
import { type AssessmentDraft, addResponse } from '../../src/update/index.js';

const options = { collaboration: 'kindcentra-noord', date: '2026-03-15' } as const;

describe('questionnaire types', () => {
  it('gives statements keyed by indicator id', () => {
    expectTypeOf<
      (typeof questionnaire.sections)[number]['questions'][number]['indicator']
    >().toEqualTypeOf<IndicatorId>();
  });

  it('returns the import result, narrowed by success', () => {
    const result = assessmentFromCsv('', options);
    expectTypeOf(result).toEqualTypeOf<AssessmentImportResult>();
    if (result.success) {
      expectTypeOf(result.data).toEqualTypeOf<Assessment>();
      expectTypeOf(result.ignoredColumns).toEqualTypeOf<readonly string[]>();
    }
    expectTypeOf(assessmentFromRows([[]], options)).toEqualTypeOf<AssessmentImportResult>();
    expectTypeOf(assessmentFromSurveyJs([{}], options)).toEqualTypeOf<AssessmentImportResult>();
  });

  it('requires the collaboration and the date', () => {
    // @ts-expect-error the date of the assessment is required
    assessmentFromRows([], { collaboration: 'x' });
    // @ts-expect-error the collaboration is required
    blankAssessment({ date: '2026-03-15' });
  });

  it('starts a draft that addResponse accepts, giving an assessment', () => {
    const draft = blankAssessment(options);
    expectTypeOf(draft).toEqualTypeOf<AssessmentDraft>();
    expectTypeOf(addResponse(draft, {} as Response)).toEqualTypeOf<Assessment>();
  });

  it('writes a SurveyJS definition and CSV text', () => {
    expectTypeOf(toSurveyJs()).toEqualTypeOf<SurveyJsDefinition>();
    expectTypeOf(toCsvTemplate({ dialect: 'excel-nl' })).toEqualTypeOf<string>();
    // @ts-expect-error only nl and en are written
    toSurveyJs({ locale: 'de' });
  });
});
