import { describe, expect, it } from 'vitest';
import { argumentIssues } from '../../src/i18n/argumentIssues/argumentIssues.js';
import { calendarIssues } from '../../src/i18n/calendarIssues/calendarIssues.js';
import { catalogueIdIssues } from '../../src/i18n/catalogueIdIssues/catalogueIdIssues.js';
import { inputIssues } from '../../src/i18n/inputIssues/inputIssues.js';
import type { LocalisedText } from '../../src/i18n/LocalisedText.js';
import { planIssues } from '../../src/i18n/planIssues/planIssues.js';
import { resultIssues } from '../../src/i18n/resultIssues/resultIssues.js';
import { scoringInput } from '../../src/i18n/scoringInput/scoringInput.js';
import { trendIssues } from '../../src/i18n/trendIssues/trendIssues.js';

/**
 * Every message of the issue groups below, rendered in both languages from the message functions themselves: each
 * must name where the problem is (the path, field, option or value it was given) and say what to do. A message added
 * to a group without a row here fails the first test of its group.
 */

/** One message: the arguments it is rendered with and the texts both languages must contain. */
interface Row {
  readonly args: readonly unknown[];
  readonly names: readonly string[];
}

type Group = Readonly<Record<string, (...args: never[]) => LocalisedText>>;

const text = (both: string): LocalisedText => ({ nl: both, en: both });

const groups: Readonly<Record<string, { readonly group: Group; readonly rows: Readonly<Record<string, Row>> }>> = {
  argumentIssues: {
    group: argumentIssues as unknown as Group,
    rows: {
      invalidOption: { args: ['bands.goed', 120, { nl: 'een getal', en: 'a number' }], names: ['bands.goed', '120'] },
      unknownOption: { args: ['minCoverge', ['minCoverage', 'bands'], ['minCoverage']], names: ['minCoverge'] },
      unknownWeightKey: {
        args: ['weights', 'ambitie.concrete', 'indicator', ['ambitie.concreet'], 'ambitie.concreet'],
        names: ['weights', 'ambitie.concrete'],
      },
      zeroFactorWeight: { args: ['weights', 'relatie'], names: ['weights', 'relatie'] },
      zeroFactorWeights: { args: ['factorWeights'], names: ['factorWeights'] },
    },
  },
  inputIssues: {
    group: inputIssues as unknown as Group,
    rows: {
      invalidArgument: { args: ['score', 'x', { nl: 'een score', en: 'a score' }], names: ["'score'", "'x'"] },
      unknownField: { args: ['merger', 'knd', ['kind'], ['kind']], names: ['merger', 'knd'] },
    },
  },
  scoringInput: {
    group: scoringInput as unknown as Group,
    rows: {
      invalidAssessment: {
        args: [{ kind: 'assessment', responses: 'x' }],
        names: ["'assessment'", 'safeParseAssessment(assessment)'],
      },
    },
  },
  calendarIssues: {
    group: calendarIssues as unknown as Group,
    rows: {
      invalidDate: { args: ['2026-02-30'], names: ['2026-02-30'] },
      invalidSchoolYear: { args: ['2025-2027'], names: ['2025-2027'] },
    },
  },
  catalogueIdIssues: {
    group: catalogueIdIssues as unknown as Group,
    rows: {
      unknownId: { args: ['pitfalls', 'geen-ambitei', ['geen-ambitie'], ['geen-ambitie']], names: ['geen-ambitei'] },
      retiredId: { args: ['oud-thema', 'nieuw-thema'], names: ['oud-thema', 'nieuw-thema'] },
    },
  },
  planIssues: {
    group: planIssues as unknown as Group,
    rows: {
      pitfallOfOtherFactor: {
        args: [text('Actie 3 (actions[2].pitfall)'), 'geen-ambitie', text('ambitie'), text('relatie')],
        names: ['Actie 3 (actions[2].pitfall)', 'geen-ambitie', 'ambitie', 'relatie'],
      },
      ownerNotAPartner: {
        args: [text('Actie 1 (actions[0].owner)'), 'gemeente-x', ['gemeente', 'bestuur']],
        names: ['Actie 1 (actions[0].owner)', 'gemeente-x', 'gemeente, bestuur'],
      },
      otherCollaboration: { args: ['ikc-noord', 'ikc-zuid'], names: ['ikc-noord', 'ikc-zuid'] },
    },
  },
  resultIssues: {
    group: resultIssues as unknown as Group,
    rows: {
      order: { args: ['factors', ['ambitie', 'belangen'], 1, 'relatie'], names: ['factors', "'relatie'"] },
      band: { args: ['factors[3]', 49.5, 'voldoende', 'onvoldoende'], names: ['factors[3]', "'voldoende'"] },
      bandWithoutScore: { args: ['overall'], names: ['overall'] },
      bandOrder: { args: [80, 60], names: ['80', '60'] },
      bottleneck: { args: ['ambitie', 'relatie'], names: ["'ambitie'", "'relatie'"] },
    },
  },
  trendIssues: {
    group: trendIssues as unknown as Group,
    rows: {
      dateOrder: {
        args: ['dates[2]', '2025-03-01', '2024-03-01'],
        names: ['dates[2]', "'2025-03-01'", "'2024-03-01'"],
      },
      pointCount: { args: ['factors[1].points', 2, 3], names: ['factors[1].points', '2', '3'] },
      pointDate: {
        args: ['overall.points[1].date', '2025-03-01', '2025-04-01'],
        names: ['overall.points[1].date', "'2025-03-01'", "'2025-04-01'"],
      },
      changeDate: {
        args: ['pitfallChanges[0].date', '2024-03-01', ['2025-03-01', '2026-03-01']],
        names: ['pitfallChanges[0].date', "'2024-03-01'", '2025-03-01'],
      },
      derived: {
        args: ['factors[3].direction', 'rising', 'falling'],
        names: ['factors[3].direction', "'rising'", "'falling'"],
      },
      overallSubject: { args: ['overall.subject', 'relatie'], names: ['overall.subject', "'relatie'"] },
    },
  },
};

/**
 * What a message says to do, per language: an instruction (a verb that starts a sentence) or the values that are
 * allowed there ("Allowed:", "Known options:", "Did you mean …?").
 */
const remedies: Readonly<Record<'nl' | 'en', RegExp>> = {
  nl: /(?:^|[.:?] )(?:Gebruik|Schrijf|Geef|Kies|Zet|Bereken|Laat|Voeg|Verwijder)\b|Toegestaan: |Bekende (?:opties|velden): |Bedoelde u /,
  en: /(?:^|[.:?] )(?:Use|Write|Pass|Give|Choose|Put|Compute|Leave|Add|Remove)\b|Allowed: |Known (?:options|fields): |Did you mean /,
};

describe.each(Object.entries(groups))('the messages of %s', (_, { group, rows }) => {
  it('each have a row here', () => {
    expect(Object.keys(rows).sort()).toEqual(Object.keys(group).sort());
  });

  it.each(Object.keys(group))('%s names the place and says what to do, in Dutch and English', (name) => {
    const row = rows[name] as Row;
    const message = (group[name] as (...args: unknown[]) => LocalisedText)(...row.args);
    expect(message.nl).not.toBe(message.en);
    for (const language of ['nl', 'en'] as const) {
      const sentence = message[language];
      expect(sentence, language).not.toMatch(/undefined|\[object Object\]|NaN/);
      expect(sentence, language).toMatch(/[.?]$/);
      for (const needle of row.names) expect(sentence, `${language}: ${needle}`).toContain(needle);
      expect(sentence, language).toMatch(remedies[language]);
    }
  });
});

describe('the remedy check', () => {
  it('refuses a message that only states the problem', () => {
    expect('Field x: the band is null.').not.toMatch(remedies.en);
    expect('Veld x: de band is null.').not.toMatch(remedies.nl);
    expect('Field x: wrong. Compute it again.').toMatch(remedies.en);
  });
});
