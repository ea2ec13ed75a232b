/**
 * Catalogue texts are for readers: Dutch numbers are written the Dutch way, and no text leaks code (field names,
 * placeholders, true/false) or internal references (research anchors, catalogue ids used as words). The detectors are
 * tested on known good and bad sentences first, so a passing catalogue check means something.
 */
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue/index.js';

interface Text {
  readonly path: string;
  readonly lang: 'nl' | 'en';
  readonly text: string;
}

/** Every `{ nl, en }` text of a value (labels, descriptions, notes, questions, advice, legal bases, row labels…). */
function textsOf(value: unknown, path = ''): Text[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => textsOf(item, `${path}[${index}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const own: Text[] =
    typeof record.nl === 'string' && typeof record.en === 'string'
      ? [
          { path: `${path}.nl`, lang: 'nl', text: record.nl },
          { path: `${path}.en`, lang: 'en', text: record.en },
        ]
      : [];
  return [
    ...own,
    ...Object.entries(record).flatMap(([key, item]) => textsOf(item, path === '' ? key : `${path}.${key}`)),
  ];
}

/** Every key used in the catalogue's objects: the field names a reader should never see. */
function keysOf(value: unknown, keys = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) keysOf(item, keys);
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      keys.add(key);
      keysOf(item, keys);
    }
  }
  return keys;
}

/** Every id of every list, for spotting an id written into prose. */
function idsOf(value: unknown, ids = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) idsOf(item, ids);
  else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.id === 'string') ids.add(record.id);
    for (const item of Object.values(record)) idsOf(item, ids);
  }
  return ids;
}

/**
 * The numbers with a point between digits in a Dutch text that are not Dutch. Allowed: thousands groups (€ 300.000,
 * 1.250,5) and the numbering of a table, figure, chapter or section as the source prints it (Tabel 2.1, § 3.2).
 */
function dutchDecimalPoints(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/\d+(?:\.\d+)+/g)) {
    const number = match[0];
    const before = text.slice(0, match.index);
    const thousands = /^\d{1,3}(?:\.\d{3})+$/.test(number);
    const numbering = /(?:\b(?:[Tt]abel|[Ff]iguur|[Hh]oofdstuk|[Pp]aragraaf|[Bb]ijlage)|§)\s*$/.test(before);
    if (!thousands && !numbering) found.push(number);
  }
  return found;
}

/** Ordinary Dutch words that happen to be field or list names of the catalogue too. */
const DUTCH_WORDS_THAT_ARE_KEYS = new Set([
  'en',
  'n',
  'factor',
  'fusietoets',
  'benchmarks',
  'stage',
  'stages',
  'scores',
]);

function codeLeaks(item: Text, keys: ReadonlySet<string>, ids: ReadonlySet<string>): string[] {
  const leaks: string[] = [];
  const words = item.text.match(/[\p{L}\d]+(?:-[\p{L}\d]+)*/gu) ?? [];
  for (const word of words) {
    if (/[a-z][A-Z]/.test(word) && keys.has(word)) leaks.push(`field name ${word}`);
    else if (item.lang === 'nl' && keys.has(word) && !DUTCH_WORDS_THAT_ARE_KEYS.has(word)) leaks.push(`field ${word}`);
    if (word.includes('-') && ids.has(word)) leaks.push(`id ${word}`);
  }
  for (const match of item.text.match(/\b(?:true|false|null|undefined)\b/g) ?? []) leaks.push(`value ${match}`);
  for (const match of item.text.match(/\b(?:DOMAIN|STYLE|BRIEF|TODO|FIXME|TBD|XXX)\b/g) ?? []) {
    leaks.push(`placeholder ${match}`);
  }
  for (const match of item.text.match(/\b[AB]\d{1,2}\b/g) ?? []) leaks.push(`research anchor ${match}`);
  for (const match of item.text.match(/[{}]|<\/?[a-zA-Z]/g) ?? []) leaks.push(`markup ${match}`);
  return leaks;
}

const texts = textsOf(catalogue);
const keys = keysOf(catalogue);
const ids = idsOf(catalogue);

describe('Dutch numbers', () => {
  it('the detector flags a mean written with a point and allows thousands and table numbers', () => {
    expect(dutchDecimalPoints('gemiddeld 2.3 op een schaal van 1 tot 5')).toEqual(['2.3']);
    expect(dutchDecimalPoints('scores van 2.8 en 3.7')).toEqual(['2.8', '3.7']);
    expect(dutchDecimalPoints('gemiddeld 2,3; € 300.000 per jaar; € 3,75 miljoen')).toEqual([]);
    expect(dutchDecimalPoints('Regioplan Tabel 2.1 en tabel 2.2, zie § 4.1')).toEqual([]);
    expect(dutchDecimalPoints('het kost 1.250,5 euro maar 12.5 is fout')).toEqual(['12.5']);
  });

  it('no Dutch catalogue text writes a decimal point between digits', () => {
    const found = texts
      .filter((item) => item.lang === 'nl')
      .flatMap((item) => dutchDecimalPoints(item.text).map((number) => `${item.path}: ${number}`));
    expect(texts.filter((item) => item.lang === 'nl').length).toBeGreaterThan(500);
    expect(found).toEqual([]);
  });
});

describe('no code or internal references in catalogue text', () => {
  it('the detector flags field names, values, placeholders, anchors and ids, and leaves plain prose alone', () => {
    const probe = (text: string, lang: 'nl' | 'en' = 'nl') => codeLeaks({ path: 'probe', lang, text }, keys, ids);
    expect(probe('De Overlegraad noemt IHP’s als thema; als vorm is het door DOMAIN toegevoegd.')).toEqual([
      'placeholder DOMAIN',
    ]);
    expect(probe('Daarom staat statutory op false.')).toEqual(['field statutory', 'value false']);
    expect(probe('Een samenwerkingsschool, daarom combinesDenominations niet.')).toEqual([
      'field name combinesDenominations',
    ]);
    expect(probe('De wettelijke basis komt uit A12.')).toEqual(['research anchor A12']);
    expect(probe('Hier valt het onder arrangementen-symbiose-voorzieningen.')).toEqual([
      'id arrangementen-symbiose-voorzieningen',
    ]);
    expect(probe('Hence the legalBasis is empty.', 'en')).toEqual(['field name legalBasis']);
    expect(
      probe('De factor telt mee en de fusietoets geldt; het vso-vo-onderzoek noemt benchmarks en stages (p<0.05).'),
    ).toEqual([]);
    expect(probe('A statutory duty to consult, with a score of 2.8 on a scale of 1 to 5.', 'en')).toEqual([]);
  });

  it('no catalogue text contains a field name, a code value, a placeholder, a research anchor or an id', () => {
    const leaks = texts.flatMap((item) => codeLeaks(item, keys, ids).map((leak) => `${item.path}: ${leak}`));
    expect(texts.length).toBeGreaterThan(1000);
    expect(leaks).toEqual([]);
  });
});
