/**
 * The reports are checked by content: the SVG parses as XML with six axes and the labels, the CSV follows RFC 4180
 * with stable columns, and the Markdown has the sections, numbers and texts a reader needs.
 */
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue/index.js';
import { isSamenwerkingError } from '../../src/errors/index.js';
import { scoreBerenschot } from '../../src/scoring/index.js';
import type { BerenschotScore, FactorScore, PitfallFinding } from '../../src/scoring/types.js';
import { escapeXml } from '../../src/serialise/escape.js';
import { toCsv, toMarkdown, toRadarSvg } from '../../src/serialise/index.js';
import { csvField } from '../../src/serialise/toCsv.js';
import { validAssessment } from '../support/documents.js';

/**
 * A hand-made score, so that the reports are tested independently of the scoring numbers: a real score supplies the
 * parts a stored score must have (kind, version, edition, options, the catalogue's indicators in order), and every
 * number, band and text is set here. It is a valid stored score, as the reports check what they get.
 */
const base = scoreBerenschot(validAssessment() as never);

function factor(id: FactorScore['factor'], score: number | null, band: FactorScore['band']): FactorScore {
  const real = base.factors.find((entry) => entry.factor === id) as FactorScore;
  return {
    factor: id,
    score,
    band,
    coverage: score === null ? 0.25 : 1,
    readiness: 100,
    indicators: real.indicators.map((item) => ({ indicator: item.indicator, score, answers: score === null ? 0 : 3 })),
    explanation: {
      indicators: real.explanation.indicators.map((item) => ({
        indicator: item.indicator,
        score,
        weight: 1,
        counted: score !== null,
      })),
      answeredWeight: score === null ? 0 : real.indicators.length,
      totalWeight: real.indicators.length,
      coverage: score === null ? 0 : 1,
      minCoverage: 0.5,
      formula: { nl: 'formule', en: 'formula' },
      summary: { nl: `samenvatting ${id}`, en: `summary ${id}` },
    },
  };
}

const score: BerenschotScore = {
  ...base,
  options: { ...base.options, bands: { voldoende: 50, goed: 75 } },
  collaboration: 'spil-eindhoven',
  date: '2026-03-15',
  overall: { score: 61.25, band: 'voldoende', bottleneck: 'belangen' },
  factors: [
    factor('belanghebbenden', 80, 'goed'),
    factor('ambitie', 62.5, 'voldoende'),
    factor('belangen', 40, 'onvoldoende'),
    factor('relatie', 75, 'goed'),
    factor('organisatie', 50, 'voldoende'),
    factor('communicatie', null, null),
  ],
  sequenceWarnings: [{ factor: 'relatie', prerequisite: 'belangen', gap: 35 }],
  pitfalls: [
    {
      pitfall: 'eigen-belang-domineert',
      factor: 'belangen',
      source: 'assessment',
      indicator: 'belangen.gezamenlijk-boven-eigen',
      score: 25,
    },
  ],
  disagreements: [
    {
      indicator: 'relatie.klik',
      spread: 2.5,
      partners: [
        { partner: 'gemeente', mean: 4.5, answers: 2 },
        { partner: 'skpo', mean: 2, answers: 1 },
      ],
    },
  ],
};

const findings: PitfallFinding[] = [
  {
    pitfall: 'eerst-in-de-krant',
    factor: 'communicatie',
    source: 'collaboration',
    evidence: [{ kind: 'event', index: 1, type: 'public-announcement', date: '2018-03-01' }],
    message: { nl: 'De pers wist het eerder dan de partners.', en: 'The press knew before the partners.' },
  },
];

/** A minimal XML well-formedness check: tags nest and close, attributes are quoted, no stray ampersands. */
function isWellFormed(xml: string): boolean {
  const stack: string[] = [];
  const tags = xml.match(/<[^>]+>/g) ?? [];
  for (const tag of tags) {
    if (!/^<\/?[A-Za-z][\w:-]*(\s+[\w:-]+="[^"<]*")*\s*\/?>$/.test(tag)) return false;
    const name = /^<\/?([\w:-]+)/.exec(tag)?.[1] as string;
    if (tag.startsWith('</')) {
      if (stack.pop() !== name) return false;
    } else if (!tag.endsWith('/>')) stack.push(name);
  }
  return stack.length === 0 && !/&(?!#\d+;|amp;|lt;|gt;|quot;|apos;)/.test(xml);
}

/** Parses text as XML with a real parser; any warning or error fails. */
function parseXml(xml: string) {
  const problems: string[] = [];
  const document = new DOMParser({
    onError: (level: string, message: string) => {
      problems.push(`${level}: ${message}`);
    },
  }).parseFromString(xml, 'image/svg+xml');
  return { document, problems };
}

describe('toRadarSvg', () => {
  const svg = toRadarSvg(score);

  it('parses as XML, with an svg root in the SVG namespace and six axis lines', () => {
    const { document, problems } = parseXml(svg);
    expect(problems).toEqual([]);
    expect(document.documentElement?.nodeName).toBe('svg');
    expect(document.documentElement?.namespaceURI).toBe('http://www.w3.org/2000/svg');
    const axes = Array.from(document.getElementsByTagName('line')).filter(
      (line) => line.getAttribute('class') === 'axis',
    );
    expect(axes).toHaveLength(6);
    expect(document.getElementsByTagName('title')[0]?.textContent).toBe('Scores op de zes factoren');
  });

  it('refuses a score whose collaboration id is not an id, instead of drawing it', () => {
    expect(() => toRadarSvg({ ...score, collaboration: 'a<b&"c\'d' })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ code: 'invalid_argument', path: ['score'] })] }),
    );
    expect(() => toRadarSvg(score, { compare: { ...score, date: 'gisteren' } })).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ code: 'invalid_argument', path: ['options', 'compare'] })],
      }),
    );
  });

  it('is a well-formed SVG document with role img, a title and a description', () => {
    expect(isWellFormed(svg)).toBe(true);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* role="img"/);
    expect(svg).toContain('<title id="samenwerking-radar-title">Scores op de zes factoren</title>');
    expect(svg).toMatch(/<desc id="samenwerking-radar-desc">Radardiagram van spil-eindhoven op 2026-03-15\./);
    expect(svg).toContain('aria-labelledby="samenwerking-radar-title samenwerking-radar-desc"');
  });

  it('has six axes in strategy order and a label for each', () => {
    const axes = [...svg.matchAll(/<line class="axis" data-factor="([a-z]+)"/g)].map((match) => match[1]);
    expect(axes).toEqual(catalogue.strategyFactors.map((entry) => entry.id));
    for (const entry of catalogue.strategyFactors) expect(svg).toContain(`>${entry.order}. `);
    expect(svg).toContain('Betrek alle');
  });

  it('draws the first axis straight up and the score at its distance from the centre', () => {
    // size 480: centre x 240, y 0.53 × 480 = 254.4 (room for the title); radius 0.25 × 480 = 120;
    // belanghebbenden 80 → y = 254.4 − 0.8 × 120 = 158.4.
    expect(svg).toContain('x1="240" y1="254.4" x2="240" y2="134.4"');
    expect(svg).toMatch(/<polygon class="score" points="240,158\.4 /);
  });

  it('describes every score, and a factor without a score as such', () => {
    expect(svg).toContain('Betrek alle belanghebbenden: 80,0');
    expect(svg).toContain('Communiceer tijdig en respectvol: geen score');
  });

  it('switches every text to English', () => {
    const english = toRadarSvg(score, { locale: 'en' });
    expect(english).toContain('<title id="samenwerking-radar-title">Scores on the six factors</title>');
    expect(english).toContain('Involve all');
    expect(english).toContain('no score');
    expect(english).not.toContain('Betrek');
  });

  it('draws three band rings and, when asked, the comparison dashed', () => {
    expect(svg.match(/<polygon class="ring-/g)).toHaveLength(3);
    expect(svg).not.toContain('class="compare"');
    const compared = toRadarSvg(score, { compare: { ...score, date: '2025-03-01' } });
    expect(compared).toContain('<polygon class="compare"');
    expect(compared).toContain('stroke-dasharray');
    expect(compared).toContain('Ter vergelijking: 2025-03-01.');
  });

  it('has no scripts, event handlers or external references', () => {
    expect(svg).not.toMatch(/<script|on[a-z]+=|href=|url\(|<image|<foreignObject/i);
  });

  it('is deterministic and scales with the size option', () => {
    expect(toRadarSvg(score)).toBe(svg);
    expect(toRadarSvg(score, { size: 800 })).toContain('width="800" height="800" viewBox="0 0 800 800"');
  });

  it('escapes text for XML', () => {
    expect(escapeXml('a<b&"c\'d>')).toBe('a&#60;b&#38;&#34;c&#39;d&#62;');
    expect(isWellFormed(`<t a="${escapeXml('x"y')}">${escapeXml('a<b&c')}</t>`)).toBe(true);
  });

  it.each([
    [{ size: 100 }, 'size'],
    [{ size: Number.NaN }, 'size'],
    [{ locale: 'de' }, 'locale'],
    [{ id: '1 bad' }, 'id'],
  ])('rejects the option %j', (options, option) => {
    try {
      toRadarSvg(score, options as never);
      expect.unreachable();
    } catch (error) {
      expect(isSamenwerkingError(error) && error.issues[0]).toMatchObject({
        code: 'invalid_option',
        path: ['options', option],
      });
    }
  });
});

describe('toCsv', () => {
  const csv = toCsv(score);
  const rows = csv.split('\r\n');

  it('has a header and one row per factor, with CRLF line ends', () => {
    expect(rows[0]).toBe(
      'collaboration,date,order,factor,label,score,band,coverage,readiness,indicators_answered,indicators_total,bottleneck',
    );
    expect(rows).toHaveLength(8);
    expect(rows[7]).toBe('');
  });

  it('writes unrounded numbers, an empty field for no score, and the bottleneck', () => {
    expect(rows[2]).toBe(
      'spil-eindhoven,2026-03-15,2,ambitie,Formuleer een gezamenlijke ambitie,62.5,voldoende,1,100,4,4,false',
    );
    expect(rows[3]).toContain(',belangen,Benoem verschillende belangen,40,onvoldoende,1,100,4,4,true');
    expect(rows[6]).toBe(
      'spil-eindhoven,2026-03-15,6,communicatie,Communiceer tijdig en respectvol,,,0.25,100,0,4,false',
    );
  });

  it('writes English labels on request', () => {
    expect(toCsv(score, { locale: 'en' })).toContain(',ambitie,Formulate a shared ambition,');
  });

  it('quotes fields as RFC 4180 asks', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('plain')).toBe('plain');
    expect(csvField(null)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
    expect(() => toCsv({ ...score, collaboration: 'a,"b"' })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ code: 'invalid_argument', path: ['input'] })] }),
    );
  });
});

describe('toMarkdown', () => {
  const markdown = toMarkdown({ score, pitfalls: findings });

  it('starts with the title, the date and the edition, then the summary with the overall score and band', () => {
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('# Rapport samenwerking: spil-eindhoven \\(2026-03-15\\)');
    expect(markdown).toContain('- **Peildatum:** 15 maart 2026');
    expect(markdown).toMatch(/- \*\*Catalogus:\*\* editie \d{4}\.\d+/);
    expect(markdown.indexOf('## Samenvatting')).toBeLessThan(markdown.indexOf('## De zes factoren'));
    expect(markdown).toContain('**Totaalscore 61,3 van 100: voldoende.**');
    expect(markdown).toContain('Begin bij Benoem verschillende belangen \\(40,0\\)');
  });

  it('has a factor table in strategy order with one decimal, written the Dutch way', () => {
    expect(markdown).toContain('| 2 | Formuleer een gezamenlijke ambitie | 62,5 | voldoende | 100% | 100,0 |');
    expect(markdown).toContain('| 6 | Communiceer tijdig en respectvol | – | – | 25% | 100,0 |');
  });

  it('explains every factor in the appendix, and gives the formula once, in the method appendix', () => {
    expect(markdown).toContain('samenvatting ambitie');
    const label = catalogue.indicators.find((entry) => entry.id === 'belangen.eigen-benoemd')?.label.nl;
    expect(markdown).toContain(`| ${label} | 40,0 | 1,0 | 3 | ja |`);
    expect(markdown.match(/Formule: formule/g)).toHaveLength(1);
    expect(markdown.indexOf('## Bijlage A')).toBeLessThan(markdown.indexOf('## Bijlage B'));
    expect(markdown.indexOf('Formule: formule')).toBeGreaterThan(markdown.indexOf('## Bijlage B'));
  });

  it('lists the sequence warning, the pitfall with its advice once, and the disagreement', () => {
    expect(markdown).toContain('- Investeer in de relatie scoort 35,0 punten hoger dan Benoem verschillende belangen');
    const pitfall = catalogue.pitfalls.find((entry) => entry.id === 'eigen-belang-domineert');
    expect(markdown).toContain(`### 1. ${pitfall?.label.nl}`);
    expect(markdown.split(pitfall?.advice.nl ?? '?')).toHaveLength(2);
    const klik = catalogue.indicators.find((entry) => entry.id === 'relatie.klik')?.label.nl;
    expect(markdown).toContain(`| ${klik} |`);
    expect(markdown).toContain('| 2,5 | gemeente: 4,5; skpo: 2,0 |');
  });

  it('lists the structural pitfalls with message and evidence in words, not document paths', () => {
    expect(markdown).toContain('De pers wist het eerder dan de partners.');
    expect(markdown).toContain('Aanwijzingen: openbare aankondiging op 1 maart 2018.');
    expect(markdown).not.toMatch(/events\[|stakeholders\[|partners\[/);
  });

  it('writes the whole report in English on request', () => {
    const english = toMarkdown({ score, pitfalls: findings }, { locale: 'en' });
    expect(english).toContain('**Overall score 61.3 out of 100: sufficient.**');
    expect(english).toContain('| 2.5 | gemeente: 4.5; skpo: 2.0 |');
    expect(english).not.toMatch(/Totaalscore|Advies|Valkuilen/);
  });

  it('accepts a score or a list of findings on its own, and a heading level', () => {
    expect(toMarkdown(score, { headingLevel: 2 }).startsWith('## Rapport samenwerking')).toBe(true);
    expect(toMarkdown(findings, { locale: 'en' })).toContain('## Pitfalls');
    expect(toMarkdown([])).toContain('Er zijn geen valkuilen gevonden');
  });

  it('leaves out sections with nothing to say, and escapes document text', () => {
    const calm = toMarkdown({
      title: 'a|b*c',
      score: { ...score, sequenceWarnings: [], pitfalls: [], disagreements: [] },
    });
    expect(calm).not.toMatch(/^Geen\.$/m);
    expect(calm).not.toContain('## Waar partners verschillen');
    expect(calm).not.toContain('## Valkuilen');
    expect(calm).not.toContain('Volgorde van de strategie');
    expect(calm.split('\n')[0]).toBe('# a\\|b\\*c');
  });
});
