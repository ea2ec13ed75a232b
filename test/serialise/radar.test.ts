/**
 * Charts that explain themselves (issue 19): the radar has a visible title, the band limits as labelled rings, a
 * legend naming both dates when it compares, refuses to compare two collaborations, and keeps its text readable.
 */
import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { parseAssessment } from '../../src/schema/index.js';
import { scoreBerenschot } from '../../src/scoring/index.js';
import type { BerenschotScore } from '../../src/scoring/types.js';
import { toRadarSvg } from '../../src/serialise/index.js';
import { caught } from '../support/caught.js';

const assessment = parseAssessment(
  JSON.parse(readFileSync(new URL('../../examples/data/kindcentra-noord.assessment.json', import.meta.url), 'utf8')),
);
const score = scoreBerenschot(assessment);
const earlier: BerenschotScore = { ...score, date: '2025-03-15' };

function parse(svg: string) {
  const problems: string[] = [];
  const document = new DOMParser({
    onError: (level: string, message: string) => problems.push(`${level} ${message}`),
  }).parseFromString(svg, 'image/svg+xml');
  expect(problems).toEqual([]);
  return document;
}

const texts = (svg: string, className: string): string[] =>
  Array.from(parse(svg).getElementsByTagName('text'))
    .filter((node) => node.getAttribute('class') === className)
    .map((node) => node.textContent ?? '');

describe('toRadarSvg explains itself', () => {
  it('shows a visible title and the collaboration with the date', () => {
    const svg = toRadarSvg(score, { locale: 'en' });
    expect(texts(svg, 'chart-title')).toEqual(['Scores on the six factors']);
    expect(texts(svg, 'chart-subtitle')).toEqual(['kindcentra-noord, 15 March 2026']);
  });

  it('draws the band limits as rings with a label each', () => {
    const svg = toRadarSvg(score);
    expect(texts(svg, 'ring-label')).toEqual(['50 voldoende', '75 goed']);
    expect(svg).toMatch(/<polygon class="ring-voldoende" data-limit="50"/);
    expect(svg).toMatch(/<polygon class="ring-goed" data-limit="75"/);
    expect(toRadarSvg(score, { locale: 'en' })).toContain('>75 good</text>');
  });

  it('draws the limits a score records instead of the defaults', () => {
    // A score computed with other limits records them (a hand-built one must be a valid score: the radar checks it).
    const own = scoreBerenschot(assessment, { bands: { voldoende: 55, goed: 80 } });
    expect(texts(toRadarSvg(own), 'ring-label')).toEqual(['55 voldoende', '80 goed']);
  });

  it('has a visible legend naming both dates only when it compares', () => {
    expect(toRadarSvg(score)).not.toContain('class="legend"');
    const svg = toRadarSvg(score, { compare: earlier, locale: 'en' });
    const legend = Array.from(parse(svg).getElementsByTagName('g')).find(
      (node) => node.getAttribute('class') === 'legend',
    );
    expect(Array.from(legend?.getElementsByTagName('text') ?? []).map((node) => node.textContent)).toEqual([
      'Now (15 March 2026)',
      'Before (15 March 2025)',
    ]);
    expect(legend?.getElementsByTagName('line')[0]?.getAttribute('stroke-dasharray')).toBe('6 4');
    expect(svg).toMatch(/<desc [^>]*>[^<]*For comparison: 2025-03-15\. Involve all stakeholders: 51\.7/);
  });

  it('refuses to compare scores of two different collaborations, in Dutch and English', () => {
    const error = caught(() => toRadarSvg(score, { compare: { ...earlier, collaboration: 'spil-eindhoven' } }));
    expect(error.issues[0]).toMatchObject({ code: 'invalid_option', path: ['options', 'compare', 'collaboration'] });
    expect(error.issues[0]?.message.nl).toContain(
      "verschillende samenwerkingen ('kindcentra-noord' en 'spil-eindhoven')",
    );
    expect(error.issues[0]?.message.en).toContain('Compare two self-assessments of the same collaboration');
  });

  it('keeps text at least 10 px high at the smallest size and 12 px at the size of the reports', () => {
    expect(toRadarSvg(score, { size: 200 })).toMatch(/font-size="10"/);
    expect(toRadarSvg(score, { size: 480 })).toMatch(/font-size="12"/);
  });

  it('keeps every label and the legend inside the drawing at the size of the reports', () => {
    const svg = toRadarSvg(score, { compare: earlier });
    const placed = [...svg.matchAll(/<text [^>]*?x="([\d.]+)"[^>]*? y="([\d.]+)"/g)];
    expect(placed.length).toBe(2 + 2 + 6 + 2);
    for (const match of placed) {
      expect(Number(match[1])).toBeGreaterThanOrEqual(0);
      expect(Number(match[1])).toBeLessThanOrEqual(480);
      expect(Number(match[2])).toBeGreaterThan(10);
      expect(Number(match[2])).toBeLessThan(480);
    }
  });
});
