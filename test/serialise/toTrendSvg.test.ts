import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSamenwerkingError } from '../../src/errors/SamenwerkingError.js';
import type { Assessment } from '../../src/schema/types.js';
import { trend } from '../../src/scoring/trend.js';
import { toTrendSvg } from '../../src/serialise/toTrendSvg.js';
import { caught } from '../support/caught.js';

/** One respondent; ambitie (three statements) answered `ambitie`, relatie (three) answered `relatie`. */
function measured(date: string, ambitie: number | null, relatie: number, collaboration = 'ikc-noord'): Assessment {
  const answers: Record<string, number | null> = {
    'relatie.klik': relatie,
    'relatie.continuiteit': relatie,
    'relatie.zichtbaarheid': relatie,
  };
  if (ambitie !== null) {
    answers['ambitie.concreet'] = ambitie;
    answers['ambitie.uitgangspunten'] = ambitie;
    answers['ambitie.bijdragen'] = ambitie;
  }
  return { kind: 'assessment', schemaVersion: 1, collaboration, date, responses: [{ respondent: 'r1', answers }] };
}

function parseXml(xml: string) {
  const problems: string[] = [];
  const document = new DOMParser({
    onError: (level: string, message: string) => {
      problems.push(`${level}: ${message}`);
    },
  }).parseFromString(xml, 'image/svg+xml');
  return { document, problems };
}

// 2024-03-01, 2025-03-01 (365 days later) and 2027-03-01 (730 more): x is in proportion to the days.
const course = trend([measured('2024-03-01', 2, 1), measured('2025-03-01', null, 3), measured('2027-03-01', 5, 4)]);
const svg = toTrendSvg(course);

describe('toTrendSvg', () => {
  it('parses as XML, with role img, a title and a description linked to it', () => {
    const { document, problems } = parseXml(svg);
    expect(problems).toStrictEqual([]);
    const root = document.documentElement;
    expect([root?.nodeName, root?.getAttribute('role')]).toStrictEqual(['svg', 'img']);
    expect(root?.getAttribute('aria-labelledby')).toBe('samenwerking-trend-title samenwerking-trend-desc');
    expect(document.getElementsByTagName('title')[0]?.textContent).toBe('Verloop van de scores van ikc-noord');
  });

  it('states every series in words in the description, overall first', () => {
    const description = parseXml(svg).document.getElementsByTagName('desc')[0]?.textContent ?? '';
    expect(description).toMatch(/^Lijndiagram van 3 metingen, van 2024-03-01 tot 2027-03-01/);
    expect(description.indexOf('Totaalscore')).toBeLessThan(description.indexOf('relatie'));
    expect(description).toContain('van 0 naar 75 (+75), stijgend');
  });

  it('places the dates in proportion to the days between them', () => {
    const xs = [...svg.matchAll(/<text class="date" x="([\d.]+)"/g)].map((match) => Number(match[1]));
    expect(xs).toHaveLength(3);
    const [first, second, third] = xs as [number, number, number];
    expect((second - first) / (third - first)).toBeCloseTo(365 / (365 + 730), 2);
  });

  it('draws three band zones, and moves them with the band limits', () => {
    for (const band of ['onvoldoende', 'voldoende', 'goed']) expect(svg).toContain(`class="band-${band}"`);
    const heightOf = (text: string, band: string): number =>
      Number(new RegExp(`class="band-${band}"[^>]* height="([\\d.]+)"`).exec(text)?.[1]);
    const moved = toTrendSvg(course, { bands: { voldoende: 40, goed: 90 } });
    expect(heightOf(moved, 'voldoende') / heightOf(svg, 'voldoende')).toBeCloseTo(50 / 25, 3); // coordinates are rounded to 0.01 px
  });

  it('breaks a line where a score is missing', () => {
    // ambitie has no score at the middle assessment: two lone points, no polyline.
    const ambitie = /<g class="line" data-subject="ambitie"[^>]*>([\s\S]*?)<\/g>/.exec(svg)?.[1] ?? '';
    expect(ambitie).not.toContain('<polyline');
    expect(ambitie.match(/<circle/g)).toHaveLength(2);
    const relatie = /<g class="line" data-subject="relatie"[^>]*>([\s\S]*?)<\/g>/.exec(svg)?.[1] ?? '';
    expect(relatie.match(/<polyline/g)).toHaveLength(1);
    expect(relatie.match(/<circle/g)).toHaveLength(3);
  });

  it('has a legend entry per line, each with its own dash pattern, and only the overall line without factors', () => {
    const legend = [...svg.matchAll(/class="legend-label" data-subject="([a-z]+)"/g)].map((match) => match[1]);
    expect(legend).toStrictEqual([
      'overall',
      'belanghebbenden',
      'ambitie',
      'belangen',
      'relatie',
      'organisatie',
      'communicatie',
    ]);
    const dashes = [
      ...svg.matchAll(/<g class="line" data-subject="[a-z]+"[^>]*?(?: stroke-dasharray="([\d ]+)")?>/g),
    ].map((match) => match[1] ?? 'solid');
    expect(new Set(dashes).size).toBe(7);
    const alone = toTrendSvg(course, { factors: false, locale: 'en' });
    expect([...alone.matchAll(/class="legend-label" data-subject="([a-z]+)"/g)].map((match) => match[1])).toStrictEqual(
      ['overall'],
    );
    expect(alone).toContain('Scores of ikc-noord over time');
  });

  it('stays valid XML with awkward text, and gives the same text for the same input', () => {
    // An id cannot hold such text (trend refuses an assessment whose collaboration is no id), but a stored trend's
    // labels and texts are free text: a label edited by hand is drawn escaped.
    const fresh = trend([measured('2024-03-01', 2, 1), measured('2025-03-01', 3, 3)]);
    const label = { nl: 'a<b&"c\'d]]>', en: 'a<b&"c\'d]]>' };
    const awkward = {
      ...fresh,
      overall: { ...fresh.overall, label, text: label },
      factors: fresh.factors.map((series) => ({ ...series, label })),
    };
    const drawn = toTrendSvg(awkward);
    const parsed = parseXml(drawn);
    expect(parsed.problems).toStrictEqual([]);
    expect(parsed.document.documentElement?.textContent).toContain('a<b&"c\'d]]>');
    expect(drawn).not.toContain('a<b');
    expect(toTrendSvg(course)).toBe(svg);
  });

  it('draws a trend of one assessment in the middle', () => {
    const one = toTrendSvg(trend([measured('2024-03-01', 2, 1)]), { size: 400 });
    expect(parseXml(one).problems).toStrictEqual([]);
    expect(one).toContain('<text class="date" x="');
  });

  it('refuses a damaged trend with a clear error rather than a crash', () => {
    const damaged = [
      { ...course, overall: { ...course.overall, points: undefined } },
      { ...course, factors: [{ ...course.factors[0], points: course.factors[0]?.points.slice(1) }] },
      { ...course, dates: ['gisteren'] },
      { ...course, factors: [null] },
    ];
    for (const trend of damaged)
      expect(caught(() => toTrendSvg(trend as never)).issues[0]?.code).toBe('invalid_argument');
  });

  it('throws nothing but a SamenwerkingError for any value', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        try {
          toTrendSvg(value as never);
        } catch (error) {
          expect(isSamenwerkingError(error)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses what is not a trend, and bad options, listing every problem', () => {
    expect(caught(() => toTrendSvg({ kind: 'assessment' } as never)).issues[0]?.code).toBe('invalid_argument');
    const error = caught(() =>
      toTrendSvg(course, { size: 50, locale: 'de', bands: { voldoende: 80, goed: 60 }, id: '1x' } as never),
    );
    expect(error.issues.map((issue) => issue.path[1])).toStrictEqual(['locale', 'size', 'id', 'bands']);
  });
});
