import { readOptions, rejectValue, throwIfIssues } from '../arguments/argumentReader.js';
import { readInput } from '../arguments/readInput.js';
import { readLocaleField } from '../arguments/readLocale.js';
import type { Issue } from '../errors/SamenwerkingError.js';
import { expectedArguments } from '../i18n/expectedArguments/expectedArguments.js';
import { formatFixed } from '../i18n/format.js';
import type { Locale } from '../i18n/LocalisedText.js';
import { scoringTerms } from '../i18n/scoringTerms/scoringTerms.js';
import { trendTexts } from '../i18n/trendTexts/trendTexts.js';
import { daysBetween } from '../internal/calendar.js';
import { acceptsTrend } from '../schema/acceptors.js';
import type { Trend, TrendSeries } from '../scoring/trend.js';
import type { Band, BandThresholds } from '../scoring/types.js';
import { escapeXml } from './escape.js';

/**
 * Options of {@link toTrendSvg}.
 *
 * @category Serialise
 */
export interface ToTrendSvgOptions {
  /** The language of the labels, title, description and legend: `'nl'` (default) or `'en'`. */
  readonly locale?: Locale | undefined;
  /** The width of the chart in pixels, 200 to 2,000; 640 by default. The height follows from it and the legend. */
  readonly size?: number | undefined;
  /** The lower bounds of the bands drawn as background zones; 50 and 75 by default, as `scoreBerenschot` uses. */
  readonly bands?: BandThresholds | undefined;
  /** Whether to draw the six strategy factors besides the overall score; `true` by default. */
  readonly factors?: boolean | undefined;
  /** The id of the `<svg>` element, also used to link the title and description; `'samenwerking-trend'` by default. */
  readonly id?: string | undefined;
}

/** One colour and dash pattern per line, so that a line is told apart without colour too (Okabe and Ito's palette). */
const STYLES: readonly { readonly colour: string; readonly dash: string }[] = [
  { colour: '#E69F00', dash: '6 3' },
  { colour: '#56B4E9', dash: '2 3' },
  { colour: '#009E73', dash: '8 3 2 3' },
  { colour: '#0072B2', dash: '12 4' },
  { colour: '#D55E00', dash: '2 2 6 2' },
  { colour: '#CC79A7', dash: '4 4' },
];
const OVERALL = { colour: '#222222', dash: '' } as const;
const ZONES: Readonly<Record<Band, string>> = { onvoldoende: '#f6dcdc', voldoende: '#f7f0d6', goed: '#dcefdc' };

function round(value: number): string {
  return (Math.round(value * 100) / 100).toFixed(2).replace(/\.?0+$/, '') || '0';
}

/**
 * Draws a trend as a line chart: a self-contained, accessible SVG document with the band zones and a legend.
 *
 * @remarks
 * Time runs left to right in proportion to the days between the assessments; scores run from 0 (bottom) to 100, over
 * three background zones for the bands (onvoldoende, voldoende, goed). The overall score is a thick solid line, each
 * strategy factor a thinner line with its own colour and dash pattern (so the lines can be told apart without colour),
 * each point a dot with a `<title>`. A score that is missing breaks its line. The SVG has `role="img"`, a `<title>`
 * and a `<desc>` that states every series in words, a legend, no scripts and no external references; the same input
 * always gives the same text.
 *
 * @param trend - The result of `trend`.
 * @param options - The language, width, band limits, whether to draw the factors, and the element id.
 * @returns The SVG document as text.
 * @throws {SamenwerkingError} `invalid_argument` when `trend` is not a valid result of `trend` (a stored one is checked
 *   by every rule of its format; `TrendSchema.safeParse` lists each problem); `invalid_option` when the size
 *   is not a number from 200 to 2,000, the locale is not `'nl'` or `'en'`, the bands are not `0 ≤ voldoende < goed ≤
 *   100`, `factors` is not a boolean, or the id is not a valid XML id. Every problem is listed.
 *
 * @example
 * ```ts
 * const later: Assessment = { ...assessment, date: '2027-03-15' };
 * const svg = toTrendSvg(trend([assessment, later]), { locale: 'en' });
 * [svg.startsWith('<svg'), svg.includes('role="img"'), svg.includes('<title id="samenwerking-trend-title">')];
 * //=> [true, true, true]
 * ```
 * @category Serialise
 */
export function toTrendSvg(trend: Trend, options?: ToTrendSvgOptions): string {
  const issues: Issue[] = [];
  // A trend read from storage without fromJSON, or built by hand, is validated first (results as documents).
  readInput<Trend>(trend, 'trend', 'trend', acceptsTrend, issues);
  // One rule for every function that takes a locale: options that are not an object, an unknown key or another
  // locale are refused.
  const reader = readOptions(options, ['locale', 'size', 'id', 'bands', 'factors'], issues);
  const given = reader.fields as ToTrendSvgOptions;
  const locale = readLocaleField(reader);
  const width = given.size ?? 640;
  const id = given.id ?? 'samenwerking-trend';
  const bands = given.bands ?? { voldoende: 50, goed: 75 };
  const withFactors = given.factors ?? true;
  if (typeof width !== 'number' || !Number.isFinite(width) || width < 200 || width > 2000) {
    rejectValue(issues, ['options', 'size'], 'size', width, expectedArguments.chartSize());
  }
  if (typeof id !== 'string' || !/^[A-Za-z_][\w.-]{0,63}$/.test(id)) {
    rejectValue(issues, ['options', 'id'], 'id', id, expectedArguments.xmlId());
  }
  const validBands =
    typeof bands === 'object' &&
    bands !== null &&
    typeof bands.voldoende === 'number' &&
    typeof bands.goed === 'number' &&
    bands.voldoende >= 0 &&
    bands.voldoende < bands.goed &&
    bands.goed <= 100;
  if (!validBands) rejectValue(issues, ['options', 'bands'], 'bands', bands, trendTexts.chartBands());
  if (typeof withFactors !== 'boolean') {
    rejectValue(issues, ['options', 'factors'], 'factors', withFactors, expectedArguments.optionalBoolean());
  }
  throwIfIssues(issues);

  const fontSize = width / 56;
  const left = width * 0.08;
  const right = width * 0.92;
  const top = fontSize * 1.5;
  const bottom = width * 0.5;
  // The legend sits under the chart in two columns, so that long factor names fit without shrinking the plot.
  const legendTop = bottom + fontSize * 3.4;
  const legendRows = Math.ceil((withFactors ? trend.factors.length + 1 : 1) / 2);
  const height = legendTop + legendRows * fontSize * 1.8 + fontSize;
  const dates = trend.dates;
  const first = dates[0] as string;
  const span = daysBetween(first, dates[dates.length - 1] as string);
  const x = (date: string): number =>
    span === 0 ? (left + right) / 2 : left + ((right - left) * daysBetween(first, date)) / span;
  const y = (score: number): number => bottom - ((bottom - top) * Math.max(0, Math.min(100, score))) / 100;
  const series: {
    readonly line: TrendSeries;
    readonly style: { colour: string; dash: string };
    readonly main: boolean;
  }[] = [
    ...(withFactors
      ? trend.factors.map((line, index) => ({
          line,
          style: STYLES[index % STYLES.length] as (typeof STYLES)[number],
          main: false,
        }))
      : []),
    { line: trend.overall, style: OVERALL, main: true },
  ];

  const lines: string[] = [];
  lines.push(
    `<svg xmlns="http://www.w3.org/2000/svg" id="${id}" role="img" width="${round(width)}" height="${round(height)}" viewBox="0 0 ${round(width)} ${round(height)}" aria-labelledby="${id}-title ${id}-desc" font-family="sans-serif" font-size="${round(fontSize)}">`,
  );
  lines.push(`<title id="${id}-title">${escapeXml(trendTexts.chartTitle(trend.collaboration)[locale])}</title>`);
  // Overall first, then the factors in strategy order: for the description and the legend.
  const listed = [series[series.length - 1], ...series.slice(0, -1)] as typeof series;
  const described = listed.map((entry) => entry.line.text[locale]).join(' ');
  const description = trendTexts.chartDescription(first, dates[dates.length - 1] as string, dates.length, described);
  lines.push(`<desc id="${id}-desc">${escapeXml(description[locale])}</desc>`);

  // Band zones, with their names at the left edge.
  const zones: readonly (readonly [Band, number, number])[] = [
    ['onvoldoende', 0, bands.voldoende],
    ['voldoende', bands.voldoende, bands.goed],
    ['goed', bands.goed, 100],
  ];
  lines.push('<g class="bands">');
  for (const [band, from, to] of zones) {
    if (to <= from) continue;
    lines.push(
      `<rect class="band-${band}" x="${round(left)}" y="${round(y(to))}" width="${round(right - left)}" height="${round(y(from) - y(to))}" fill="${ZONES[band]}"/>`,
    );
    lines.push(
      `<text class="band-label" x="${round(left + 4)}" y="${round(y(to) + fontSize * 1.1)}" fill="#555555">${escapeXml(scoringTerms.band(band)[locale])}</text>`,
    );
  }
  lines.push('</g>');

  // Axes: score ticks at 0, 25, 50, 75, 100 and one date label per assessment.
  lines.push('<g class="axes" stroke="#9a9a9a" stroke-width="1" fill="#222222">');
  lines.push(`<line x1="${round(left)}" y1="${round(top)}" x2="${round(left)}" y2="${round(bottom)}"/>`);
  lines.push(`<line x1="${round(left)}" y1="${round(bottom)}" x2="${round(right)}" y2="${round(bottom)}"/>`);
  for (const tick of [0, 25, 50, 75, 100]) {
    lines.push(
      `<text x="${round(left - 4)}" y="${round(y(tick))}" text-anchor="end" dominant-baseline="middle" stroke="none">${tick}</text>`,
    );
  }
  for (const date of dates) {
    lines.push(
      `<text class="date" x="${round(x(date))}" y="${round(bottom + fontSize * 1.4)}" text-anchor="middle" stroke="none">${escapeXml(date)}</text>`,
    );
  }
  lines.push('</g>');

  // The lines: broken where a score is missing; the overall score last, on top.
  lines.push('<g class="series" fill="none">');
  for (const { line, style, main } of series) {
    const strokeWidth = main ? 3 : 1.5;
    const dash = style.dash === '' ? '' : ` stroke-dasharray="${style.dash}"`;
    lines.push(
      `<g class="line" data-subject="${line.subject}" stroke="${style.colour}" stroke-width="${strokeWidth}"${dash}>`,
    );
    let run: string[] = [];
    const flush = (): void => {
      if (run.length > 1) lines.push(`<polyline points="${run.join(' ')}"/>`);
      run = [];
    };
    for (const point of line.points) {
      if (point.score === null) flush();
      else run.push(`${round(x(point.date))},${round(y(point.score))}`);
    }
    flush();
    for (const point of line.points) {
      if (point.score === null) continue;
      const title = trendTexts.pointTitle(line.label, point.date, point.score)[locale];
      lines.push(
        `<circle cx="${round(x(point.date))}" cy="${round(y(point.score))}" r="${main ? 4 : 3}" fill="${style.colour}" stroke="none"><title>${escapeXml(title)}</title></circle>`,
      );
    }
    lines.push('</g>');
  }
  lines.push('</g>');

  // Legend: a sample of each line's stroke and its name with the last score.
  lines.push('<g class="legend" fill="#222222">');
  listed.forEach(({ line, style, main }, index) => {
    const column = index % 2;
    const rowY = legendTop + Math.floor(index / 2) * fontSize * 1.8;
    const sampleX = fontSize + (column * (width - 2 * fontSize)) / 2;
    const last = line.points[line.points.length - 1]?.score ?? null;
    const dash = style.dash === '' ? '' : ` stroke-dasharray="${style.dash}"`;
    lines.push(
      `<line x1="${round(sampleX)}" y1="${round(rowY)}" x2="${round(sampleX + 28)}" y2="${round(rowY)}" stroke="${style.colour}" stroke-width="${main ? 3 : 1.5}"${dash}/>`,
    );
    lines.push(
      `<text class="legend-label" data-subject="${line.subject}" x="${round(sampleX + 34)}" y="${round(rowY)}" dominant-baseline="middle">${escapeXml(`${line.label[locale]}: ${last === null ? '–' : formatFixed(last, locale, 1)}`)}</text>`,
    );
  });
  lines.push('</g>');
  lines.push('</svg>');
  return `${lines.join('\n')}\n`;
}
