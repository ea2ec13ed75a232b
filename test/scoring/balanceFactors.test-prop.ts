import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { factors as catalogueFactors } from '../../src/catalogue/data/factors.js';
import type { FactorId } from '../../src/catalogue/ids/factors.js';
import { factorIds } from '../../src/catalogue/ids/factors.js';
import { deepFreeze } from '../../src/internal/deepFreeze.js';
import type { Collaboration, FactorObservation } from '../../src/schema/types.js';
import { type BalanceFactorsOptions, balanceFactors } from '../../src/scoring/balanceFactors.js';

type Strength = 0 | 1 | 2 | 3;

const promotingIds = catalogueFactors.filter((factor) => factor.polarity === 'bevorderend').map((factor) => factor.id);
const hinderingIds = catalogueFactors.filter((factor) => factor.polarity === 'belemmerend').map((factor) => factor.id);

const strength = fc.constantFrom<Strength>(0, 1, 2, 3);
const observations = fc.uniqueArray(fc.record({ factor: fc.constantFrom(...factorIds), strength }), {
  selector: (observation) => observation.factor,
  maxLength: 25,
});
/** Weights anywhere in the allowed range, including tiny and huge ones, or the catalogue weights. */
const weights = fc.option(
  fc.dictionary(fc.constantFrom(...factorIds), fc.double({ min: 0, max: 1_000_000, noNaN: true }), { maxKeys: 12 }),
  { nil: undefined },
);

function collaborationWith(factors: readonly FactorObservation[]): Collaboration {
  return {
    kind: 'collaboration',
    schemaVersion: 1,
    id: 'eigenschap',
    name: 'Eigenschap',
    themes: ['krimp'],
    form: 'netwerk',
    partners: [
      { id: 'a', name: 'A', type: 'schoolbestuur' },
      { id: 'b', name: 'B', type: 'gemeente' },
    ],
    factors,
  };
}

function optionsOf(weightsById: Readonly<Record<string, number>> | undefined): BalanceFactorsOptions {
  return weightsById === undefined ? {} : { weights: weightsById as Partial<Record<FactorId, number>> };
}

/** The observations with one factor set to a strength (added when it is not observed yet). */
function withStrength(list: readonly FactorObservation[], factor: FactorId, value: Strength): FactorObservation[] {
  const others = list.filter((observation) => observation.factor !== factor);
  return [...others, { factor, strength: value }];
}

describe('balanceFactors laws', () => {
  test.prop([observations, weights], { numRuns: 1000 })('the outlook lies within 0..100, or is null', (list, byId) => {
    const balance = balanceFactors(collaborationWith(list), optionsOf(byId));
    if (balance.outlook === null) {
      expect(balance.promoting + balance.hindering).toBe(0);
    } else {
      expect(balance.outlook).toBeGreaterThanOrEqual(0);
      expect(balance.outlook).toBeLessThanOrEqual(100);
    }
    for (const group of [...balance.categories, ...balance.strategyFactors]) {
      if (group.outlook !== null) expect(group.outlook >= 0 && group.outlook <= 100).toBe(true);
    }
  });

  test.prop([observations, weights, fc.constantFrom(...promotingIds), strength, strength], { numRuns: 1000 })(
    'raising the strength of a promoting factor never lowers the outlook',
    (list, byId, factor, first, second) => {
      const [low, high] = first <= second ? [first, second] : [second, first];
      const before = balanceFactors(collaborationWith(withStrength(list, factor, low)), optionsOf(byId)).outlook;
      const after = balanceFactors(collaborationWith(withStrength(list, factor, high)), optionsOf(byId)).outlook;
      if (before !== null) {
        expect(after).not.toBeNull();
        expect(after as number).toBeGreaterThanOrEqual(before);
      }
    },
  );

  test.prop([observations, weights, fc.constantFrom(...hinderingIds), strength, strength], { numRuns: 1000 })(
    'raising the strength of a hindering factor never raises the outlook',
    (list, byId, factor, first, second) => {
      const [low, high] = first <= second ? [first, second] : [second, first];
      const before = balanceFactors(collaborationWith(withStrength(list, factor, low)), optionsOf(byId)).outlook;
      const after = balanceFactors(collaborationWith(withStrength(list, factor, high)), optionsOf(byId)).outlook;
      if (before !== null) {
        expect(after).not.toBeNull();
        expect(after as number).toBeLessThanOrEqual(before);
      }
    },
  );

  test.prop([observations, weights], { numRuns: 1000 })(
    'the order of the observations does not matter',
    (list, byId) => {
      const forward = balanceFactors(collaborationWith(list), optionsOf(byId));
      const backward = balanceFactors(collaborationWith([...list].reverse()), optionsOf(byId));
      expect(backward).toEqual(forward);
    },
  );

  test.prop([observations, weights, fc.nat({ max: 10 })], { numRuns: 1000 })(
    'obstacles are hindering, heaviest first, and at most maxObstacles',
    (list, byId, maxObstacles) => {
      const balance = balanceFactors(collaborationWith(list), { ...optionsOf(byId), maxObstacles });
      expect(balance.strongestObstacles.length).toBeLessThanOrEqual(maxObstacles);
      const contributions = balance.strongestObstacles.map((obstacle) => obstacle.contribution);
      expect(contributions).toEqual([...contributions].sort((left, right) => right - left));
      expect(balance.strongestObstacles.every((obstacle) => hinderingIds.includes(obstacle.factor))).toBe(true);
    },
  );

  test.prop([observations, weights], { numRuns: 1000 })('nothing changes its input', (list, byId) => {
    const document = collaborationWith(list);
    const options = optionsOf(byId);
    const copy = structuredClone({ document, options });
    balanceFactors(deepFreeze(document), deepFreeze(options));
    expect({ document, options }).toEqual(copy);
  });
});
