/**
 * The additions of edition 2026.2 against the sources: the six new lists, their links, the vso–vo case factors and
 * the new benchmarks. Expected values are copied from the source lines named in each test, not from the code.
 */
import { describe, expect, it } from 'vitest';
import {
  catalogue,
  getBenchmark,
  getBenefit,
  getCompetence,
  getCoordinatingRole,
  getFactor,
  getForm,
  getLevel,
  getMotive,
  getPartnerType,
  getReason,
  getStaffAttentionPoint,
  getSuggestion,
  getSupportNeed,
  getTheme,
  getTrainingRoute,
  isBenefitId,
  isCoordinatingRoleId,
  isStaffAttentionPointId,
  isSuggestionId,
  isSupportNeedId,
  isTrainingRouteId,
} from '../../src/catalogue/index.js';
import { isSamenwerkingError } from '../../src/errors/index.js';

const sourcesOf = (entry: { readonly sources: readonly { readonly source: string }[] }) =>
  new Set(entry.sources.map((ref) => ref.source));

describe('the new lists cite the source the issue names', () => {
  it.each([
    ['benefits', 'regioplan-vo-2015'],
    ['suggestions', 'overlegraad-po-vo-2019'],
    ['coordinatingRoles', 'arbeidsmarktplatform-po'],
    ['staffAttentionPoints', 'arbeidsmarktplatform-po'],
    ['trainingRoutes', 'arbeidsmarktplatform-po'],
    ['supportNeeds', 'vso-vo-samenwerking'],
  ] as const)('every entry of %s cites %s', (list, source) => {
    expect(catalogue[list].length).toBeGreaterThan(0);
    for (const entry of catalogue[list]) expect(sourcesOf(entry).has(source), entry.id).toBe(true);
  });
});

describe('links between lists (id references)', () => {
  it('benefits name existing themes and motives; every benefit but one answers a motive', () => {
    for (const benefit of catalogue.benefits) {
      for (const mention of benefit.mentions) expect(getTheme(mention.theme).id).toBe(mention.theme);
      for (const motive of benefit.motives) expect(getMotive(motive).id).toBe(motive);
    }
    expect(catalogue.benefits.filter((benefit) => benefit.motives.length === 0).map((benefit) => benefit.id)).toEqual([
      'pr-positie',
    ]);
  });

  it('suggestions name existing factors and reasons', () => {
    for (const suggestion of catalogue.suggestions) {
      for (const factor of suggestion.factors) expect(getFactor(factor).id).toBe(factor);
      for (const reason of suggestion.reasons) expect(getReason(reason).id).toBe(reason);
      expect(suggestion.factors.length + suggestion.reasons.length, suggestion.id).toBeGreaterThan(0);
    }
  });

  it('coordinating roles name existing partner types and levels', () => {
    for (const role of catalogue.coordinatingRoles) {
      for (const type of role.partnerTypes) expect(getPartnerType(type).id).toBe(type);
      expect(role.levels.length, role.id).toBeGreaterThan(0);
      for (const level of role.levels) expect(getLevel(level).id).toBe(level);
    }
  });

  it('staff attention points name existing factors, competences, training routes and roles', () => {
    for (const point of catalogue.staffAttentionPoints) {
      for (const id of point.factors) expect(getFactor(id).id).toBe(id);
      for (const id of point.competences) expect(getCompetence(id).id).toBe(id);
      for (const id of point.trainingRoutes) expect(getTrainingRoute(id).id).toBe(id);
      for (const id of point.coordinatingRoles) expect(getCoordinatingRole(id).id).toBe(id);
    }
  });

  it('every competence has a training route behind it, and every route names who it is for', () => {
    for (const route of catalogue.trainingRoutes) {
      expect(route.audience.length, route.id).toBeGreaterThan(0);
      for (const id of route.competences) expect(getCompetence(id).id).toBe(id);
    }
    for (const competence of catalogue.competences) {
      expect(
        catalogue.trainingRoutes.some((route) => route.competences.includes(competence.id)),
        competence.id,
      ).toBe(true);
    }
  });

  it('support needs stand behind hindering factors only, and name existing forms', () => {
    for (const need of catalogue.supportNeeds) {
      for (const id of need.factors) expect(getFactor(id).polarity, `${need.id} → ${id}`).toBe('belemmerend');
      expect(need.forms.length, need.id).toBeGreaterThan(0);
      for (const id of need.forms) expect(getForm(id).id).toBe(id);
    }
  });
});

describe('contents as printed', () => {
  it('has the nine Overlegraad suggestions a to i, in order (Bijlage 1, L246-L284)', () => {
    expect(catalogue.suggestions.map((suggestion) => suggestion.letter)).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
      'g',
      'h',
      'i',
    ]);
    expect(getSuggestion('kleine-besturen-meenemen').sources[0]?.lines).toBe('L284-L284');
  });

  it('has the twelve points of attention with their group: 5 school leaders, 4 teachers, 1 trainers, 2 outside parties (L1483-L1558)', () => {
    const perGroup: Record<string, number> = {};
    for (const point of catalogue.staffAttentionPoints) perGroup[point.audience] = (perGroup[point.audience] ?? 0) + 1;
    expect(perGroup).toEqual({
      schoolleiders: 5,
      leraren: 4,
      opleiders: 1,
      'externe-partijen': 2,
    });
  });

  it('has the roles the Arbeidsmarktplatform names, with the IB’er holding the contact with care (L856-L868)', () => {
    expect(catalogue.coordinatingRoles.map((role) => role.id)).toEqual(
      expect.arrayContaining(['intern-begeleider', 'cultuurcoordinator', 'taalcoordinator', 'eventmanager']),
    );
    expect(getCoordinatingRole('intern-begeleider').partnerTypes).toContain('zorg');
    expect(getCoordinatingRole('taalcoordinator').partnerTypes).toEqual(['bibliotheek']);
  });

  it('keeps the shares Regioplan prints for the most named benefits (L691-L692, L745-L746, L775, L1026)', () => {
    const frequency = (id: string, theme: string) =>
      getBenefit(id as never).mentions.find((mention) => mention.theme === theme)?.frequency?.nl;
    expect(frequency('soepele-overstap-po-vo', 'toeleverend-onderwijs')).toBe('ruim de helft van de respondenten');
    expect(frequency('voorkomen-schooluitval', 'vervolgonderwijs')).toBe('de meeste respondenten (driekwart)');
    expect(frequency('orientatie-vervolgonderwijs', 'vervolgonderwijs')).toBe('bijna alle respondenten');
    expect(frequency('voorbereiding-arbeidsmarkt', 'bedrijfsleven')).toBe('een ruime helft');
    expect(getBenefit('verbondenheid').sources[0]?.lines).toBe('L355-L358');
  });

  it('covers the support needs the vso–vo study names (L282-L288, L2776-L2782, L3063-L3068, L4227-L4235)', () => {
    expect(catalogue.supportNeeds.map((need) => need.id)).toEqual([
      'financiele-deskundigheid',
      'bouwkundige-deskundigheid',
      'pr-ondersteuning',
      'effectiviteitsonderzoek',
      'leerlingbegeleiding',
      'consensus-over-visie',
      'duidelijkheid-wettelijke-kaders',
      'pedagogisch-klimaat',
    ]);
    expect(getSupportNeed('duidelijkheid-wettelijke-kaders').factors).toEqual([
      'wet-en-regelgeving',
      'toezicht-inspectie',
    ]);
  });

  it('adds the vso–vo case success factors as promoting factors mapped to strategy factors (L3051-L3055, L3299-L3301, L3639-L3649)', () => {
    const expected = {
      'per-leerling-afwegen': 'L3051-L3055',
      'leerlingen-pedagogisch-begeleiden': 'L3299-L3301',
      'allianties-aangaan': 'L3639-L3649',
    } as const;
    for (const [id, lines] of Object.entries(expected)) {
      const factor = getFactor(id as keyof typeof expected);
      expect(factor.polarity).toBe('bevorderend');
      expect(factor.strategyFactors.length).toBeGreaterThan(0);
      expect(factor.portraits).toEqual([]);
      expect(factor.sources[0]).toMatchObject({ source: 'vso-vo-samenwerking', lines });
    }
  });
});

describe('benchmarks added in 2026.2, exactly as printed', () => {
  const values = (id: string) => getBenchmark(id as never).rows.map((row) => [row.key, row.value]);

  it('Regioplan: themes with less attention, 14, 13, 11 and 10 percent of 111 (L272-L275, L291-L295)', () => {
    const benchmark = getBenchmark('regioplan-minder-aandacht');
    expect([benchmark.unit, benchmark.n, benchmark.year]).toEqual(['percentage', 111, 2015]);
    expect(benchmark.rows.map((row) => [row.theme, row.value])).toEqual([
      ['vervolgonderwijs', 14],
      ['bedrijfsleven', 13],
      ['toeleverend-onderwijs', 11],
      ['wetenschap-onderzoek', 10],
    ]);
  });

  it('Regioplan: six kinds of other collaborations, 3, 4, 3, 3, 4 and 8 of 27, plus 2 that fit none (L1258-L1270, L1285)', () => {
    const benchmark = getBenchmark('regioplan-overige-samenwerkingen');
    expect([benchmark.unit, benchmark.n]).toEqual(['count', 26]);
    expect(benchmark.rows.map((row) => row.value)).toEqual([3, 4, 3, 3, 4, 8, 2]);
    expect(benchmark.rows.reduce((sum, row) => sum + row.value, 0)).toBe(27);
  });

  it('vso–vo §2.5: intensive collaboration, 27 and 31 percent of vso schools, 40 and 35 of partnerships (L2178-L2192)', () => {
    expect(values('vso-vo-passend-onderwijs-intensief')).toEqual([
      ['vso-gestart', 27],
      ['vso-versneld', 31],
      ['swv-vo-direct', 40],
      ['swv-vo-beperkt', 35],
    ]);
  });

  it('vso–vo §2.5: pro schools, 3 direct and 6 limited of 12 (L2194-L2196)', () => {
    const benchmark = getBenchmark('vso-vo-passend-onderwijs-intensief-pro');
    expect([benchmark.unit, benchmark.n]).toEqual(['count', 12]);
    expect(values(benchmark.id)).toEqual([
      ['direct', 3],
      ['beperkt', 6],
    ]);
  });

  it('vso–vo §2.5: arrangements, symbiose and provisions (L2200-L2220)', () => {
    expect(values('vso-vo-passend-onderwijs-arrangementen').map(([, value]) => value)).toEqual([
      12, 33, 15, 52, 38, 36, 7, 33, 49,
    ]);
  });

  it('vso–vo §2.5: diagnostics, prevention and light support (L2224-L2240)', () => {
    expect(values('vso-vo-passend-onderwijs-diagnostiek').map(([, value]) => value)).toEqual([
      15, 39, 23, 43, 21, 47, 2, 35,
    ]);
  });

  it('ties every §2.5 row to the vso–vo main form it is about', () => {
    const formOf = {
      'vso-vo-passend-onderwijs-intensief': 'intensieve-samenwerking-integratie',
      'vso-vo-passend-onderwijs-intensief-pro': 'intensieve-samenwerking-integratie',
      'vso-vo-passend-onderwijs-arrangementen': 'arrangementen-symbiose-voorzieningen',
      'vso-vo-passend-onderwijs-diagnostiek': 'diagnostiek-preventie-ondersteuning',
    } as const;
    for (const [id, form] of Object.entries(formOf)) {
      for (const row of getBenchmark(id as keyof typeof formOf).rows) expect(row.form, `${id}/${row.key}`).toBe(form);
    }
  });
});

describe('lookups and guards of the new lists', () => {
  it('guard their own ids and nothing else', () => {
    expect(isBenefitId('verbondenheid')).toBe(true);
    expect(isSuggestionId('besef-van-noodzaak')).toBe(true);
    expect(isCoordinatingRoleId('eventmanager')).toBe(true);
    expect(isStaffAttentionPointId('overzicht-houden')).toBe(true);
    expect(isTrainingRouteId('studiedagen')).toBe(true);
    expect(isSupportNeedId('pr-ondersteuning')).toBe(true);
    expect(isBenefitId('krimp')).toBe(false);
    expect(isSupportNeedId(42)).toBe(false);
  });

  it('refuse an unknown id with unknown_id and suggest the closest one', () => {
    try {
      getTrainingRoute('studiedag' as never);
      expect.unreachable();
    } catch (error) {
      if (!isSamenwerkingError(error)) throw error;
      expect(error.issues[0]?.code).toBe('unknown_id');
      expect(error.issues[0]?.message.en).toBe(
        "There is no training route with id 'studiedag' in the catalogue. Did you mean 'studiedagen'?",
      );
    }
  });

  it('return the frozen entry of the catalogue itself', () => {
    const point = getStaffAttentionPoint('tijd-voor-relaties');
    expect(point).toBe(catalogue.staffAttentionPoints.find((entry) => entry.id === 'tijd-voor-relaties'));
    expect(Object.isFrozen(point.factors)).toBe(true);
  });
});
