/**
 * Fast, seeded generators of valid documents for the benchmarks, where fast-check would be too slow (100,000
 * assessments) or where one document must grow (a collaboration with 10× the partners). The assessments have the
 * shape of `test/support/assessmentArbitrary.ts` as the benchmarks draw from it (`maxResponses: 20`, which
 * fast-check's default size draws as 1 to about 10): 1 to 11 responses, each indicator answered with chance 0.8,
 * an answer `null` with chance 0.1, a partner named in 5 of 6 responses, a stated scale in 5 of 6 documents.
 */
import type { Assessment, Collaboration } from '../src/schema/types.js';

/** A small, fast, seeded pseudo-random number generator (mulberry32): numbers from 0 up to 1. */
export function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const between = (random: () => number, min: number, max: number): number =>
  min + Math.floor(random() * (max - min + 1));
const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

/** The catalogue ids the generators need, passed in so that they come from the module under test. */
export interface Ids {
  readonly indicatorIds: readonly string[];
  readonly partnerTypeIds: readonly string[];
  readonly stakeholderGroupIds: readonly string[];
  readonly themeIds: readonly string[];
  readonly formIds: readonly string[];
}

const DEFAULT_PARTNERS = ['gemeente', 'bestuur-noord', 'bestuur-zuid'] as const;

/** One valid assessment, drawn from `random`. */
export function makeAssessment(
  random: () => number,
  ids: Ids,
  collaboration = 'samenwerking-test',
  partners: readonly string[] = DEFAULT_PARTNERS,
): Assessment {
  let stated: { min: number; max: number } | undefined;
  if (random() >= 1 / 6) {
    const min = between(random, -5, 5);
    stated = { min, max: min + between(random, 1, 10) };
  }
  const scale = stated ?? { min: 1, max: 5 };
  const count = between(random, 1, 11);
  let answered = false;
  const responses: { respondent: string; partner?: string; answers: Record<string, number | null> }[] = [];
  for (let index = 0; index < count; index++) {
    const answers: Record<string, number | null> = {};
    for (const indicator of ids.indicatorIds) {
      if (random() >= 0.8) continue;
      const value = random() < 0.1 ? null : between(random, scale.min, scale.max);
      answered ||= value !== null;
      answers[indicator] = value;
    }
    const partner = partners.length > 0 && random() < 5 / 6 ? pick(random, partners) : undefined;
    responses.push(
      partner === undefined
        ? { respondent: `r${index + 1}`, answers }
        : { respondent: `r${index + 1}`, partner, answers },
    );
  }
  if (!answered) {
    const first = responses[0];
    if (first !== undefined) first.answers[ids.indicatorIds[0] as string] = scale.min;
  }
  return {
    kind: 'assessment',
    schemaVersion: 1,
    collaboration,
    date: '2026-03-15',
    ...(stated === undefined ? {} : { scale: stated }),
    responses,
  } as unknown as Assessment;
}

/** `count` assessments, created one at a time and not kept: the caller decides what to hold on to. */
export function* streamAssessments(count: number, seed: number, ids: Ids): Generator<Assessment> {
  const random = randomFrom(seed);
  for (let index = 0; index < count; index++) yield makeAssessment(random, ids);
}

/** The day `offset` days after 1 January 2020, as YYYY-MM-DD. */
function dayAfter2020(offset: number): string {
  return new Date(Date.UTC(2020, 0, 1 + offset)).toISOString().slice(0, 10);
}

/**
 * One valid collaboration that grows with `partners`: per partner a contribution, an interest, an event and an
 * agreement, so that 10× the partners is 10× the document.
 */
export function largeCollaboration(partners: number, seed: number, ids: Ids): Collaboration {
  const random = randomFrom(seed);
  const partnerIds = Array.from({ length: partners }, (_, index) => `partner-${index + 1}`);
  return {
    kind: 'collaboration',
    schemaVersion: 1,
    id: `groot-${partners}`,
    name: `Samenwerking met ${partners} partners`,
    themes: ids.themeIds.slice(0, 3),
    form: ids.formIds[0],
    startDate: '2020-01-01',
    partners: partnerIds.map((id, index) => ({
      id,
      name: `Partner ${index + 1}`,
      type: pick(random, ids.partnerTypeIds),
    })),
    stakeholders: ids.stakeholderGroupIds.map((group, index) => ({
      group,
      involvement: 'vertegenwoordigd',
      representedBy: partnerIds[index % partners],
    })),
    ambition: {
      statement: 'Elk kind een doorlopende leerlijn in de eigen regio.',
      principles: ['Kind centraal', 'Samen beslissen'],
      contributions: partnerIds.map((partner) => ({
        partner,
        type: 'financieel',
        amountEur: between(random, 0, 9999),
      })),
    },
    interests: partnerIds.map((partner) => ({
      partner,
      statement: 'Genoeg leerlingen voor een volledig aanbod.',
      documented: random() < 0.5,
      visibleToAll: random() < 0.5,
      shared: random() < 0.5,
    })),
    agreements: partnerIds.map((_, index) => ({
      subject: `Afspraak ${index + 1}`,
      date: dayAfter2020(between(random, 0, 2000)),
      covers: ['rollen', 'middelen'],
    })),
    events: partnerIds.map((partner) => ({ type: 'turnover', date: dayAfter2020(between(random, 0, 2000)), partner })),
  } as unknown as Collaboration;
}
