import { describe, expect, it } from 'vitest';
import type { Collaboration, CollaborationEvent, Partner } from '../../src/schema/types.js';
import { detectPitfalls } from '../../src/scoring/index.js';

/**
 * A collaboration in which no rule fires: the council and the principals are involved, the parents are represented,
 * the ambition has principles and a contribution from every partner, every partner has a documented, visible
 * interest and one is shared, roles were agreed before execution started, the announcement came after the partners
 * were told, and the only turnover lies more than 12 months before the latest date (2024-11-01).
 */
const clean: Collaboration = {
  kind: 'collaboration',
  schemaVersion: 1,
  id: 'ikc-noord',
  name: 'IKC Noord',
  themes: ['ikc'],
  form: 'netwerk',
  startDate: '2024-08-01',
  partners: [
    { id: 'gemeente', name: 'Gemeente Noord', type: 'gemeente' },
    { id: 'bestuur', name: 'Stichting Noord', type: 'schoolbestuur', sector: 'po' },
    { id: 'opvang', name: 'Kinderopvang Noord', type: 'kinderopvang' },
  ],
  stakeholders: [
    { group: 'gemeenteraad', involvement: 'geinformeerd' },
    { group: 'schooldirecteuren', involvement: 'betrokken' },
    { group: 'ouders', involvement: 'vertegenwoordigd', representedBy: 'opvang' },
  ],
  ambition: {
    statement: 'Elk kind in Noord een doorlopende dag.',
    principles: ['Het kind staat centraal.'],
    contributions: [
      { partner: 'gemeente', type: 'financieel', amountEur: 100000 },
      { partner: 'bestuur', type: 'personeel' },
      { partner: 'opvang', type: 'faciliteiten' },
    ],
  },
  interests: [
    { partner: 'gemeente', statement: 'Minder leegstand.', documented: true, visibleToAll: true, shared: true },
    { partner: 'bestuur', statement: 'Behoud van leerlingen.', documented: true, visibleToAll: true, shared: false },
    { partner: 'opvang', statement: 'Meer plaatsen.', documented: true, visibleToAll: true, shared: false },
  ],
  agreements: [{ subject: 'Rolverdeling', date: '2024-09-01', covers: ['rollen', 'structuur'] }],
  events: [
    { type: 'turnover', date: '2023-10-31', partner: 'bestuur', role: 'bestuurder' },
    { type: 'execution-start', date: '2024-10-01' },
    { type: 'public-announcement', date: '2024-11-01', partnersInformedFirst: true },
  ],
};

function pitfallsOf(collaboration: Collaboration, options?: Parameters<typeof detectPitfalls>[1]): string[] {
  return detectPitfalls(collaboration, options).map((finding) => finding.pitfall);
}

function findingOf(collaboration: Collaboration, pitfall: string, options?: Parameters<typeof detectPitfalls>[1]) {
  const finding = detectPitfalls(collaboration, options).find((entry) => entry.pitfall === pitfall);
  if (finding === undefined) throw new Error(`${pitfall} did not fire`);
  return finding;
}

function withEvents(...events: CollaborationEvent[]): Collaboration {
  return { ...clean, events };
}

describe('detectPitfalls on a sound collaboration', () => {
  it('finds nothing', () => {
    expect(detectPitfalls(clean)).toStrictEqual([]);
  });

  it('leaves the document unchanged', () => {
    const before = structuredClone(clean);
    detectPitfalls({ ...clean, stakeholders: [], interests: [] });
    detectPitfalls(clean);
    expect(clean).toStrictEqual(before);
  });
});

describe('sleutelspelers-niet-betrokken', () => {
  it('fires for a stakeholder group that is niet-betrokken and not represented', () => {
    const collaboration: Collaboration = {
      ...clean,
      stakeholders: [...(clean.stakeholders ?? []), { group: 'leraren', involvement: 'niet-betrokken' }],
    };
    expect(findingOf(collaboration, 'sleutelspelers-niet-betrokken')).toStrictEqual({
      pitfall: 'sleutelspelers-niet-betrokken',
      factor: 'belanghebbenden',
      source: 'collaboration',
      evidence: [{ kind: 'stakeholder', index: 3, group: 'leraren', involvement: 'niet-betrokken' }],
      message: {
        nl: 'Niet betrokken en door geen partner vertegenwoordigd: leraren. Betrek hen voordat er belangrijke besluiten vallen, of spreek af welke partner namens hen meepraat en aan hen terugkoppelt.',
        en: 'Not involved and represented by no partner: teachers. Involve them before important decisions are taken, or agree which partner speaks for them and reports back to them.',
      },
    });
  });

  it('does not fire when a partner represents the group', () => {
    const collaboration: Collaboration = {
      ...clean,
      stakeholders: [
        ...(clean.stakeholders ?? []),
        { group: 'leraren', involvement: 'niet-betrokken', representedBy: 'bestuur' },
      ],
    };
    expect(pitfallsOf(collaboration)).toStrictEqual([]);
  });

  it('names every group left out, in document order', () => {
    const collaboration: Collaboration = {
      ...clean,
      stakeholders: [
        { group: 'leerlingen', involvement: 'niet-betrokken' },
        ...(clean.stakeholders ?? []),
        { group: 'raad-van-toezicht', involvement: 'niet-betrokken' },
      ],
    };
    const finding = findingOf(collaboration, 'sleutelspelers-niet-betrokken');
    expect(finding.evidence).toStrictEqual([
      { kind: 'stakeholder', index: 0, group: 'leerlingen', involvement: 'niet-betrokken' },
      { kind: 'stakeholder', index: 4, group: 'raad-van-toezicht', involvement: 'niet-betrokken' },
    ]);
    expect(finding.message.nl).toContain('vertegenwoordigd: leerlingen en raad van toezicht.');
    expect(finding.message.en).toContain('represented by no partner: pupils and supervisory board.');
  });
});

describe('gemeenteraad-over-het-hoofd', () => {
  const withoutCouncil: Collaboration = {
    ...clean,
    stakeholders: (clean.stakeholders ?? []).filter((stakeholder) => stakeholder.group !== 'gemeenteraad'),
  };

  it('fires when a gemeente is a partner and the council is not listed', () => {
    expect(findingOf(withoutCouncil, 'gemeenteraad-over-het-hoofd')).toStrictEqual({
      pitfall: 'gemeenteraad-over-het-hoofd',
      factor: 'belanghebbenden',
      source: 'collaboration',
      evidence: [
        { kind: 'partner', index: 0, partner: 'gemeente', type: 'gemeente' },
        { kind: 'missing-stakeholder', group: 'gemeenteraad' },
      ],
      message: {
        nl: 'De gemeenteraad staat niet in de lijst van belanghebbenden, terwijl Gemeente Noord partner is. Betrek raadsleden tijdig: informeer hen al in de verkenning en bij elke mijlpaal, zodat er steun is voor het beleid en voor het geld.',
        en: 'The municipal council is not among the stakeholders, while Gemeente Noord is a partner. Involve council members early: inform them from the exploratory phase on and at every milestone, so that the policy and the money have support.',
      },
    });
  });

  it('fires when the council is listed as niet-betrokken, also when a partner represents it', () => {
    const collaboration: Collaboration = {
      ...withoutCouncil,
      stakeholders: [
        ...(withoutCouncil.stakeholders ?? []),
        { group: 'gemeenteraad', involvement: 'niet-betrokken', representedBy: 'gemeente' },
      ],
    };
    const finding = findingOf(collaboration, 'gemeenteraad-over-het-hoofd');
    expect(finding.evidence).toStrictEqual([
      { kind: 'partner', index: 0, partner: 'gemeente', type: 'gemeente' },
      { kind: 'stakeholder', index: 2, group: 'gemeenteraad', involvement: 'niet-betrokken' },
    ]);
    expect(finding.message.nl.startsWith('De gemeenteraad is niet betrokken, terwijl Gemeente Noord partner is.')).toBe(
      true,
    );
    expect(
      finding.message.en.startsWith('The municipal council is not involved, while Gemeente Noord is a partner.'),
    ).toBe(true);
    // Represented, so the first rule stays quiet.
    expect(pitfallsOf(collaboration)).toStrictEqual(['gemeenteraad-over-het-hoofd']);
  });

  it('names every municipality among the partners', () => {
    const collaboration: Collaboration = {
      ...withoutCouncil,
      partners: [...clean.partners, { id: 'buurgemeente', name: 'Gemeente Zuid', type: 'gemeente' }],
      ambition: {
        ...(clean.ambition as NonNullable<Collaboration['ambition']>),
        contributions: [...(clean.ambition?.contributions ?? []), { partner: 'buurgemeente', type: 'overig' }],
      },
      interests: [
        ...(clean.interests ?? []),
        { partner: 'buurgemeente', statement: 'Vervoer.', documented: true, visibleToAll: true, shared: true },
      ],
    };
    const finding = findingOf(collaboration, 'gemeenteraad-over-het-hoofd');
    expect(finding.evidence.filter((item) => item.kind === 'partner')).toHaveLength(2);
    expect(finding.message.nl).toContain('terwijl Gemeente Noord en Gemeente Zuid partners zijn.');
    expect(finding.message.en).toContain('while Gemeente Noord and Gemeente Zuid are partners.');
  });

  it('refuses a document that lists the council twice, instead of picking one entry', () => {
    const collaboration: Collaboration = {
      ...clean,
      stakeholders: [...(clean.stakeholders ?? []), { group: 'gemeenteraad', involvement: 'niet-betrokken' }],
    };
    expect(() => detectPitfalls(collaboration)).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ code: 'invalid_argument', path: ['collaboration'] })],
      }),
    );
  });

  it('does not fire without a gemeente among the partners', () => {
    const collaboration: Collaboration = {
      ...withoutCouncil,
      partners: clean.partners.map(
        (partner): Partner => (partner.type === 'gemeente' ? { ...partner, type: 'welzijn' } : partner),
      ),
    };
    expect(pitfallsOf(collaboration)).toStrictEqual([]);
  });
});

describe('schooldirecteuren-over-het-hoofd', () => {
  const withoutPrincipals: Collaboration = {
    ...clean,
    stakeholders: (clean.stakeholders ?? []).filter((stakeholder) => stakeholder.group !== 'schooldirecteuren'),
  };

  it('fires when a schoolbestuur is a partner and the principals are not listed', () => {
    expect(findingOf(withoutPrincipals, 'schooldirecteuren-over-het-hoofd')).toStrictEqual({
      pitfall: 'schooldirecteuren-over-het-hoofd',
      factor: 'belanghebbenden',
      source: 'collaboration',
      evidence: [
        { kind: 'partner', index: 1, partner: 'bestuur', type: 'schoolbestuur' },
        { kind: 'missing-stakeholder', group: 'schooldirecteuren' },
      ],
      message: {
        nl: 'De schooldirecteuren staan niet in de lijst van belanghebbenden, terwijl Stichting Noord partner is. Betrek directeuren al bij het uitwerken van de plannen: zij moeten de afspraken op hun school waarmaken.',
        en: 'The school principals are not among the stakeholders, while Stichting Noord is a partner. Involve principals while the plans are being worked out: they have to deliver the agreements in their schools.',
      },
    });
  });

  it('fires when the principals are niet-betrokken', () => {
    const collaboration: Collaboration = {
      ...withoutPrincipals,
      stakeholders: [
        ...(withoutPrincipals.stakeholders ?? []),
        { group: 'schooldirecteuren', involvement: 'niet-betrokken' },
      ],
    };
    expect(pitfallsOf(collaboration)).toStrictEqual([
      'sleutelspelers-niet-betrokken',
      'schooldirecteuren-over-het-hoofd',
    ]);
    expect(findingOf(collaboration, 'schooldirecteuren-over-het-hoofd').message.en).toContain(
      'The school principals are not involved, while Stichting Noord is a partner.',
    );
  });

  it('does not fire when the principals are only kept informed', () => {
    const collaboration: Collaboration = {
      ...withoutPrincipals,
      stakeholders: [
        ...(withoutPrincipals.stakeholders ?? []),
        { group: 'schooldirecteuren', involvement: 'geinformeerd' },
      ],
    };
    expect(pitfallsOf(collaboration)).toStrictEqual([]);
  });

  it('does not fire without a schoolbestuur among the partners', () => {
    const collaboration: Collaboration = {
      ...withoutPrincipals,
      partners: clean.partners.map(
        (partner): Partner => (partner.id === 'bestuur' ? { ...partner, type: 'school' } : partner),
      ),
    };
    expect(pitfallsOf(collaboration)).toStrictEqual([]);
  });
});

describe('poolse-landdag', () => {
  /** A clean collaboration with `count` partners (the three of `clean` and more welfare partners). */
  function withPartners(count: number, represented: boolean): Collaboration {
    const extra = Array.from(
      { length: count - 3 },
      (_, index): Partner => ({
        id: `welzijn-${index + 1}`,
        name: `Welzijn ${index + 1}`,
        type: 'welzijn',
      }),
    );
    return {
      ...clean,
      partners: [...clean.partners, ...extra],
      stakeholders: represented
        ? (clean.stakeholders ?? [])
        : (clean.stakeholders ?? []).filter((stakeholder) => stakeholder.representedBy === undefined),
      ambition: {
        ...(clean.ambition as NonNullable<Collaboration['ambition']>),
        contributions: [
          ...(clean.ambition?.contributions ?? []),
          ...extra.map((partner) => ({ partner: partner.id, type: 'personeel' as const })),
        ],
      },
      interests: [
        ...(clean.interests ?? []),
        ...extra.map((partner) => ({
          partner: partner.id,
          statement: 'Bereik.',
          documented: true,
          visibleToAll: true,
          shared: false,
        })),
      ],
    };
  }

  it('fires with 13 partners and no representation', () => {
    expect(detectPitfalls(withPartners(13, false))).toStrictEqual([
      {
        pitfall: 'poolse-landdag',
        factor: 'belanghebbenden',
        source: 'collaboration',
        evidence: [{ kind: 'partner-count', partners: 13, maxForumSize: 12 }],
        message: {
          nl: 'De samenwerking telt 13 partners, meer dan 12, en geen enkele groep belanghebbenden wordt via een partner vertegenwoordigd. Laat groepen vergelijkbare organisaties zich vertegenwoordigen, met een helder mandaat en de plicht om terug te koppelen, zodat het overleg slagvaardig blijft.',
          en: 'The collaboration has 13 partners, more than 12, and no stakeholder group is represented through a partner. Let groups of similar organisations be represented, with a clear mandate and a duty to report back, so that meetings stay workable.',
        },
      },
    ]);
  });

  it('does not fire with 12 partners', () => {
    expect(pitfallsOf(withPartners(12, false))).toStrictEqual([]);
  });

  it('does not fire with 13 partners when a stakeholder is represented by a partner', () => {
    expect(pitfallsOf(withPartners(13, true))).toStrictEqual([]);
  });

  it('fires without any stakeholders at all', () => {
    const { stakeholders: _stakeholders, ...collaboration } = withPartners(13, true);
    expect(pitfallsOf(collaboration)).toContain('poolse-landdag');
  });

  it('follows maxForumSize', () => {
    expect(pitfallsOf(withPartners(13, false), { maxForumSize: 13 })).toStrictEqual([]);
    expect(pitfallsOf(withPartners(4, false), { maxForumSize: 3 })).toStrictEqual(['poolse-landdag']);
  });
});

describe('ambitie-te-algemeen', () => {
  it('fires without an ambition', () => {
    const { ambition: _ambition, ...rest } = clean;
    const finding = findingOf(rest, 'ambitie-te-algemeen');
    expect(finding.evidence).toStrictEqual([{ kind: 'ambition', problem: 'missing' }]);
    expect(finding.message).toStrictEqual({
      nl: 'Er is geen gezamenlijke ambitie vastgelegd. Beschrijf samen wat er over een paar jaar anders moet zijn, voor wie, en waaraan je dat merkt, en leg een paar uitgangspunten vast.',
      en: 'No shared ambition has been recorded. Describe together what must be different in a few years, for whom, and how you will notice it, and record a few principles.',
    });
  });

  it('fires for an ambition with an empty list of principles, or none', () => {
    const ambition = clean.ambition as NonNullable<Collaboration['ambition']>;
    const empty = findingOf({ ...clean, ambition: { ...ambition, principles: [] } }, 'ambitie-te-algemeen');
    expect(empty.evidence).toStrictEqual([{ kind: 'ambition', problem: 'no-principles' }]);
    expect(empty.message.en).toBe(
      'The ambition has no principles. Record a few principles together that the partners can fall back on when they disagree; that makes the ambition specific enough to prevent misunderstandings.',
    );
    const { principles: _principles, ...withoutPrinciples } = ambition;
    expect(pitfallsOf({ ...clean, ambition: withoutPrinciples })).toStrictEqual(['ambitie-te-algemeen']);
  });

  it('does not fire for an ambition with one principle', () => {
    expect(pitfallsOf(clean)).not.toContain('ambitie-te-algemeen');
  });
});

describe('bijdragen-niet-benoemd', () => {
  it('fires for a partner without a contribution', () => {
    const ambition = clean.ambition as NonNullable<Collaboration['ambition']>;
    const collaboration: Collaboration = {
      ...clean,
      ambition: {
        ...ambition,
        contributions: (ambition.contributions ?? []).filter((item) => item.partner !== 'opvang'),
      },
    };
    expect(detectPitfalls(collaboration)).toStrictEqual([
      {
        pitfall: 'bijdragen-niet-benoemd',
        factor: 'ambitie',
        source: 'collaboration',
        evidence: [{ kind: 'partner', index: 2, partner: 'opvang', type: 'kinderopvang' }],
        message: {
          nl: 'In de ambitie staat geen bijdrage van Kinderopvang Noord. Spreek al in de ambitiefase af wat elke partner inbrengt: geld, personeel, faciliteiten of iets anders.',
          en: 'The ambition records no contribution from Kinderopvang Noord. Agree already at the ambition stage what each partner brings in: money, staff, facilities or something else.',
        },
      },
    ]);
  });

  it('fires for every partner when there is no ambition', () => {
    const { ambition: _ambition, ...rest } = clean;
    expect(findingOf(rest, 'bijdragen-niet-benoemd').evidence).toHaveLength(3);
  });

  it('does not fire when every partner contributes, whatever the kind', () => {
    expect(pitfallsOf(clean)).not.toContain('bijdragen-niet-benoemd');
  });
});

describe('eigen-belang-domineert', () => {
  it('fires when interests exist and none is shared', () => {
    const collaboration: Collaboration = {
      ...clean,
      interests: (clean.interests ?? []).map((interest) => ({ ...interest, shared: false })),
    };
    const finding = findingOf(collaboration, 'eigen-belang-domineert');
    expect(pitfallsOf(collaboration)).toStrictEqual(['eigen-belang-domineert']);
    expect(finding.evidence).toStrictEqual([
      { kind: 'interest', index: 0, partner: 'gemeente', documented: true, visibleToAll: true, shared: false },
      { kind: 'interest', index: 1, partner: 'bestuur', documented: true, visibleToAll: true, shared: false },
      { kind: 'interest', index: 2, partner: 'opvang', documented: true, visibleToAll: true, shared: false },
    ]);
    expect(finding.message).toStrictEqual({
      nl: 'Geen van de vastgelegde belangen (3) wordt door de andere partners gedeeld. Zoek naar een gezamenlijk belang, bij voorkeur geformuleerd vanuit de kinderen of de regio, en toets voorstellen daaraan.',
      en: 'None of the recorded interests (3) is shared by the other partners. Look for a common interest, preferably put in terms of the children or the region, and test proposals against it.',
    });
  });

  it('does not fire when one interest is shared', () => {
    expect(pitfallsOf(clean)).not.toContain('eigen-belang-domineert');
  });

  it('does not fire without any interests (that is belangen-onhelder)', () => {
    expect(pitfallsOf({ ...clean, interests: [] })).toStrictEqual(['belangen-onhelder']);
  });
});

describe('belangen-onhelder', () => {
  it('fires for a partner without an interest', () => {
    const collaboration: Collaboration = {
      ...clean,
      interests: (clean.interests ?? []).filter((interest) => interest.partner !== 'bestuur'),
    };
    expect(detectPitfalls(collaboration)).toStrictEqual([
      {
        pitfall: 'belangen-onhelder',
        factor: 'belangen',
        source: 'collaboration',
        evidence: [{ kind: 'partner', index: 1, partner: 'bestuur', type: 'schoolbestuur' }],
        message: {
          nl: 'Niet alle belangen zijn helder. Geen belang vastgelegd voor Stichting Noord. Laat elke partner zijn belangen openlijk benoemen en leg ze vast in een stuk dat alle partners kunnen inzien.',
          en: 'Not all interests are clear. No interest is recorded for Stichting Noord. Have each partner state its interests openly and record them in a document every partner can see.',
        },
      },
    ]);
  });

  it('fires for an interest that is not written down or not visible to all', () => {
    const interests = clean.interests ?? [];
    const collaboration: Collaboration = {
      ...clean,
      interests: [
        interests[0] as NonNullable<Collaboration['interests']>[number],
        { ...(interests[1] as NonNullable<Collaboration['interests']>[number]), documented: false },
        {
          ...(interests[2] as NonNullable<Collaboration['interests']>[number]),
          documented: false,
          visibleToAll: false,
        },
      ],
    };
    const finding = findingOf(collaboration, 'belangen-onhelder');
    expect(finding.evidence).toStrictEqual([
      { kind: 'interest', index: 1, partner: 'bestuur', documented: false, visibleToAll: true, shared: false },
      { kind: 'interest', index: 2, partner: 'opvang', documented: false, visibleToAll: false, shared: false },
    ]);
    expect(finding.message).toStrictEqual({
      nl: 'Niet alle belangen zijn helder. Niet op papier gezet: belang 2 (van Stichting Noord) en belang 3 (van Kinderopvang Noord). Niet voor alle partners zichtbaar: belang 3 (van Kinderopvang Noord). Laat elke partner zijn belangen openlijk benoemen en leg ze vast in een stuk dat alle partners kunnen inzien.',
      en: 'Not all interests are clear. Not written down: interest 2 (of Stichting Noord) and interest 3 (of Kinderopvang Noord). Not visible to all partners: interest 3 (of Kinderopvang Noord). Have each partner state its interests openly and record them in a document every partner can see.',
    });
  });

  it('does not fire when every partner has a documented, visible interest', () => {
    expect(pitfallsOf(clean)).not.toContain('belangen-onhelder');
  });
});

describe('wisseling-sleutelspelers', () => {
  // The latest date in `clean` is the announcement on 2024-11-01.
  it('fires for a turnover exactly 12 months before the latest date', () => {
    const collaboration = withEvents(...(clean.events ?? []).filter((event) => event.type !== 'turnover'), {
      type: 'turnover',
      date: '2023-11-01',
      partner: 'gemeente',
      role: 'wethouder',
    });
    expect(detectPitfalls(collaboration)).toStrictEqual([
      {
        pitfall: 'wisseling-sleutelspelers',
        factor: 'relatie',
        source: 'collaboration',
        evidence: [
          { kind: 'event', index: 2, type: 'turnover', date: '2023-11-01', partner: 'gemeente', role: 'wethouder' },
        ],
        message: {
          nl: 'In de 12 maanden tot en met 2024-11-01 wisselde een sleutelspeler: wethouder bij Gemeente Noord op 2023-11-01. Werk de opvolger bewust in, plan een kennismaking en werk opnieuw samen aan het gezamenlijke doel.',
          en: 'In the 12 months up to 2024-11-01 a key player changed: wethouder at Gemeente Noord on 2023-11-01. Deliberately bring the successor up to speed, arrange an introduction and work on the common goal together again.',
        },
      },
    ]);
  });

  it('does not fire one day earlier, nor 13 months before', () => {
    // `clean` holds a turnover on 2023-10-31: 12 months and one day before 2024-11-01.
    expect(pitfallsOf(clean)).toStrictEqual([]);
    expect(
      pitfallsOf(withEvents({ type: 'turnover', date: '2023-10-01' }, { type: 'execution-start', date: '2024-11-01' })),
    ).toStrictEqual([]);
  });

  it('fires 13 months back when the window is widened to 13 months', () => {
    const collaboration = withEvents(
      { type: 'turnover', date: '2023-10-01' },
      { type: 'execution-start', date: '2024-11-01' },
    );
    const finding = findingOf(collaboration, 'wisseling-sleutelspelers', { turnoverWindowMonths: 13 });
    expect(finding.evidence).toStrictEqual([{ kind: 'event', index: 0, type: 'turnover', date: '2023-10-01' }]);
    expect(finding.message.en).toContain(
      'In the 13 months up to 2024-11-01 a key player changed: a key player on 2023-10-01.',
    );
    expect(finding.message.nl).toContain('wisselde een sleutelspeler: een sleutelspeler op 2023-10-01.');
  });

  it('counts from the reference date when one is given, and ignores turnovers after it', () => {
    const collaboration = withEvents(
      { type: 'turnover', date: '2020-06-15', role: 'directeur' },
      { type: 'turnover', date: '2021-06-15' },
    );
    const finding = findingOf(collaboration, 'wisseling-sleutelspelers', { referenceDate: '2021-06-14' });
    expect(finding.evidence).toStrictEqual([
      { kind: 'event', index: 0, type: 'turnover', date: '2020-06-15', role: 'directeur' },
    ]);
    expect(pitfallsOf(collaboration, { referenceDate: '2021-06-16' })).toStrictEqual(['wisseling-sleutelspelers']);
    expect(pitfallsOf(collaboration, { referenceDate: '2022-06-16' })).toStrictEqual([]);
  });

  it('moves a window end to the last day of a shorter month', () => {
    // One month before 31 March 2025 is 28 February 2025.
    const on = withEvents({ type: 'turnover', date: '2025-02-28' }, { type: 'execution-start', date: '2025-03-31' });
    const before = withEvents(
      { type: 'turnover', date: '2025-02-27' },
      { type: 'execution-start', date: '2025-03-31' },
    );
    const options = { turnoverWindowMonths: 1 };
    expect(pitfallsOf({ ...on, agreements: [] }, options)).toContain('wisseling-sleutelspelers');
    expect(pitfallsOf({ ...before, agreements: [] }, options)).not.toContain('wisseling-sleutelspelers');
  });

  it('takes the latest date from startDate, endDate, agreements and events', () => {
    // endDate 2026-06-01 is the latest date: a turnover on 2025-06-01 falls inside the window, 2025-05-31 not.
    const base: Collaboration = { ...clean, endDate: '2026-06-01' };
    expect(pitfallsOf({ ...base, events: [{ type: 'turnover', date: '2025-06-01' }] })).toStrictEqual([
      'wisseling-sleutelspelers',
    ]);
    expect(pitfallsOf({ ...base, events: [{ type: 'turnover', date: '2025-05-31' }] })).toStrictEqual([]);
    // Without events, the agreement (2024-09-01) is later than the start date (2024-08-01).
    const agreementLatest: Collaboration = {
      ...clean,
      agreements: [{ subject: 'Rolverdeling', date: '2026-09-01', covers: ['rollen'] }],
      events: [{ type: 'turnover', date: '2025-09-01' }],
    };
    expect(pitfallsOf(agreementLatest)).toStrictEqual(['wisseling-sleutelspelers']);
  });

  it('cannot fire when the document holds no date at all', () => {
    const { startDate: _start, agreements: _agreements, events: _events, ...undated } = clean;
    expect(pitfallsOf(undated)).toStrictEqual([]);
    // A turnover always carries a date, so its own date is then the reference: it fires.
    expect(pitfallsOf({ ...undated, events: [{ type: 'turnover', date: '2010-01-01' }] })).toStrictEqual([
      'wisseling-sleutelspelers',
    ]);
  });

  it('handles a window that reaches back before year 1', () => {
    const collaboration = withEvents(
      { type: 'turnover', date: '0001-02-01' },
      { type: 'execution-start', date: '0002-01-01' },
    );
    expect(
      pitfallsOf({ ...collaboration, startDate: '0001-01-01', agreements: [] }, { turnoverWindowMonths: 1200 }),
    ).toContain('wisseling-sleutelspelers');
  });
});

describe('te-snel-aan-de-slag', () => {
  it('fires for an execution start before the first agreement on roles', () => {
    const collaboration = withEvents({ type: 'execution-start', date: '2024-08-31', partner: 'bestuur' });
    expect(detectPitfalls(collaboration)).toStrictEqual([
      {
        pitfall: 'te-snel-aan-de-slag',
        factor: 'organisatie',
        source: 'collaboration',
        evidence: [
          { kind: 'event', index: 0, type: 'execution-start', date: '2024-08-31', partner: 'bestuur' },
          { kind: 'agreement', index: 0, date: '2024-09-01', subject: 'Rolverdeling' },
        ],
        message: {
          nl: "De uitvoering begon op 2024-08-31, vóór de eerste afspraak over rollen ('Rolverdeling', 2024-09-01). Leg voortaan vooraf vast wie wat doet, met welke middelen en volgens welke planning, ook als de tijd dringt.",
          en: "Execution started on 2024-08-31, before the first agreement on roles ('Rolverdeling', 2024-09-01). From now on, agree beforehand who does what, with which resources and on which schedule, even when time is short.",
        },
      },
    ]);
  });

  it('does not fire for an execution start on the day of the agreement', () => {
    expect(pitfallsOf(withEvents({ type: 'execution-start', date: '2024-09-01' }))).toStrictEqual([]);
  });

  it('compares with the earliest agreement on roles, in any order', () => {
    const collaboration: Collaboration = {
      ...withEvents({ type: 'execution-start', date: '2024-06-01' }),
      agreements: [
        { subject: 'Geld', date: '2024-01-01', covers: ['middelen'] },
        { subject: 'Rollen herzien', date: '2025-01-01', covers: ['rollen'] },
        { subject: 'Rollen', date: '2024-05-01', covers: ['rollen', 'processen'] },
      ],
    };
    expect(pitfallsOf(collaboration)).toStrictEqual([]);
  });

  it('fires when no agreement covers roles', () => {
    const collaboration: Collaboration = {
      ...withEvents({ type: 'execution-start', date: '2024-10-01' }, { type: 'execution-start', date: '2024-12-01' }),
      agreements: [{ subject: 'Geld', date: '2024-01-01', covers: ['middelen', 'communicatie'] }],
    };
    const finding = findingOf(collaboration, 'te-snel-aan-de-slag');
    expect(finding.evidence).toStrictEqual([
      { kind: 'event', index: 0, type: 'execution-start', date: '2024-10-01' },
      { kind: 'event', index: 1, type: 'execution-start', date: '2024-12-01' },
      { kind: 'missing-agreement', covers: 'rollen' },
    ]);
    expect(finding.message).toStrictEqual({
      nl: 'De uitvoering begon op 2024-10-01 en 2024-12-01, maar er is geen afspraak die de rollen regelt. Leg vast wie wat doet, met welke middelen en volgens welke planning.',
      en: 'Execution started on 2024-10-01 and 2024-12-01, but no agreement settles the roles. Record who does what, with which resources and on which schedule.',
    });
  });

  it('does not fire without an execution start, even without agreements', () => {
    const { agreements: _agreements, ...rest } = clean;
    expect(pitfallsOf({ ...rest, events: [] })).toStrictEqual([]);
  });
});

describe('eerst-in-de-krant', () => {
  it('fires for an announcement made before the partners were told', () => {
    const collaboration = withEvents(
      { type: 'public-announcement', date: '2024-11-01', partnersInformedFirst: false, partner: 'gemeente' },
      { type: 'public-announcement', date: '2024-12-01', partnersInformedFirst: true },
      { type: 'public-announcement', date: '2025-01-10', partnersInformedFirst: false },
    );
    expect(detectPitfalls(collaboration)).toStrictEqual([
      {
        pitfall: 'eerst-in-de-krant',
        factor: 'communicatie',
        source: 'collaboration',
        evidence: [
          { kind: 'event', index: 0, type: 'public-announcement', date: '2024-11-01', partner: 'gemeente' },
          { kind: 'event', index: 2, type: 'public-announcement', date: '2025-01-10' },
        ],
        message: {
          nl: 'Er ging iets naar buiten voordat de partners waren ingelicht: op 2024-11-01 door Gemeente Noord en op 2025-01-10. Spreek af dat geen partner naar buiten treedt voordat de anderen het weten, en leg vast wie wie informeert.',
          en: 'Something went public before the partners had been told: on 2024-11-01 by Gemeente Noord and on 2025-01-10. Agree that no partner goes public before the others know, and record who informs whom.',
        },
      },
    ]);
  });

  it('does not fire when the partners were informed first', () => {
    expect(
      pitfallsOf(withEvents({ type: 'public-announcement', date: '2024-11-01', partnersInformedFirst: true })),
    ).toStrictEqual([]);
  });
});

describe('detectPitfalls across rules', () => {
  it('lists findings in catalogue order, one per pitfall, and never reports geen-klik', () => {
    const everything: Collaboration = {
      kind: 'collaboration',
      schemaVersion: 1,
      id: 'alles-mis',
      name: 'Alles mis',
      themes: ['krimp'],
      form: 'convenant',
      partners: Array.from(
        { length: 13 },
        (_, index): Partner => ({
          id: `p${index + 1}`,
          name: `Partner ${index + 1}`,
          type: index === 0 ? 'gemeente' : index === 1 ? 'schoolbestuur' : 'overig',
        }),
      ),
      stakeholders: [{ group: 'ouders', involvement: 'niet-betrokken' }],
      interests: [{ partner: 'p1', statement: 'Geld.', documented: false, visibleToAll: false, shared: false }],
      events: [
        { type: 'public-announcement', date: '2025-01-01', partnersInformedFirst: false },
        { type: 'execution-start', date: '2024-12-01' },
        { type: 'turnover', date: '2024-06-01', partner: 'p2' },
      ],
    };
    expect(pitfallsOf(everything)).toStrictEqual([
      'sleutelspelers-niet-betrokken',
      'gemeenteraad-over-het-hoofd',
      'schooldirecteuren-over-het-hoofd',
      'poolse-landdag',
      'ambitie-te-algemeen',
      'bijdragen-niet-benoemd',
      'eigen-belang-domineert',
      'belangen-onhelder',
      'wisseling-sleutelspelers',
      'te-snel-aan-de-slag',
      'eerst-in-de-krant',
    ]);
    expect(findingOf(everything, 'wisseling-sleutelspelers').message.nl).toContain(
      'een sleutelspeler bij Partner 2 op 2024-06-01',
    );
  });

  it('returns a fresh array on every call', () => {
    const first = detectPitfalls(clean);
    expect(detectPitfalls(clean)).not.toBe(first);
  });
});
