import { afterEach, describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/internal/deepFreeze.js';
import type { Answers, Assessment, Collaboration, Portfolio } from '../../src/schema/types.js';
import { type GroupCount, type OverallDistribution, summarisePortfolio } from '../../src/scoring/summarisePortfolio.js';

/**
 * A collaboration in which `detectPitfalls` finds nothing (the same shape as the clean document of the detectPitfalls
 * tests), placed by its partners in aangename-samenwerking so that no stage has to be inferred.
 */
function collaboration(id: string, extra: Partial<Collaboration> = {}): Collaboration {
  return {
    kind: 'collaboration',
    schemaVersion: 1,
    id,
    name: `Samenwerking ${id}`,
    themes: ['ikc'],
    form: 'netwerk',
    startDate: '2024-08-01',
    partners: [
      { id: 'gemeente', name: 'Gemeente Noord', type: 'gemeente' },
      { id: 'bestuur', name: 'Stichting Noord', type: 'schoolbestuur' },
    ],
    stakeholders: [
      { group: 'gemeenteraad', involvement: 'geinformeerd' },
      { group: 'schooldirecteuren', involvement: 'betrokken' },
    ],
    ambition: {
      statement: 'Elk kind een doorlopende dag.',
      principles: ['Het kind staat centraal.'],
      contributions: [
        { partner: 'gemeente', type: 'financieel' },
        { partner: 'bestuur', type: 'personeel' },
      ],
    },
    interests: [
      { partner: 'gemeente', statement: 'Minder leegstand.', documented: true, visibleToAll: true, shared: true },
      { partner: 'bestuur', statement: 'Behoud van leerlingen.', documented: true, visibleToAll: true, shared: false },
    ],
    agreements: [{ subject: 'Rolverdeling', date: '2024-09-01', covers: ['rollen', 'structuur'] }],
    stage: 'aangename-samenwerking',
    ...extra,
  };
}

const AMBITIE = ['ambitie.concreet', 'ambitie.uitgangspunten', 'ambitie.bijdragen', 'ambitie.urgentie'] as const;

/** An assessment on a 0..100 scale in which every answer is its own indicator score. */
function assessment(of: string, answers: Answers, date = '2026-03-15'): Assessment {
  return {
    kind: 'assessment',
    schemaVersion: 1,
    collaboration: of,
    date,
    scale: { min: 0, max: 100 },
    responses: [{ respondent: 'r1', answers }],
  };
}

/** An assessment that scores `value` on ambitie, and so `value` overall; no other factor has a score. */
function ambitie(of: string, value: number, date = '2026-03-15'): Assessment {
  return assessment(of, Object.fromEntries(AMBITIE.map((indicator) => [indicator, value])) as Answers, date);
}

function portfolio(collaborations: readonly Collaboration[], assessments: readonly Assessment[] = []): Portfolio {
  return { kind: 'portfolio', schemaVersion: 1, name: 'Gemeente Noord', collaborations, assessments };
}

/** `count` collaborations with ids `c1`, `c2`, …, each with the extra fields from `extra(index)`. */
function many(count: number, extra: (index: number) => Partial<Collaboration> = () => ({})): Collaboration[] {
  return Array.from({ length: count }, (_, index) => collaboration(`c${index + 1}`, extra(index)));
}

/** One ambitie assessment per value, each of its own collaboration `c1`, `c2`, …. */
function scoredPortfolio(values: readonly number[]): Portfolio {
  return portfolio(
    many(values.length),
    values.map((value, index) => ambitie(`c${index + 1}`, value)),
  );
}

function ambitieOf(summary: ReturnType<typeof summarisePortfolio>): OverallDistribution['distribution'] {
  return summary.factors.find((entry) => entry.factor === 'ambitie')?.distribution ?? null;
}

function shown(count: GroupCount): number | 'suppressed' {
  return count.suppressed ? 'suppressed' : count.count;
}

describe('the quartiles (linear interpolation, type 7)', () => {
  it('hit the order statistics for an odd count', () => {
    // Sorted 10, 20, 30, 40, 90; h = 4p: q1 at h = 1 → 20, median at 2 → 30, q3 at 3 → 40; mean 190 / 5 = 38.
    expect(ambitieOf(summarisePortfolio(scoredPortfolio([40, 90, 10, 30, 20])))).toStrictEqual({
      suppressed: false,
      count: 5,
      collaborations: 5,
      min: 10,
      q1: 20,
      median: 30,
      q3: 40,
      max: 90,
      mean: 38,
    });
  });

  it('interpolate between neighbours for an even count', () => {
    // Sorted 10 … 60; h = 5p: q1 at 1.25 → 20 + 0.25 × 10 = 22.5, median at 2.5 → 35, q3 at 3.75 → 47.5; mean 35.
    expect(ambitieOf(summarisePortfolio(scoredPortfolio([60, 10, 50, 20, 40, 30])))).toMatchObject({
      min: 10,
      q1: 22.5,
      median: 35,
      q3: 47.5,
      max: 60,
      mean: 35,
    });
  });

  it('interpolate across uneven gaps', () => {
    // Sorted 0, 25, 75, 100; h = 3p: q1 at 0.75 → 18.75, median at 1.5 → 50, q3 at 2.25 → 81.25; mean 50.
    const summary = summarisePortfolio(scoredPortfolio([0, 100, 25, 75]), { minGroupSize: 4 });
    expect(ambitieOf(summary)).toMatchObject({ min: 0, q1: 18.75, median: 50, q3: 81.25, max: 100, mean: 50 });
  });

  it('handle ties', () => {
    // Sorted 50, 50, 50, 70, 70; h = 4p: q1 50, median 50, q3 70; mean 290 / 5 = 58.
    expect(ambitieOf(summarisePortfolio(scoredPortfolio([70, 50, 70, 50, 50])))).toMatchObject({
      min: 50,
      q1: 50,
      median: 50,
      q3: 70,
      max: 70,
      mean: 58,
    });
  });

  it('give the one value for every statistic of a single score', () => {
    expect(ambitieOf(summarisePortfolio(scoredPortfolio([42]), { minGroupSize: 1 }))).toStrictEqual({
      suppressed: false,
      count: 1,
      collaborations: 1,
      min: 42,
      q1: 42,
      median: 42,
      q3: 42,
      max: 42,
      mean: 42,
    });
  });

  it('cover the overall score too, and print the distribution', () => {
    // Only ambitie is scored, so the overall score equals it.
    const summary = summarisePortfolio(scoredPortfolio([40, 90, 10, 30, 20]));
    expect(summary.overall.distribution).toStrictEqual(ambitieOf(summary));
    expect(summary.overall.text.nl).toBe(
      'Totaalscore: mediaan 30, kwartielen 20 tot 40, van 10 tot 90, gemiddeld 38 (5 scores van 5 samenwerkingen).',
    );
    expect(summary.factors[1]?.text.en).toBe(
      'Ambition: median 30, quartiles 20 to 40, from 10 to 90, mean 38 (5 scores from 5 collaborations).',
    );
  });

  it('leave a factor nobody scored empty rather than suppressed', () => {
    const relatie = summarisePortfolio(scoredPortfolio([40, 90, 10, 30, 20])).factors[3];
    expect(relatie?.factor).toBe('relatie');
    expect(relatie?.distribution).toBeNull();
    expect(relatie?.text.en).toBe('Relationship: no scores.');
  });

  it('count every assessment, not every collaboration', () => {
    // c1 … c5 each assessed twice: 10 scores from 5 collaborations.
    const collaborations = many(5);
    const assessments = collaborations.flatMap((entry, index) => [
      ambitie(entry.id, 10 * index, '2025-03-15'),
      ambitie(entry.id, 10 * index + 5),
    ]);
    expect(ambitieOf(summarisePortfolio(portfolio(collaborations, assessments)))).toMatchObject({
      count: 10,
      collaborations: 5,
      min: 0,
      max: 45,
    });
  });
});

describe('suppression of small groups', () => {
  it('hides a count of minGroupSize − 1 and shows minGroupSize', () => {
    // 4 on krimp, 5 on ikc.
    const summary = summarisePortfolio(portfolio(many(9, (index) => ({ themes: index < 4 ? ['krimp'] : ['ikc'] }))));
    expect(summary.themes.map((entry) => [entry.theme, shown(entry)])).toStrictEqual([
      ['krimp', 'suppressed'],
      ['ikc', 5],
    ]);
    expect(summary.themes[0]).toStrictEqual({
      theme: 'krimp',
      label: { nl: 'Krimp en leerlingendaling', en: 'Falling pupil numbers' },
      suppressed: true,
    });
  });

  it('does so for forms and stages too, hides a second count so the first cannot be worked out, and shows a stage nobody is in as 0', () => {
    const summary = summarisePortfolio(
      portfolio(
        many(9, (index) =>
          index < 4
            ? { form: 'convenant', stage: 'noodzakelijke-samenwerking' }
            : { form: 'netwerk', stage: 'volwassen-partnerschap' },
        ),
      ),
    );
    // convenant (4) is hidden; showing netwerk (5) would give it away as 9 − 5, so netwerk is hidden too.
    expect(summary.forms.map((entry) => [entry.form, shown(entry)])).toStrictEqual([
      ['netwerk', 'suppressed'],
      ['convenant', 'suppressed'],
    ]);
    expect(summary.stages.map((entry) => [entry.stage, shown(entry)])).toStrictEqual([
      ['onderling-wantrouwen', 0],
      ['standpunten-uitwisselen', 0],
      ['noodzakelijke-samenwerking', 'suppressed'],
      ['aangename-samenwerking', 0],
      ['volwassen-partnerschap', 'suppressed'],
    ]);
    expect(summary.summary.en).toContain('Besides, 2 larger counts are hidden');
  });

  it("hides the issue's netwerk 9 of 12, which would give away convenant as 12 − 9", () => {
    const summary = summarisePortfolio(portfolio(many(12, (index) => ({ form: index < 9 ? 'netwerk' : 'convenant' }))));
    expect(summary.forms.map((entry) => [entry.form, shown(entry)])).toStrictEqual([
      ['netwerk', 'suppressed'],
      ['convenant', 'suppressed'],
    ]);
  });

  it('hides the smallest count shown as the second one, and shows the rest', () => {
    // netwerk 7, convenant 6, rmc 2: the 2 is hidden, then the 6 as the smallest shown; the 7 stays.
    const summary = summarisePortfolio(
      portfolio(many(15, (index) => ({ form: index < 7 ? 'netwerk' : index < 13 ? 'convenant' : 'rmc' }))),
    );
    expect(summary.forms.map((entry) => [entry.form, shown(entry)])).toStrictEqual([
      ['netwerk', 7],
      ['convenant', 'suppressed'],
      ['rmc', 'suppressed'],
    ]);
  });

  it('says in words that everything is hidden for a portfolio smaller than minGroupSize', () => {
    const one = summarisePortfolio(portfolio(many(1, () => ({ form: 'netwerk' }))));
    expect(one.tooSmall).toBe(true);
    expect(one.forms.every((entry) => entry.suppressed)).toBe(true);
    expect(one.summary.nl).toContain('minder dan de kleinste groep die getoond wordt (5 samenwerkingen)');
    expect(one.summary.en).toContain('every count and distribution is hidden');
    expect(summarisePortfolio(portfolio(many(5, () => ({ form: 'netwerk' })))).tooSmall).toBe(false);
  });

  it('hides a distribution over minGroupSize − 1 collaborations and shows minGroupSize', () => {
    const four = summarisePortfolio(scoredPortfolio([10, 20, 30, 40]));
    expect(ambitieOf(four)).toStrictEqual({ suppressed: true });
    expect(four.factors[1]?.text.nl).toBe(
      'Ambitie: niet getoond, want de scores komen van minder dan 5 samenwerkingen.',
    );
    expect(ambitieOf(summarisePortfolio(scoredPortfolio([10, 20, 30, 40, 50])))).toMatchObject({ suppressed: false });
  });

  it('hides a distribution of many scores that all come from one collaboration', () => {
    const assessments = [10, 20, 30, 40, 50, 60].map((value, index) => ambitie('c1', value, `2026-03-1${index}`));
    expect(ambitieOf(summarisePortfolio(portfolio(many(1), assessments)))).toStrictEqual({ suppressed: true });
  });

  it('follows the minGroupSize option', () => {
    const summary = summarisePortfolio(portfolio(many(5, (index) => ({ themes: index < 2 ? ['krimp'] : ['ikc'] }))), {
      minGroupSize: 3,
    });
    expect(summary.themes.map((entry) => [entry.theme, shown(entry)])).toStrictEqual([
      ['krimp', 'suppressed'],
      ['ikc', 3],
    ]);
    expect(summary.minGroupSize).toBe(3);
  });

  it('counts what it hid and says so', () => {
    // Hidden: krimp (4) and the ambitie and overall distributions (4 collaborations).
    const collaborations = many(9, (index) => ({ themes: index < 4 ? ['krimp'] : ['ikc'] }));
    // Scores of 40 and more keep the ambitie pitfalls (signal below 40) out of the count.
    const assessments = [40, 50, 60, 70].map((value, index) => ambitie(`c${index + 1}`, value, '2025-03-15'));
    const summary = summarisePortfolio(portfolio(collaborations, assessments));
    // The school year 2024-2025 (4 collaborations) hides its assessments, collaborations and two distributions.
    expect(summary.hidden).toStrictEqual({ counts: 3, distributions: 4 });
    expect(summary.summary.en).toBe(
      "Portfolio 'Gemeente Noord': 9 collaborations and 4 assessments. Groups of 1 to 4 collaborations are not shown (3 counts and 4 distributions), so that no single collaboration can be recognised.",
    );
  });

  it('says when nothing was hidden', () => {
    const summary = summarisePortfolio(portfolio(many(5)));
    expect(summary.hidden).toStrictEqual({ counts: 0, distributions: 0 });
    expect(summary.summary.nl).toBe(
      "Portfolio 'Gemeente Noord': 5 samenwerkingen en 0 metingen. Alle groepen tellen 0 of minstens 5 samenwerkingen; niets is verborgen.",
    );
  });
});

describe('the stage of each collaboration', () => {
  const relatieCommunicatie = (value: number): Answers =>
    Object.fromEntries(
      [
        'relatie.regelmatig-contact',
        'relatie.bilateraal-informeel',
        'relatie.zichtbaarheid',
        'relatie.klik',
        'relatie.continuiteit',
        'communicatie.tijdig',
        'communicatie.afspraken',
        'communicatie.aanspreekpunten',
        'communicatie.respectvol',
      ].map((indicator) => [indicator, value]),
    ) as Answers;

  /** A collaboration without a stage and without anything that inferStage reads except the missing sections. */
  const unplaced: Collaboration = {
    kind: 'collaboration',
    schemaVersion: 1,
    id: 'open',
    name: 'Open',
    themes: ['ikc'],
    form: 'netwerk',
    partners: [
      { id: 'a', name: 'A', type: 'welzijn' },
      { id: 'b', name: 'B', type: 'cultuur' },
    ],
  };

  it('is the document’s own stage when it names one', () => {
    const summary = summarisePortfolio(portfolio(many(5)));
    expect(summary.stages.map(shown)).toStrictEqual([0, 0, 0, 5, 0]);
    expect(summary.stagesInferred).toStrictEqual({ suppressed: false, count: 0 });
  });

  it('is inferred with the score of the latest assessment, by date', () => {
    // Latest (2026, listed first): relatie 100 → 4, communicatie 100 → 4, overall goed → 3, with the bare document's
    // 1.5 on stage 1: volwassen-partnerschap. The older one (0s) would give stage 1: 1.5 + 1 against 2 on stage 0.
    const assessments = [
      assessment('open', relatieCommunicatie(100), '2026-03-15'),
      assessment('open', relatieCommunicatie(0), '2025-03-15'),
    ];
    const summary = summarisePortfolio(portfolio([unplaced], assessments), { minGroupSize: 1 });
    expect(summary.stages.map(shown)).toStrictEqual([0, 0, 0, 0, 1]);
    expect(summary.stagesInferred).toStrictEqual({ suppressed: false, count: 1 });
  });

  it('takes the later-listed assessment of two on the same date', () => {
    const assessments = [
      assessment('open', relatieCommunicatie(100), '2026-03-15'),
      assessment('open', relatieCommunicatie(0), '2026-03-15'),
    ];
    const summary = summarisePortfolio(portfolio([unplaced], assessments), { minGroupSize: 1 });
    expect(summary.stages.map(shown)).toStrictEqual([0, 1, 0, 0, 0]);
  });

  it('is inferred from the document alone without assessments', () => {
    const summary = summarisePortfolio(portfolio([unplaced]), { minGroupSize: 1 });
    expect(summary.stages.map(shown)).toStrictEqual([0, 1, 0, 0, 0]);
  });
});

describe('pitfall frequencies', () => {
  const uninformed: Partial<Collaboration> = {
    events: [
      { type: 'public-announcement', date: '2025-01-01', partnersInformedFirst: false },
      { type: 'public-announcement', date: '2025-02-01', partnersInformedFirst: false },
    ],
  };

  it('counts collaborations, from the document, the latest assessment, and either', () => {
    const collaborations = [collaboration('c1', uninformed), collaboration('c2')];
    const assessments = [
      assessment('c1', { 'communicatie.tijdig': 0 }), // latest of c1: eerst-in-de-krant
      assessment('c1', { 'relatie.klik': 0 }, '2025-03-15'), // older: geen-klik, not counted
      assessment('c2', { 'communicatie.tijdig': 10 }), // eerst-in-de-krant
    ];
    const summary = summarisePortfolio(portfolio(collaborations, assessments), { minGroupSize: 1 });
    const frequency = (pitfall: string) => {
      const entry = summary.pitfalls.find((item) => item.pitfall === pitfall);
      return entry && [shown(entry.inDocuments), shown(entry.inAssessments), shown(entry.inEither)];
    };
    // c1 has two uninformed announcements but counts once.
    expect(frequency('eerst-in-de-krant')).toStrictEqual([1, 2, 2]);
    expect(frequency('geen-klik')).toStrictEqual([0, 0, 0]);
    expect(summary.pitfalls).toHaveLength(12);
    expect(summary.pitfalls[11]).toMatchObject({ pitfall: 'eerst-in-de-krant', factor: 'communicatie' });
  });

  it('suppresses a pitfall found in fewer than minGroupSize collaborations', () => {
    const summary = summarisePortfolio(portfolio([collaboration('c1', uninformed), ...many(5).slice(1)]));
    const entry = summary.pitfalls.find((item) => item.pitfall === 'eerst-in-de-krant');
    expect(entry?.inDocuments).toStrictEqual({ suppressed: true });
    expect(entry?.inAssessments).toStrictEqual({ suppressed: false, count: 0 });
  });

  it('scores the assessments with the scoring options', () => {
    // With a pitfall threshold of 0, a signal score of 0 no longer counts as a pitfall.
    const summary = summarisePortfolio(
      portfolio([collaboration('c1')], [assessment('c1', { 'communicatie.tijdig': 0 })]),
      { minGroupSize: 1, scoring: { pitfallThreshold: 0 } },
    );
    expect(summary.pitfalls.every((item) => shown(item.inAssessments) === 0)).toBe(true);
  });
});

describe('the school years', () => {
  it('split on 1 August, oldest first', () => {
    const collaborations = many(5);
    const assessments = collaborations.flatMap((entry, index) => [
      ambitie(entry.id, 20 + index, '2025-08-01'),
      ambitie(entry.id, 10 + index, '2025-07-31'),
    ]);
    const summary = summarisePortfolio(portfolio(collaborations, assessments));
    expect(summary.schoolYears.map((year) => year.schoolYear)).toStrictEqual(['2024-2025', '2025-2026']);
    const [first, second] = summary.schoolYears;
    expect([shown(first?.assessments as GroupCount), shown(first?.collaborations as GroupCount)]).toStrictEqual([5, 5]);
    // 2024-2025: scores 10 … 14, median 12.
    expect(first?.overall.distribution).toMatchObject({ min: 10, median: 12, max: 14 });
    expect(second?.factors[1]?.distribution).toMatchObject({ min: 20, median: 22, max: 24 });
  });

  it('show the number of assessments when they come from enough collaborations', () => {
    const collaborations = many(5);
    const assessments = [
      ...collaborations.map((entry) => ambitie(entry.id, 50)),
      ambitie('c1', 60, '2026-04-01'),
      ambitie('c2', 60, '2026-04-01'),
    ];
    const year = summarisePortfolio(portfolio(collaborations, assessments)).schoolYears[0];
    expect(year?.assessments).toStrictEqual({ suppressed: false, count: 7 });
  });

  it('hide a year of fewer than minGroupSize collaborations entirely', () => {
    const collaborations = many(5);
    const assessments = [
      ...collaborations.map((entry) => ambitie(entry.id, 50)),
      ...['c1', 'c2', 'c3', 'c4'].map((id) => ambitie(id, 60, '2024-04-01')),
    ];
    const year = summarisePortfolio(portfolio(collaborations, assessments)).schoolYears[0];
    expect(year?.schoolYear).toBe('2023-2024');
    expect(year?.assessments).toStrictEqual({ suppressed: true });
    expect(year?.collaborations).toStrictEqual({ suppressed: true });
    expect(year?.overall.distribution).toStrictEqual({ suppressed: true });
  });
});

describe('the options', () => {
  const codesAndPaths = (options: unknown) => {
    try {
      summarisePortfolio(portfolio(many(1)), options as never);
    } catch (error) {
      return (error as { issues: { code: string; path: unknown[] }[] }).issues.map((issue) => [issue.code, issue.path]);
    }
    return [];
  };

  it.each([0, -1, 2.5, '5', Number.NaN, Number.POSITIVE_INFINITY])('refuse minGroupSize %s', (value) => {
    expect(codesAndPaths({ minGroupSize: value })).toStrictEqual([['invalid_option', ['options', 'minGroupSize']]]);
  });

  it('refuse an unknown option and options that are not an object', () => {
    expect(codesAndPaths({ minGroepSize: 5 })).toStrictEqual([['invalid_option', ['options', 'minGroepSize']]]);
    expect(codesAndPaths(5)).toStrictEqual([['invalid_option', ['options']]]);
  });

  it('refuse bad scoring options under options.scoring, all at once', () => {
    expect(codesAndPaths({ minGroupSize: 0, scoring: { minCoverage: 2, bands: { goed: 20 } } })).toStrictEqual([
      ['invalid_option', ['options', 'minGroupSize']],
      ['invalid_option', ['options', 'scoring', 'minCoverage']],
      ['invalid_option', ['options', 'scoring', 'bands']],
    ]);
    expect(codesAndPaths({ scoring: 'strict' })).toStrictEqual([['invalid_option', ['options', 'scoring']]]);
  });

  it('accept undefined for every option', () => {
    expect(codesAndPaths({ minGroupSize: undefined, scoring: undefined })).toStrictEqual([]);
    expect(codesAndPaths({ scoring: { minCoverage: 0.75 } })).toStrictEqual([]);
  });
});

describe('summarisePortfolio as a pure function', () => {
  const RealDate = Date;
  afterEach(() => {
    globalThis.Date = RealDate;
  });

  it('leaves a frozen portfolio untouched', () => {
    const input = scoredPortfolio([40, 90, 10, 30, 20]);
    const before = structuredClone(input);
    deepFreeze(input);
    summarisePortfolio(input);
    expect(input).toStrictEqual(before);
  });

  it('copies catalogue labels, so changing a result cannot change the catalogue', () => {
    const first = summarisePortfolio(portfolio(many(5)));
    (first.themes[0]?.label as { nl: string }).nl = 'veranderd';
    expect(summarisePortfolio(portfolio(many(5))).themes[0]?.label.nl).not.toBe('veranderd');
  });

  it('works while the clock cannot be read', () => {
    class ClocklessDate extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length === 0) throw new Error('new Date() read the clock');
        super(...(args as [number, number, number]));
      }
      static override now(): number {
        throw new Error('Date.now() read the clock');
      }
    }
    globalThis.Date = ClocklessDate as DateConstructor;
    expect(() => summarisePortfolio(scoredPortfolio([40, 90, 10, 30, 20]))).not.toThrow();
  });
});
