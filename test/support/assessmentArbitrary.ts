/**
 * A fast-check arbitrary for valid assessment documents (DOMAIN §5.2): schemaVersion 1, unique respondent ids,
 * answers keyed by catalogue indicator ids, whole numbers within the scale or `null`, and at least one non-null
 * answer in the document. Reusable by every test that needs assessments.
 */
import fc from 'fast-check';
import { indicatorIds } from '../../src/catalogue/ids/indicators.js';
import type { Scale } from '../../src/catalogue/types.js';
import type { Answers, Assessment, Response } from '../../src/schema/types.js';

/** The knobs of {@link assessmentArbitrary}; every one has a default. */
export interface AssessmentArbitraryConstraints {
  /** The smallest number of responses; default 1. */
  readonly minResponses?: number;
  /** The largest number of responses; default 20. */
  readonly maxResponses?: number;
  /** The partner ids responses may name (a response names one or none); default three partners. */
  readonly partners?: readonly string[];
  /** Whether the document states its scale: always, never (so 1..5 applies), or either; default either. */
  readonly scale?: 'explicit' | 'default' | 'either';
  /** The chance, from 0 to 1, that an indicator a respondent answers is answered `null`; default 0.1. */
  readonly nullShare?: number;
  /** The chance, from 0 to 1, that a respondent answers an indicator at all; default 0.8. */
  readonly answerShare?: number;
}

const DEFAULT_PARTNERS = ['gemeente', 'bestuur-noord', 'bestuur-zuid'] as const;

/** An answer scale of whole numbers: min from −5 to 5, max from 1 to 10 points above it. */
export const scaleArbitrary: fc.Arbitrary<Scale> = fc
  .tuple(fc.integer({ min: -5, max: 5 }), fc.integer({ min: 1, max: 10 }))
  .map(([min, width]) => ({ min, max: min + width }));

function answersArbitrary(scale: Scale, nullShare: number, answerShare: number): fc.Arbitrary<Answers> {
  const answer = fc
    .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: scale.min, max: scale.max }))
    .map(([draw, value]): number | null => (draw < nullShare ? null : value));
  return fc
    .tuple(
      fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
        minLength: indicatorIds.length,
        maxLength: indicatorIds.length,
      }),
      fc.array(answer, { minLength: indicatorIds.length, maxLength: indicatorIds.length }),
    )
    .map(([draws, values]) => {
      const answers: Record<string, number | null> = {};
      indicatorIds.forEach((indicator, index) => {
        if ((draws[index] as number) < answerShare) answers[indicator] = values[index] as number | null;
      });
      return answers as Answers;
    });
}

/**
 * Generates valid assessment documents.
 *
 * @param constraints - The number of responses, the partners, the scale and how sparse the answers are.
 * @returns An arbitrary of assessments that satisfy DOMAIN §5.2.
 */
export function assessmentArbitrary(constraints: AssessmentArbitraryConstraints = {}): fc.Arbitrary<Assessment> {
  const partners = constraints.partners ?? DEFAULT_PARTNERS;
  const mode = constraints.scale ?? 'either';
  const nullShare = constraints.nullShare ?? 0.1;
  const answerShare = constraints.answerShare ?? 0.8;
  const scale: fc.Arbitrary<Scale | undefined> =
    mode === 'explicit'
      ? scaleArbitrary
      : mode === 'default'
        ? fc.constant(undefined)
        : fc.option(scaleArbitrary, { nil: undefined });
  return scale.chain((stated) => {
    const used = stated ?? { min: 1, max: 5 };
    const response = fc.tuple(
      partners.length === 0 ? fc.constant(undefined) : fc.option(fc.constantFrom(...partners), { nil: undefined }),
      answersArbitrary(used, nullShare, answerShare),
    );
    return fc
      .array(response, { minLength: constraints.minResponses ?? 1, maxLength: constraints.maxResponses ?? 20 })
      .map((drawn): Assessment => {
        const responses = drawn.map(([partner, answers], index): Response => {
          const respondent = `r${index + 1}`;
          return partner === undefined ? { respondent, answers } : { respondent, partner, answers };
        });
        // The format requires at least one non-null answer in the document.
        const hasAnswer = responses.some((entry) => Object.values(entry.answers).some((value) => value !== null));
        if (!hasAnswer) {
          const first = responses[0] as Response;
          responses[0] = { ...first, answers: { ...first.answers, [indicatorIds[0]]: used.min } };
        }
        return {
          kind: 'assessment',
          schemaVersion: 1,
          collaboration: 'samenwerking-test',
          date: '2026-03-15',
          ...(stated === undefined ? {} : { scale: stated }),
          responses,
        };
      });
  });
}
