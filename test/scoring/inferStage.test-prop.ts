import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { stages } from '../../src/catalogue/data/stages.js';
import { deepFreeze } from '../../src/internal/deepFreeze.js';
import { inferStage } from '../../src/scoring/inferStage.js';
import { scoreBerenschot } from '../../src/scoring/scoreBerenschot.js';
import { assessmentArbitrary } from '../support/assessmentArbitrary.js';
import { collaborationArbitrary } from '../support/collaborationArbitrary.js';

const RUNS = { numRuns: 1000 } as const;
/** 1,000 generated documents per property take a few seconds, more under coverage. */
const TIMEOUT = 60_000;

/** A collaboration with, half of the time, the score of an assessment of it. */
const withScore = fc
  .tuple(collaborationArbitrary, fc.option(assessmentArbitrary({ partners: [], maxResponses: 4 }), { nil: undefined }))
  .map(([collaboration, assessment]) => ({
    collaboration,
    score: assessment === undefined ? undefined : scoreBerenschot({ ...assessment, collaboration: collaboration.id }),
  }));

describe('inferStage on any valid document', () => {
  test.prop([withScore], RUNS)(
    'never throws and gives a stage whose order matches',
    ({ collaboration, score }) => {
      const inference = inferStage(collaboration, score);
      expect(stages[inference.order]?.id).toBe(inference.stage);
      expect(inference.scores[inference.order]?.stage).toBe(inference.stage);
    },
    TIMEOUT,
  );

  test.prop([withScore], RUNS)(
    'picks a stage with the most points',
    ({ collaboration, score }) => {
      const inference = inferStage(collaboration, score);
      const best = Math.max(...inference.scores.map((entry) => entry.points));
      expect(inference.scores[inference.order]?.points).toBe(best);
    },
    TIMEOUT,
  );

  test.prop([withScore], RUNS)(
    'adds up: stage points are the exact sums of the reasons (whole sixths), shares sum to 1',
    ({ collaboration, score }) => {
      const inference = inferStage(collaboration, score);
      // Every reason gives a whole number of sixths (3, 1, ½ or a strength ÷ 3); a stage has exactly their sum.
      const sixths = [0, 0, 0, 0, 0];
      for (const reason of inference.reasons) {
        expect(reason.evidence.length).toBeGreaterThan(0);
        expect(stages[reason.order]?.id).toBe(reason.stage);
        const share = Math.round(reason.points * 6);
        expect(Math.abs(reason.points * 6 - share)).toBeLessThan(1e-9);
        sixths[reason.order] = (sixths[reason.order] as number) + share;
      }
      expect(inference.scores.map((entry) => entry.points)).toStrictEqual(sixths.map((count) => count / 6));
      const shares = inference.scores.reduce((total, entry) => total + entry.share, 0);
      expect(shares).toBeCloseTo(1, 12);
    },
    TIMEOUT,
  );

  test.prop([withScore], RUNS)(
    'counts the self-placement exactly when the document has a stage',
    ({ collaboration, score }) => {
      const inference = inferStage(collaboration, score);
      const self = inference.reasons.filter((reason) => reason.rule === 'self-placement');
      expect(self.map((reason) => reason.stage)).toStrictEqual(
        collaboration.stage === undefined ? [] : [collaboration.stage],
      );
      expect(inference.selfPlaced).toBe(collaboration.stage ?? null);
    },
    TIMEOUT,
  );

  test.prop([withScore], RUNS)(
    'changes nothing in a frozen input',
    ({ collaboration, score }) => {
      const before = structuredClone({ collaboration, score });
      deepFreeze(collaboration);
      if (score !== undefined) deepFreeze(score);
      inferStage(collaboration, score);
      expect({ collaboration, score }).toStrictEqual(before);
    },
    TIMEOUT,
  );

  test.prop([collaborationArbitrary], RUNS)(
    'gives the same answer twice',
    (collaboration) => {
      expect(inferStage(collaboration)).toStrictEqual(inferStage(collaboration));
    },
    TIMEOUT,
  );
});
