import { describe, expect, it } from 'vitest';
import { formIds } from '../../src/catalogue/ids/forms.js';
import { deepFreeze } from '../../src/internal/deepFreeze.js';
import {
  type FormCandidate,
  type FormNeeds,
  type FormRecommendation,
  recommendForms,
} from '../../src/scoring/recommendForms.js';
import { caught } from '../support/caught.js';

function candidate(result: FormRecommendation, form: string): FormCandidate {
  const found = result.candidates.find((entry) => entry.form === form);
  if (found === undefined) throw new Error(`no candidate ${form}`);
  return found;
}

const fitting = (result: FormRecommendation): string[] =>
  result.candidates.filter((entry) => entry.fits).map((entry) => entry.form);

const TODAY = '2026-03-15';

describe('recommendForms ranks the lightest fitting form first', () => {
  it('puts the informal network first when the partners only want to consult', () => {
    // Every form shares overleg, so all 41 fit. Integration 0: netwerk (position 0), onderwijstafel (40);
    // then integration 1 in catalogue order: convenant (1), rmc (3), …
    const result = recommendForms({ share: ['overleg'] });
    expect(result.best).toBe('netwerk');
    expect(result.candidates).toHaveLength(41);
    expect(result.candidates.every((entry) => entry.fits)).toBe(true);
    expect(result.candidates.slice(0, 4).map((entry) => [entry.form, entry.integration])).toEqual([
      ['netwerk', 0],
      ['onderwijstafel', 0],
      ['convenant', 1],
      ['rmc', 1],
    ]);
    expect(candidate(result, 'convenant').excess).toEqual(['uitvoering']);
    expect(candidate(result, 'netwerk').excess).toEqual([]);
    expect(candidate(result, 'onderwijstafel').parent).toBe('lea');
  });

  it('lists every form once, and leaves sub-forms out when asked', () => {
    const all = recommendForms({});
    expect([...all.candidates.map((entry) => entry.form)].sort()).toEqual([...formIds].sort());
    // 16 of the 41 forms have a parent: rea, onderwijstafel, samenwerkingsschool, 4 intensive vso–vo variants,
    // 6 arrangements and 3 diagnostic variants; 25 main forms remain.
    const main = recommendForms({}, { subForms: false });
    expect(main.candidates).toHaveLength(25);
    expect(main.candidates.every((entry) => entry.parent === null)).toBe(true);
  });

  it('keeps the competent authority with the partners when they must keep their legal entity', () => {
    // Sharing 'organisatie': scholenfusie, samenwerkingsschool, bestuurlijke-fusie, opheffing-vso-locatie and
    // bundeling-gespecialiseerde-voorziening. Only the last leaves the competent authority where it is.
    const result = recommendForms({ share: ['organisatie'], keepLegalEntity: true });
    expect(fitting(result)).toEqual(['bundeling-gespecialiseerde-voorziening']);
    expect(result.best).toBe('bundeling-gespecialiseerde-voorziening');
    const merger = candidate(result, 'bestuurlijke-fusie');
    expect(merger.fits).toBe(false);
    expect(merger.reasons.find((reason) => reason.criterion === 'keepLegalEntity')).toEqual({
      criterion: 'keepLegalEntity',
      met: false,
      message: {
        nl: 'Het bevoegd gezag gaat over naar een ander bestuur: een partner houdt zijn scholen niet als eigen rechtspersoon.',
        en: 'The competent authority moves to another board: a partner does not keep its schools as its own legal entity.',
      },
    });
  });

  it('offers the samenwerkingsschool when openbaar and bijzonder merge, and the school merger when they do not', () => {
    // mixedDenominations true: scholenfusie does not combine denominations. In po the vso–vo forms fall away.
    const mixed = recommendForms({ share: ['organisatie'], mixedDenominations: true, sectors: ['po'] });
    expect(fitting(mixed)).toEqual(['samenwerkingsschool', 'bestuurlijke-fusie']);
    // mixedDenominations false: the samenwerkingsschool needs both, so it falls away; scholenfusie (position 13)
    // comes before bestuurlijke-fusie (19) at the same integration 5.
    const same = recommendForms({ share: ['organisatie'], mixedDenominations: false, sectors: ['po'] });
    expect(fitting(same)).toEqual(['scholenfusie', 'bestuurlijke-fusie']);
    expect(candidate(same, 'samenwerkingsschool').reasons[3]?.message.en).toBe(
      'This form can only come from at least one public and one denominational school (WPO art. 17d), and there are none.',
    );
  });

  it('keeps school identity: a board merger or a samenwerkingsschool, never a plain school merger', () => {
    const result = recommendForms({ share: ['organisatie'], keepIdentity: true, sectors: ['po'] });
    expect(fitting(result)).toEqual(['samenwerkingsschool', 'bestuurlijke-fusie']);
    expect(candidate(result, 'samenwerkingsschool').reasons[2]).toEqual({
      criterion: 'keepIdentity',
      met: true,
      message: {
        nl: 'De scholen gaan op in één school, maar een identiteitscommissie waarborgt dat openbaar en bijzonder onderwijs beide tot hun recht komen.',
        en: 'The schools become one school, but an identity committee makes sure both public and denominational education keep their place.',
      },
    });
    expect(candidate(result, 'scholenfusie').reasons[2]?.met).toBe(false);
  });

  it('limits the candidates to statutory forms, or leaves them out', () => {
    // Sharing overleg, uitvoering, middelen and bestuur in vo: of the statutory forms only the samenwerkingsverband
    // shares all four. Without statutory forms the lightest is the federatie (integration 3).
    const needs: FormNeeds = { share: ['overleg', 'uitvoering', 'middelen', 'bestuur'], sectors: ['vo'] };
    expect(recommendForms({ ...needs, statutory: 'only' }).best).toBe('samenwerkingsverband-passend-onderwijs');
    expect(recommendForms({ ...needs, statutory: 'include' }).best).toBe('samenwerkingsverband-passend-onderwijs');
    const excluded = recommendForms({ ...needs, statutory: 'exclude' });
    expect(excluded.best).toBe('federatie');
    expect(candidate(excluded, 'samenwerkingsverband-passend-onderwijs').reasons[5]).toEqual({
      criterion: 'statutory',
      met: false,
      message: {
        nl: 'Een wettelijk verplichte vorm, en wettelijke vormen zijn uitgesloten.',
        en: 'A statutory form, and statutory forms are excluded.',
      },
    });
    expect(candidate(recommendForms({ statutory: 'only' }), 'netwerk').reasons[5]?.met).toBe(false);
  });

  it('gives null as the best form when nothing fits, and ranks the near misses first', () => {
    // Nothing shares 'organisatie' while keeping the legal entity in po (bundeling is vso–vo only).
    const result = recommendForms({ share: ['organisatie'], keepLegalEntity: true, sectors: ['po'] });
    expect(result.best).toBeNull();
    expect(result.candidates.every((entry) => !entry.fits)).toBe(true);
    // One unmet criterion: every form open to po that keeps the legal entity misses only 'organisatie';
    // netwerk (integration 0) leads them. bundeling misses only the sector, at integration 4.
    expect(result.candidates[0]?.form).toBe('netwerk');
    expect(result.candidates[0]?.missing).toEqual(['organisatie']);
  });
});

describe('recommendForms explains every criterion', () => {
  const needs: FormNeeds = {
    share: ['overleg', 'personeel'],
    keepLegalEntity: true,
    keepIdentity: true,
    mixedDenominations: true,
    sectors: ['vo'],
    statutory: 'exclude',
  };
  const result = recommendForms(needs);

  it('gives six reasons, in criterion order, for a form that fits', () => {
    expect(candidate(result, 'transfercentrum').reasons).toEqual([
      {
        criterion: 'share',
        met: true,
        message: {
          nl: 'Deelt alles wat de partners willen delen (overleg en personeel). Deelt daarnaast ook gezamenlijke uitvoering: zwaarder dan nodig.',
          en: 'Shares everything the partners want to share (consultation and staff). Also shares joint execution: heavier than needed.',
        },
      },
      {
        criterion: 'keepLegalEntity',
        met: true,
        message: {
          nl: 'Elke partner blijft een eigen rechtspersoon en bevoegd gezag van de eigen scholen.',
          en: 'Each partner stays its own legal entity and the competent authority for its own schools.',
        },
      },
      {
        criterion: 'keepIdentity',
        met: true,
        message: {
          nl: 'De scholen blijven bestaan en houden hun eigen identiteit en richting.',
          en: 'The schools carry on and keep their own identity and denomination.',
        },
      },
      {
        criterion: 'mixedDenominations',
        met: true,
        message: {
          nl: 'Openbare en bijzondere partners kunnen in deze vorm samenwerken.',
          en: 'Public and denominational partners can work together in this form.',
        },
      },
      {
        criterion: 'sectors',
        met: true,
        message: { nl: 'De vorm staat open voor elke sector.', en: 'The form is open to every sector.' },
      },
      {
        criterion: 'statutory',
        met: true,
        message: { nl: 'Een vorm die de partners zelf kiezen.', en: 'A form the partners choose themselves.' },
      },
    ]);
    expect(candidate(result, 'transfercentrum').fits).toBe(true);
  });

  it('says which criteria a school merger misses', () => {
    const merger = candidate(result, 'scholenfusie');
    expect(merger.fits).toBe(false);
    expect(merger.reasons.filter((reason) => !reason.met).map((reason) => reason.criterion)).toEqual([
      'keepLegalEntity',
      'keepIdentity',
      'mixedDenominations',
    ]);
    expect(merger.reasons[3]?.message.nl).toBe(
      'Deze vorm brengt openbaar en bijzonder onderwijs niet samen; daarvoor is er de samenwerkingsschool.',
    );
  });

  it('names what a form does not share and which sectors it is not meant for', () => {
    expect(candidate(result, 'rpo').reasons[0]).toEqual({
      criterion: 'share',
      met: false,
      message: {
        nl: 'Deelt niet wat de partners willen delen: personeel.',
        en: 'Does not share what the partners want to share: staff.',
      },
    });
    expect(candidate(result, 'rpo').missing).toEqual(['personeel']);
    const other = recommendForms({ sectors: ['mbo', 'po'] });
    expect(candidate(other, 'opleidingsschool').reasons[4]).toEqual({
      criterion: 'sectors',
      met: false,
      message: {
        nl: 'De vorm is bedoeld voor po, vo, hbo en wo, niet voor mbo.',
        en: 'The form is meant for po, vo, hbo and wo, not for mbo.',
      },
    });
    expect(candidate(recommendForms({ sectors: ['vo'] }), 'rpo').reasons[4]?.message.en).toBe(
      'The form is meant for vo and praktijkonderwijs, which covers every sector given.',
    );
  });

  it('says when a need was not given', () => {
    expect(candidate(recommendForms({}), 'netwerk').reasons.map((reason) => reason.message.en)).toEqual([
      'Nothing was given that the partners want to share; every form will do.',
      'The partners need not stay the competent authority themselves.',
      'The schools need not keep their own identity or denomination.',
      'Not given whether public and denominational education come together.',
      'No sectors were given.',
      'A form the partners choose themselves.',
    ]);
    expect(candidate(recommendForms({ mixedDenominations: false }), 'netwerk').reasons[3]?.message.en).toBe(
      'All partners share the same kind of denomination; this form asks for nothing else.',
    );
  });
});

describe('recommendForms says what a form entails', () => {
  it('lists the legal consequences of a federation, a samenwerkingsschool, a statutory partnership and a network', () => {
    const result = recommendForms({});
    expect(candidate(result, 'federatie').entails).toEqual({
      newLegalEntity: true,
      transfersCompetentAuthority: false,
      statutory: false,
      participationCouncilConsent: true,
      identityCommittee: false,
      fusietoets: [],
      notes: [
        { nl: 'Er ontstaat een nieuwe rechtspersoon.', en: 'A new legal entity is created.' },
        {
          nl: 'Het bestuur verandert: betrek de medezeggenschapsraden tijdig; welk recht zij hebben (instemming of advies) staat niet in de bronnen.',
          en: 'Governance changes: involve the participation councils early; which right they have (consent or advice) is not in the sources.',
        },
      ],
    });
    const school = candidate(result, 'samenwerkingsschool').entails;
    expect([school.transfersCompetentAuthority, school.participationCouncilConsent, school.identityCommittee]).toEqual([
      true,
      true,
      true,
    ]);
    expect(school.notes.map((note) => note.en)).toEqual([
      'The competent authority of at least one school moves to another board.',
      'A merger impact report (FER) is needed, with the consent or advice of the participation councils.',
      'An identity committee makes sure both public and denominational education keep their place.',
      'The Fusietoets may apply; give a date (options.on) to determine the route.',
    ]);
    const partnership = candidate(result, 'samenwerkingsverband-passend-onderwijs').entails;
    expect([partnership.statutory, partnership.newLegalEntity]).toEqual([true, true]);
    expect(candidate(result, 'netwerk').entails.notes).toEqual([]);
    expect(candidate(result, 'cooperatie').entails.participationCouncilConsent).toBe(false);
  });

  it('gives the Fusietoets route of each merger form, per sector, on the date asked', () => {
    const result = recommendForms(
      { share: ['organisatie'], sectors: ['po'], pupils: 420, mixedDenominations: false },
      { on: TODAY },
    );
    const school = candidate(result, 'scholenfusie').entails;
    expect(school.fusietoets.map((entry) => [entry.kind, entry.sector, entry.route, entry.uncertain])).toEqual([
      ['institutioneel', 'po', 'niet-toetsplichtig', false],
    ]);
    expect(school.notes.at(-1)).toEqual({
      nl: 'Fusietoets (po, 2026-03-15): niet toetsplichtig.',
      en: 'Fusietoets (po, 2026-03-15): exempt from the test.',
    });
    // A board merger is judged on schools, which are not given: uncertain, the light test as the careful reading.
    const board = candidate(result, 'bestuurlijke-fusie').entails;
    expect(board.fusietoets.map((entry) => [entry.kind, entry.route, entry.uncertain])).toEqual([
      ['bestuurlijk', 'lichte-toets', true],
    ]);
    expect(board.notes.at(-1)?.en).toBe(
      'Fusietoets (po, 2026-03-15): light (administrative) test by DUO (uncertain, see the reasons).',
    );
  });

  it('treats a board merger of public and denominational boards as a merger into a samenwerkingsbestuur', () => {
    const result = recommendForms(
      { share: ['organisatie'], sectors: ['po'], schools: 4, pupils: 420, mixedDenominations: true },
      { on: TODAY },
    );
    const board = candidate(result, 'bestuurlijke-fusie').entails.fusietoets[0];
    expect([board?.route, board?.uncertain, board?.alternatives]).toEqual([
      'lichte-toets',
      true,
      ['niet-toetsplichtig'],
    ]);
    expect(board?.reasons[0]?.en).toContain('samenwerkingsbestuur');
    const joint = candidate(result, 'samenwerkingsschool').entails.fusietoets[0];
    expect([joint?.route, joint?.uncertain]).toEqual(['niet-toetsplichtig', false]);
  });

  it('classifies once per sector given, and the vso transfer always in the vso', () => {
    const result = recommendForms({ sectors: ['po', 'vo'], schools: 12 }, { on: TODAY });
    expect(candidate(result, 'bestuurlijke-fusie').entails.fusietoets.map((entry) => entry.sector)).toEqual([
      'po',
      'vo',
    ]);
    // samenwerkingsschool is meant for po and vo, so both; opheffing-vso-locatie is judged in the vso.
    expect(candidate(result, 'samenwerkingsschool').entails.fusietoets.map((entry) => entry.sector)).toEqual([
      'po',
      'vo',
    ]);
    expect(candidate(result, 'opheffing-vso-locatie').entails.fusietoets.map((entry) => entry.sector)).toEqual(['vso']);
  });

  it('asks for sectors when a date is given but no sector', () => {
    const result = recommendForms({}, { on: new Date(2026, 2, 15) });
    expect(candidate(result, 'scholenfusie').entails.fusietoets).toEqual([]);
    expect(candidate(result, 'scholenfusie').entails.notes.at(-1)?.en).toBe(
      'The Fusietoets may apply; give the partners’ sectors (needs.sectors) to determine the route.',
    );
    expect(candidate(result, 'opheffing-vso-locatie').entails.fusietoets).toHaveLength(1);
  });
});

describe('recommendForms input', () => {
  it('ignores repeated wishes and sectors', () => {
    expect(recommendForms({ share: ['overleg', 'overleg'], sectors: ['po', 'po'] })).toEqual(
      recommendForms({ share: ['overleg'], sectors: ['po'] }),
    );
  });

  it('does not change frozen needs or options, and hands out copies of catalogue texts', () => {
    const needs = deepFreeze({ share: ['overleg', 'bestuur'], sectors: ['po'], keepIdentity: true } as FormNeeds);
    const options = deepFreeze({ on: TODAY, subForms: false });
    const first = recommendForms(needs, options);
    expect(needs).toEqual({ share: ['overleg', 'bestuur'], sectors: ['po'], keepIdentity: true });
    (first.candidates[0]?.label as { nl: string }).nl = 'veranderd';
    expect(recommendForms(needs, options).candidates[0]?.label.nl).not.toBe('veranderd');
  });

  it('hands out its own copy of every reason and note', () => {
    const first = recommendForms({});
    (candidate(first, 'netwerk').reasons[0]?.message as { en: string }).en = 'changed';
    (candidate(first, 'federatie').entails.notes[0] as { en: string }).en = 'changed';
    const second = recommendForms({});
    expect(candidate(second, 'netwerk').reasons[0]?.message.en).toBe(
      'Nothing was given that the partners want to share; every form will do.',
    );
    expect(candidate(second, 'federatie').entails.notes[0]?.en).toBe('A new legal entity is created.');
  });

  it('lists every problem with the needs and the options at once, at their paths', () => {
    const error = caught(() =>
      recommendForms(
        {
          share: ['overleg', 'overlegg'],
          sectors: ['p0'],
          keepIdentity: 'ja',
          pupils: -3,
          schools: 1.5,
          statutory: 'nooit',
          wens: true,
        } as never,
        { on: '2026-02-30', subForms: 'nee', datum: 1 } as never,
      ),
    );
    expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['invalid_option', ['needs', 'wens']],
      ['invalid_option', ['needs', 'share', 1]],
      ['unknown_id', ['needs', 'sectors', 0]],
      ['invalid_option', ['needs', 'keepIdentity']],
      ['invalid_option', ['needs', 'pupils']],
      ['invalid_option', ['needs', 'schools']],
      ['invalid_option', ['needs', 'statutory']],
      ['invalid_option', ['options', 'datum']],
      ['invalid_option', ['options', 'on']],
      ['invalid_option', ['options', 'subForms']],
    ]);
    expect(error.issues[1]?.message.en).toContain(
      "Allowed: 'overleg', 'uitvoering', 'personeel', 'middelen', 'bestuur' or 'organisatie'.",
    );
    expect(error.issues[2]?.message.en).toContain("Did you mean 'po'");
    expect(error.issues[6]?.message.en).toContain("one of 'include', 'exclude', 'only'");
  });

  it('rejects needs that are not an object and lists that are not lists', () => {
    expect(caught(() => recommendForms(undefined as never)).issues[0]?.path).toEqual(['needs']);
    expect(caught(() => recommendForms(['overleg'] as never)).issues[0]?.path).toEqual(['needs']);
    const error = caught(() => recommendForms({ share: 'overleg', sectors: 'po' } as never));
    expect(error.issues.map((issue) => issue.path)).toEqual([
      ['needs', 'share'],
      ['needs', 'sectors'],
    ]);
    expect(error.issues[1]?.message.en).toContain('a list of education sector');
  });
});

describe('recommendForms documentation', () => {
  it('gives the results shown in its example', () => {
    // In po, sharing these four while keeping the legal entity: the lightest is integration 2, and
    // samenwerking-ondersteuning (position 10) shares exactly these four.
    const result = recommendForms({
      share: ['overleg', 'uitvoering', 'personeel', 'middelen'],
      keepLegalEntity: true,
      sectors: ['po'],
    });
    expect(result.best).toBe('samenwerking-ondersteuning');
    expect(result.candidates[0]?.excess).toEqual([]);
    const merger = recommendForms(
      { share: ['organisatie'], sectors: ['po'], pupils: 420 },
      { on: '2026-03-15', subForms: false },
    );
    expect(merger.best).toBe('scholenfusie');
    expect(merger.candidates[0]?.entails.fusietoets[0]?.route).toBe('niet-toetsplichtig');
  });
});
