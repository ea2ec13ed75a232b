import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { sectorIds } from '../../src/catalogue/ids/sectors.js';
import type { Sharing } from '../../src/catalogue/types.js';
import { deepFreeze } from '../../src/internal/deepFreeze.js';
import { type FormNeeds, recommendForms, type StatutoryPreference } from '../../src/scoring/recommendForms.js';

const sharing: readonly Sharing[] = ['overleg', 'uitvoering', 'personeel', 'middelen', 'bestuur', 'organisatie'];
const flag = fc.option(fc.boolean(), { nil: undefined });

const needs: fc.Arbitrary<FormNeeds> = fc.record(
  {
    share: fc.subarray([...sharing]),
    keepLegalEntity: flag,
    keepIdentity: flag,
    mixedDenominations: flag,
    sectors: fc.subarray([...sectorIds]),
    pupils: fc.option(fc.nat({ max: 3000 }), { nil: undefined }),
    schools: fc.option(fc.nat({ max: 40 }), { nil: undefined }),
    statutory: fc.option(fc.constantFrom<StatutoryPreference>('include', 'exclude', 'only'), { nil: undefined }),
  },
  { requiredKeys: [] },
);

/** What can be added to needs: more to share, more to keep, a denomination fact, more sectors, a stricter choice. */
const addition = fc.record({
  share: fc.subarray([...sharing]),
  keepLegalEntity: fc.boolean(),
  keepIdentity: fc.boolean(),
  mixedDenominations: flag,
  sectors: fc.subarray([...sectorIds]),
  statutory: fc.constantFrom<StatutoryPreference>('exclude', 'only'),
});

type Addition = typeof addition extends fc.Arbitrary<infer Value> ? Value : never;

/** The needs with more asked: a need that was set keeps its value; only a field left open is filled in. */
function extend(base: FormNeeds, extra: Addition): FormNeeds {
  return {
    ...base,
    share: [...(base.share ?? []), ...extra.share],
    keepLegalEntity: base.keepLegalEntity === true || extra.keepLegalEntity,
    keepIdentity: base.keepIdentity === true || extra.keepIdentity,
    mixedDenominations: base.mixedDenominations ?? extra.mixedDenominations,
    sectors: [...(base.sectors ?? []), ...extra.sectors],
    statutory: base.statutory === undefined || base.statutory === 'include' ? extra.statutory : base.statutory,
  };
}

const fittingForms = (input: FormNeeds): Set<string> =>
  new Set(
    recommendForms(input)
      .candidates.filter((candidate) => candidate.fits)
      .map((candidate) => candidate.form),
  );

describe('recommendForms laws', () => {
  test.prop([needs, fc.boolean()], { numRuns: 1000 })(
    'every fitting form comes before every form that does not fit, lightest first',
    (input, subForms) => {
      const { best, candidates } = recommendForms(input, { subForms });
      const firstMiss = candidates.findIndex((candidate) => !candidate.fits);
      const lastFit = candidates.map((candidate) => candidate.fits).lastIndexOf(true);
      if (firstMiss !== -1) expect(lastFit).toBeLessThan(firstMiss);
      const fits = candidates.filter((candidate) => candidate.fits);
      const levels = fits.map((candidate) => candidate.integration);
      expect(levels).toEqual([...levels].sort((left, right) => left - right));
      expect(best).toBe(fits[0]?.form ?? null);
    },
  );

  test.prop([needs], { numRuns: 1000 })('a form fits exactly when all six criteria are met', (input) => {
    for (const candidate of recommendForms(input).candidates) {
      expect(candidate.reasons.map((reason) => reason.criterion)).toEqual([
        'share',
        'keepLegalEntity',
        'keepIdentity',
        'mixedDenominations',
        'sectors',
        'statutory',
      ]);
      expect(candidate.fits).toBe(candidate.reasons.every((reason) => reason.met));
    }
  });

  test.prop([needs, addition], { numRuns: 1000 })('adding a need never makes an unfitting form fit', (input, extra) => {
    const before = fittingForms(input);
    for (const form of fittingForms(extend(input, extra))) expect(before.has(form)).toBe(true);
  });

  test.prop([needs], { numRuns: 1000 })('nothing changes its input', (input) => {
    const copy = structuredClone(input);
    const options = { on: '2026-03-15', subForms: true };
    recommendForms(deepFreeze(input), deepFreeze(options));
    expect(input).toEqual(copy);
    expect(options).toEqual({ on: '2026-03-15', subForms: true });
  });
});
