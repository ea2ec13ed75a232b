import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/errors/index.js';
import type { Assessment, Collaboration } from '../../src/schema/types.js';
import { detectPitfalls, scoreBerenschot } from '../../src/scoring/index.js';
import { caught } from '../support/caught.js';

const assessment: Assessment = {
  kind: 'assessment',
  schemaVersion: 1,
  collaboration: 'spil-eindhoven',
  date: '2026-03-15',
  responses: [{ respondent: 'r1', answers: { 'ambitie.concreet': 4 } }],
};

const collaboration: Collaboration = {
  kind: 'collaboration',
  schemaVersion: 1,
  id: 'spil-eindhoven',
  name: 'SPIL-centra Eindhoven',
  themes: ['ikc'],
  form: 'netwerk',
  partners: [
    { id: 'gemeente', name: 'Gemeente Eindhoven', type: 'gemeente' },
    { id: 'skpo', name: 'SKPO', type: 'schoolbestuur' },
  ],
};

/** The issues of the SamenwerkingError a call throws; fails the test when it throws nothing or something else. */
function issuesOf(run: () => unknown): readonly Issue[] {
  return caught(run).issues;
}

const score = (options: unknown) => () => scoreBerenschot(assessment, options as never);
const detect = (options: unknown) => () => detectPitfalls(collaboration, options as never);

/** The expected invalid_option issue whose message is built by `messages.invalidOption`, written out in full. */
function invalid(path: readonly (string | number)[], nl: string, en: string): Issue {
  return { code: 'invalid_option', path: ['options', ...path], message: { nl, en } };
}

const KNOWN_SCORE_OPTIONS =
  'weights, factorWeights, minCoverage, bands, sequenceGap, pitfallThreshold, disagreementGap';

describe('scoreBerenschot option validation', () => {
  it.each([
    [
      'options that are not an object',
      42,
      [
        {
          code: 'invalid_option',
          path: ['options'],
          message: {
            nl: "De optie 'options' heeft een onbruikbare waarde (42). Toegestaan: een object met opties, of undefined.",
            en: "The option 'options' has an unusable value (42). Allowed: an object of options, or undefined.",
          },
        },
      ],
    ],
    [
      'an unknown option (a typo)',
      { minCoverrage: 0.4 },
      [
        {
          code: 'invalid_option',
          path: ['options', 'minCoverrage'],
          message: {
            // No "did you mean" for the seven score options: the message lists them all, and the scoring bundle stays
            // without the edit distance (issue 17 bundle budget).
            nl: `De optie 'minCoverrage' bestaat niet. Bekende opties: ${KNOWN_SCORE_OPTIONS}.`,
            en: `There is no option 'minCoverrage'. Known options: ${KNOWN_SCORE_OPTIONS}.`,
          },
        },
      ],
    ],
    [
      'weights that are not an object',
      { weights: [1, 2] },
      [
        invalid(
          ['weights'],
          "De optie 'weights' heeft een onbruikbare waarde (een lijst van 2 items). Toegestaan: een object met id's uit de catalogus als sleutels en gewichten van 0 of meer als waarden.",
          "The option 'weights' has an unusable value (a list of 2 items). Allowed: an object with catalogue ids as keys and weights of 0 or more as values.",
        ),
      ],
    ],
    [
      'a negative weight',
      { weights: { 'ambitie.concreet': -1 } },
      [
        invalid(
          ['weights', 'ambitie.concreet'],
          'De optie \'weights["ambitie.concreet"]\' heeft een onbruikbare waarde (-1). Toegestaan: een getal van 0 tot en met 1.000.000, of undefined voor het standaardgewicht 1.',
          'The option \'weights["ambitie.concreet"]\' has an unusable value (-1). Allowed: a number from 0 to 1,000,000, or undefined for the default weight 1.',
        ),
      ],
    ],
    [
      'an infinite weight',
      { weights: { 'relatie.klik': Number.POSITIVE_INFINITY } },
      [
        invalid(
          ['weights', 'relatie.klik'],
          'De optie \'weights["relatie.klik"]\' heeft een onbruikbare waarde (Infinity). Toegestaan: een getal van 0 tot en met 1.000.000, of undefined voor het standaardgewicht 1.',
          'The option \'weights["relatie.klik"]\' has an unusable value (Infinity). Allowed: a number from 0 to 1,000,000, or undefined for the default weight 1.',
        ),
      ],
    ],
    [
      'a weight so large that sums of weights would overflow (issue 17 item 4)',
      { factorWeights: { relatie: 1e308 } },
      [
        invalid(
          ['factorWeights', 'relatie'],
          "De optie 'factorWeights.relatie' heeft een onbruikbare waarde (1e+308). Toegestaan: een getal van 0 tot en met 1.000.000, of undefined voor het standaardgewicht 1.",
          "The option 'factorWeights.relatie' has an unusable value (1e+308). Allowed: a number from 0 to 1,000,000, or undefined for the default weight 1.",
        ),
      ],
    ],
    [
      'a weight that is not a number',
      { weights: { 'relatie.klik': '2' } },
      [
        invalid(
          ['weights', 'relatie.klik'],
          "De optie 'weights[\"relatie.klik\"]' heeft een onbruikbare waarde ('2'). Toegestaan: een getal van 0 tot en met 1.000.000, of undefined voor het standaardgewicht 1.",
          "The option 'weights[\"relatie.klik\"]' has an unusable value ('2'). Allowed: a number from 0 to 1,000,000, or undefined for the default weight 1.",
        ),
      ],
    ],
    [
      'an unknown indicator among the weights',
      { weights: { 'ambitie.konkreet': 2 } },
      [
        {
          code: 'invalid_option',
          path: ['options', 'weights', 'ambitie.konkreet'],
          message: {
            // The hint is every indicator of the factor the id names before its dot.
            nl: "De optie 'weights' noemt 'ambitie.konkreet', maar dat is geen indicator uit de catalogus. Bedoelde u 'ambitie.concreet', 'ambitie.uitgangspunten', 'ambitie.bijdragen', 'ambitie.urgentie'? Gebruik id's uit de catalogus als sleutels, bijvoorbeeld 'belanghebbenden.tijdig-betrokken'.",
            en: "The option 'weights' names 'ambitie.konkreet', which is not an indicator of the catalogue. Did you mean 'ambitie.concreet', 'ambitie.uitgangspunten', 'ambitie.bijdragen', 'ambitie.urgentie'? Use catalogue ids as keys, for example 'belanghebbenden.tijdig-betrokken'.",
          },
        },
      ],
    ],
    [
      'all indicators of a factor weighted 0',
      {
        weights: {
          'ambitie.concreet': 0,
          'ambitie.uitgangspunten': 0,
          'ambitie.bijdragen': 0,
          'ambitie.urgentie': 0,
        },
      },
      [
        {
          code: 'invalid_option',
          path: ['options', 'weights'],
          message: {
            nl: "De gewichten in 'weights' voor de indicatoren van factor 'ambitie' tellen op tot 0. Geef minstens één indicator van deze factor een gewicht groter dan 0.",
            en: "The weights in 'weights' for the indicators of factor 'ambitie' add up to 0. Give at least one indicator of this factor a weight above 0.",
          },
        },
      ],
    ],
    [
      'an unknown factor among the factor weights, without a close match',
      { factorWeights: { zzz: 1 } },
      [
        {
          code: 'invalid_option',
          path: ['options', 'factorWeights', 'zzz'],
          message: {
            nl: "De optie 'factorWeights' noemt 'zzz', maar dat is geen strategiefactor uit de catalogus. Gebruik id's uit de catalogus als sleutels, bijvoorbeeld 'belanghebbenden'.",
            en: "The option 'factorWeights' names 'zzz', which is not a strategy factor of the catalogue. Use catalogue ids as keys, for example 'belanghebbenden'.",
          },
        },
      ],
    ],
    [
      'a negative factor weight',
      { factorWeights: { relatie: -0.5 } },
      [
        invalid(
          ['factorWeights', 'relatie'],
          "De optie 'factorWeights.relatie' heeft een onbruikbare waarde (-0.5). Toegestaan: een getal van 0 tot en met 1.000.000, of undefined voor het standaardgewicht 1.",
          "The option 'factorWeights.relatie' has an unusable value (-0.5). Allowed: a number from 0 to 1,000,000, or undefined for the default weight 1.",
        ),
      ],
    ],
    [
      'every factor weighted 0',
      {
        factorWeights: {
          belanghebbenden: 0,
          ambitie: 0,
          belangen: 0,
          relatie: 0,
          organisatie: 0,
          communicatie: 0,
        },
      },
      [
        {
          code: 'invalid_option',
          path: ['options', 'factorWeights'],
          message: {
            nl: "De gewichten in 'factorWeights' tellen op tot 0. Geef minstens één strategiefactor een gewicht groter dan 0.",
            en: "The weights in 'factorWeights' add up to 0. Give at least one strategy factor a weight above 0.",
          },
        },
      ],
    ],
    [
      'minCoverage above 1',
      { minCoverage: 1.5 },
      [
        invalid(
          ['minCoverage'],
          "De optie 'minCoverage' heeft een onbruikbare waarde (1.5). Toegestaan: een getal van 0 tot en met 1.",
          "The option 'minCoverage' has an unusable value (1.5). Allowed: a number from 0 to 1.",
        ),
      ],
    ],
    [
      'minCoverage that is NaN',
      { minCoverage: Number.NaN },
      [
        invalid(
          ['minCoverage'],
          "De optie 'minCoverage' heeft een onbruikbare waarde (NaN). Toegestaan: een getal van 0 tot en met 1.",
          "The option 'minCoverage' has an unusable value (NaN). Allowed: a number from 0 to 1.",
        ),
      ],
    ],
    [
      'bands that are not an object',
      { bands: 'strict' },
      [
        invalid(
          ['bands'],
          "De optie 'bands' heeft een onbruikbare waarde ('strict'). Toegestaan: een object { voldoende, goed } met 0 ≤ voldoende < goed ≤ 100.",
          "The option 'bands' has an unusable value ('strict'). Allowed: an object { voldoende, goed } with 0 ≤ voldoende < goed ≤ 100.",
        ),
      ],
    ],
    [
      'a band bound outside 0..100',
      { bands: { goed: 120 } },
      [
        invalid(
          ['bands', 'goed'],
          "De optie 'bands.goed' heeft een onbruikbare waarde (120). Toegestaan: een getal van 0 tot en met 100.",
          "The option 'bands.goed' has an unusable value (120). Allowed: a number from 0 to 100.",
        ),
      ],
    ],
    [
      'bands out of order',
      { bands: { voldoende: 80, goed: 60 } },
      [
        invalid(
          ['bands'],
          "De optie 'bands' heeft een onbruikbare waarde ('voldoende 80, goed 60'). Toegestaan: een ondergrens voor voldoende die lager is dan die voor goed, beide van 0 tot en met 100.",
          "The option 'bands' has an unusable value ('voldoende 80, goed 60'). Allowed: a lower bound for voldoende that is below the one for goed, both from 0 to 100.",
        ),
      ],
    ],
    [
      'a single band bound that crosses the default of the other',
      { bands: { voldoende: 75 } },
      [
        invalid(
          ['bands'],
          "De optie 'bands' heeft een onbruikbare waarde ('voldoende 75, goed 75'). Toegestaan: een ondergrens voor voldoende die lager is dan die voor goed, beide van 0 tot en met 100.",
          "The option 'bands' has an unusable value ('voldoende 75, goed 75'). Allowed: a lower bound for voldoende that is below the one for goed, both from 0 to 100.",
        ),
      ],
    ],
    [
      'an unknown band',
      { bands: { matig: 40 } },
      [
        {
          code: 'invalid_option',
          path: ['options', 'bands', 'matig'],
          message: {
            nl: "De optie 'bands.matig' bestaat niet. Bekende opties: voldoende, goed.",
            en: "There is no option 'bands.matig'. Known options: voldoende, goed.",
          },
        },
      ],
    ],
    [
      'a negative sequence gap',
      { sequenceGap: -5 },
      [
        invalid(
          ['sequenceGap'],
          "De optie 'sequenceGap' heeft een onbruikbare waarde (-5). Toegestaan: een eindig getal van 0 of meer.",
          "The option 'sequenceGap' has an unusable value (-5). Allowed: a finite number of 0 or more.",
        ),
      ],
    ],
    [
      'an infinite disagreement gap',
      { disagreementGap: Number.POSITIVE_INFINITY },
      [
        invalid(
          ['disagreementGap'],
          "De optie 'disagreementGap' heeft een onbruikbare waarde (Infinity). Toegestaan: een eindig getal van 0 of meer.",
          "The option 'disagreementGap' has an unusable value (Infinity). Allowed: a finite number of 0 or more.",
        ),
      ],
    ],
    [
      'a negative disagreement gap',
      { disagreementGap: -1 },
      [
        invalid(
          ['disagreementGap'],
          "De optie 'disagreementGap' heeft een onbruikbare waarde (-1). Toegestaan: een eindig getal van 0 of meer.",
          "The option 'disagreementGap' has an unusable value (-1). Allowed: a finite number of 0 or more.",
        ),
      ],
    ],
    [
      'a pitfall threshold above 100',
      { pitfallThreshold: 101 },
      [
        invalid(
          ['pitfallThreshold'],
          "De optie 'pitfallThreshold' heeft een onbruikbare waarde (101). Toegestaan: een getal van 0 tot en met 100.",
          "The option 'pitfallThreshold' has an unusable value (101). Allowed: a number from 0 to 100.",
        ),
      ],
    ],
  ] as const)(
    'rejects %s with invalid_option, its path and a message in both languages',
    (_name, options, expected) => {
      expect(issuesOf(score(options))).toStrictEqual(expected);
    },
  );

  it('lists every problem at once, in the order of the options', () => {
    const issues = issuesOf(score({ wieghts: {}, minCoverage: -1, sequenceGap: Number.NaN }));
    expect(issues.map((issue) => [issue.code, issue.path])).toStrictEqual([
      ['invalid_option', ['options', 'wieghts']],
      ['invalid_option', ['options', 'minCoverage']],
      ['invalid_option', ['options', 'sequenceGap']],
    ]);
  });

  it('reports a value that is no assessment and bad options together, in one error', () => {
    expect(
      issuesOf(() => scoreBerenschot(undefined as never, { minCoverage: 2 })).map((issue) => issue.path),
    ).toStrictEqual([['assessment'], ['options', 'minCoverage']]);
  });

  it('accepts the boundary values 0 and 1, 0 and 100, and gaps of 0', () => {
    expect(() =>
      scoreBerenschot(assessment, {
        minCoverage: 1,
        bands: { voldoende: 0, goed: 100 },
        sequenceGap: 0,
        disagreementGap: 0,
        pitfallThreshold: 0,
        weights: { 'ambitie.concreet': 0 },
      }),
    ).not.toThrow();
    expect(() => scoreBerenschot(assessment, { minCoverage: 0, pitfallThreshold: 100 })).not.toThrow();
  });
});

const KNOWN_DETECT_OPTIONS = 'maxForumSize, turnoverWindowMonths, referenceDate';

describe('detectPitfalls option validation', () => {
  it.each([
    [
      'options that are not an object',
      null,
      [
        {
          code: 'invalid_option',
          path: ['options'],
          message: {
            nl: "De optie 'options' heeft een onbruikbare waarde (null). Toegestaan: een object met opties, of undefined.",
            en: "The option 'options' has an unusable value (null). Allowed: an object of options, or undefined.",
          },
        },
      ],
    ],
    [
      'an unknown option (a typo)',
      { maxForumsize: 10 },
      [
        {
          code: 'invalid_option',
          path: ['options', 'maxForumsize'],
          message: {
            nl: `De optie 'maxForumsize' bestaat niet. Bedoelde u 'maxForumSize'? Bekende opties: ${KNOWN_DETECT_OPTIONS}.`,
            en: `There is no option 'maxForumsize'. Did you mean 'maxForumSize'? Known options: ${KNOWN_DETECT_OPTIONS}.`,
          },
        },
      ],
    ],
    [
      'a forum size that is not a whole number',
      { maxForumSize: 12.5 },
      [
        invalid(
          ['maxForumSize'],
          "De optie 'maxForumSize' heeft een onbruikbare waarde (12.5). Toegestaan: een geheel getal van 1 of meer.",
          "The option 'maxForumSize' has an unusable value (12.5). Allowed: a whole number of 1 or more.",
        ),
      ],
    ],
    [
      'a forum size of 0',
      { maxForumSize: 0 },
      [
        invalid(
          ['maxForumSize'],
          "De optie 'maxForumSize' heeft een onbruikbare waarde (0). Toegestaan: een geheel getal van 1 of meer.",
          "The option 'maxForumSize' has an unusable value (0). Allowed: a whole number of 1 or more.",
        ),
      ],
    ],
    [
      'a turnover window in part months',
      { turnoverWindowMonths: 1.5 },
      [
        invalid(
          ['turnoverWindowMonths'],
          "De optie 'turnoverWindowMonths' heeft een onbruikbare waarde (1.5). Toegestaan: een geheel getal van 1 tot en met 1200.",
          "The option 'turnoverWindowMonths' has an unusable value (1.5). Allowed: a whole number from 1 to 1200.",
        ),
      ],
    ],
    [
      'a negative turnover window',
      { turnoverWindowMonths: -12 },
      [
        invalid(
          ['turnoverWindowMonths'],
          "De optie 'turnoverWindowMonths' heeft een onbruikbare waarde (-12). Toegestaan: een geheel getal van 1 tot en met 1200.",
          "The option 'turnoverWindowMonths' has an unusable value (-12). Allowed: a whole number from 1 to 1200.",
        ),
      ],
    ],
    [
      'a reference date that does not exist',
      { referenceDate: '2025-02-30' },
      [
        invalid(
          ['referenceDate'],
          "De optie 'referenceDate' heeft een onbruikbare waarde ('2025-02-30'). Toegestaan: een bestaande datum als JJJJ-MM-DD (bijvoorbeeld '2026-03-15') of een geldige Date.",
          "The option 'referenceDate' has an unusable value ('2025-02-30'). Allowed: an existing date as YYYY-MM-DD (for example '2026-03-15') or a valid Date.",
        ),
      ],
    ],
    [
      'an invalid Date as reference date',
      { referenceDate: new Date(Number.NaN) },
      [
        invalid(
          ['referenceDate'],
          "De optie 'referenceDate' heeft een onbruikbare waarde ('Invalid Date'). Toegestaan: een bestaande datum als JJJJ-MM-DD (bijvoorbeeld '2026-03-15') of een geldige Date.",
          "The option 'referenceDate' has an unusable value ('Invalid Date'). Allowed: an existing date as YYYY-MM-DD (for example '2026-03-15') or a valid Date.",
        ),
      ],
    ],
    [
      'a timestamp as reference date',
      { referenceDate: 1767225600000 },
      [
        invalid(
          ['referenceDate'],
          "De optie 'referenceDate' heeft een onbruikbare waarde (1767225600000). Toegestaan: een bestaande datum als JJJJ-MM-DD (bijvoorbeeld '2026-03-15') of een geldige Date.",
          "The option 'referenceDate' has an unusable value (1767225600000). Allowed: an existing date as YYYY-MM-DD (for example '2026-03-15') or a valid Date.",
        ),
      ],
    ],
  ] as const)(
    'rejects %s with invalid_option, its path and a message in both languages',
    (_name, options, expected) => {
      expect(issuesOf(detect(options))).toStrictEqual(expected);
    },
  );

  it('rejects a turnover window above 1200 months', () => {
    expect(issuesOf(detect({ turnoverWindowMonths: 1201 }))[0]?.path).toStrictEqual([
      'options',
      'turnoverWindowMonths',
    ]);
  });

  it('rejects a Date whose year has more than four digits', () => {
    expect(issuesOf(detect({ referenceDate: new Date(10000, 0, 1) }))[0]?.path).toStrictEqual([
      'options',
      'referenceDate',
    ]);
  });

  it('accepts a Date as reference date and reads its local calendar day', () => {
    const withTurnover: Collaboration = {
      ...collaboration,
      events: [{ type: 'turnover', date: '2026-01-31', partner: 'gemeente', role: 'wethouder' }],
    };
    // Late in the evening of 31 January 2027, local time: still within 12 months of 31 January 2026.
    const late = new Date(2027, 0, 31, 23, 30);
    const pitfalls = detectPitfalls(withTurnover, { referenceDate: late }).map((finding) => finding.pitfall);
    expect(pitfalls).toContain('wisseling-sleutelspelers');
    const dayAfter = detectPitfalls(withTurnover, { referenceDate: new Date(2027, 1, 1) }).map(
      (finding) => finding.pitfall,
    );
    expect(dayAfter).not.toContain('wisseling-sleutelspelers');
  });

  it('treats options set to undefined as left out', () => {
    expect(
      detectPitfalls(collaboration, {
        maxForumSize: undefined,
        turnoverWindowMonths: undefined,
        referenceDate: undefined,
      }),
    ).toStrictEqual(detectPitfalls(collaboration));
  });
});
