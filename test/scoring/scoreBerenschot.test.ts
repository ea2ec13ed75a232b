import { describe, expect, it } from 'vitest';
import type { IndicatorId } from '../../src/catalogue/ids/indicators.js';
import type { StrategyFactorId } from '../../src/catalogue/ids/strategyFactors.js';
import type { LocalisedText } from '../../src/catalogue/types.js';
import type { SamenwerkingError } from '../../src/errors/SamenwerkingError.js';
import type { Assessment } from '../../src/schema/types.js';
import type { Band, FactorScore } from '../../src/scoring/index.js';
import { scoreBerenschot } from '../../src/scoring/index.js';

/** A number computed by hand as a fraction; compared to 10 decimals, since the code divides in floating point. */
const near = (value: number): number => expect.closeTo(value, 10) as unknown as number;

/** One indicator row, written by hand: id, score, number of answers, weight, whether it counted. */
type Row = readonly [IndicatorId, number | null, number, number, boolean];

interface Expected {
  readonly score: number | null;
  readonly band: Band | null;
  readonly coverage: number;
  readonly readiness: number | null;
  readonly rows: readonly Row[];
  readonly answeredWeight: number;
  readonly totalWeight: number;
  readonly minCoverage: number;
  readonly formula: LocalisedText;
  readonly summary: LocalisedText;
}

/** The full expected factor result, every field spelled out by the caller. */
function factor(id: StrategyFactorId, expected: Expected): FactorScore {
  return {
    factor: id,
    score: expected.score,
    band: expected.band,
    coverage: expected.coverage,
    readiness: expected.readiness,
    indicators: expected.rows.map(([indicator, score, answers]) => ({ indicator, score, answers })),
    explanation: {
      indicators: expected.rows.map(([indicator, score, , weight, counted]) => ({ indicator, score, weight, counted })),
      answeredWeight: expected.answeredWeight,
      totalWeight: expected.totalWeight,
      coverage: expected.coverage,
      minCoverage: expected.minCoverage,
      formula: expected.formula,
      summary: expected.summary,
    },
  };
}

describe('scoreBerenschot on assessment A: default scale 1..5, default options', () => {
  // Three respondents; r1 speaks for 'gemeente', r2 for 'bestuur', r3 for no partner.
  // On 1..5 an indicator score is 100 × (mean − 1) / 4 = 25 × (mean − 1).
  const assessment: Assessment = {
    kind: 'assessment',
    schemaVersion: 1,
    collaboration: 'spil-eindhoven',
    date: '2026-03-15',
    responses: [
      {
        respondent: 'r1',
        partner: 'gemeente',
        answers: {
          'belanghebbenden.tijdig-betrokken': 2,
          'belanghebbenden.vertegenwoordiging': 3,
          'belanghebbenden.gemeenteraad': 1,
          'belanghebbenden.schooldirecteuren': null,
          'ambitie.concreet': 5,
          'ambitie.uitgangspunten': 4,
          'ambitie.bijdragen': 5,
          'belangen.eigen-benoemd': 2,
          'relatie.regelmatig-contact': 4,
          'organisatie.structuur': 3,
          'organisatie.middelen': 4,
          'organisatie.planmatig': 2,
          'communicatie.tijdig': 1,
          'communicatie.afspraken': 4,
          'communicatie.respectvol': 5,
        },
      },
      {
        respondent: 'r2',
        partner: 'bestuur',
        answers: {
          'belanghebbenden.tijdig-betrokken': 1,
          'belanghebbenden.vertegenwoordiging': 3,
          'belanghebbenden.gemeenteraad': 2,
          'ambitie.concreet': 4,
          'ambitie.uitgangspunten': 4,
          'ambitie.bijdragen': 1,
          'belangen.eigen-benoemd': 2,
          'belangen.erkend': null,
          'organisatie.structuur': 5,
          'organisatie.middelen': 3,
          'organisatie.planmatig': 2,
          'communicatie.tijdig': 5,
          'communicatie.afspraken': 5,
          'communicatie.respectvol': 5,
        },
      },
      {
        respondent: 'r3',
        answers: {
          'belanghebbenden.tijdig-betrokken': null,
          'belanghebbenden.gemeenteraad': 1,
          'belanghebbenden.slagvaardig': 3,
          'ambitie.uitgangspunten': 5,
          'ambitie.urgentie': 4,
          'belangen.gezamenlijk-boven-eigen': 1,
          'organisatie.rollen': 5,
          'organisatie.planmatig': 1,
          'communicatie.afspraken': 4,
          'communicatie.aanspreekpunten': 5,
        },
      },
    ],
  };
  const result = scoreBerenschot(assessment);
  const formula = {
    nl: 'indicatorscore = 100 × (gemiddeld antwoord − 1) / (5 − 1); factorscore = Σ(gewicht × indicatorscore) / Σ gewicht over de beantwoorde indicatoren, alleen als het beantwoorde gewicht minstens 50% van het totale gewicht is',
    en: 'indicator score = 100 × (mean answer − 1) / (5 − 1); factor score = Σ(weight × indicator score) / Σ weight over the answered indicators, only when the answered weight is at least 50% of the total weight',
  };

  // belanghebbenden:
  //   tijdig-betrokken   2, 1 (r3 null)  → mean 1.5 → 25 × 0.5  = 12.5
  //   vertegenwoordiging 3, 3            → mean 3   → 25 × 2    = 50
  //   gemeenteraad       1, 2, 1         → mean 4/3 → 25 × 1/3  = 25/3 ≈ 8.3333
  //   schooldirecteuren  only null       → null
  //   slagvaardig        3               → 50
  //   4 of 5 answered: coverage 4/5 = 0.8; score (12.5 + 50 + 25/3 + 50) / 4 = (362.5/3) / 4 = 362.5/12 ≈ 30.2083
  //   → onvoldoende (< 50); no prerequisites → readiness 100.
  const belanghebbenden = 362.5 / 12;
  // ambitie:
  //   concreet       5, 4     → 4.5  → 87.5
  //   uitgangspunten 4, 4, 5  → 13/3 → 25 × 10/3 = 250/3 ≈ 83.3333
  //   bijdragen      5, 1     → 3    → 50
  //   urgentie       4        → 75
  //   4 of 4: coverage 1; score (87.5 + 250/3 + 50 + 75) / 4 = (887.5/3) / 4 = 887.5/12 ≈ 73.9583 → voldoende.
  //   readiness = score(belanghebbenden) = 362.5/12.
  const ambitie = 887.5 / 12;
  // belangen:
  //   eigen-benoemd 2, 2 → 25; erkend only null → null; gedeeld → null; gezamenlijk-boven-eigen 1 → 0
  //   2 of 4: coverage 0.5, which meets minCoverage 0.5; score (25 + 0) / 2 = 12.5 → onvoldoende.
  //   readiness = score(belanghebbenden) = 362.5/12.
  // relatie:
  //   regelmatig-contact 4 → 75; the other four unanswered → 1 of 5: coverage 0.2 < 0.5 → no score.
  //   readiness = min(score(ambitie), score(belangen)) = min(887.5/12, 12.5) = 12.5.
  // organisatie:
  //   structuur 3, 5 → 75; middelen 4, 3 → 62.5; rollen 5 → 100; planmatig 2, 2, 1 → 5/3 → 25 × 2/3 = 50/3
  //   ≈ 16.6667; samen-vormgegeven → null
  //   4 of 5: coverage 0.8; score (75 + 62.5 + 100 + 50/3) / 4 = (762.5/3) / 4 = 762.5/12 ≈ 63.5417 → voldoende.
  //   readiness: prerequisite relatie has no score → null.
  const organisatie = 762.5 / 12;
  // communicatie:
  //   tijdig 1, 5 → 50; afspraken 4, 5, 4 → 13/3 → 250/3; aanspreekpunten 5 → 100; respectvol 5, 5 → 100
  //   4 of 4: coverage 1; score (50 + 250/3 + 100 + 100) / 4 = (1000/3) / 4 = 1000/12 ≈ 83.3333 → goed.
  const communicatie = 1000 / 12;

  it('scores every factor, indicator and explanation as computed by hand', () => {
    expect(result.factors).toStrictEqual([
      factor('belanghebbenden', {
        score: near(belanghebbenden),
        band: 'onvoldoende',
        coverage: 0.8,
        readiness: 100,
        rows: [
          ['belanghebbenden.tijdig-betrokken', 12.5, 2, 1, true],
          ['belanghebbenden.vertegenwoordiging', 50, 2, 1, true],
          ['belanghebbenden.gemeenteraad', near(25 / 3), 3, 1, true],
          ['belanghebbenden.schooldirecteuren', null, 0, 1, false],
          ['belanghebbenden.slagvaardig', 50, 1, 1, true],
        ],
        answeredWeight: 4,
        totalWeight: 5,
        minCoverage: 0.5,
        formula,
        summary: {
          nl: 'Score 30,2: het gemiddelde van 4 van de 5 indicatoren (dekking 80%, minimaal 50% nodig).',
          en: 'Score 30.2: the mean of 4 of 5 indicators (coverage 80%, at least 50% needed).',
        },
      }),
      factor('ambitie', {
        score: near(ambitie),
        band: 'voldoende',
        coverage: 1,
        readiness: near(belanghebbenden),
        rows: [
          ['ambitie.concreet', 87.5, 2, 1, true],
          ['ambitie.uitgangspunten', near(250 / 3), 3, 1, true],
          ['ambitie.bijdragen', 50, 2, 1, true],
          ['ambitie.urgentie', 75, 1, 1, true],
        ],
        answeredWeight: 4,
        totalWeight: 4,
        minCoverage: 0.5,
        formula,
        summary: {
          nl: 'Score 74: het gemiddelde van 4 van de 4 indicatoren (dekking 100%, minimaal 50% nodig).',
          en: 'Score 74: the mean of 4 of 4 indicators (coverage 100%, at least 50% needed).',
        },
      }),
      factor('belangen', {
        score: 12.5,
        band: 'onvoldoende',
        coverage: 0.5,
        readiness: near(belanghebbenden),
        rows: [
          ['belangen.eigen-benoemd', 25, 2, 1, true],
          ['belangen.erkend', null, 0, 1, false],
          ['belangen.gedeeld', null, 0, 1, false],
          ['belangen.gezamenlijk-boven-eigen', 0, 1, 1, true],
        ],
        answeredWeight: 2,
        totalWeight: 4,
        minCoverage: 0.5,
        formula,
        summary: {
          nl: 'Score 12,5: het gemiddelde van 2 van de 4 indicatoren (dekking 50%, minimaal 50% nodig).',
          en: 'Score 12.5: the mean of 2 of 4 indicators (coverage 50%, at least 50% needed).',
        },
      }),
      factor('relatie', {
        score: null,
        band: null,
        coverage: 0.2,
        readiness: 12.5,
        rows: [
          ['relatie.regelmatig-contact', 75, 1, 1, false],
          ['relatie.bilateraal-informeel', null, 0, 1, false],
          ['relatie.zichtbaarheid', null, 0, 1, false],
          ['relatie.klik', null, 0, 1, false],
          ['relatie.continuiteit', null, 0, 1, false],
        ],
        answeredWeight: 1,
        totalWeight: 5,
        minCoverage: 0.5,
        formula,
        summary: {
          nl: 'Geen score: 1 van de 5 indicatoren beantwoord, een dekking van 20% terwijl minimaal 50% nodig is.',
          en: 'No score: 1 of 5 indicators answered, a coverage of 20% where at least 50% is needed.',
        },
      }),
      factor('organisatie', {
        score: near(organisatie),
        band: 'voldoende',
        coverage: 0.8,
        readiness: null,
        rows: [
          ['organisatie.structuur', 75, 2, 1, true],
          ['organisatie.middelen', 62.5, 2, 1, true],
          ['organisatie.rollen', 100, 1, 1, true],
          ['organisatie.planmatig', near(50 / 3), 3, 1, true],
          ['organisatie.samen-vormgegeven', null, 0, 1, false],
        ],
        answeredWeight: 4,
        totalWeight: 5,
        minCoverage: 0.5,
        formula,
        summary: {
          nl: 'Score 63,5: het gemiddelde van 4 van de 5 indicatoren (dekking 80%, minimaal 50% nodig).',
          en: 'Score 63.5: the mean of 4 of 5 indicators (coverage 80%, at least 50% needed).',
        },
      }),
      factor('communicatie', {
        score: near(communicatie),
        band: 'goed',
        coverage: 1,
        readiness: 100,
        rows: [
          ['communicatie.tijdig', 50, 2, 1, true],
          ['communicatie.afspraken', near(250 / 3), 3, 1, true],
          ['communicatie.aanspreekpunten', 100, 1, 1, true],
          ['communicatie.respectvol', 100, 2, 1, true],
        ],
        answeredWeight: 4,
        totalWeight: 4,
        minCoverage: 0.5,
        formula,
        summary: {
          nl: 'Score 83,3: het gemiddelde van 4 van de 4 indicatoren (dekking 100%, minimaal 50% nodig).',
          en: 'Score 83.3: the mean of 4 of 4 indicators (coverage 100%, at least 50% needed).',
        },
      }),
    ]);
  });

  it('gives the overall score, band and bottleneck computed by hand', () => {
    // Five factors have a score: (362.5 + 887.5 + 150 + 762.5 + 1000) / 12 / 5 = 3162.5 / 60 ≈ 52.7083 → voldoende.
    // The first onvoldoende factor in strategy order is belanghebbenden.
    expect(result.overall).toStrictEqual({
      score: near(3162.5 / 60),
      band: 'voldoende',
      bottleneck: 'belanghebbenden',
    });
    expect(result.collaboration).toBe('spil-eindhoven');
    expect(result.date).toBe('2026-03-15');
  });

  it('warns once: ambitie runs 43.75 ahead of an onvoldoende belanghebbenden', () => {
    // ambitie − belanghebbenden = 887.5/12 − 362.5/12 = 525/12 = 43.75 ≥ 25. belangen (12.5) is behind its
    // prerequisite; relatie has no score; organisatie's prerequisites are relatie (no score) and ambitie (voldoende).
    expect(result.sequenceWarnings).toStrictEqual([
      { factor: 'ambitie', prerequisite: 'belanghebbenden', gap: near(43.75) },
    ]);
  });

  it('reports the pitfalls whose signal indicator scores below 40, in catalogue order', () => {
    // Signals: tijdig-betrokken 12.5, gemeenteraad 25/3, schooldirecteuren null, slagvaardig 50, concreet 87.5,
    // bijdragen 50 (not below 40), gezamenlijk-boven-eigen 0, eigen-benoemd 25, klik null, continuiteit null,
    // planmatig 50/3, communicatie.tijdig 50.
    expect(result.pitfalls).toStrictEqual([
      {
        pitfall: 'sleutelspelers-niet-betrokken',
        factor: 'belanghebbenden',
        source: 'assessment',
        indicator: 'belanghebbenden.tijdig-betrokken',
        score: 12.5,
      },
      {
        pitfall: 'gemeenteraad-over-het-hoofd',
        factor: 'belanghebbenden',
        source: 'assessment',
        indicator: 'belanghebbenden.gemeenteraad',
        score: near(25 / 3),
      },
      {
        pitfall: 'eigen-belang-domineert',
        factor: 'belangen',
        source: 'assessment',
        indicator: 'belangen.gezamenlijk-boven-eigen',
        score: 0,
      },
      {
        pitfall: 'belangen-onhelder',
        factor: 'belangen',
        source: 'assessment',
        indicator: 'belangen.eigen-benoemd',
        score: 25,
      },
      {
        pitfall: 'te-snel-aan-de-slag',
        factor: 'organisatie',
        source: 'assessment',
        indicator: 'organisatie.planmatig',
        score: near(50 / 3),
      },
    ]);
  });

  it('flags the indicators where the two partners lie 2 or more points apart', () => {
    // Partner means (r3 names no partner and is left out): bijdragen gemeente 5, bestuur 1 → 4;
    // structuur 3 vs 5 → 2 (exactly the gap); communicatie.tijdig 1 vs 5 → 4. All others differ by at most 1,
    // and relatie.regelmatig-contact was answered by one partner only.
    expect(result.disagreements).toStrictEqual([
      {
        indicator: 'ambitie.bijdragen',
        spread: 4,
        partners: [
          { partner: 'bestuur', mean: 1, answers: 1 },
          { partner: 'gemeente', mean: 5, answers: 1 },
        ],
      },
      {
        indicator: 'organisatie.structuur',
        spread: 2,
        partners: [
          { partner: 'bestuur', mean: 5, answers: 1 },
          { partner: 'gemeente', mean: 3, answers: 1 },
        ],
      },
      {
        indicator: 'communicatie.tijdig',
        spread: 4,
        partners: [
          { partner: 'bestuur', mean: 5, answers: 1 },
          { partner: 'gemeente', mean: 1, answers: 1 },
        ],
      },
    ]);
  });
});

describe('scoreBerenschot on assessment B: scale 0..10 and every option changed', () => {
  // On 0..10 an indicator score is 100 × mean / 10 = 10 × mean. r1 speaks for 'gemeente', r2 and r3 for 'bestuur'.
  const assessment: Assessment = {
    kind: 'assessment',
    schemaVersion: 1,
    collaboration: 'ikc-west',
    date: '2025-11-30',
    scale: { min: 0, max: 10 },
    responses: [
      {
        respondent: 'r1',
        partner: 'gemeente',
        answers: {
          'belanghebbenden.tijdig-betrokken': 6,
          'belanghebbenden.vertegenwoordiging': 10,
          'ambitie.concreet': 9,
          'ambitie.uitgangspunten': 5,
          'belangen.eigen-benoemd': 2,
          'belangen.erkend': 5,
          'relatie.regelmatig-contact': 8,
          'relatie.klik': 10,
          'relatie.continuiteit': 0,
          'organisatie.planmatig': 7,
          'communicatie.tijdig': 10,
        },
      },
      {
        respondent: 'r2',
        partner: 'bestuur',
        answers: {
          'belanghebbenden.tijdig-betrokken': 4,
          'belanghebbenden.gemeenteraad': 3,
          'ambitie.concreet': 2,
          'belangen.eigen-benoemd': 4,
          'belangen.gedeeld': 7,
          'relatie.zichtbaarheid': 9,
          'relatie.klik': 4,
          'organisatie.structuur': 5,
          'communicatie.tijdig': 10,
          'communicatie.respectvol': 8,
        },
      },
      {
        respondent: 'r3',
        partner: 'bestuur',
        answers: {
          'belanghebbenden.tijdig-betrokken': 8,
          'belanghebbenden.gemeenteraad': null,
          'ambitie.concreet': 3,
          'belangen.eigen-benoemd': 6,
          'relatie.zichtbaarheid': 7,
          'relatie.klik': 4,
          'organisatie.middelen': 1,
          'communicatie.afspraken': 9,
        },
      },
    ],
  };
  const result = scoreBerenschot(assessment, {
    weights: { 'relatie.klik': 3, 'relatie.continuiteit': 0 },
    factorWeights: { relatie: 2, communicatie: 0 },
    minCoverage: 0.6,
    bands: { voldoende: 60, goed: 80 },
    sequenceGap: 10,
    pitfallThreshold: 50,
    disagreementGap: 3,
  });
  const formula = {
    nl: 'indicatorscore = 100 × (gemiddeld antwoord − 0) / (10 − 0); factorscore = Σ(gewicht × indicatorscore) / Σ gewicht over de beantwoorde indicatoren, alleen als het beantwoorde gewicht minstens 60% van het totale gewicht is',
    en: 'indicator score = 100 × (mean answer − 0) / (10 − 0); factor score = Σ(weight × indicator score) / Σ weight over the answered indicators, only when the answered weight is at least 60% of the total weight',
  };

  // belanghebbenden: tijdig-betrokken 6, 4, 8 → 6 → 60; vertegenwoordiging 10 → 100; gemeenteraad 3 (r3 null) → 30;
  //   schooldirecteuren, slagvaardig unanswered. 3 of 5 → coverage 0.6, exactly minCoverage → score
  //   (60 + 100 + 30) / 3 = 190/3 ≈ 63.33 → voldoende (60 ≤ · < 80).
  // ambitie: concreet 9, 2, 3 → 14/3 → 140/3 ≈ 46.67; uitgangspunten 5 → 50. 2 of 4 → 0.5 < 0.6 → no score.
  //   readiness = 190/3.
  // belangen: eigen-benoemd 2, 4, 6 → 4 → 40; erkend 5 → 50; gedeeld 7 → 70. 3 of 4 → 0.75 → (40 + 50 + 70) / 3
  //   = 160/3 ≈ 53.33 → onvoldoende (< 60). readiness = 190/3.
  // relatie, weights 1, 1, 1, 3 (klik), 0 (continuiteit), total 6: regelmatig-contact 8 → 80; bilateraal-informeel
  //   unanswered; zichtbaarheid 9, 7 → 80; klik 10, 4, 4 → 6 → 60; continuiteit 0 → 0 with weight 0.
  //   answered weight 1 + 1 + 3 + 0 = 5 → coverage 5/6; score (80 + 80 + 3 × 60 + 0) / 5 = 340 / 5 = 68 → voldoende.
  //   Counted: regelmatig-contact, zichtbaarheid, klik (continuiteit has weight 0). readiness: ambitie has no
  //   score → null.
  // organisatie: structuur 5 → 50; middelen 1 → 10; planmatig 7 → 70. 3 of 5 → 0.6 → 130/3 ≈ 43.33 → onvoldoende.
  //   readiness: ambitie has no score → null.
  // communicatie: tijdig 10, 10 → 100; afspraken 9 → 90; respectvol 8 → 80. 3 of 4 → 0.75 → 90 → goed (≥ 80).

  it('scores every factor with the weights, coverage and bands given', () => {
    expect(result.factors).toStrictEqual([
      factor('belanghebbenden', {
        score: near(190 / 3),
        band: 'voldoende',
        coverage: 0.6,
        readiness: 100,
        rows: [
          ['belanghebbenden.tijdig-betrokken', 60, 3, 1, true],
          ['belanghebbenden.vertegenwoordiging', 100, 1, 1, true],
          ['belanghebbenden.gemeenteraad', 30, 1, 1, true],
          ['belanghebbenden.schooldirecteuren', null, 0, 1, false],
          ['belanghebbenden.slagvaardig', null, 0, 1, false],
        ],
        answeredWeight: 3,
        totalWeight: 5,
        minCoverage: 0.6,
        formula,
        summary: {
          nl: 'Score 63,3: het gemiddelde van 3 van de 5 indicatoren (dekking 60%, minimaal 60% nodig).',
          en: 'Score 63.3: the mean of 3 of 5 indicators (coverage 60%, at least 60% needed).',
        },
      }),
      factor('ambitie', {
        score: null,
        band: null,
        coverage: 0.5,
        readiness: near(190 / 3),
        rows: [
          ['ambitie.concreet', near(140 / 3), 3, 1, false],
          ['ambitie.uitgangspunten', 50, 1, 1, false],
          ['ambitie.bijdragen', null, 0, 1, false],
          ['ambitie.urgentie', null, 0, 1, false],
        ],
        answeredWeight: 2,
        totalWeight: 4,
        minCoverage: 0.6,
        formula,
        summary: {
          nl: 'Geen score: 2 van de 4 indicatoren beantwoord, een dekking van 50% terwijl minimaal 60% nodig is.',
          en: 'No score: 2 of 4 indicators answered, a coverage of 50% where at least 60% is needed.',
        },
      }),
      factor('belangen', {
        score: near(160 / 3),
        band: 'onvoldoende',
        coverage: 0.75,
        readiness: near(190 / 3),
        rows: [
          ['belangen.eigen-benoemd', 40, 3, 1, true],
          ['belangen.erkend', 50, 1, 1, true],
          ['belangen.gedeeld', 70, 1, 1, true],
          ['belangen.gezamenlijk-boven-eigen', null, 0, 1, false],
        ],
        answeredWeight: 3,
        totalWeight: 4,
        minCoverage: 0.6,
        formula,
        summary: {
          nl: 'Score 53,3: het gemiddelde van 3 van de 4 indicatoren (dekking 75%, minimaal 60% nodig).',
          en: 'Score 53.3: the mean of 3 of 4 indicators (coverage 75%, at least 60% needed).',
        },
      }),
      factor('relatie', {
        score: 68,
        band: 'voldoende',
        coverage: near(5 / 6),
        readiness: null,
        rows: [
          ['relatie.regelmatig-contact', 80, 1, 1, true],
          ['relatie.bilateraal-informeel', null, 0, 1, false],
          ['relatie.zichtbaarheid', 80, 2, 1, true],
          ['relatie.klik', 60, 3, 3, true],
          ['relatie.continuiteit', 0, 1, 0, false],
        ],
        answeredWeight: 5,
        totalWeight: 6,
        minCoverage: 0.6,
        formula,
        summary: {
          nl: 'Score 68: het gewogen gemiddelde van 3 van de 5 indicatoren (dekking 83,3%, minimaal 60% nodig).',
          en: 'Score 68: the weighted mean of 3 of 5 indicators (coverage 83.3%, at least 60% needed).',
        },
      }),
      factor('organisatie', {
        score: near(130 / 3),
        band: 'onvoldoende',
        coverage: 0.6,
        readiness: null,
        rows: [
          ['organisatie.structuur', 50, 1, 1, true],
          ['organisatie.middelen', 10, 1, 1, true],
          ['organisatie.rollen', null, 0, 1, false],
          ['organisatie.planmatig', 70, 1, 1, true],
          ['organisatie.samen-vormgegeven', null, 0, 1, false],
        ],
        answeredWeight: 3,
        totalWeight: 5,
        minCoverage: 0.6,
        formula,
        summary: {
          nl: 'Score 43,3: het gemiddelde van 3 van de 5 indicatoren (dekking 60%, minimaal 60% nodig).',
          en: 'Score 43.3: the mean of 3 of 5 indicators (coverage 60%, at least 60% needed).',
        },
      }),
      factor('communicatie', {
        score: 90,
        band: 'goed',
        coverage: 0.75,
        readiness: 100,
        rows: [
          ['communicatie.tijdig', 100, 2, 1, true],
          ['communicatie.afspraken', 90, 1, 1, true],
          ['communicatie.aanspreekpunten', null, 0, 1, false],
          ['communicatie.respectvol', 80, 1, 1, true],
        ],
        answeredWeight: 3,
        totalWeight: 4,
        minCoverage: 0.6,
        formula,
        summary: {
          nl: 'Score 90: het gemiddelde van 3 van de 4 indicatoren (dekking 75%, minimaal 60% nodig).',
          en: 'Score 90: the mean of 3 of 4 indicators (coverage 75%, at least 60% needed).',
        },
      }),
    ]);
  });

  it('weighs the factors in the overall score and finds belangen as the bottleneck', () => {
    // Factor weights 1 (belanghebbenden), 1 (belangen), 2 (relatie), 1 (organisatie), 0 (communicatie); ambitie has
    // no score. (190/3 + 160/3 + 2 × 68 + 130/3 + 0 × 90) / (1 + 1 + 2 + 1 + 0) = (160 + 136) / 5 = 59.2
    // → onvoldoende under the bands 60/80. The first onvoldoende factor: belangen (ambitie has no band).
    expect(result.overall).toStrictEqual({ score: near(59.2), band: 'onvoldoende', bottleneck: 'belangen' });
  });

  it('warns with the smaller sequence gap of 10', () => {
    // relatie 68 − belangen 160/3 = 44/3 ≈ 14.67 ≥ 10 and belangen is onvoldoende. relatie's other prerequisite,
    // ambitie, has no score. organisatie (130/3) is behind relatie; its other prerequisite ambitie has no score.
    expect(result.sequenceWarnings).toStrictEqual([{ factor: 'relatie', prerequisite: 'belangen', gap: near(44 / 3) }]);
  });

  it('reports the pitfalls below the threshold of 50, whatever the indicator weight', () => {
    // Signals: tijdig-betrokken 60, gemeenteraad 30 (fires), schooldirecteuren null, slagvaardig null, concreet 140/3
    // (fires), bijdragen null, gezamenlijk-boven-eigen null, eigen-benoemd 40 (fires), klik 60, continuiteit 0
    // (fires, although its weight is 0), planmatig 70, communicatie.tijdig 100.
    expect(result.pitfalls).toStrictEqual([
      {
        pitfall: 'gemeenteraad-over-het-hoofd',
        factor: 'belanghebbenden',
        source: 'assessment',
        indicator: 'belanghebbenden.gemeenteraad',
        score: 30,
      },
      {
        pitfall: 'ambitie-te-algemeen',
        factor: 'ambitie',
        source: 'assessment',
        indicator: 'ambitie.concreet',
        score: near(140 / 3),
      },
      {
        pitfall: 'belangen-onhelder',
        factor: 'belangen',
        source: 'assessment',
        indicator: 'belangen.eigen-benoemd',
        score: 40,
      },
      {
        pitfall: 'wisseling-sleutelspelers',
        factor: 'relatie',
        source: 'assessment',
        indicator: 'relatie.continuiteit',
        score: 0,
      },
    ]);
  });

  it('flags disagreements of 3 or more raw scale points between partner means', () => {
    // concreet: gemeente 9, bestuur (2 + 3) / 2 = 2.5 → 6.5. eigen-benoemd: gemeente 2, bestuur (4 + 6) / 2 = 5 → 3
    // (exactly the gap). klik: gemeente 10, bestuur (4 + 4) / 2 = 4 → 6. tijdig-betrokken: 6 vs (4 + 8) / 2 = 6 → 0;
    // communicatie.tijdig 10 vs 10 → 0; every other indicator was answered by one partner only.
    expect(result.disagreements).toStrictEqual([
      {
        indicator: 'ambitie.concreet',
        spread: 6.5,
        partners: [
          { partner: 'bestuur', mean: 2.5, answers: 2 },
          { partner: 'gemeente', mean: 9, answers: 1 },
        ],
      },
      {
        indicator: 'belangen.eigen-benoemd',
        spread: 3,
        partners: [
          { partner: 'bestuur', mean: 5, answers: 2 },
          { partner: 'gemeente', mean: 2, answers: 1 },
        ],
      },
      {
        indicator: 'relatie.klik',
        spread: 6,
        partners: [
          { partner: 'bestuur', mean: 4, answers: 2 },
          { partner: 'gemeente', mean: 10, answers: 1 },
        ],
      },
    ]);
  });
});

describe('scoreBerenschot on assessment C: scale 1..3, almost nothing answered', () => {
  // r1 answers two indicators; r2 answers only null. On 1..3 an indicator score is 100 × (mean − 1) / 2.
  //   communicatie.tijdig 1 → 0; relatie.klik 3 → 100. Every other indicator is unanswered.
  const assessment: Assessment = {
    kind: 'assessment',
    schemaVersion: 1,
    collaboration: 'netwerk-zuid',
    date: '2024-02-29',
    scale: { min: 1, max: 3 },
    responses: [
      { respondent: 'r1', answers: { 'communicatie.tijdig': 1, 'relatie.klik': 3 } },
      { respondent: 'r2', partner: 'gemeente', answers: { 'communicatie.tijdig': null, 'ambitie.concreet': null } },
    ],
  };

  it('gives no factor and no overall score when coverage is everywhere below 0.5', () => {
    // communicatie: 1 of 4 → 0.25; relatie: 1 of 5 → 0.2; the others 0. Readiness: 100 without prerequisites,
    // null wherever a prerequisite has no score.
    const result = scoreBerenschot(assessment);
    expect(result.overall).toStrictEqual({ score: null, band: null, bottleneck: null });
    expect(
      result.factors.map((entry) => [entry.factor, entry.score, entry.band, entry.coverage, entry.readiness]),
    ).toStrictEqual([
      ['belanghebbenden', null, null, 0, 100],
      ['ambitie', null, null, 0, null],
      ['belangen', null, null, 0, null],
      ['relatie', null, null, 0.2, null],
      ['organisatie', null, null, 0, null],
      ['communicatie', null, null, 0.25, 100],
    ]);
    expect(result.factors[0]?.explanation.summary).toStrictEqual({
      nl: 'Geen score: geen van de 5 indicatoren is beantwoord.',
      en: 'No score: none of the 5 indicators was answered.',
    });
    // The signal of eerst-in-de-krant scores 0 < 40; geen-klik's signal scores 100.
    expect(result.pitfalls).toStrictEqual([
      {
        pitfall: 'eerst-in-de-krant',
        factor: 'communicatie',
        source: 'assessment',
        indicator: 'communicatie.tijdig',
        score: 0,
      },
    ]);
    expect(result.sequenceWarnings).toStrictEqual([]);
    // Only one partner is named, and it answered nothing.
    expect(result.disagreements).toStrictEqual([]);
    expect(result.factors[5]?.indicators).toStrictEqual([
      { indicator: 'communicatie.tijdig', score: 0, answers: 1 },
      { indicator: 'communicatie.afspraken', score: null, answers: 0 },
      { indicator: 'communicatie.aanspreekpunten', score: null, answers: 0 },
      { indicator: 'communicatie.respectvol', score: null, answers: 0 },
    ]);
  });

  it('scores the two answered factors once minCoverage is 0', () => {
    // relatie: only klik counts → 100 → goed. communicatie: only tijdig → 0 → onvoldoende.
    // Overall (100 + 0) / 2 = 50 → voldoende; the first onvoldoende factor is communicatie.
    // Readiness: relatie's prerequisites (ambitie, belangen) have no score → null.
    const result = scoreBerenschot(assessment, { minCoverage: 0 });
    expect(result.factors.map((entry) => [entry.factor, entry.score, entry.band, entry.readiness])).toStrictEqual([
      ['belanghebbenden', null, null, 100],
      ['ambitie', null, null, null],
      ['belangen', null, null, null],
      ['relatie', 100, 'goed', null],
      ['organisatie', null, null, null],
      ['communicatie', 0, 'onvoldoende', 100],
    ]);
    expect(result.overall).toStrictEqual({ score: 50, band: 'voldoende', bottleneck: 'communicatie' });
    expect(result.factors[3]?.explanation.summary.en).toBe(
      'Score 100: the mean of 1 of 5 indicators (coverage 20%, at least 0% needed).',
    );
    expect(result.sequenceWarnings).toStrictEqual([]);
  });

  it('gives no score when the answered indicators only carry weight 0', () => {
    // relatie.klik is answered but weighs 0: answered weight 0 → no score even with minCoverage 0.
    const result = scoreBerenschot(assessment, { minCoverage: 0, weights: { 'relatie.klik': 0 } });
    expect(result.factors[3]?.score).toBeNull();
    expect(result.factors[3]?.coverage).toBe(0);
    expect(result.factors[3]?.explanation.totalWeight).toBe(4);
    expect(result.factors[3]?.explanation.summary).toStrictEqual({
      nl: 'Geen score: de 1 beantwoorde indicatoren hebben samen gewicht 0.',
      en: 'No score: the 1 answered indicators carry a total weight of 0.',
    });
  });
});

describe('scoreBerenschot bands and thresholds at their boundaries', () => {
  /** One respondent answering every ambitie indicator with the same value on 0..100. */
  function uniform(answer: number): Assessment {
    return {
      kind: 'assessment',
      schemaVersion: 1,
      collaboration: 'grens',
      date: '2026-01-01',
      scale: { min: 0, max: 100 },
      responses: [
        {
          respondent: 'r1',
          answers: {
            'ambitie.concreet': answer,
            'ambitie.uitgangspunten': answer,
            'ambitie.bijdragen': answer,
            'ambitie.urgentie': answer,
          },
        },
      ],
    };
  }

  it.each([
    [49, 'onvoldoende'],
    [50, 'voldoende'],
    [74, 'voldoende'],
    [75, 'goed'],
  ] as const)('puts a score of %i in band %s', (score, band) => {
    // On 0..100 the score equals the answer.
    expect(scoreBerenschot(uniform(score)).factors[1]?.band).toBe(band);
  });

  it('reports a pitfall at 39 but not at 40', () => {
    expect(scoreBerenschot(uniform(39)).pitfalls.map((entry) => entry.pitfall)).toStrictEqual([
      'ambitie-te-algemeen',
      'bijdragen-niet-benoemd',
    ]);
    expect(scoreBerenschot(uniform(40)).pitfalls).toStrictEqual([]);
  });

  it('warns at a gap of exactly 25 but not at 24', () => {
    // belanghebbenden 40 (onvoldoende); ambitie 65 → gap 25 warns; ambitie 64 → gap 24 does not.
    const withGap = (ambitie: number): Assessment => ({
      ...uniform(ambitie),
      responses: [
        {
          respondent: 'r1',
          answers: {
            'belanghebbenden.tijdig-betrokken': 40,
            'belanghebbenden.vertegenwoordiging': 40,
            'belanghebbenden.gemeenteraad': 40,
            'ambitie.concreet': ambitie,
            'ambitie.uitgangspunten': ambitie,
          },
        },
      ],
    });
    expect(scoreBerenschot(withGap(65)).sequenceWarnings).toStrictEqual([
      { factor: 'ambitie', prerequisite: 'belanghebbenden', gap: 25 },
    ]);
    expect(scoreBerenschot(withGap(64)).sequenceWarnings).toStrictEqual([]);
  });

  it('does not warn when the prerequisite is voldoende, however large the gap', () => {
    const assessment: Assessment = {
      ...uniform(100),
      responses: [
        {
          respondent: 'r1',
          answers: {
            'belanghebbenden.tijdig-betrokken': 50,
            'belanghebbenden.vertegenwoordiging': 50,
            'belanghebbenden.gemeenteraad': 50,
            'ambitie.concreet': 100,
            'ambitie.uitgangspunten': 100,
          },
        },
      ],
    };
    expect(scoreBerenschot(assessment).sequenceWarnings).toStrictEqual([]);
  });

  it('needs two partners for a disagreement, and counts a spread just under the gap as agreement', () => {
    const base = uniform(0);
    const assessment = (second: number): Assessment => ({
      ...base,
      scale: { min: 1, max: 5 },
      responses: [
        { respondent: 'r1', partner: 'a', answers: { 'relatie.klik': 1 } },
        { respondent: 'r2', partner: 'b', answers: { 'relatie.klik': second, 'ambitie.concreet': 5 } },
        { respondent: 'r3', partner: 'b', answers: { 'relatie.klik': 2 } },
      ],
    });
    // b's mean for klik is (4 + 2) / 2 = 3 → spread 2 → flagged; with 3 instead of 4: (3 + 2) / 2 = 2.5 → 1.5.
    // ambitie.concreet was answered by partner b only.
    expect(scoreBerenschot(assessment(4)).disagreements.map((entry) => entry.indicator)).toStrictEqual([
      'relatie.klik',
    ]);
    expect(scoreBerenschot(assessment(3)).disagreements).toStrictEqual([]);
  });

  it('with a gap of 0, flags two partners with equal means (spread 0) but never a single partner', () => {
    const assessment: Assessment = {
      ...uniform(0),
      scale: { min: 1, max: 5 },
      responses: [
        { respondent: 'r1', partner: 'a', answers: { 'relatie.klik': 3, 'ambitie.concreet': 4 } },
        { respondent: 'r2', partner: 'b', answers: { 'relatie.klik': 3 } },
      ],
    };
    // klik: a and b both have mean 3; concreet: only a answered.
    expect(scoreBerenschot(assessment, { disagreementGap: 0 }).disagreements).toStrictEqual([
      {
        indicator: 'relatie.klik',
        spread: 0,
        partners: [
          { partner: 'a', mean: 3, answers: 1 },
          { partner: 'b', mean: 3, answers: 1 },
        ],
      },
    ]);
  });

  it('decides a large spread on the gap exactly, though neither mean is a double', () => {
    // a: 0, 0, 1 → mean 1/3; b: k, k, k + 1 → mean k + 1/3; the spread is exactly k, which is a double.
    const k = 2 ** 48 + 5;
    const assessment: Assessment = {
      ...uniform(0),
      scale: { min: 0, max: k + 1 },
      responses: [
        { respondent: 'r1', partner: 'a', answers: { 'relatie.klik': 0 } },
        { respondent: 'r2', partner: 'a', answers: { 'relatie.klik': 0 } },
        { respondent: 'r3', partner: 'a', answers: { 'relatie.klik': 1 } },
        { respondent: 'r4', partner: 'b', answers: { 'relatie.klik': k } },
        { respondent: 'r5', partner: 'b', answers: { 'relatie.klik': k } },
        { respondent: 'r6', partner: 'b', answers: { 'relatie.klik': k + 1 } },
      ],
    };
    expect(
      scoreBerenschot(assessment, { disagreementGap: k }).disagreements.map((entry) => entry.spread),
    ).toStrictEqual([k]);
    // The next double above k (2^48 ≤ k < 2^49, so doubles there are 1/16 apart).
    expect(scoreBerenschot(assessment, { disagreementGap: k + 1 / 16 }).disagreements).toStrictEqual([]);
  });
});

describe('scoreBerenschot as a well-behaved function', () => {
  const assessment: Assessment = {
    kind: 'assessment',
    schemaVersion: 1,
    collaboration: 'spil-eindhoven',
    date: '2026-03-15',
    responses: [
      {
        respondent: 'r1',
        answers: { 'ambitie.concreet': 4, 'ambitie.uitgangspunten': 3, 'ambitie.bijdragen': 5, 'ambitie.urgentie': 2 },
      },
    ],
  };

  it('gives the results shown in its documentation example', () => {
    // (75 + 50 + 100 + 25) / 4 = 62.5.
    const result = scoreBerenschot(assessment);
    expect(result.factors[1]?.score).toBe(62.5);
    expect(result.factors[1]?.explanation.summary.en).toBe(
      'Score 62.5: the mean of 4 of 4 indicators (coverage 100%, at least 50% needed).',
    );
    expect(result.overall).toStrictEqual({ score: 62.5, band: 'voldoende', bottleneck: null });
  });

  it('treats options set to undefined as left out', () => {
    expect(
      scoreBerenschot(assessment, {
        weights: undefined,
        factorWeights: { ambitie: undefined },
        minCoverage: undefined,
        bands: { voldoende: undefined },
        sequenceGap: undefined,
        pitfallThreshold: undefined,
        disagreementGap: undefined,
      }),
    ).toStrictEqual(scoreBerenschot(assessment));
  });

  it('returns a fresh object on every call', () => {
    const first = scoreBerenschot(assessment);
    const second = scoreBerenschot(assessment);
    expect(second).toStrictEqual(first);
    expect(second).not.toBe(first);
    expect(second.factors).not.toBe(first.factors);
    expect(second.factors[1]?.explanation).not.toBe(first.factors[1]?.explanation);
  });

  it('gives an unanswered indicator the weight of its own call, whatever an earlier call gave it', () => {
    // The assessment answers ambitie only, so the first indicator of the first factor is unanswered.
    const indicator = scoreBerenschot(assessment).factors[0]?.indicators[0]?.indicator as IndicatorId;
    const explained = (weight?: number) =>
      scoreBerenschot(assessment, weight === undefined ? {} : { weights: { [indicator]: weight } }).factors[0]
        ?.explanation.indicators[0];
    expect(explained(3)).toStrictEqual({ indicator, score: null, weight: 3, counted: false });
    expect(explained()).toStrictEqual({ indicator, score: null, weight: 1, counted: false });
    expect(explained(0)).toStrictEqual({ indicator, score: null, weight: 0, counted: false });
    expect(Object.is(explained(-0)?.weight, -0)).toBe(true);
    expect(Object.is(explained(0)?.weight, 0)).toBe(true);
    expect(explained(3)).toStrictEqual({ indicator, score: null, weight: 3, counted: false });
  });

  it('gives unanswered indicators frozen records that no call can change', () => {
    const first = scoreBerenschot(assessment).factors[0]?.indicators[0];
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => {
      (first as { score: number | null }).score = 50;
    }).toThrow(TypeError);
    expect(scoreBerenschot(assessment).factors[0]?.indicators[0]?.score).toBeNull();
  });

  it('accepts a deeply frozen assessment and leaves it unchanged', () => {
    const frozen = structuredClone(assessment);
    const freeze = (value: unknown): void => {
      if (typeof value !== 'object' || value === null) return;
      Object.freeze(value);
      for (const child of Object.values(value)) freeze(child);
    };
    freeze(frozen);
    expect(() => scoreBerenschot(frozen)).not.toThrow();
    expect(frozen).toStrictEqual(assessment);
  });

  it('refuses a hand-built assessment with an answer to an indicator that is not in the catalogue', () => {
    const withStray = {
      ...assessment,
      responses: [{ respondent: 'r1', answers: { ...assessment.responses[0]?.answers, 'ambitie.onbekend': 1 } }],
    } as unknown as Assessment;
    const caught = (() => {
      try {
        scoreBerenschot(withStray);
      } catch (error) {
        return error as SamenwerkingError;
      }
      return undefined;
    })();
    expect(caught?.issues.map((issue) => [issue.code, issue.path])).toEqual([['invalid_argument', ['assessment']]]);
    expect(caught?.issues[0]?.message).toEqual({
      nl: "Het argument 'assessment' is geen geldige beoordeling (een object met kind 'assessment'). Gebruik safeParseAssessment(assessment) om elk probleem en zijn plek te zien.",
      en: "The argument 'assessment' is not a valid assessment (an object of kind 'assessment'). Use safeParseAssessment(assessment) to see every problem and where it lies.",
    });
  });
});
