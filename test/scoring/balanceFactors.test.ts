import { describe, expect, it } from 'vitest';
import { factors as catalogueFactors } from '../../src/catalogue/data/factors.js';
import type { FactorId } from '../../src/catalogue/ids/factors.js';
import { deepFreeze } from '../../src/internal/deepFreeze.js';
import { safeParseCollaboration } from '../../src/schema/index.js';
import type { Collaboration, FactorObservation } from '../../src/schema/types.js';
import { balanceFactors } from '../../src/scoring/balanceFactors.js';
import { caught } from '../support/caught.js';

/** A number computed by hand as a fraction; compared to 10 decimals, since the code divides in floating point. */
const near = (value: number): number => expect.closeTo(value, 10) as unknown as number;

function collaborationWith(factors: readonly FactorObservation[]): Collaboration {
  return {
    kind: 'collaboration',
    schemaVersion: 1,
    id: 'regio-west',
    name: 'Regio West',
    themes: ['krimp'],
    form: 'convenant',
    partners: [
      { id: 'noord', name: 'Bestuur Noord', type: 'schoolbestuur' },
      { id: 'zuid', name: 'Bestuur Zuid', type: 'schoolbestuur' },
    ],
    factors,
  };
}

function observe(factor: FactorId, strength: 0 | 1 | 2 | 3): FactorObservation {
  return { factor, strength };
}

/** Catches the SamenwerkingError a call throws; fails the test when it throws nothing or something else. */

// Collaboration A, with the catalogue weights (polarity, category, strategy factors, weight):
//   ervaren-urgentie              bevorderend context      [ambitie, belanghebbenden] w1, strength 3 → 3
//   gedeelde-visie                bevorderend inhoudelijk  [ambitie]                  w1, strength 2 → 2
//   concurrentiedenken            belemmerend cultureel    [belangen, ambitie]        w2, strength 2 → 4
//   gebrek-geld-en-tijd           belemmerend financieel   [organisatie, ambitie]     w2, strength 1 → 2
//   persoonlijke-relatie          belemmerend relationeel  [relatie]                  w1, strength 0 → 0
//   elkaar-kennen-en-gunnen       bevorderend relationeel  [relatie, belangen]        w1, strength 0 → 0
// promoting = 3 + 2 = 5; hindering = 4 + 2 = 6; outlook = 100 × 5 / 11 = 45.4545…
const observationsA: readonly FactorObservation[] = [
  observe('persoonlijke-relatie', 0),
  observe('concurrentiedenken', 2),
  observe('ervaren-urgentie', 3),
  observe('gebrek-geld-en-tijd', 1),
  observe('gedeelde-visie', 2),
  observe('elkaar-kennen-en-gunnen', 0),
];
const collaborationA = collaborationWith(observationsA);

describe('balanceFactors on collaboration A with the catalogue weights', () => {
  const balance = balanceFactors(collaborationA);

  it('sums strength × weight per polarity and gives the promoting share as the outlook', () => {
    expect(balance.collaboration).toBe('regio-west');
    expect(balance.promoting).toBe(5);
    expect(balance.hindering).toBe(6);
    expect(balance.outlook).toEqual(near(500 / 11));
  });

  it('lists every observation in catalogue order with its weight and contribution', () => {
    // Catalogue positions: ervaren-urgentie 0, gedeelde-visie 6, elkaar-kennen-en-gunnen 7, concurrentiedenken 13,
    // gebrek-geld-en-tijd 15, persoonlijke-relatie 22.
    expect(balance.observations.map((item) => [item.factor, item.strength, item.weight, item.contribution])).toEqual([
      ['ervaren-urgentie', 3, 1, 3],
      ['gedeelde-visie', 2, 1, 2],
      ['elkaar-kennen-en-gunnen', 0, 1, 0],
      ['concurrentiedenken', 2, 2, 4],
      ['gebrek-geld-en-tijd', 1, 2, 2],
      ['persoonlijke-relatie', 0, 1, 0],
    ]);
    expect(balance.observations[0]).toEqual({
      factor: 'ervaren-urgentie',
      label: { nl: 'Ervaren urgentie', en: 'Perceived urgency' },
      polarity: 'bevorderend',
      category: 'context',
      strategyFactors: ['ambitie', 'belanghebbenden'],
      strength: 3,
      weight: 1,
      contribution: 3,
    });
  });

  it('balances every domain, in a fixed order, with null where nothing weighs', () => {
    expect(
      balance.categories.map((group) => [group.category, group.promoting, group.hindering, group.outlook]),
    ).toEqual([
      ['financieel', 0, 2, 0],
      ['organisatorisch', 0, 0, null],
      ['wet-en-regelgeving', 0, 0, null],
      ['relationeel', 0, 0, null],
      ['cultureel', 0, 4, 0],
      ['inhoudelijk', 2, 0, 100],
      ['context', 3, 0, 100],
    ]);
    expect(balance.categories[3]?.factors).toEqual(['elkaar-kennen-en-gunnen', 'persoonlijke-relatie']);
    expect(balance.categories[0]?.label).toEqual({ nl: 'Financieel', en: 'Financial' });
  });

  it('counts a factor in full for every strategy factor it bears on', () => {
    // ambitie: ervaren-urgentie 3 + gedeelde-visie 2 against concurrentiedenken 4 + gebrek-geld-en-tijd 2.
    expect(
      balance.strategyFactors.map((group) => [group.strategyFactor, group.promoting, group.hindering, group.outlook]),
    ).toEqual([
      ['belanghebbenden', 3, 0, 100],
      ['ambitie', 5, 6, near(500 / 11)],
      ['belangen', 0, 4, 0],
      ['relatie', 0, 0, null],
      ['organisatie', 0, 2, 0],
      ['communicatie', 0, 0, null],
    ]);
    expect(balance.strategyFactors[1]?.factors).toEqual([
      'ervaren-urgentie',
      'gedeelde-visie',
      'concurrentiedenken',
      'gebrek-geld-en-tijd',
    ]);
    expect(balance.strategyFactors[0]?.label).toEqual({
      nl: 'Betrek alle belanghebbenden',
      en: 'Involve all stakeholders',
    });
  });

  it('names the heaviest obstacles with their share of the hindering weight, leaving out strength 0', () => {
    expect(balance.strongestObstacles).toEqual([
      {
        factor: 'concurrentiedenken',
        label: expect.objectContaining({ nl: expect.any(String) }),
        category: 'cultureel',
        strength: 2,
        weight: 2,
        contribution: 4,
        share: near(400 / 6),
        explanation: {
          nl: 'Sterkte 2 × gewicht 2 = 4, 66,7% van het belemmerende gewicht.',
          en: 'Strength 2 × weight 2 = 4, 66.7% of the hindering weight.',
        },
      },
      expect.objectContaining({ factor: 'gebrek-geld-en-tijd', contribution: 2, share: near(200 / 6) }),
    ]);
  });

  it('ranks the likely reasons by evidence weight, with the factors behind each', () => {
    // niet-willen: concurrentiedenken present 2 × 2 = 4, elkaar-kennen-en-gunnen absent 3 × 1 = 3 → 7
    //   (persoonlijke-relatie is belemmerend but at strength 0, so it is no evidence).
    // niet-op-netvlies: concurrentiedenken 4. praktische-redenen: gebrek-geld-en-tijd 1 × 2 = 2.
    // geen-urgentie-besef: ervaren-urgentie is present (3), so no evidence; geen-gezamenlijke-ambitie likewise.
    expect(balance.likelyReasons.map((reason) => [reason.reason, reason.evidenceWeight])).toEqual([
      ['niet-willen', 7],
      ['niet-op-netvlies', 4],
      ['praktische-redenen', 2],
    ]);
    const unwilling = balance.likelyReasons[0];
    expect(unwilling?.evidence.map((item) => [item.factor, item.signal, item.strength, item.evidenceWeight])).toEqual([
      ['concurrentiedenken', 'present', 2, 4],
      ['elkaar-kennen-en-gunnen', 'absent', 0, 3],
    ]);
    expect(unwilling?.label).toEqual({ nl: 'Niet willen samenwerken', en: 'Unwilling to collaborate' });
    expect(unwilling?.evidence[1]?.explanation.en).toBe(
      'Knowing each other and letting the other gain is absent (strength 0, counts as 3 × weight 1 = 3)',
    );
    expect(unwilling?.explanation.en).toMatch(/^Points to this reason: .+ Evidence weight in total 7\.$/);
  });

  it('explains the formula and the outcome in both languages', () => {
    expect(balance.explanation.formula.en).toContain('outlook = 100 × promoting / (promoting + hindering)');
    expect(balance.explanation.summary).toEqual({
      nl: 'Bevorderend 5, belemmerend 6: uitzicht 45,5 op een schaal van 0 tot 100.',
      en: 'Promoting 5, hindering 6: outlook 45.5 on a scale of 0 to 100.',
    });
  });
});

describe('balanceFactors with options', () => {
  it('uses a weight from options.weights instead of the catalogue weight', () => {
    // ervaren-urgentie 3 × 3 = 9, gedeelde-visie 2 × 1 = 2 → promoting 11;
    // concurrentiedenken 2 × 0.5 = 1, gebrek-geld-en-tijd 1 × 2 = 2 → hindering 3; outlook 100 × 11 / 14.
    const balance = balanceFactors(collaborationA, {
      weights: { 'ervaren-urgentie': 3, concurrentiedenken: 0.5, 'gedeelde-visie': undefined },
    });
    expect([balance.promoting, balance.hindering]).toEqual([11, 3]);
    expect(balance.outlook).toEqual(near(1100 / 14));
    expect(balance.strongestObstacles.map((obstacle) => obstacle.factor)).toEqual([
      'gebrek-geld-en-tijd',
      'concurrentiedenken',
    ]);
  });

  it('keeps catalogue order between obstacles of equal weight, whatever the document order', () => {
    // leerlingenvervoer (w1) at 2 and wet-en-regelgeving (w2) at 1 both weigh 2; wet-en-regelgeving comes first
    // in the catalogue (position 12 against 19).
    const balance = balanceFactors(
      collaborationWith([observe('leerlingenvervoer', 2), observe('wet-en-regelgeving', 1)]),
    );
    expect(balance.strongestObstacles.map((obstacle) => obstacle.factor)).toEqual([
      'wet-en-regelgeving',
      'leerlingenvervoer',
    ]);
  });

  it('lists at most maxObstacles obstacles', () => {
    expect(balanceFactors(collaborationA, { maxObstacles: 1 }).strongestObstacles).toHaveLength(1);
    expect(balanceFactors(collaborationA, { maxObstacles: 0 }).strongestObstacles).toEqual([]);
    expect(balanceFactors(collaborationA, { maxObstacles: undefined }).strongestObstacles).toHaveLength(2);
  });

  it('drops an absent promoting factor with weight 0 from the evidence', () => {
    // With elkaar-kennen-en-gunnen at weight 0, niet-willen keeps only concurrentiedenken (4).
    const balance = balanceFactors(collaborationA, { weights: { 'elkaar-kennen-en-gunnen': 0 } });
    expect(balance.likelyReasons.map((reason) => [reason.reason, reason.evidenceWeight])).toEqual([
      ['niet-op-netvlies', 4],
      ['niet-willen', 4],
      ['praktische-redenen', 2],
    ]);
  });

  it('gives an outlook of null when every observed weight is switched off', () => {
    const balance = balanceFactors(collaborationWith([observe('ervaren-urgentie', 3)]), {
      weights: { 'ervaren-urgentie': 0 },
    });
    expect(balance.outlook).toBeNull();
    expect(balance.strongestObstacles).toEqual([]);
  });
});

describe('balanceFactors at the edges', () => {
  it('gives no outlook, obstacles or reasons when nothing is observed', () => {
    const document = collaborationWith([]);
    const { factors: _left, ...withoutFactors } = document;
    for (const collaboration of [document, withoutFactors as Collaboration]) {
      const balance = balanceFactors(collaboration);
      expect([balance.promoting, balance.hindering, balance.outlook]).toEqual([0, 0, null]);
      expect(balance.observations).toEqual([]);
      expect(balance.strongestObstacles).toEqual([]);
      expect(balance.likelyReasons).toEqual([]);
      expect(balance.explanation.summary.en).toBe(
        'No outlook: nothing was observed with a strength and weight above 0.',
      );
      expect(balance.categories.every((group) => group.outlook === null)).toBe(true);
    }
  });

  it('gives an outlook of 100 with only promoting weight and 0 with only hindering weight', () => {
    expect(balanceFactors(collaborationWith([observe('gedeelde-visie', 1)])).outlook).toBe(100);
    expect(balanceFactors(collaborationWith([observe('cultuurverschillen', 1)])).outlook).toBe(0);
  });

  it('gives the same result whatever the order of the observations', () => {
    const reversed = collaborationWith([...observationsA].reverse());
    expect(balanceFactors(reversed)).toEqual(balanceFactors(collaborationA));
  });

  it('does not change a deeply frozen input', () => {
    const frozen = deepFreeze(structuredClone(collaborationA));
    const options = deepFreeze({ weights: { concurrentiedenken: 1 }, maxObstacles: 2 });
    expect(() => balanceFactors(frozen, options)).not.toThrow();
    expect(frozen).toEqual(collaborationA);
  });

  it('hands out a deeply frozen result, so nobody can change a catalogue text through it', () => {
    const balance = balanceFactors(collaborationA);
    const label = balance.observations[0]?.label as { nl: string };
    expect(Object.isFrozen(label)).toBe(true);
    expect(Object.isFrozen(balance.categories[0]?.label)).toBe(true);
    expect(Object.isFrozen(balance.explanation.formula)).toBe(true);
    expect(() => {
      label.nl = 'veranderd';
    }).toThrow(TypeError);
    const catalogueLabel = catalogueFactors.find((factor) => factor.id === 'ervaren-urgentie')?.label.nl;
    expect(catalogueLabel).toBe('Ervaren urgentie');
    expect(balanceFactors(collaborationA).observations[0]?.label.nl).toBe('Ervaren urgentie');
  });
});

describe('balanceFactors rejects bad options and bad observations', () => {
  it('lists every bad option at once, with its code and path', () => {
    const error = caught(() =>
      balanceFactors(collaborationA, {
        weights: { concurentiedenken: 1, 'gedeelde-visie': -1, 'ervaren-urgentie': 2_000_000 },
        maxObstacles: 1.5,
        colour: 'rood',
      } as never),
    );
    expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['invalid_option', ['options', 'colour']],
      ['unknown_id', ['options', 'weights', 'concurentiedenken']],
      ['invalid_option', ['options', 'weights', 'gedeelde-visie']],
      ['invalid_option', ['options', 'weights', 'ervaren-urgentie']],
      ['invalid_option', ['options', 'maxObstacles']],
    ]);
    expect(error.issues[1]?.message.en).toContain("Did you mean 'concurrentiedenken'?");
    expect(error.issues[2]?.message.en).toContain('a number from 0 to 1,000,000');
  });

  it('rejects weights that are not an object, and options that are not an object', () => {
    expect(caught(() => balanceFactors(collaborationA, { weights: [1] } as never)).issues[0]?.path).toEqual([
      'options',
      'weights',
    ]);
    expect(caught(() => balanceFactors(collaborationA, 3 as never)).issues[0]?.code).toBe('invalid_option');
  });

  it('refuses a hand-built document with an unknown factor, a repeated factor or a strength outside 0..3', () => {
    const document = collaborationWith([
      observe('ervaren-urgentie', 1),
      { factor: 'ervaren-urgentie', strength: 2 },
      { factor: 'bestaat-niet', strength: 1 } as unknown as FactorObservation,
      { factor: 'gedeelde-visie', strength: 4 } as unknown as FactorObservation,
    ]);
    const error = caught(() => balanceFactors(document));
    expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([['invalid_argument', ['collaboration']]]);
    expect(error.issues[0]?.message.en).toContain('parseCollaboration');
    const parsed = safeParseCollaboration(document);
    expect(parsed.success).toBe(false);
    if (!parsed.success) {
      const paths = parsed.error.issues.map((issue) => issue.path.join('.'));
      expect(paths).toEqual(expect.arrayContaining(['factors.1.factor', 'factors.2.factor', 'factors.3.strength']));
    }
  });
});

describe('balanceFactors documentation', () => {
  it('gives the results shown in its example', () => {
    // ervaren-urgentie 3 + bevlogenheid-inhoudelijk-doel 3 = 6 against concurrentiedenken 1 × 2 = 2: 100 × 6 / 8 = 75.
    const balance = balanceFactors(
      collaborationWith([
        observe('ervaren-urgentie', 3),
        observe('bevlogenheid-inhoudelijk-doel', 3),
        observe('concurrentiedenken', 1),
        observe('gedeelde-visie', 0),
      ]),
    );
    expect([balance.promoting, balance.hindering, balance.outlook]).toEqual([6, 2, 75]);
    expect(balance.strongestObstacles.map((obstacle) => obstacle.factor)).toEqual(['concurrentiedenken']);
    expect(balance.likelyReasons.map((reason) => [reason.reason, reason.evidenceWeight])).toEqual([
      ['geen-gezamenlijke-ambitie', 3],
      ['niet-op-netvlies', 2],
      ['niet-willen', 2],
    ]);
  });
});
