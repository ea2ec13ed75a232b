import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { indicatorIds } from '../../src/catalogue/ids/indicators.js';
import { answerNumbersOf } from '../../src/internal/parsed.js';
import { safeParseAssessment, safeParsePortfolio } from '../../src/schema/index.js';
import type { Assessment, Portfolio, Response } from '../../src/schema/types.js';
import { scoreBerenschot, scoreByGroup, summarisePortfolio } from '../../src/scoring/index.js';
import { strategyModel } from '../../src/scoring/strategyModel.js';
import { fromJSON } from '../../src/serialise/index.js';
import { assessmentArbitrary } from '../support/assessmentArbitrary.js';
import { validAssessment, validCollaboration } from '../support/documents.js';

/** The pairs a response should carry, computed here from its answers: [position in indicatorIds, answer, …]. */
function expectedNumbers(response: Response): number[] {
  return Object.entries(response.answers).flatMap(([id, answer]) =>
    typeof answer === 'number' ? [(indicatorIds as readonly string[]).indexOf(id), answer] : [],
  );
}

function parsed<T>(result: { success: boolean; data?: T; error?: Error }): T {
  if (!result.success) throw result.error;
  return result.data as T;
}

describe('the numeric answers a parse keeps for the scoring', () => {
  it('are by position in the order the scoring uses', () => {
    expect(strategyModel().indicatorIds).toEqual(indicatorIds);
  });

  test.prop([assessmentArbitrary()], { numRuns: 300 })(
    'are every numeric answer of each response, whether the parse copies the document or reads fresh JSON',
    (assessment) => {
      const copied = parsed<Assessment>(safeParseAssessment(assessment));
      const read = parsed<Assessment>(fromJSON(JSON.stringify(assessment), { kind: 'assessment' }));
      for (const document of [copied, read]) {
        document.responses.forEach((response, index) => {
          expect(answerNumbersOf(response)).toEqual(expectedNumbers(assessment.responses[index] as Response));
        });
      }
    },
  );

  test.prop([assessmentArbitrary()], { numRuns: 300 })(
    'give the score a response without them gives: a parsed assessment scores as its plain clone',
    (assessment) => {
      const document = parsed<Assessment>(safeParseAssessment(assessment));
      const clone = structuredClone(document);
      expect(answerNumbersOf(clone.responses[0] as Response)).toBeUndefined();
      expect(scoreBerenschot(document)).toStrictEqual(scoreBerenschot(clone));
    },
  );

  test.prop([assessmentArbitrary()], { numRuns: 200 })(
    'give the group scores a response without them gives: a parsed assessment groups as its plain clone',
    (assessment) => {
      const document = parsed<Assessment>(safeParseAssessment(assessment));
      for (const by of ['all', 'partner'] as const) {
        expect(scoreByGroup(document, { by })).toStrictEqual(scoreByGroup(structuredClone(document), { by }));
      }
    },
  );

  it('are kept on the assessments of a portfolio, which summarises as its plain clone', () => {
    const portfolio = parsed<Portfolio>(
      safeParsePortfolio({
        kind: 'portfolio',
        schemaVersion: 1,
        name: 'Portfolio',
        collaborations: [validCollaboration()],
        assessments: [validAssessment()],
      }),
    );
    const response = portfolio.assessments[0]?.responses[0] as Response;
    expect(answerNumbersOf(response)).toEqual(expectedNumbers(response));
    expect(summarisePortfolio(portfolio)).toStrictEqual(summarisePortfolio(structuredClone(portfolio)));
  });

  it('do not get in the way of the issues of fresh JSON that breaks the format after its responses', () => {
    // The walk of fresh JSON freezes the responses with their numbers before it meets the break at `date` (after
    // them in the text); the issues then come from the rest of the pipeline, which reads those frozen responses.
    const { date: _date, ...assessment } = validAssessment();
    const text = JSON.stringify({ ...assessment, date: 20260315 });
    const result = fromJSON(text);
    if (result.success) throw new Error('the text was accepted');
    expect(result.error.issues.map((issue) => [issue.code, issue.path])).toEqual([['invalid_type', ['date']]]);
  });

  it('are not kept by a walk that only checks: an unparsed assessment is scored from its answers', () => {
    const assessment = validAssessment() as Assessment;
    const score = scoreBerenschot(assessment);
    expect(answerNumbersOf(assessment.responses[0] as Response)).toBeUndefined();
    expect(score).toStrictEqual(scoreBerenschot(parsed<Assessment>(safeParseAssessment(assessment))));
  });
});
