import { readNumberField, readOptions, rejectField, throwIfIssues } from '../arguments/argumentReader.js';
import { readInput } from '../arguments/readInput.js';
import { readLocaleField } from '../arguments/readLocale.js';
import { strategyFactors } from '../catalogue/data/strategyFactors.js';
import type { Issue } from '../errors/SamenwerkingError.js';
import { expectedArguments } from '../i18n/expectedArguments/expectedArguments.js';
import { formatDate, formatFixed } from '../i18n/format.js';
import type { Locale } from '../i18n/LocalisedText.js';
import { reportLabels } from '../i18n/reportLabels/reportLabels.js';
import { reportTexts } from '../i18n/reportTexts/reportTexts.js';
import { scoringTermsIn } from '../i18n/scoringTerms/scoringTermsByLocale.js';
import { acceptsBerenschotScore } from '../schema/acceptors.js';
import type { BerenschotScore } from '../scoring/types.js';
import { escapeXml } from './escape.js';

/**
 * Options of {@link toRadarSvg}.
 *
 * @category Serialise
 */
export interface ToRadarSvgOptions {
  /** The language of the labels, title and description: `'nl'` (default) or `'en'`. */
  readonly locale?: Locale;
  /** The width and height of the chart in pixels, 200 to 2,000; 480 by default. */
  readonly size?: number;
  /**
   * An earlier score of the same collaboration, drawn dashed under the first, with a legend naming both dates
   * (before and after).
   */
  readonly compare?: BerenschotScore;
  /** The id of the `<svg>` element, also used to link the title and description; `'samenwerking-radar'` by default. */
  readonly id?: string;
}

/** The band limits a score records (results as documents), or the defaults of `scoreBerenschot`. */
function bandLimits(score: BerenschotScore): readonly [number, number] {
  const bands = (score as { readonly options?: { readonly bands?: { voldoende: number; goed: number } } }).options
    ?.bands;
  return bands === undefined ? [50, 75] : [bands.voldoende, bands.goed];
}

function round(value: number): string {
  return (Math.round(value * 100) / 100).toFixed(2).replace(/\.?0+$/, '') || '0';
}

function scoreOf(score: BerenschotScore, index: number): number | null {
  const id = strategyFactors[index]?.id;
  return score.factors.find((factor) => factor.factor === id)?.score ?? null;
}

/**
 * Draws the six strategy-factor scores as a radar chart: a self-contained, accessible SVG document.
 *
 * @remarks
 * A visible title with the collaboration and date; one axis per strategy factor in strategy order, clockwise from the
 * top; rings at the band limits (50 voldoende and 75 goed unless the score records other bands), each labelled, and
 * at 100; the score polygon, with a factor without a score drawn at 0 and named in the description. With `compare`,
 * the earlier score is drawn dashed underneath and a legend names both dates. The SVG has `role="img"`, a `<title>`
 * and a `<desc>` that lists every score (of both, when comparing), no scripts and no external references; the same
 * input always gives the same text. Text is at least 10 px high, 12 px at the default size of 480.
 *
 * @param score - The result of `scoreBerenschot`.
 * @param options - The language, size, a score to compare with, and the element id.
 * @returns The SVG document as text.
 * @throws {SamenwerkingError} `invalid_option` when `options` is not an object or has an unknown key, the size is not a
 *   number from 200 to 2,000, the locale is not `'nl'` or `'en'`, the id is not a valid XML id, or `compare` is a score
 *   of another collaboration.
 * @throws {SamenwerkingError} `invalid_argument` when `score` or `options.compare` is not a valid result of
 *   `scoreBerenschot` (a stored one is checked as it is). Text from the score is always well-formed XML: characters
 *   XML does not allow become U+FFFD.
 *
 * @example
 * ```ts
 * const svg = toRadarSvg(scoreBerenschot(assessment), { locale: 'en' });
 * svg.startsWith('<svg');
 * //=> true
 * ```
 * @category Serialise
 */
export function toRadarSvg(score: BerenschotScore, options?: ToRadarSvgOptions): string {
  const issues: Issue[] = [];
  readInput<BerenschotScore>(score, 'score', 'berenschot-score', acceptsBerenschotScore, issues);
  const reader = readOptions(options, ['locale', 'size', 'compare', 'id'], issues);
  const locale = readLocaleField(reader);
  const size = readNumberField(reader, 'size', 480, {
    min: 200,
    max: 2000,
    integer: false,
    expected: () => expectedArguments.chartSize(),
  });
  const id = reader.fields.id ?? 'samenwerking-radar';
  if (typeof id !== 'string' || !/^[A-Za-z_][\w.-]{0,63}$/.test(id)) {
    rejectField(reader, ['id'], id, expectedArguments.xmlId());
  }
  const compare =
    reader.fields.compare === undefined
      ? undefined
      : readInput<BerenschotScore>(
          reader.fields.compare,
          'compare',
          'berenschot-score',
          acceptsBerenschotScore,
          issues,
          ['options', 'compare'],
        );
  throwIfIssues(issues);
  if (compare !== undefined && compare.collaboration !== score.collaboration) {
    throwIfIssues([
      {
        code: 'invalid_option',
        path: ['options', 'compare', 'collaboration'],
        message: {
          nl: reportTexts.nl.differentCollaborations(score.collaboration, compare.collaboration),
          en: reportTexts.en.differentCollaborations(score.collaboration, compare.collaboration),
        },
      },
    ]);
  }
  const centre = size / 2;
  // The chart sits a little below the middle, leaving room for the title above and the legend below.
  const middle = size * 0.53;
  const radius = size * 0.25;
  const count = strategyFactors.length;
  const point = (index: number, value: number): [number, number] => {
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
    const distance = (radius * Math.max(0, Math.min(100, value))) / 100;
    return [centre + distance * Math.cos(angle), middle + distance * Math.sin(angle)];
  };
  const polygon = (values: (number | null)[]): string =>
    values
      .map((value, index) =>
        point(index, value ?? 0)
          .map(round)
          .join(','),
      )
      .join(' ');
  const values = strategyFactors.map((_, index) => scoreOf(score, index));
  const fontSize = round(Math.max(10, size / 40));
  const [voldoende, goed] = bandLimits(score);
  const texts = reportTexts[locale];
  const terms = scoringTermsIn[locale];

  const lines: string[] = [];
  lines.push(
    `<svg xmlns="http://www.w3.org/2000/svg" id="${id}" role="img" width="${round(size)}" height="${round(size)}" viewBox="0 0 ${round(size)} ${round(size)}" aria-labelledby="${id}-title ${id}-desc" font-family="sans-serif" font-size="${fontSize}">`,
  );
  lines.push(`<title id="${id}-title">${escapeXml(reportLabels[locale].radarTitle)}</title>`);
  const described = strategyFactors
    .map(
      (factor, index) =>
        `${factor.label[locale]}: ${values[index] === null ? reportLabels[locale].noScore : formatFixed(values[index] ?? null, locale, 1)}`,
    )
    .join('; ');
  let description = reportLabels[locale].radarDescription(score.collaboration, score.date, described);
  if (compare !== undefined) {
    const before = strategyFactors
      .map((factor, index) => {
        const value = scoreOf(compare, index);
        return `${factor.label[locale]}: ${value === null ? reportLabels[locale].noScore : formatFixed(value, locale, 1)}`;
      })
      .join('; ');
    description += ` ${reportLabels[locale].radarCompare(compare.date)} ${before}.`;
  }
  lines.push(`<desc id="${id}-desc">${escapeXml(description)}</desc>`);
  lines.push(
    `<text class="chart-title" x="${round(centre)}" y="${round(size * 0.045)}" text-anchor="middle" font-weight="bold" font-size="${round(Number(fontSize) * 1.15)}" fill="#222222">${escapeXml(reportLabels[locale].radarTitle)}</text>`,
  );
  lines.push(
    `<text class="chart-subtitle" x="${round(centre)}" y="${round(size * 0.045 + Number(fontSize) * 1.4)}" text-anchor="middle" fill="#444444">${escapeXml(texts.radarTitleOf(score.collaboration, formatDate(score.date, locale)))}</text>`,
  );
  lines.push('<g class="rings" fill="none" stroke="#c8c8c8" stroke-width="1">');
  for (const [ring, name] of [
    [voldoende, 'voldoende'],
    [goed, 'goed'],
    [100, 'max'],
  ] as const) {
    lines.push(
      `<polygon class="ring-${name}" data-limit="${round(ring)}" points="${polygon(strategyFactors.map(() => ring))}"/>`,
    );
  }
  lines.push('</g>');
  lines.push(
    `<g class="ring-labels" fill="#555555" font-size="${round(Number(fontSize) * 0.85)}" stroke="#ffffff" stroke-width="3" paint-order="stroke">`,
  );
  for (const [ring, band] of [
    [voldoende, terms.band.voldoende],
    [goed, terms.band.goed],
  ] as const) {
    const [x, y] = point(0, ring);
    lines.push(
      `<text class="ring-label" x="${round(x + 4)}" y="${round(y - 3)}">${escapeXml(texts.radarRing(formatFixed(ring, locale, 0), band))}</text>`,
    );
  }
  lines.push('</g>');
  lines.push('<g class="axes" stroke="#9a9a9a" stroke-width="1">');
  strategyFactors.forEach((factor, index) => {
    const [x, y] = point(index, 100);
    lines.push(
      `<line class="axis" data-factor="${factor.id}" x1="${round(centre)}" y1="${round(middle)}" x2="${round(x)}" y2="${round(y)}"/>`,
    );
  });
  lines.push('</g>');
  if (compare !== undefined) {
    const earlier = strategyFactors.map((_, index) => scoreOf(compare, index));
    lines.push(
      `<polygon class="compare" points="${polygon(earlier)}" fill="none" stroke="#7a7a7a" stroke-width="2" stroke-dasharray="6 4"/>`,
    );
  }
  lines.push(
    `<polygon class="score" points="${polygon(values)}" fill="#1f6fb2" fill-opacity="0.25" stroke="#1f6fb2" stroke-width="2"/>`,
  );
  lines.push('<g class="labels" fill="#222222">');
  strategyFactors.forEach((factor, index) => {
    const [x, y] = point(index, 112);
    const anchor = Math.abs(x - centre) < 1 ? 'middle' : x > centre ? 'start' : 'end';
    const value = values[index] ?? null;
    const rows = [
      ...wrap(`${factor.order}. ${factor.label[locale]}`, 18),
      value === null ? reportLabels[locale].noScore : formatFixed(value, locale, 1),
    ];
    // Labels above the centre grow upwards, labels below grow downwards, so they never cross the chart.
    const first = y < middle - 1 ? -(rows.length - 1) : y > middle + 1 ? 0 : -(rows.length - 1) / 2;
    const spans = rows
      .map(
        (row, line) =>
          `<tspan x="${round(x)}" dy="${line === 0 ? `${round(first * 1.2)}em` : '1.2em'}"${line === rows.length - 1 ? ' font-weight="bold"' : ''}>${escapeXml(row)}</tspan>`,
      )
      .join('');
    lines.push(
      `<text class="label" data-factor="${factor.id}" x="${round(x)}" y="${round(y)}" text-anchor="${anchor}" dominant-baseline="middle">${spans}</text>`,
    );
  });
  lines.push('</g>');
  if (compare !== undefined) {
    const row = Number(fontSize) * 1.6;
    const top = size - row * 2 - Number(fontSize) * 0.4;
    const left = size * 0.06;
    const swatch = Number(fontSize) * 2;
    lines.push(`<g class="legend" fill="#222222">`);
    lines.push(
      `<rect x="${round(left)}" y="${round(top - Number(fontSize) * 0.5)}" width="${round(swatch)}" height="${round(Number(fontSize))}" fill="#1f6fb2" fill-opacity="0.25" stroke="#1f6fb2" stroke-width="2"/>`,
    );
    lines.push(
      `<text x="${round(left + swatch + 6)}" y="${round(top)}" dominant-baseline="middle">${escapeXml(texts.radarLegendNow(formatDate(score.date, locale)))}</text>`,
    );
    lines.push(
      `<line x1="${round(left)}" y1="${round(top + row)}" x2="${round(left + swatch)}" y2="${round(top + row)}" stroke="#7a7a7a" stroke-width="2" stroke-dasharray="6 4"/>`,
    );
    lines.push(
      `<text x="${round(left + swatch + 6)}" y="${round(top + row)}" dominant-baseline="middle">${escapeXml(texts.radarLegendBefore(formatDate(compare.date, locale)))}</text>`,
    );
    lines.push('</g>');
  }
  lines.push('</svg>');
  return `${lines.join('\n')}\n`;
}

/** Breaks a label into lines of at most `width` characters, at spaces. */
function wrap(text: string, width: number): string[] {
  const rows: string[] = [];
  let row = '';
  for (const word of text.split(' ')) {
    if (row !== '' && row.length + 1 + word.length > width) {
      rows.push(row);
      row = word;
    } else row = row === '' ? word : `${row} ${word}`;
  }
  if (row !== '') rows.push(row);
  return rows;
}
