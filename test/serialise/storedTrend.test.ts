/**
 * The trend as a stored result (issue 19, item 5): written by toJSON in a stable order, read back by fromJSON, and
 * rendered from storage exactly as fresh; a stored trend with any field broken is refused by fromJSON with the place,
 * a code and a message in Dutch and English that says what to do, and by the chart, the reports and the CSV before
 * they render it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAssessment, TrendSchema } from '../../src/schema/index.js';
import type { Assessment } from '../../src/schema/types.js';
import { trend } from '../../src/scoring/index.js';
import { fromJSON, toCsv, toHtml, toJSON, toMarkdown, toTrendSvg } from '../../src/serialise/index.js';
import { caught } from '../support/caught.js';
import type { Loose } from '../support/documents.js';
import { scoredTrend } from '../support/trendArbitrary.js';

type Json = Loose;

const read = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../examples/data/${name}`, import.meta.url), 'utf8'));
const assessment = parseAssessment(read('kindcentra-noord.assessment.json'));
const later = (date: string, bump: number): Assessment =>
  parseAssessment({
    ...assessment,
    date,
    responses: assessment.responses.map((response) => ({
      ...response,
      answers: Object.fromEntries(
        Object.entries(response.answers).map(([indicator, answer]) => [
          indicator,
          answer === null ? null : Math.min(5, answer + (indicator.startsWith('belangen') ? bump : 0)),
        ]),
      ),
    })),
  });
const course = trend([later('2028-03-15', 2), assessment, later('2027-03-15', 1)], { minChange: 2.5 });

/** What is written from a trend: the chart in both languages, the reports, the CSV in both dialects. */
const renderings = (value: unknown) => ({
  svg: toTrendSvg(value as never),
  svgEn: toTrendSvg(value as never, { locale: 'en', factors: false }),
  markdown: toMarkdown({ trend: value } as never, { locale: 'en' }),
  html: toHtml({ trend: value, title: 'Kindcentra Noord' } as never),
  alone: toMarkdown(value as never),
  csv: toCsv(value as never),
  excel: toCsv(value as never, { dialect: 'excel-nl' }),
});

describe('a trend stored and read back', () => {
  it('carries its kind, format version, edition and the options it was computed with', () => {
    expect([course.kind, course.schemaVersion, course.edition]).toEqual(['trend', 1, '2026.2']);
    expect(course.options.minChange).toBe(2.5);
    expect(course.options.scoring.bands).toEqual({ voldoende: 50, goed: 75 });
    expect(trend([assessment]).options.minChange).toBe(5);
  });

  it('is read by fromJSON from JSON.stringify and from toJSON, equal to the original and frozen', () => {
    for (const text of [JSON.stringify(course), toJSON(course), toJSON(course, { pretty: true })]) {
      const result = fromJSON(text, { kind: 'trend' });
      expect(result.success).toBe(true);
      if (!result.success) continue;
      expect(result.data).toEqual(course);
      expect(Object.isFrozen(result.data.factors[1]?.points[0])).toBe(true);
    }
  });

  it('gives the same chart, reports and CSV from storage as fresh', () => {
    const stored = fromJSON(toJSON(course));
    expect(stored.success).toBe(true);
    const fresh = renderings(course);
    expect(renderings(stored.success && stored.data)).toEqual(fresh);
    // A stored trend that was only JSON.parse'd (not read with fromJSON) is checked, then written the same way.
    expect(renderings(JSON.parse(JSON.stringify(course)))).toEqual(fresh);
    expect(fresh.markdown).toContain('Development over the years');
    expect(fresh.csv.split('\r\n').length).toBeGreaterThan(21);
  });

  it('is written by toJSON with the keys in the order of the format, whatever order they came in', () => {
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : typeof value === 'object' && value !== null
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([key, item]) => [key, reversed(item)]),
            )
          : value;
    const shuffled = reversed(JSON.parse(JSON.stringify(course))) as Json;
    expect(Object.keys(shuffled)[0]).toBe('options');
    const text = toJSON(shuffled as never);
    expect(text).toBe(toJSON(course));
    expect(Object.keys(JSON.parse(text))).toEqual([
      'kind',
      'schemaVersion',
      'edition',
      'collaboration',
      'dates',
      'overall',
      'factors',
      'pitfallChanges',
      'pitfallsNow',
      'summary',
      'options',
    ]);
    expect(Object.keys(JSON.parse(text).overall.points[0])).toEqual(['date', 'schoolYear', 'score', 'band']);
  });
});

/**
 * Says what to do: an instruction (the verbs of the message tables, and those of the shared document messages), or the
 * value that is expected or allowed there.
 */
const remedies = {
  nl: /(?:^|[.:?] )(?:Gebruik|Schrijf|Geef|Kies|Zet|Bereken|Laat|Voeg|Verwijder|Vul|Werk)\b|[Tt]oegesta(?:an|ne)|verwacht |Bekende (?:opties|velden): |Bedoelde u /,
  en: /(?:^|[.:?] )(?:Use|Write|Pass|Give|Choose|Put|Compute|Leave|Add|Remove|Fill|Upgrade)\b|[Aa]llowed|[Ee]xpected |Known (?:options|fields): |Did you mean /,
} as const;

/**
 * Each field of a stored trend broken once (a relatie that rose from onvoldoende to voldoende in 2025, and on in
 * 2026, resolving geen-klik): the path the refusal must name and its code.
 */
const breaks: readonly (readonly [string, (doc: Json) => void, readonly (string | number)[], string])[] = [
  ['another format version', (doc) => (doc.schemaVersion = 2), ['schemaVersion'], 'unsupported_version'],
  ['an edition that is no edition', (doc) => (doc.edition = 'latest'), ['edition'], 'invalid_format'],
  ['a collaboration id that is no id', (doc) => (doc.collaboration = 'IKC Noord'), ['collaboration'], 'invalid_format'],
  ['no dates', (doc) => (doc.dates = []), ['dates'], 'too_small'],
  ['dates out of order', (doc) => doc.dates.reverse(), ['dates', 1], 'invalid_value'],
  ['a date twice', (doc) => (doc.dates[2] = doc.dates[1]), ['dates', 2], 'invalid_value'],
  [
    'an overall series of a factor',
    (doc) => (doc.overall.subject = 'relatie'),
    ['overall', 'subject'],
    'invalid_value',
  ],
  ['a point left out', (doc) => doc.overall.points.pop(), ['overall', 'points'], 'invalid_value'],
  [
    'a point on another date',
    (doc) => (doc.factors[3].points[1].date = '2025-04-01'),
    ['factors', 3, 'points', 1, 'date'],
    'invalid_value',
  ],
  [
    'a score above 100',
    (doc) => (doc.factors[3].points[2].score = 101),
    ['factors', 3, 'points', 2, 'score'],
    'too_big',
  ],
  [
    'a band without a score',
    (doc) => (doc.factors[0].points[0].band = 'goed'),
    ['factors', 0, 'points', 0, 'band'],
    'invalid_value',
  ],
  [
    'a school year in another form',
    (doc) => (doc.factors[3].points[0].schoolYear = '2023/2024'),
    ['factors', 3, 'points', 0, 'schoolYear'],
    'invalid_format',
  ],
  ['factors out of order', (doc) => doc.factors.reverse(), ['factors', 0, 'subject'], 'invalid_value'],
  ['five factors', (doc) => doc.factors.pop(), ['factors'], 'too_small'],
  [
    'a change since the first that does not follow',
    (doc) => (doc.factors[3].changeSinceFirst = 10),
    ['factors', 3, 'changeSinceFirst'],
    'invalid_value',
  ],
  [
    'a change since the previous that does not follow',
    (doc) => (doc.factors[3].changeSincePrevious = -1),
    ['factors', 3, 'changeSincePrevious'],
    'invalid_value',
  ],
  [
    'a direction that does not follow',
    (doc) => (doc.factors[3].direction = 'falling'),
    ['factors', 3, 'direction'],
    'invalid_value',
  ],
  ['an unknown direction', (doc) => (doc.factors[3].direction = 'up'), ['factors', 3, 'direction'], 'invalid_value'],
  [
    'a band change on the first date',
    (doc) => (doc.factors[3].bandChanges[0].date = doc.dates[0]),
    ['factors', 3, 'bandChanges', 0, 'date'],
    'invalid_value',
  ],
  [
    'a band change of an unknown direction',
    (doc) => (doc.factors[3].bandChanges[0].direction = 'sideways'),
    ['factors', 3, 'bandChanges', 0, 'direction'],
    'invalid_value',
  ],
  [
    'a pitfall change on a date the trend does not have',
    (doc) => (doc.pitfallChanges[0].date = '2025-06-01'),
    ['pitfallChanges', 0, 'date'],
    'invalid_value',
  ],
  [
    'a pitfall change that neither appeared nor was resolved',
    (doc) => (doc.pitfallChanges[0].change = 'gone'),
    ['pitfallChanges', 0, 'change'],
    'invalid_value',
  ],
  ['an unknown pitfall now', (doc) => (doc.pitfallsNow = ['geen-klikk']), ['pitfallsNow', 0], 'unknown_id'],
  ['a summary without English', (doc) => delete doc.summary.en, ['summary', 'en'], 'invalid_type'],
  ['a label that is no text', (doc) => (doc.factors[2].label = 'belangen'), ['factors', 2, 'label'], 'invalid_type'],
  ['no options', (doc) => delete doc.options, ['options'], 'invalid_type'],
  ['a smallest change above 100', (doc) => (doc.options.minChange = 120), ['options', 'minChange'], 'too_big'],
  ['no scoring options', (doc) => delete doc.options.scoring, ['options', 'scoring'], 'invalid_type'],
  ['an unknown key', (doc) => (doc.trendline = true), ['trendline'], 'unknown_key'],
];

describe('a stored trend with a field broken', () => {
  const valid = (): Json => JSON.parse(JSON.stringify(scoredTrend())) as Json;

  it('starts from a trend that has every part the breaks need', () => {
    const doc = valid();
    expect(fromJSON(JSON.stringify(doc)).success).toBe(true);
    expect([doc.dates.length, doc.factors[3].bandChanges.length, doc.pitfallChanges.length]).toEqual([3, 1, 1]);
    expect(doc.factors[3].direction).toBe('rising');
  });

  it.each(breaks)('is refused by fromJSON for %s, naming the place and saying what to do', (_, breakIt, path, code) => {
    const doc = valid();
    breakIt(doc);
    const result = fromJSON(JSON.stringify(doc));
    expect(result.success).toBe(false);
    if (result.success) return;
    const issue = result.error.issues.find((found) => JSON.stringify(found.path) === JSON.stringify(path));
    expect(issue, JSON.stringify(result.error.issues.map((found) => [found.path, found.code]))).toBeDefined();
    expect(issue?.code).toBe(code);
    expect(issue?.message.nl).not.toBe(issue?.message.en);
    expect(issue?.message.nl).toMatch(remedies.nl);
    expect(issue?.message.en).toMatch(remedies.en);
    // TrendSchema agrees with fromJSON (the version gate aside, which is fromJSON's).
    if (code !== 'unsupported_version') expect(TrendSchema.safeParse(doc).success).toBe(false);
  });

  it.each(breaks.filter(([, , , code]) => code !== 'unsupported_version'))(
    'is refused by the chart, the reports and the CSV for %s, before anything is rendered',
    (_, breakIt) => {
      const doc = valid();
      breakIt(doc);
      const svg = caught(() => toTrendSvg(doc as never));
      expect(svg.issues[0]).toMatchObject({ code: 'invalid_argument', path: ['trend'] });
      expect(svg.issues[0]?.message.en).toContain("kind 'trend'; TrendSchema.safeParse(value) lists each problem");
      const report = caught(() => toMarkdown({ trend: doc } as never));
      expect(report.issues[0]).toMatchObject({ code: 'invalid_argument', path: ['input', 'trend'] });
      expect(caught(() => toHtml(doc as never)).issues[0]).toMatchObject({ path: ['input'] });
      expect(caught(() => toCsv({ trend: doc } as never)).issues[0]).toMatchObject({ path: ['input', 'trend'] });
    },
  );
});
