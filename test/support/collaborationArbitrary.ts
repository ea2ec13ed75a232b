/**
 * A fast-check arbitrary for valid collaboration documents: every id a slug, every catalogue id known, every
 * partner reference resolving, dates real and in order.
 */
import { fc } from '@fast-check/vitest';
import {
  factorIds,
  formIds,
  partnerTypeIds,
  sectorIds,
  stageIds,
  stakeholderGroupIds,
  themeIds,
} from '../../src/catalogue/index.js';
import type { Collaboration } from '../../src/schema/index.js';

const slug = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/);
const words = fc.string({ minLength: 1, maxLength: 40 }).filter((value) => value.trim() !== '');
const isoDate = fc
  .date({ min: new Date(1990, 0, 1), max: new Date(2040, 11, 31), noInvalidDate: true })
  .map(
    (date) =>
      `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`,
  );
/** Keys the library rejects anywhere, also inside x- values, because they can change an object's prototype. */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const hasForbiddenKey = (value: unknown): boolean =>
  value !== null &&
  typeof value === 'object' &&
  Object.entries(value).some(([key, item]) => FORBIDDEN.has(key) || hasForbiddenKey(item));
const extension = fc.dictionary(
  fc.stringMatching(/^x-[a-z]{1,6}$/),
  fc
    .jsonValue({ maxDepth: 2 })
    .map((value) => JSON.parse(JSON.stringify(value)) as unknown)
    .filter((value) => !hasForbiddenKey(value)),
  { maxKeys: 2 },
);

export const collaborationArbitrary: fc.Arbitrary<Collaboration> = fc
  .record({
    id: slug,
    name: words,
    themes: fc.uniqueArray(fc.constantFrom(...themeIds), { minLength: 1, maxLength: 5 }),
    form: fc.constantFrom(...formIds),
    dates: fc.option(fc.tuple(isoDate, fc.option(isoDate, { nil: undefined })), { nil: undefined }),
    partnerIds: fc.uniqueArray(slug, { minLength: 2, maxLength: 8 }),
    partnerTypes: fc.array(fc.constantFrom(...partnerTypeIds), { minLength: 8, maxLength: 8 }),
    sector: fc.option(fc.constantFrom(...sectorIds), { nil: undefined }),
    pupils: fc.option(fc.nat({ max: 100_000 }), { nil: undefined }),
    groups: fc.uniqueArray(fc.constantFrom(...stakeholderGroupIds), { maxLength: 4 }),
    involvement: fc.constantFrom('betrokken', 'geinformeerd', 'vertegenwoordigd', 'niet-betrokken'),
    represented: fc.boolean(),
    ambition: fc.option(fc.record({ statement: words, principles: fc.array(words, { maxLength: 3 }) }), {
      nil: undefined,
    }),
    interestFlags: fc.array(fc.tuple(fc.boolean(), fc.boolean(), fc.boolean()), { maxLength: 4 }),
    eventDates: fc.array(
      fc.tuple(fc.constantFrom('turnover', 'public-announcement', 'execution-start'), isoDate, fc.boolean()),
      {
        maxLength: 4,
      },
    ),
    agreementDates: fc.array(
      fc.tuple(
        isoDate,
        fc.uniqueArray(fc.constantFrom('structuur', 'processen', 'middelen', 'rollen', 'communicatie')),
      ),
      {
        maxLength: 3,
      },
    ),
    factors: fc.uniqueArray(fc.tuple(fc.constantFrom(...factorIds), fc.constantFrom(0, 1, 2, 3)), {
      maxLength: 6,
      selector: ([factor]) => factor,
    }),
    stage: fc.option(fc.constantFrom(...stageIds), { nil: undefined }),
    rating: fc.option(fc.constantFrom('goed', 'voldoende', 'slecht'), { nil: undefined }),
    extensions: extension,
  })
  .map((value) => {
    const partners = value.partnerIds.map((id, index) => ({
      id,
      name: `Partner ${index + 1}`,
      type: value.partnerTypes[index % value.partnerTypes.length] as (typeof partnerTypeIds)[number],
      ...(index === 0 && value.sector !== undefined ? { sector: value.sector } : {}),
      ...(index === 1 && value.pupils !== undefined ? { pupils: value.pupils } : {}),
    }));
    const first = value.partnerIds[0] as string;
    const [start, end] = value.dates ?? [undefined, undefined];
    const document: Record<string, unknown> = {
      ...value.extensions,
      kind: 'collaboration',
      schemaVersion: 1,
      id: value.id,
      name: value.name,
      themes: value.themes,
      form: value.form,
      partners,
    };
    if (start !== undefined) document.startDate = start;
    if (start !== undefined && end !== undefined) document.endDate = [start, end].sort()[1]; // ISO dates sort as text: the later one
    if (value.groups.length > 0) {
      document.stakeholders = value.groups.map((group) => ({
        group,
        involvement: value.involvement,
        ...(value.represented ? { representedBy: first } : {}),
      }));
    }
    if (value.ambition !== undefined) {
      document.ambition = {
        ...value.ambition,
        contributions: [{ partner: first, type: 'financieel', amountEur: 1000 }],
      };
    }
    if (value.interestFlags.length > 0) {
      document.interests = value.interestFlags.map(([documented, visibleToAll, shared], index) => ({
        partner: value.partnerIds[index % value.partnerIds.length],
        statement: 'Een belang',
        documented,
        visibleToAll,
        shared,
      }));
    }
    if (value.eventDates.length > 0) {
      document.events = value.eventDates.map(([type, date, flag]) =>
        type === 'public-announcement'
          ? { type, date, partnersInformedFirst: flag }
          : { type, date, ...(flag ? { partner: first } : {}) },
      );
    }
    if (value.agreementDates.length > 0) {
      document.agreements = value.agreementDates.map(([date, covers]) => ({ subject: 'Afspraak', date, covers }));
    }
    if (value.factors.length > 0) document.factors = value.factors.map(([factor, strength]) => ({ factor, strength }));
    if (value.stage !== undefined) document.stage = value.stage;
    if (value.rating !== undefined) document.rating = value.rating;
    return document as unknown as Collaboration;
  });
