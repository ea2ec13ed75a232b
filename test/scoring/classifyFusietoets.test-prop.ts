import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { sectorIds } from '../../src/catalogue/ids/sectors.js';
import { toIsoDate } from '../../src/internal/calendar.js';
import { deepFreeze } from '../../src/internal/deepFreeze.js';
import { classifyFusietoets, type FusietoetsMerger } from '../../src/scoring/classifyFusietoets.js';

const day = fc
  .date({ min: new Date(2005, 0, 1), max: new Date(2035, 11, 31), noInvalidDate: true })
  .map((date) => toIsoDate(date));
const size = fc.option(fc.nat({ max: 5000 }), { nil: undefined });
const flag = fc.option(fc.boolean(), { nil: undefined });

/** Valid mergers only: the flags are set where the kind and sector allow them. */
const merger: fc.Arbitrary<FusietoetsMerger> = fc
  .record({
    kind: fc.constantFrom('institutioneel' as const, 'bestuurlijk' as const),
    sector: fc.constantFrom(...sectorIds),
    pupils: size,
    schools: size,
    praktijkonderwijs: flag,
    samenwerking: flag,
    meetsLightTestCriteria: flag,
  })
  .map(({ samenwerking, praktijkonderwijs, ...rest }) => {
    const joint = rest.kind === 'bestuurlijk' ? { samenwerkingsbestuur: samenwerking } : {};
    const school =
      rest.kind === 'institutioneel' && (rest.sector === 'po' || rest.sector === 'vo')
        ? { samenwerkingsschool: samenwerking }
        : {};
    const pro = rest.sector === 'vo' || rest.sector === 'praktijkonderwijs' ? { praktijkonderwijs } : {};
    return { ...rest, ...joint, ...school, ...pro };
  });

describe('classifyFusietoets laws', () => {
  test.prop([merger, day], { numRuns: 1000 })(
    'a result is uncertain exactly when it names alternatives',
    (input, on) => {
      const result = classifyFusietoets(input, on);
      expect(result.uncertain).toBe(result.alternatives.length > 0);
      expect(result.alternatives).not.toContain(result.route);
      expect(result.ferRequired).toBe(result.route !== 'geen-fusietoets');
      expect(result.reasons.length).toBeGreaterThan(0);
    },
  );

  test.prop([merger, day], { numRuns: 1000 })('the rule applied is in force on the date', (input, on) => {
    const { rule } = classifyFusietoets(input, on);
    expect(rule.effectiveFrom === null || rule.effectiveFrom <= on).toBe(true);
    expect(rule.effectiveUntil === null || on <= rule.effectiveUntil).toBe(true);
  });

  test.prop([merger, day], { numRuns: 1000 })(
    'a Date and the same day as a string give the same result',
    (input, on) => {
      const [year, month, date] = on.split('-').map(Number) as [number, number, number];
      expect(classifyFusietoets(input, new Date(year, month - 1, date))).toEqual(classifyFusietoets(input, on));
    },
  );

  test.prop([fc.nat({ max: 3000 }), fc.nat({ max: 3000 }), day], { numRuns: 1000 })(
    'more pupils never turn a tested primary school merger into an exempt one',
    (first, second, on) => {
      const [low, high] = first <= second ? [first, second] : [second, first];
      const small = classifyFusietoets({ kind: 'institutioneel', sector: 'po', pupils: low }, on);
      const large = classifyFusietoets({ kind: 'institutioneel', sector: 'po', pupils: high }, on);
      if (small.route !== 'niet-toetsplichtig') expect(large.route).not.toBe('niet-toetsplichtig');
    },
  );

  test.prop([merger, day], { numRuns: 1000 })('nothing changes its input', (input, on) => {
    const copy = structuredClone(input);
    classifyFusietoets(deepFreeze(input), on);
    expect(input).toEqual(copy);
  });

  test.prop([fc.anything(), fc.anything()], { numRuns: 1000 })(
    'any input either classifies or throws a SamenwerkingError, nothing else',
    (input, on) => {
      try {
        classifyFusietoets(input as FusietoetsMerger, on as string);
      } catch (error) {
        expect((error as Error).name).toBe('SamenwerkingError');
      }
    },
  );
});
