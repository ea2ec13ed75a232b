/**
 * The catalogue against DOMAIN.md: required ids, order, cross-references, texts and sources. The expected ids and
 * tables are copied from DOMAIN.md §4, not from the code under test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pitfallStructure, strategyStructure } from '../../src/catalogue/data/structure.js';
import {
  type CatalogueEntry,
  catalogue,
  catalogueListNames,
  getFactor,
  getIndicator,
  getPitfall,
  getStrategyFactor,
} from '../../src/catalogue/index.js';
import * as lookups from '../../src/catalogue/lookups.js';

/** The number of lines of each source document (`wc -l` of the files in ../shared/seeds, in the order of DOMAIN.md §2). */
const sourceLineCounts: Readonly<Record<string, number>> = {
  'regioplan-vo-2015': 1362,
  'overlegraad-po-vo-2019': 290,
  'arbeidsmarktplatform-po': 1798,
  'vso-vo-samenwerking': 4523,
  'berenschot-gemeente-onderwijs': 3178,
};
const seedsDir = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');
const lists = catalogueListNames.map((name) => [name, catalogue[name]]) as [string, readonly CatalogueEntry[]][];
const idsOf = (list: readonly CatalogueEntry[]): string[] => list.map((entry) => entry.id);

const required: Record<string, string[]> = {
  themes:
    'krimp beroepsonderwijs-techniek kansengelijkheid passend-onderwijs-jeugdzorg lerarentekort samen-opleiden onderwijsovergangen ikc ihp duurzame-huisvesting sport-gezonde-leefstijl regionaal-aanbod passend-onderwijs toeleverend-onderwijs vervolgonderwijs lerarenopleidingen professionalisering-leraren bedrijfsleven wetenschap-onderzoek welzijn-cultuur-sport overig'.split(
      ' ',
    ),
  forms:
    'samenwerkingsverband-passend-onderwijs rmc arbeidsmarktregio oogo lea rea rpo samenwerking-ondersteuning transfercentrum uitruil scholenfusie samenwerkingsschool personele-unie federatie cooperatie holding bestuurlijke-fusie netwerk convenant ihp intensieve-samenwerking-integratie arrangementen-symbiose-voorzieningen diagnostiek-preventie-ondersteuning'.split(
      ' ',
    ),
  reasons: 'geen-urgentie-besef niet-op-netvlies niet-willen geen-gezamenlijke-ambitie praktische-redenen'.split(' '),
  partnerTypes:
    'gemeente schoolbestuur school samenwerkingsverband kinderopvang jeugdhulp zorg welzijn cultuur sport mbo hbo wo lerarenopleiding bedrijfsleven onderzoeksinstituut rijk provincie overig'.split(
      ' ',
    ),
  stakeholderGroups:
    'gemeenteraad schooldirecteuren leraren ouders leerlingen medezeggenschapsraad raad-van-toezicht'.split(' '),
  sectors: 'kinderopvang po sbo so vso vo praktijkonderwijs mbo hbo wo'.split(' '),
};
const promoting =
  'ervaren-urgentie bevlogenheid-inhoudelijk-doel inspiratie-goede-voorbeelden samenwerken-leidt-tot-samenwerken afgebakende-samenwerkingsregio benchmarks-kennisdeling gedeelde-visie elkaar-kennen-en-gunnen open-leercultuur investeren-in-relatie bestuurlijke-moed organisatie-van-samenwerking'.split(
    ' ',
  );
const hindering =
  'wet-en-regelgeving concurrentiedenken cultuurverschillen gebrek-geld-en-tijd schaal-en-niveauverschillen institutionalisering-verbanden administratiesystemen leerlingenvervoer weerstand-medewerkers bekostigingssystematiek persoonlijke-relatie behoudende-besturen'.split(
    ' ',
  );

describe('required ids (DOMAIN.md §4)', () => {
  it.each(Object.entries(required))('%s holds every required id', (list, ids) => {
    const present = new Set(idsOf(catalogue[list as keyof typeof catalogue] as readonly CatalogueEntry[]));
    expect(ids.filter((id) => !present.has(id))).toEqual([]);
  });

  it('lists the six strategy factors in order, with phase and prerequisites as specified', () => {
    expect(
      catalogue.strategyFactors.map((factor) => [factor.id, factor.order, factor.phase, factor.prerequisites]),
    ).toEqual([
      ['belanghebbenden', 1, 'begin', []],
      ['ambitie', 2, 'fundament', ['belanghebbenden']],
      ['belangen', 3, 'fundament', ['belanghebbenden']],
      ['relatie', 4, 'relatie', ['ambitie', 'belangen']],
      ['organisatie', 5, 'uitvoering', ['relatie', 'ambitie']],
      ['communicatie', 6, 'doorlopend', []],
    ]);
    expect(catalogue.strategyFactors.map((factor) => factor.sourceTitle)).toEqual([
      'Betrek alle belanghebbenden',
      'Formuleer een gezamenlijke ambitie',
      'Benoem verschillende belangen',
      'Investeer in de relatie',
      'Zorg voor een goede organisatie',
      'Communiceer tijdig en respectvol',
    ]);
  });

  it('has the 27 indicators, each under the factor its id names, in table order', () => {
    const ids = idsOf(catalogue.indicators);
    expect(ids).toHaveLength(27);
    expect(ids.slice(0, 5)).toEqual([
      'belanghebbenden.tijdig-betrokken',
      'belanghebbenden.vertegenwoordiging',
      'belanghebbenden.gemeenteraad',
      'belanghebbenden.schooldirecteuren',
      'belanghebbenden.slagvaardig',
    ]);
    for (const indicator of catalogue.indicators) expect(indicator.id.split('.')[0]).toBe(indicator.factor);
    for (const factor of catalogue.strategyFactors) {
      expect(factor.indicators).toEqual(ids.filter((id) => id.startsWith(`${factor.id}.`)));
    }
  });

  it('has the 12 pitfalls with the factor and signal indicator of the table', () => {
    expect(catalogue.pitfalls.map((pitfall) => [pitfall.id, pitfall.factor, pitfall.signal])).toEqual([
      ['sleutelspelers-niet-betrokken', 'belanghebbenden', 'belanghebbenden.tijdig-betrokken'],
      ['gemeenteraad-over-het-hoofd', 'belanghebbenden', 'belanghebbenden.gemeenteraad'],
      ['schooldirecteuren-over-het-hoofd', 'belanghebbenden', 'belanghebbenden.schooldirecteuren'],
      ['poolse-landdag', 'belanghebbenden', 'belanghebbenden.slagvaardig'],
      ['ambitie-te-algemeen', 'ambitie', 'ambitie.concreet'],
      ['bijdragen-niet-benoemd', 'ambitie', 'ambitie.bijdragen'],
      ['eigen-belang-domineert', 'belangen', 'belangen.gezamenlijk-boven-eigen'],
      ['belangen-onhelder', 'belangen', 'belangen.eigen-benoemd'],
      ['geen-klik', 'relatie', 'relatie.klik'],
      ['wisseling-sleutelspelers', 'relatie', 'relatie.continuiteit'],
      ['te-snel-aan-de-slag', 'organisatie', 'organisatie.planmatig'],
      ['eerst-in-de-krant', 'communicatie', 'communicatie.tijdig'],
    ]);
    for (const factor of catalogue.strategyFactors) {
      expect(factor.pitfalls).toEqual(
        catalogue.pitfalls.filter((pitfall) => pitfall.factor === factor.id).map((pitfall) => pitfall.id),
      );
    }
  });

  it('orders the five stages 0 to 4', () => {
    expect(catalogue.stages.map((stage) => [stage.id, stage.order])).toEqual([
      ['onderling-wantrouwen', 0],
      ['standpunten-uitwisselen', 1],
      ['noodzakelijke-samenwerking', 2],
      ['aangename-samenwerking', 3],
      ['volwassen-partnerschap', 4],
    ]);
  });

  it('has the 24 Overlegraad factors with their polarity, and at least 50 factors in all', () => {
    for (const id of promoting) expect(getFactor(id as never).polarity).toBe('bevorderend');
    for (const id of hindering) expect(getFactor(id as never).polarity).toBe('belemmerend');
    expect(catalogue.factors.length).toBeGreaterThanOrEqual(50);
    for (const id of [...promoting, ...hindering]) {
      expect(getFactor(id as never).sources.some((ref) => ref.source === 'overlegraad-po-vo-2019')).toBe(true);
    }
  });

  it('has the 24 portrait success factors: three per Berenschot portrait, each mapped to a strategy factor', () => {
    const portraitFactors = catalogue.factors.filter((factor) => factor.portraits.length > 0);
    expect(portraitFactors).toHaveLength(24);
    for (const portrait of catalogue.portraits) {
      expect(portraitFactors.filter((factor) => factor.portraits.includes(portrait.id))).toHaveLength(3);
    }
    for (const factor of portraitFactors) {
      expect(factor.polarity).toBe('bevorderend');
      expect(factor.strategyFactors.length).toBeGreaterThan(0);
    }
  });

  it('gives each vso–vo main form sub-forms that point to it', () => {
    for (const main of [
      'intensieve-samenwerking-integratie',
      'arrangementen-symbiose-voorzieningen',
      'diagnostiek-preventie-ondersteuning',
    ]) {
      expect(catalogue.forms.filter((form) => form.parent === main).length).toBeGreaterThan(0);
    }
  });

  it('places an informal network at integration 0 and full mergers at 5', () => {
    const integration = (id: string) => catalogue.forms.find((form) => form.id === id)?.integration;
    expect(integration('netwerk')).toBe(0);
    expect(integration('scholenfusie')).toBe(5);
    expect(integration('bestuurlijke-fusie')).toBe(5);
  });

  it('links every reason to at least two factors', () => {
    for (const reason of catalogue.reasons) expect(reason.factors.length).toBeGreaterThanOrEqual(2);
  });

  it('maps every strategy factor and every Kaats & Opheij perspective', () => {
    const from = new Set(catalogue.mappings.map((mapping) => `${mapping.from.framework}:${mapping.from.id}`));
    for (const factor of catalogue.strategyFactors) expect(from.has(`berenschot:${factor.id}`)).toBe(true);
    for (const perspective of ['ambitie', 'belangen', 'relatie', 'organisatie', 'proces']) {
      expect(from.has(`kaats-opheij:${perspective}`)).toBe(true);
    }
  });

  it('keeps Tabel 2.2 of the Regioplan inventory exactly as printed, with n = 111', () => {
    const table = catalogue.benchmarks.find((benchmark) => benchmark.unit === 'percentage' && benchmark.n === 111);
    expect(table?.year).toBe(2015);
    expect(table?.rows.map((row) => [row.theme, row.value])).toEqual([
      ['regionaal-aanbod', 84],
      ['passend-onderwijs', 98],
      ['toeleverend-onderwijs', 82],
      ['vervolgonderwijs', 86],
      ['lerarenopleidingen', 74],
      ['professionalisering-leraren', 70],
      ['bedrijfsleven', 76],
      ['wetenschap-onderzoek', 52],
      ['welzijn-cultuur-sport', 69],
      ['overig', 48],
    ]);
  });

  it('keeps Tabel 2.1 (266 discussions in 111 interviews) exactly as printed', () => {
    const table = catalogue.benchmarks.find(
      (benchmark) => benchmark.unit === 'count' && benchmark.rows.some((row) => row.theme === 'regionaal-aanbod'),
    );
    expect(table?.rows.map((row) => row.value)).toEqual([33, 31, 29, 29, 29, 20, 27, 19, 23, 26]);
  });
});

describe('the text-free strategy structure used by scoring', () => {
  it('matches the strategy factors and pitfalls of the catalogue exactly', () => {
    expect(strategyStructure).toEqual(
      catalogue.strategyFactors.map(({ id, prerequisites, indicators }) => ({ id, prerequisites, indicators })),
    );
    expect(pitfallStructure).toEqual(catalogue.pitfalls.map(({ id, factor, signal }) => ({ id, factor, signal })));
  });
});

describe('structure', () => {
  it('names every list of entries: every key of the catalogue except the edition and the change list', () => {
    expect([...catalogueListNames]).toEqual(
      Object.keys(catalogue).filter((key) => key !== 'edition' && key !== 'changes'),
    );
  });

  it.each(lists)('%s: ids are unique slugs', (_, list) => {
    const ids = idsOf(list);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids)
      expect(id).toMatch(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)?$/);
  });

  it.each(lists)('%s: every entry has a Dutch and an English label and description that differ', (_, list) => {
    for (const entry of list) {
      for (const text of [entry.label, entry.description]) {
        expect(text.nl.trim().length, entry.id).toBeGreaterThan(0);
        expect(text.en.trim().length, entry.id).toBeGreaterThan(0);
      }
      expect(entry.description.nl, entry.id).not.toBe(entry.description.en);
      if (entry.note) expect(entry.note.nl, entry.id).not.toBe(entry.note.en);
    }
  });

  it.each(lists)('%s: every entry cites a known source with a section', (_, list) => {
    const sourceIds = new Set(idsOf(catalogue.sources));
    for (const entry of list) {
      expect(entry.sources.length, entry.id).toBeGreaterThan(0);
      for (const ref of entry.sources) {
        expect(sourceIds.has(ref.source), entry.id).toBe(true);
        expect(ref.section.trim().length, entry.id).toBeGreaterThan(0);
        if (ref.lines !== undefined) expect(ref.lines, entry.id).toMatch(/^L\d+(-L\d+)?$/);
      }
    }
  });

  it.each(lists)('%s: every line range runs forward and lies within its source document', (_, list) => {
    for (const entry of list) {
      for (const ref of entry.sources) {
        const length = sourceLineCounts[ref.source];
        if (ref.lines === undefined || length === undefined) continue;
        const [first, last = first] = (ref.lines.match(/\d+/g) ?? []).map(Number) as [number, number?];
        expect(first, `${entry.id}: ${ref.lines}`).toBeGreaterThanOrEqual(1);
        expect(last, `${entry.id}: ${ref.lines}`).toBeGreaterThanOrEqual(first);
        expect(last, `${entry.id}: ${ref.source} ${ref.lines}`).toBeLessThanOrEqual(length);
      }
    }
  });

  it('knows the line count of each of the five source documents, checked against the files where they are present', () => {
    expect(Object.keys(sourceLineCounts)).toEqual(catalogue.sources.slice(0, 5).map((source) => source.id));
    if (!existsSync(seedsDir)) return;
    const files = readdirSync(seedsDir)
      .filter((name) => name.endsWith('.txt'))
      .sort();
    expect(files.map((name) => readFileSync(join(seedsDir, name), 'utf8').split('\n').length - 1)).toEqual(
      Object.values(sourceLineCounts),
    );
  });

  it.each(lists)('%s: every entry is found by its lookup', (name, list) => {
    const getter = Object.entries(lookups).find(([key, value]) => {
      if (!key.startsWith('get') || typeof value !== 'function' || list.length === 0) return false;
      try {
        return (value as (id: string) => unknown)(list[0]?.id as string) === list[0];
      } catch {
        return false;
      }
    })?.[1] as ((id: string) => unknown) | undefined;
    expect(getter, name).toBeDefined();
    for (const entry of list) expect(getter?.(entry.id)).toBe(entry);
  });
});

describe('cross-references', () => {
  const exists = (list: keyof typeof catalogue, id: string): boolean =>
    (catalogue[list] as readonly CatalogueEntry[]).some((entry) => entry.id === id);

  it('themes: related is symmetric and broader has no cycles', () => {
    for (const theme of catalogue.themes) {
      for (const other of theme.related) {
        expect(exists('themes', other), `${theme.id} → ${other}`).toBe(true);
        expect(catalogue.themes.find((entry) => entry.id === other)?.related, `${other} ↔ ${theme.id}`).toContain(
          theme.id,
        );
      }
      const seen = new Set<string>([theme.id]);
      let broader = theme.broader;
      while (broader !== undefined) {
        expect(seen.has(broader), `cycle through ${theme.id}`).toBe(false);
        seen.add(broader);
        broader = catalogue.themes.find((entry) => entry.id === broader)?.broader;
      }
    }
  });

  it('forms: parents, sectors and parents exist', () => {
    for (const form of catalogue.forms) {
      if (form.parent !== undefined) expect(exists('forms', form.parent), form.id).toBe(true);
      for (const sector of form.sectors) expect(exists('sectors', sector), form.id).toBe(true);
    }
  });

  it('factors, reasons, pitfalls, indicators, stages, portraits and benchmarks point to existing entries', () => {
    for (const factor of catalogue.factors) {
      for (const id of factor.strategyFactors) expect(getStrategyFactor(id).id).toBe(id);
      for (const id of factor.portraits) expect(exists('portraits', id), factor.id).toBe(true);
    }
    for (const reason of catalogue.reasons) for (const id of reason.factors) expect(getFactor(id).id).toBe(id);
    for (const pitfall of catalogue.pitfalls) expect(getIndicator(pitfall.signal).factor).toBe(pitfall.factor);
    for (const factor of catalogue.strategyFactors)
      for (const id of factor.pitfalls) expect(getPitfall(id).factor).toBe(factor.id);
    for (const stage of catalogue.stages) for (const id of stage.portraits) expect(exists('portraits', id)).toBe(true);
    for (const portrait of catalogue.portraits) {
      for (const id of portrait.themes) expect(exists('themes', id), portrait.id).toBe(true);
      if (portrait.stage !== undefined) expect(exists('stages', portrait.stage)).toBe(true);
    }
    for (const benchmark of catalogue.benchmarks) {
      const keys = benchmark.rows.map((row) => row.key);
      expect(new Set(keys).size, benchmark.id).toBe(keys.length);
      for (const row of benchmark.rows) {
        if (row.theme !== undefined) expect(exists('themes', row.theme), benchmark.id).toBe(true);
        if (row.form !== undefined) expect(exists('forms', row.form), benchmark.id).toBe(true);
      }
    }
  });
});
