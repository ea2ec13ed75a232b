import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { pitfallIds } from '../../src/catalogue/ids/pitfalls.js';
import { toIsoDate } from '../../src/internal/calendar.js';
import type {
  AgreementTopic,
  Collaboration,
  CollaborationEvent,
  Involvement,
  Partner,
  Stakeholder,
} from '../../src/schema/types.js';
import { detectPitfalls } from '../../src/scoring/index.js';

const RUNS = { numRuns: 1000 } as const;

const day = fc
  .date({ min: new Date(2000, 0, 1), max: new Date(2030, 11, 31), noInvalidDate: true })
  .map((date) => toIsoDate(date));

/** Valid collaboration documents with 2 to 16 partners and every optional part sometimes present. */
const collaborations: fc.Arbitrary<Collaboration> = fc.integer({ min: 2, max: 16 }).chain((count) => {
  const ids = Array.from({ length: count }, (_, index) => `p${index + 1}`);
  const partner = fc.constantFrom(...ids);
  const partners = fc
    .array(fc.constantFrom<Partner['type']>('gemeente', 'schoolbestuur', 'kinderopvang', 'welzijn'), {
      minLength: count,
      maxLength: count,
    })
    .map((types) =>
      types.map((type, index): Partner => ({ id: ids[index] as string, name: `Partner ${index + 1}`, type })),
    );
  const stakeholder = fc
    .tuple(
      fc.constantFrom<Stakeholder['group']>('gemeenteraad', 'schooldirecteuren', 'ouders', 'leraren'),
      fc.constantFrom<Involvement>('betrokken', 'geinformeerd', 'vertegenwoordigd', 'niet-betrokken'),
      fc.option(partner, { nil: undefined }),
    )
    .map(
      ([group, involvement, representedBy]): Stakeholder =>
        representedBy === undefined ? { group, involvement } : { group, involvement, representedBy },
    );
  const ambition = fc
    .tuple(fc.array(fc.constant('Uitgangspunt.'), { maxLength: 2 }), fc.subarray(ids))
    .map(([principles, contributors]) => ({
      statement: 'Samen verder.',
      principles,
      contributions: contributors.map((id) => ({ partner: id, type: 'overig' as const })),
    }));
  const interest = fc
    .tuple(partner, fc.boolean(), fc.boolean(), fc.boolean())
    .map(([id, documented, visibleToAll, shared]) => ({
      partner: id,
      statement: 'Belang.',
      documented,
      visibleToAll,
      shared,
    }));
  const agreement = fc
    .tuple(
      day,
      fc.subarray<AgreementTopic>(['structuur', 'processen', 'middelen', 'rollen', 'communicatie'], { minLength: 1 }),
    )
    .map(([date, covers]) => ({ subject: 'Afspraak', date, covers }));
  const event: fc.Arbitrary<CollaborationEvent> = fc.oneof(
    fc
      .tuple(day, fc.option(partner, { nil: undefined }))
      .map(
        ([date, id]): CollaborationEvent =>
          id === undefined ? { type: 'turnover', date } : { type: 'turnover', date, partner: id, role: 'wethouder' },
      ),
    fc.tuple(day, fc.boolean()).map(
      ([date, informed]): CollaborationEvent => ({
        type: 'public-announcement',
        date,
        partnersInformedFirst: informed,
      }),
    ),
    day.map((date): CollaborationEvent => ({ type: 'execution-start', date })),
  );
  return fc.record(
    {
      kind: fc.constant('collaboration' as const),
      schemaVersion: fc.constant(1 as const),
      id: fc.constant('samenwerking-test'),
      name: fc.constant('Samenwerking'),
      themes: fc.constant(['ikc' as const]),
      form: fc.constant('netwerk' as const),
      startDate: day,
      partners,
      stakeholders: fc.uniqueArray(stakeholder, { maxLength: 5, selector: (entry) => entry.group }),
      ambition,
      interests: fc.array(interest, { maxLength: 6 }),
      agreements: fc.array(agreement, { maxLength: 3 }),
      events: fc.array(event, { maxLength: 6 }),
    },
    { requiredKeys: ['kind', 'schemaVersion', 'id', 'name', 'themes', 'form', 'partners'], noNullPrototype: true },
  );
});

describe('detectPitfalls laws', () => {
  test.prop([collaborations], RUNS)('never changes its input', (collaboration) => {
    const before = structuredClone(collaboration);
    detectPitfalls(collaboration);
    expect(collaboration).toStrictEqual(before);
  });

  test.prop([collaborations], RUNS)('reports each pitfall at most once, in catalogue order', (collaboration) => {
    const order = detectPitfalls(collaboration).map((finding) => pitfallIds.indexOf(finding.pitfall));
    expect(order).toStrictEqual([...new Set(order)].sort((left, right) => left - right));
    expect(order).not.toContain(pitfallIds.indexOf('geen-klik'));
  });

  test.prop([collaborations], RUNS)('points every evidence item at what is really in the document', (collaboration) => {
    for (const finding of detectPitfalls(collaboration)) {
      expect(finding.evidence.length).toBeGreaterThan(0);
      expect(finding.message.nl.length).toBeGreaterThan(0);
      expect(finding.message.en.length).toBeGreaterThan(0);
      for (const item of finding.evidence) {
        switch (item.kind) {
          case 'partner':
            expect(collaboration.partners[item.index]?.id).toBe(item.partner);
            break;
          case 'stakeholder':
            expect(collaboration.stakeholders?.[item.index]?.group).toBe(item.group);
            break;
          case 'interest':
            expect(collaboration.interests?.[item.index]?.partner).toBe(item.partner);
            break;
          case 'event':
            expect(collaboration.events?.[item.index]?.date).toBe(item.date);
            expect(collaboration.events?.[item.index]?.type).toBe(item.type);
            break;
          case 'agreement':
            expect(collaboration.agreements?.[item.index]?.date).toBe(item.date);
            break;
          case 'missing-stakeholder':
            expect(collaboration.stakeholders?.some((entry) => entry.group === item.group) ?? false).toBe(false);
            break;
          default:
            break;
        }
      }
    }
  });

  test.prop([collaborations], RUNS)(
    'uses the latest date in the document as the default reference date',
    (collaboration) => {
      const dates = [
        collaboration.startDate,
        collaboration.endDate,
        ...(collaboration.agreements ?? []).map((agreement) => agreement.date),
        ...(collaboration.events ?? []).map((event) => event.date),
      ].filter((date): date is string => date !== undefined);
      fc.pre(dates.length > 0);
      const latest = [...dates].sort().at(-1);
      expect(detectPitfalls(collaboration)).toStrictEqual(detectPitfalls(collaboration, { referenceDate: latest }));
    },
  );
});
