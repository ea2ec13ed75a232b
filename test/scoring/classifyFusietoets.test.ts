import { describe, expect, it } from 'vitest';
import { getSource } from '../../src/catalogue/lookups.js';
import { deepFreeze } from '../../src/internal/deepFreeze.js';
import {
  classifyFusietoets,
  type FusietoetsClassification,
  type FusietoetsMerger,
} from '../../src/scoring/classifyFusietoets.js';
import { caught } from '../support/caught.js';

/** The parts of a classification most tests check: route, advisor, uncertain, alternatives and rule id. */
function outcome(result: FusietoetsClassification): [string, string | null, boolean, readonly string[], string] {
  return [result.route, result.advisor, result.uncertain, result.alternatives, result.rule.id];
}

const schoolMerger = (pupils: number | undefined, extra: Partial<FusietoetsMerger> = {}): FusietoetsMerger => ({
  kind: 'institutioneel',
  sector: 'po',
  pupils,
  ...extra,
});
const boardMerger = (schools: number | undefined, extra: Partial<FusietoetsMerger> = {}): FusietoetsMerger => ({
  kind: 'bestuurlijk',
  sector: 'po',
  schools,
  ...extra,
});

const TODAY = '2026-03-15';

describe('classifyFusietoets: the dates on which the rules change', () => {
  it('gives no Fusietoets on 2011-09-30, the day before the law took effect', () => {
    const result = classifyFusietoets(boardMerger(40), '2011-09-30');
    expect(outcome(result)).toEqual(['geen-fusietoets', null, false, [], 'voor-wet-fusietoets']);
    expect(result.ferRequired).toBe(false);
    expect(result.reasons).toEqual([
      {
        nl: 'Op 2011-09-30 bestond de Fusietoets nog niet: de Wet fusietoets in het onderwijs geldt sinds 1 oktober 2011.',
        en: 'On 2011-09-30 there was no Fusietoets yet: the Wet fusietoets in het onderwijs applies from 1 October 2011.',
      },
    ]);
  });

  it('tests a po merger from 2011-10-01 with CFTO advice, however small, but uncertain: the act had exceptions in po', () => {
    const result = classifyFusietoets(schoolMerger(120), '2011-10-01');
    expect(outcome(result)).toEqual(['inhoudelijke-toets', 'cfto', true, ['niet-toetsplichtig'], 'funderend-2011']);
    expect(result.thresholds).toEqual([]);
    expect(result.ferRequired).toBe(true);
    expect(result.reasons.map((reason) => reason.en)).toContain(
      'When the act took effect on 1 October 2011, a few kinds of merger in primary education did not need that approval; the catalogue’s sources do not say which. Whether this merger fell under such an exception is therefore open: uncertain, treated here as tested, with exempt as the other reading. Check the text of the act as it then stood (Stb. 2011, 95).',
    );
    expect(result.rule).toEqual({
      id: 'funderend-2011',
      label: {
        nl: 'Fusies getoetst met CFTO-advies, op uitzonderingen in het primair onderwijs na',
        en: 'Mergers tested with CFTO advice, save for exceptions in primary education',
      },
      effectiveFrom: '2011-10-01',
      effectiveUntil: '2017-07-31',
      sectors: ['po', 'sbo', 'so', 'vso', 'vo', 'praktijkonderwijs'],
      route: 'inhoudelijke-toets',
      advisor: 'cfto',
      cftoAdviceSectors: ['po', 'sbo', 'so', 'vso', 'vo', 'praktijkonderwijs'],
      exceptionSectors: ['po', 'sbo'],
      sources: [
        { source: 'wet-fusietoets-onderwijs', section: 'Goedkeuring door de minister na advies van de CFTO' },
        { source: 'wet-fusietoets-onderwijs', section: 'Uitzonderingen in het primair onderwijs bij de invoering' },
      ],
    });
    expect(getSource('wet-fusietoets-onderwijs').url).toBe(
      'https://www.nall.nl/tijdschrift/nall/2013/04/NALL-D-13-00002',
    );
    // The act's own entry is where the exceptions are stated: only in primary education.
    expect(getSource('wet-fusietoets-onderwijs').description.en).toContain(
      'a few exceptions, in primary education only',
    );
  });

  it('tests a 2011-2017 merger outside primary education without doubt, and an sbo merger with the same doubt as po', () => {
    for (const sector of ['vo', 'so', 'vso', 'praktijkonderwijs'] as const) {
      const result = classifyFusietoets({ kind: 'bestuurlijk', sector, schools: 3 }, '2014-05-01');
      expect(outcome(result), sector).toEqual(['inhoudelijke-toets', 'cfto', false, [], 'funderend-2011']);
      expect(result.reasons.map((reason) => reason.en).join(' ')).not.toContain('exception');
    }
    expect(outcome(classifyFusietoets({ kind: 'institutioneel', sector: 'sbo', pupils: 90 }, '2014-05-01'))).toEqual([
      'inhoudelijke-toets',
      'cfto',
      true,
      ['niet-toetsplichtig'],
      'funderend-2011',
    ]);
  });

  it('still tests a small school merger on 2017-07-31 (with the doubt of the 2011 exceptions) and exempts it from 2017-08-01', () => {
    expect(outcome(classifyFusietoets(schoolMerger(120), '2017-07-31'))).toEqual([
      'inhoudelijke-toets',
      'cfto',
      true,
      ['niet-toetsplichtig'],
      'funderend-2011',
    ]);
    const result = classifyFusietoets(schoolMerger(120), '2017-08-01');
    expect(outcome(result)).toEqual(['niet-toetsplichtig', null, false, [], 'funderend-2017']);
    expect(result.thresholds).toEqual([{ measure: 'pupils', limit: 500, value: 120, comparison: 'below' }]);
    expect(result.ferRequired).toBe(true);
  });

  it('between 2017-08-01 and 2018-03-31 sends a large merger to DUO or the CFTO by the 2017 criteria', () => {
    const on = '2017-08-01';
    expect(outcome(classifyFusietoets(schoolMerger(800, { meetsLightTestCriteria: true }), on))).toEqual([
      'lichte-toets',
      'duo',
      false,
      [],
      'funderend-2017',
    ]);
    expect(outcome(classifyFusietoets(schoolMerger(800, { meetsLightTestCriteria: false }), '2018-03-31'))).toEqual([
      'inhoudelijke-toets',
      'cfto',
      false,
      [],
      'funderend-2017',
    ]);
    // Without the criteria the careful reading is the substantive test, with the light test as the alternative.
    expect(outcome(classifyFusietoets(schoolMerger(800), on))).toEqual([
      'inhoudelijke-toets',
      'cfto',
      true,
      ['lichte-toets'],
      'funderend-2017',
    ]);
  });

  it('marks April to July 2018 uncertain where the 2018 light test would differ (VOS/ABB against the CFTO)', () => {
    const substantive = schoolMerger(800, { meetsLightTestCriteria: false });
    const april = classifyFusietoets(substantive, '2018-04-01');
    expect(outcome(april)).toEqual(['inhoudelijke-toets', 'cfto', true, ['lichte-toets'], 'funderend-2017']);
    expect(april.reasons.map((reason) => reason.en)).toContain(
      'According to VOS/ABB the light test has applied since April 2018, according to the CFTO only from 1 August 2018; on 2018-04-01 the route is therefore uncertain.',
    );
    expect(outcome(classifyFusietoets(substantive, '2018-07-31'))).toEqual([
      'inhoudelijke-toets',
      'cfto',
      true,
      ['lichte-toets'],
      'funderend-2017',
    ]);
    // When both readings give the light test, the date does not matter.
    const light = classifyFusietoets(schoolMerger(800, { meetsLightTestCriteria: true }), '2018-07-31');
    expect(outcome(light)).toEqual(['lichte-toets', 'duo', false, [], 'funderend-2017']);
  });

  it('gives the light test by DUO to every tested merger from 2018-08-01', () => {
    const result = classifyFusietoets(schoolMerger(800, { meetsLightTestCriteria: false }), '2018-08-01');
    expect(outcome(result)).toEqual(['lichte-toets', 'duo', false, [], 'funderend-2018']);
    expect(result.rule.sources.map((ref) => getSource(ref.source).url)).toEqual(['https://www.cfto.nl/fusietoets']);
  });

  it('keeps the light test after the Senate vote of 2020-06-16, under its own rule', () => {
    expect(outcome(classifyFusietoets(schoolMerger(800), '2020-06-15'))).toEqual([
      'lichte-toets',
      'duo',
      false,
      [],
      'funderend-2018',
    ]);
    const result = classifyFusietoets(schoolMerger(800), '2020-06-16');
    expect(outcome(result)).toEqual(['lichte-toets', 'duo', false, [], 'funderend-2020']);
    expect(result.rule.effectiveFrom).toBe('2020-06-16');
    expect(result.reasons.map((reason) => reason.en)).toContain(
      'On 16 June 2020 the Senate rejected the bill abolishing the Fusietoets in po and vo; the light test stayed.',
    );
  });

  it('reads a Date by its local calendar day', () => {
    const result = classifyFusietoets(schoolMerger(120), new Date(2017, 7, 1));
    expect(result.on).toBe('2017-08-01');
    expect(result.route).toBe('niet-toetsplichtig');
    expect(classifyFusietoets(schoolMerger(120), new Date(2017, 6, 31, 23, 59)).route).toBe('inhoudelijke-toets');
  });
});

describe('classifyFusietoets: the size thresholds in primary education', () => {
  it('exempts a school merger of 499 pupils, tests 501, and leaves exactly 500 uncertain', () => {
    const below = classifyFusietoets(schoolMerger(499), TODAY);
    expect(outcome(below)).toEqual(['niet-toetsplichtig', null, false, [], 'funderend-2020']);
    expect(below.reasons[0]).toEqual({
      nl: 'Een scholenfusie met 499 leerlingen, minder dan 500: niet toetsplichtig.',
      en: 'A school merger with 499 pupils, fewer than 500: exempt from the test.',
    });
    const at = classifyFusietoets(schoolMerger(500), TODAY);
    expect(outcome(at)).toEqual(['lichte-toets', 'duo', true, ['niet-toetsplichtig'], 'funderend-2020']);
    expect(at.thresholds).toEqual([{ measure: 'pupils', limit: 500, value: 500, comparison: 'at' }]);
    expect(at.reasons[0]?.en).toContain('exactly 500 falls between the two wordings');
    const above = classifyFusietoets(schoolMerger(501), TODAY);
    expect(outcome(above)).toEqual(['lichte-toets', 'duo', false, [], 'funderend-2020']);
    expect(above.reasons[0]?.nl).toBe('Een scholenfusie met 501 leerlingen, meer dan 500: toetsplichtig.');
  });

  it('exempts a board merger of 9 schools, tests 11, and leaves exactly 10 uncertain', () => {
    expect(outcome(classifyFusietoets(boardMerger(9), TODAY))).toEqual([
      'niet-toetsplichtig',
      null,
      false,
      [],
      'funderend-2020',
    ]);
    const at = classifyFusietoets(boardMerger(10), TODAY);
    expect(outcome(at)).toEqual(['lichte-toets', 'duo', true, ['niet-toetsplichtig'], 'funderend-2020']);
    expect(at.thresholds).toEqual([{ measure: 'schools', limit: 10, value: 10, comparison: 'at' }]);
    expect(outcome(classifyFusietoets(boardMerger(11), TODAY))).toEqual([
      'lichte-toets',
      'duo',
      false,
      [],
      'funderend-2020',
    ]);
  });

  it('judges a board merger by its schools and a school merger by its pupils', () => {
    expect(classifyFusietoets(boardMerger(3, { pupils: 100_000 }), TODAY).route).toBe('niet-toetsplichtig');
    expect(classifyFusietoets(schoolMerger(300, { schools: 40 }), TODAY).route).toBe('niet-toetsplichtig');
  });

  it('leaves a merger without the deciding figure uncertain', () => {
    const result = classifyFusietoets(schoolMerger(undefined), TODAY);
    expect(outcome(result)).toEqual(['lichte-toets', 'duo', true, ['niet-toetsplichtig'], 'funderend-2020']);
    expect(result.thresholds).toEqual([{ measure: 'pupils', limit: 500, value: null, comparison: 'unknown' }]);
    expect(result.reasons[0]?.en).toBe(
      "The number of pupils was not given, while a school merger with fewer than 500 is exempt. Uncertain; give 'pupils'.",
    );
  });

  it('applies the primary thresholds to sbo as well', () => {
    expect(classifyFusietoets(boardMerger(9, { sector: 'sbo' }), TODAY).route).toBe('niet-toetsplichtig');
  });
});

describe('classifyFusietoets: secondary and special education', () => {
  it('tests a small vo merger but marks it uncertain, since the sources state the exemptions for po only', () => {
    const result = classifyFusietoets(schoolMerger(300, { sector: 'vo' }), TODAY);
    expect(outcome(result)).toEqual(['lichte-toets', 'duo', true, ['niet-toetsplichtig'], 'funderend-2020']);
    expect(result.reasons.map((reason) => reason.en)).toEqual([
      'A school merger with 300 pupils, fewer than 500: exempt in primary education.',
      'The CFTO states the size exemptions for primary education only; DUO states them for po and vo together without that distinction. For vo it is therefore uncertain whether the exemption applies; treated here as subject to the test.',
      'Since 1 August 2018 a merger subject to the test no longer needs advice from the CFTO: DUO carries out a light, administrative test.',
      'On 16 June 2020 the Senate rejected the bill abolishing the Fusietoets in po and vo; the light test stayed.',
      'For an institutional merger in vo the schools’ catchment areas must still overlap.',
      'Every merger, also one that is not tested, needs a merger impact report (FER), with the consent or advice of the participation council and the advice of the municipality.',
    ]);
  });

  it('tests a large vo merger without doubt', () => {
    expect(outcome(classifyFusietoets(boardMerger(30, { sector: 'vo' }), TODAY))).toEqual([
      'lichte-toets',
      'duo',
      false,
      [],
      'funderend-2020',
    ]);
  });

  it('kept the CFTO advising on special education in 2017-2018, and gives it the light test afterwards', () => {
    expect(outcome(classifyFusietoets(boardMerger(20, { sector: 'vso' }), '2017-09-01'))).toEqual([
      'inhoudelijke-toets',
      'cfto',
      false,
      [],
      'funderend-2017',
    ]);
    expect(outcome(classifyFusietoets(boardMerger(4, { sector: 'so' }), '2017-09-01'))).toEqual([
      'inhoudelijke-toets',
      'cfto',
      true,
      ['niet-toetsplichtig'],
      'funderend-2017',
    ]);
    expect(outcome(classifyFusietoets(boardMerger(20, { sector: 'so' }), TODAY))).toEqual([
      'lichte-toets',
      'duo',
      false,
      [],
      'funderend-2020',
    ]);
  });

  it('exempts praktijkonderwijs from 2017-08-01, by sector or by flag, but not before', () => {
    expect(outcome(classifyFusietoets(boardMerger(30, { sector: 'praktijkonderwijs' }), TODAY))).toEqual([
      'niet-toetsplichtig',
      null,
      false,
      [],
      'funderend-2020',
    ]);
    const flagged = classifyFusietoets(schoolMerger(900, { sector: 'vo', praktijkonderwijs: true }), '2017-08-01');
    expect(outcome(flagged)).toEqual(['niet-toetsplichtig', null, false, [], 'funderend-2017']);
    expect(flagged.reasons[0]?.en).toBe(
      'Since 1 August 2017 a merger or transfer of a praktijkonderwijs school is exempt from the test.',
    );
    expect(flagged.thresholds).toEqual([]);
    expect(classifyFusietoets(boardMerger(30, { sector: 'praktijkonderwijs' }), '2017-07-31').route).toBe(
      'inhoudelijke-toets',
    );
  });
});

describe('classifyFusietoets: joint boards and joint schools', () => {
  it('marks a merger into a samenwerkingsbestuur uncertain, small or large (CFTO against the Raad van State)', () => {
    for (const schools of [4, 40]) {
      const result = classifyFusietoets(boardMerger(schools, { samenwerkingsbestuur: true }), TODAY);
      expect(outcome(result)).toEqual(['lichte-toets', 'duo', true, ['niet-toetsplichtig'], 'funderend-2020']);
      expect(result.thresholds).toEqual([]);
      expect(result.reasons[0]?.en).toContain('The sources contradict each other; check the enacted text.');
    }
  });

  it('tested a merger into a samenwerkingsbestuur as any other merger before 2017-08-01', () => {
    // No doubt of its own: in vo it is tested without doubt, in po only the 2011 exceptions leave it open.
    const vo = classifyFusietoets(
      { kind: 'bestuurlijk', sector: 'vo', schools: 4, samenwerkingsbestuur: true },
      '2016-01-01',
    );
    expect(outcome(vo)).toEqual(['inhoudelijke-toets', 'cfto', false, [], 'funderend-2011']);
    const po = classifyFusietoets(boardMerger(4, { samenwerkingsbestuur: true }), '2016-01-01');
    expect(outcome(po)).toEqual(['inhoudelijke-toets', 'cfto', true, ['niet-toetsplichtig'], 'funderend-2011']);
    expect(po.reasons.map((reason) => reason.en).join(' ')).not.toContain('joint board');
  });

  it('in 2017-2018 gives a samenwerkingsbestuur the 2017 route, with exemption as the alternative', () => {
    const result = classifyFusietoets(
      boardMerger(4, { samenwerkingsbestuur: true, meetsLightTestCriteria: true }),
      '2017-10-01',
    );
    expect(outcome(result)).toEqual(['lichte-toets', 'duo', true, ['niet-toetsplichtig'], 'funderend-2017']);
  });

  it('marks a large samenwerkingsschool uncertain, and a small one exempt on both readings', () => {
    const large = classifyFusietoets(schoolMerger(800, { samenwerkingsschool: true }), TODAY);
    expect(outcome(large)).toEqual(['lichte-toets', 'duo', true, ['niet-toetsplichtig'], 'funderend-2020']);
    expect(large.reasons.map((reason) => reason.en).join(' ')).toContain('Stb. 2017, 327');
    const small = classifyFusietoets(schoolMerger(300, { samenwerkingsschool: true, sector: 'vo' }), TODAY);
    // vo: the primary-only exemption already makes it uncertain and tested; the joint school adds the same doubt.
    expect(outcome(small)).toEqual(['lichte-toets', 'duo', true, ['niet-toetsplichtig'], 'funderend-2020']);
    const primary = classifyFusietoets(schoolMerger(300, { samenwerkingsschool: true }), TODAY);
    expect(outcome(primary)).toEqual(['niet-toetsplichtig', null, false, [], 'funderend-2020']);
    expect(primary.reasons[1]?.en).toBe(
      'Merger into a joint school (samenwerkingsschool): the ordinary rules and the Raad van State’s summary agree here.',
    );
  });
});

describe('classifyFusietoets: other sectors', () => {
  it('sends every higher-education merger to the CDHO from 2011-10-01', () => {
    for (const sector of ['hbo', 'wo'] as const) {
      expect(outcome(classifyFusietoets({ kind: 'bestuurlijk', sector, schools: 1 }, TODAY))).toEqual([
        'cdho-toets',
        'cdho',
        false,
        [],
        'ho-cdho',
      ]);
    }
    expect(classifyFusietoets({ kind: 'institutioneel', sector: 'hbo' }, '2011-10-01').route).toBe('cdho-toets');
    expect(classifyFusietoets({ kind: 'institutioneel', sector: 'hbo' }, '2011-09-30').route).toBe('geen-fusietoets');
  });

  it('needs the minister’s consent for every mbo merger, advised by the CFTO until 2017-07-31 and the CMMBO after', () => {
    const before = classifyFusietoets({ kind: 'bestuurlijk', sector: 'mbo', schools: 1 }, '2017-07-31');
    expect(outcome(before)).toEqual(['mbo-toestemming', 'cfto', false, [], 'mbo-cfto']);
    expect(before.reasons).toHaveLength(3);
    const after = classifyFusietoets({ kind: 'bestuurlijk', sector: 'mbo', schools: 1 }, '2017-08-01');
    expect(outcome(after)).toEqual(['mbo-toestemming', 'cmmbo', false, [], 'mbo-cmmbo']);
    expect(after.reasons[0]?.en).toBe(
      'In mbo every merger needs the minister’s prior consent; the Commissie Macrodoelmatigheid MBO (CMMBO) advises.',
    );
  });

  it('leaves childcare outside the Fusietoets', () => {
    const result = classifyFusietoets({ kind: 'bestuurlijk', sector: 'kinderopvang' }, TODAY);
    expect(outcome(result)).toEqual(['geen-fusietoets', null, false, [], 'buiten-onderwijs']);
    expect(result.ferRequired).toBe(false);
  });
});

describe('classifyFusietoets: input', () => {
  it('does not change a frozen merger', () => {
    const merger = deepFreeze({ kind: 'institutioneel', sector: 'po', pupils: 420 } as const);
    expect(classifyFusietoets(merger, TODAY).route).toBe('niet-toetsplichtig');
    expect(merger).toEqual({ kind: 'institutioneel', sector: 'po', pupils: 420 });
  });

  it('hands out its own copy of the rule', () => {
    const first = classifyFusietoets(schoolMerger(800), TODAY);
    (first.rule.sources[0] as { section: string }).section = 'changed';
    (first.rule.label as { nl: string }).nl = 'changed';
    const again = classifyFusietoets(schoolMerger(800), TODAY).rule;
    expect(again.sources[0]?.section).toBe('Stemming 16 juni 2020');
    expect(again.label.nl).toBe('Afschaffing verworpen: de lichte toets blijft');
  });

  it('hands out its own copy of every reason', () => {
    const first = classifyFusietoets(schoolMerger(800), TODAY);
    (first.reasons[0] as { en: string }).en = 'changed';
    expect(classifyFusietoets(schoolMerger(800), TODAY).reasons[0]?.en).toBe(
      'A school merger with 800 pupils, more than 500: the test applies.',
    );
    const light = classifyFusietoets(schoolMerger(800), TODAY);
    (light.reasons[1] as { en: string }).en = 'changed';
    expect(classifyFusietoets(schoolMerger(800), TODAY).reasons[1]?.en).toContain('Since 1 August 2018');
  });

  it('lists every problem with the merger and the date at once', () => {
    const error = caught(() =>
      classifyFusietoets(
        { kind: 'fusie', sector: 'p0', pupils: -1, schools: 2.5, praktijkonderwijs: 'ja', pupil: 3 } as never,
        '2025-02-30',
      ),
    );
    expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['invalid_option', ['merger', 'pupil']],
      ['invalid_option', ['merger', 'kind']],
      ['unknown_id', ['merger', 'sector']],
      ['invalid_option', ['merger', 'pupils']],
      ['invalid_option', ['merger', 'schools']],
      ['invalid_option', ['merger', 'praktijkonderwijs']],
      ['invalid_date', ['on']],
    ]);
    expect(error.issues[0]?.message.en).toContain("Did you mean 'pupils'?");
    expect(error.issues[2]?.message.en).toContain("Did you mean 'po'");
    expect(error.issues[1]?.message.en).toContain("one of 'institutioneel', 'bestuurlijk'");
  });

  it('requires kind and sector, and an object', () => {
    expect(caught(() => classifyFusietoets({} as never, TODAY)).issues.map((issue) => issue.path)).toEqual([
      ['merger', 'kind'],
      ['merger', 'sector'],
    ]);
    expect(caught(() => classifyFusietoets(null as never, TODAY)).issues[0]?.path).toEqual(['merger']);
  });

  it('rejects flags that do not fit the kind or the sector', () => {
    const error = caught(() => classifyFusietoets(schoolMerger(300, { samenwerkingsbestuur: true }), TODAY));
    expect(error.issues.map((issue) => issue.path)).toEqual([['merger', 'samenwerkingsbestuur']]);
    expect(
      caught(() => classifyFusietoets(boardMerger(3, { samenwerkingsschool: true }), TODAY)).issues[0]?.path,
    ).toEqual(['merger', 'samenwerkingsschool']);
    expect(
      caught(() => classifyFusietoets(schoolMerger(300, { samenwerkingsschool: true, sector: 'mbo' }), TODAY)).issues[0]
        ?.path,
    ).toEqual(['merger', 'samenwerkingsschool']);
    expect(
      caught(() => classifyFusietoets(schoolMerger(300, { praktijkonderwijs: true }), TODAY)).issues[0]?.path,
    ).toEqual(['merger', 'praktijkonderwijs']);
  });

  it('rejects a date that is not a real date', () => {
    for (const on of ['2025-02-30', '15-03-2026', new Date(Number.NaN), 20260315]) {
      const error = caught(() => classifyFusietoets(schoolMerger(300), on as never));
      expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([['invalid_date', ['on']]]);
    }
  });
});

describe('classifyFusietoets documentation', () => {
  it('gives the results shown in its example', () => {
    const result = classifyFusietoets({ kind: 'institutioneel', sector: 'po', pupils: 420 }, '2026-03-15');
    expect([result.route, result.rule.id]).toEqual(['niet-toetsplichtig', 'funderend-2020']);
    expect(classifyFusietoets({ kind: 'bestuurlijk', sector: 'po', schools: 10 }, '2026-03-15').uncertain).toBe(true);
    expect(classifyFusietoets({ kind: 'bestuurlijk', sector: 'po', schools: 4 }, '2011-09-30').route).toBe(
      'geen-fusietoets',
    );
  });
});
