import * as z from 'zod';
import { factorIds } from '../catalogue/ids/factors.js';
import { formIds } from '../catalogue/ids/forms.js';
import { partnerTypeIds } from '../catalogue/ids/partnerTypes.js';
import { sectorIds } from '../catalogue/ids/sectors.js';
import { stageIds } from '../catalogue/ids/stages.js';
import { stakeholderGroupIds } from '../catalogue/ids/stakeholderGroups.js';
import { themeIds } from '../catalogue/ids/themes.js';
import type { PathSegment } from '../errors/SamenwerkingError.js';
import { catalogueLists } from '../i18n/catalogueLists/catalogueLists.js';
import { documentIssues } from '../i18n/documentIssues/documentIssues.js';
import { isCalendarDate } from '../internal/calendar.js';
import {
  addToZodContext,
  catalogueId,
  checkKeys,
  checkUnique,
  count,
  denominations,
  documentObject,
  isJsonObject,
  isoDate,
  name,
  type RuleIssue,
  slug,
  text,
  withKeyCheck,
} from './fields.js';
import { type ParseResult, parseWith, safeParseWith } from './parseDocument.js';
import type { Collaboration } from './types.js';

const partnerShape = {
  id: slug,
  name,
  type: catalogueId(partnerTypeIds, catalogueLists.entry('partnerTypes')),
  sector: catalogueId(sectorIds, catalogueLists.entry('sectors')).exactOptional(),
  denomination: z.enum(denominations).exactOptional(),
  pupils: count.exactOptional(),
  schools: count.exactOptional(),
};

/**
 * The schema of one partner of a collaboration.
 *
 * @example
 * ```ts
 * PartnerSchema.safeParse({ id: 'gemeente', name: 'Gemeente Eindhoven', type: 'gemeente' }).success;
 * //=> true
 * ```
 * @category Schemas
 */
export const PartnerSchema: z.ZodType<Collaboration['partners'][number]> = withKeyCheck(documentObject(partnerShape));

const stakeholderShape = {
  group: catalogueId(stakeholderGroupIds, catalogueLists.entry('stakeholderGroups')),
  involvement: z.enum(['betrokken', 'geinformeerd', 'vertegenwoordigd', 'niet-betrokken']),
  representedBy: slug.exactOptional(),
  note: text.exactOptional(),
};

/**
 * The schema of a stakeholder group and its involvement.
 *
 * @example
 * ```ts
 * StakeholderSchema.safeParse({ group: 'gemeenteraad', involvement: 'geinformeerd' }).success;
 * //=> true
 * ```
 * @category Schemas
 */
export const StakeholderSchema: z.ZodType<NonNullable<Collaboration['stakeholders']>[number]> = withKeyCheck(
  documentObject(stakeholderShape),
);

const contributionShape = {
  partner: slug,
  type: z.enum(['financieel', 'personeel', 'faciliteiten', 'overig']),
  amountEur: z.number().min(0).exactOptional(),
  description: text.exactOptional(),
};

const ambitionShape = {
  statement: text,
  principles: z.array(text).max(100).exactOptional(),
  contributions: z.array(documentObject(contributionShape)).max(5000).exactOptional(),
};

/**
 * The schema of the shared ambition, with principles and contributions.
 *
 * @example
 * ```ts
 * AmbitionSchema.safeParse({ statement: 'Elk kind een doorlopende leerlijn.', principles: ['Kind centraal'] }).success;
 * //=> true
 * ```
 * @category Schemas
 */
export const AmbitionSchema: z.ZodType<NonNullable<Collaboration['ambition']>> = withKeyCheck(
  documentObject(ambitionShape),
);

const interestShape = {
  partner: slug,
  statement: text,
  documented: z.boolean(),
  visibleToAll: z.boolean(),
  shared: z.boolean(),
};

const agreementTopics = ['structuur', 'processen', 'middelen', 'rollen', 'communicatie'] as const;

const agreementShape = {
  subject: text,
  date: isoDate,
  covers: z.array(z.enum(agreementTopics)).max(agreementTopics.length),
};

const eventShapes = {
  turnover: {
    type: z.literal('turnover'),
    date: isoDate,
    partner: slug.exactOptional(),
    role: name.exactOptional(),
    note: text.exactOptional(),
  },
  'public-announcement': {
    type: z.literal('public-announcement'),
    date: isoDate,
    partnersInformedFirst: z.boolean(),
    partner: slug.exactOptional(),
    note: text.exactOptional(),
  },
  'execution-start': {
    type: z.literal('execution-start'),
    date: isoDate,
    partner: slug.exactOptional(),
    note: text.exactOptional(),
  },
};

/**
 * The schema of an event: a change of key player, a public announcement, or the start of execution.
 *
 * @example
 * ```ts
 * EventSchema.safeParse({ type: 'public-announcement', date: '2018-03-01', partnersInformedFirst: false }).success;
 * //=> true
 * ```
 * @category Schemas
 */
export const EventSchema: z.ZodType<NonNullable<Collaboration['events']>[number]> = z.discriminatedUnion('type', [
  withKeyCheck(documentObject(eventShapes.turnover)),
  withKeyCheck(documentObject(eventShapes['public-announcement'])),
  withKeyCheck(documentObject(eventShapes['execution-start'])),
]);

const eventStructure = z.discriminatedUnion('type', [
  documentObject(eventShapes.turnover),
  documentObject(eventShapes['public-announcement']),
  documentObject(eventShapes['execution-start']),
]);

const factorObservationShape = {
  factor: catalogueId(factorIds, catalogueLists.entry('factors')),
  strength: z.literal([0, 1, 2, 3]),
  note: text.exactOptional(),
};

const collaborationShape = {
  kind: z.literal('collaboration'),
  schemaVersion: z.literal(1),
  id: slug,
  name,
  themes: z
    .array(catalogueId(themeIds, catalogueLists.entry('themes')))
    .min(1)
    .max(30),
  form: catalogueId(formIds, catalogueLists.entry('forms')),
  startDate: isoDate.exactOptional(),
  endDate: isoDate.exactOptional(),
  partners: z.array(documentObject(partnerShape)).min(2).max(500),
  stakeholders: z.array(documentObject(stakeholderShape)).max(100).exactOptional(),
  ambition: documentObject(ambitionShape).exactOptional(),
  interests: z.array(documentObject(interestShape)).max(5000).exactOptional(),
  agreements: z.array(documentObject(agreementShape)).max(5000).exactOptional(),
  events: z.array(eventStructure).max(5000).exactOptional(),
  factors: z.array(documentObject(factorObservationShape)).max(factorIds.length).exactOptional(),
  stage: catalogueId(stageIds, catalogueLists.entry('stages')).exactOptional(),
  rating: z.enum(['goed', 'voldoende', 'slecht']).exactOptional(),
};

/** The keys of every object in a collaboration, in the order of the format (used for stable JSON output). */
export const collaborationKeys: {
  readonly [part in
    | 'collaboration'
    | 'partner'
    | 'stakeholder'
    | 'ambition'
    | 'contribution'
    | 'interest'
    | 'agreement'
    | 'factor']: readonly string[];
} & { readonly events: { readonly [type: string]: readonly string[] } } = {
  collaboration: Object.keys(collaborationShape),
  partner: Object.keys(partnerShape),
  stakeholder: Object.keys(stakeholderShape),
  ambition: Object.keys(ambitionShape),
  contribution: Object.keys(contributionShape),
  interest: Object.keys(interestShape),
  agreement: Object.keys(agreementShape),
  factor: Object.keys(factorObservationShape),
  events: Object.fromEntries(Object.entries(eventShapes).map(([type, shape]) => [type, Object.keys(shape)])),
};
const allowedKeys = collaborationKeys;

function listAt(value: Record<string, unknown>, key: string): unknown[] {
  const list = value[key];
  return Array.isArray(list) ? list : [];
}

/**
 * Checks the rules that span fields of a collaboration: unique ids, partner references that resolve, and the date
 * order. Written defensively, so that it also runs on documents that are otherwise invalid.
 */
export function collaborationRules(value: unknown, at: readonly PathSegment[] = []): RuleIssue[] {
  if (!isJsonObject(value)) return [];
  const issues: RuleIssue[] = [];
  const partners = listAt(value, 'partners');
  issues.push(
    ...checkUnique<Record<string, unknown>>(
      partners,
      (partner) => partner.id,
      (index) => [...at, 'partners', index, 'id'],
    ),
    ...checkUnique<unknown>(
      listAt(value, 'themes'),
      (theme) => theme,
      (index) => [...at, 'themes', index],
    ),
    ...checkUnique<Record<string, unknown>>(
      listAt(value, 'factors'),
      (observation) => observation.factor,
      (index) => [...at, 'factors', index, 'factor'],
    ),
    ...checkUnique<Record<string, unknown>>(
      listAt(value, 'stakeholders'),
      (stakeholder) => stakeholder.group,
      (index) => [...at, 'stakeholders', index, 'group'],
    ),
  );
  const knownSet = new Set(
    partners.flatMap((partner) => (isJsonObject(partner) && typeof partner.id === 'string' ? [partner.id] : [])),
  );
  const known = [...knownSet];
  const reference = (item: unknown, key: string, path: readonly PathSegment[]): void => {
    if (!isJsonObject(item) || typeof item[key] !== 'string' || knownSet.has(item[key])) return;
    const refPath = [...path, key];
    issues.push({
      code: 'dangling_reference',
      path: refPath,
      message: documentIssues.danglingPartner(refPath, item[key], known),
    });
  };
  const references = (list: unknown[], key: string, base: readonly PathSegment[]): void => {
    for (const [index, item] of list.entries()) reference(item, key, [...base, index]);
  };
  references(listAt(value, 'stakeholders'), 'representedBy', [...at, 'stakeholders']);
  if (isJsonObject(value.ambition)) {
    references(listAt(value.ambition, 'contributions'), 'partner', [...at, 'ambition', 'contributions']);
  }
  references(listAt(value, 'interests'), 'partner', [...at, 'interests']);
  references(listAt(value, 'events'), 'partner', [...at, 'events']);
  const { startDate, endDate } = value;
  // Compared only between real dates: an invalid date is already reported, a second issue would only confuse.
  if (
    typeof startDate === 'string' &&
    typeof endDate === 'string' &&
    isCalendarDate(startDate) &&
    isCalendarDate(endDate) &&
    endDate < startDate
  ) {
    issues.push({
      code: 'date_order',
      path: [...at, 'endDate'],
      message: documentIssues.dateOrder(endDate, startDate),
    });
  }
  return issues;
}

/**
 * Checks every key of a collaboration and of the objects in it, and the rules that span fields. The walker behind
 * the parse functions: zod skips an object's own checks when one of its fields fails, this does not.
 */
export function walkCollaboration(value: unknown, at: readonly PathSegment[] = []): RuleIssue[] {
  if (!isJsonObject(value)) return [];
  const issues = checkKeys(value, allowedKeys.collaboration, at);
  const each = (key: string, allowed: readonly string[], base: readonly PathSegment[] = at, owner = value): void => {
    for (const [index, item] of listAt(owner, key).entries()) {
      issues.push(...checkKeys(item, allowed, [...base, key, index]));
    }
  };
  each('partners', allowedKeys.partner);
  each('stakeholders', allowedKeys.stakeholder);
  each('interests', allowedKeys.interest);
  each('agreements', allowedKeys.agreement);
  each('factors', allowedKeys.factor);
  for (const [index, event] of listAt(value, 'events').entries()) {
    const shape = isJsonObject(event) ? eventShapes[event.type as keyof typeof eventShapes] : undefined;
    if (shape !== undefined) issues.push(...checkKeys(event, Object.keys(shape), [...at, 'events', index]));
  }
  if (isJsonObject(value.ambition)) {
    issues.push(...checkKeys(value.ambition, allowedKeys.ambition, [...at, 'ambition']));
    each('contributions', allowedKeys.contribution, [...at, 'ambition'], value.ambition);
  }
  issues.push(...collaborationRules(value, at));
  return issues;
}

/**
 * The schema of a collaboration document (`kind: 'collaboration'`, `schemaVersion: 1`), with every rule of the
 * format: slugs, real dates, catalogue ids, sizes, unknown keys, unique ids, partner references and date order.
 *
 * @remarks
 * Usable on its own (it is Standard Schema compatible through zod) or inside your own zod schemas. The parse
 * functions add what zod alone cannot give: a plain, frozen copy, every issue at once, and our error codes.
 *
 * @example
 * ```ts
 * CollaborationSchema.safeParse({ kind: 'collaboration' }).success;
 * //=> false
 * ```
 * @category Schemas
 */
export const CollaborationSchema: z.ZodType<Collaboration> = documentObject(collaborationShape).superRefine(
  (value, ctx) => addToZodContext(walkCollaboration(value), ctx),
);

/** The structure alone, for the parse functions, which run the walker themselves. */
export const collaborationStructure: z.ZodType<Collaboration> = documentObject(collaborationShape);

/**
 * Validates a collaboration document and returns it deeply frozen. Never throws.
 *
 * @param input - Any value, typically parsed JSON.
 * @returns `{ success: true, data }` with a frozen copy of the document, or `{ success: false, error }` with every
 *   issue found.
 *
 * @example
 * ```ts
 * const result = safeParseCollaboration({ kind: 'collaboration', schemaVersion: 1, id: 'x' });
 * result.success;
 * //=> false
 * result.success || result.error.issues[0].code;
 * //=> 'invalid_type'
 * ```
 * @category Schemas
 */
export function safeParseCollaboration(input: unknown): ParseResult<Collaboration> {
  return safeParseWith(collaborationStructure, walkCollaboration, 'collaboration', input);
}

/**
 * Validates a collaboration document and returns it deeply frozen.
 *
 * @param input - Any value, typically parsed JSON.
 * @returns A frozen copy of the document.
 * @throws {SamenwerkingError} With every issue found: `invalid_type`, `unknown_key`, `unknown_id`, `duplicate_id`,
 *   `dangling_reference`, `date_order`, `invalid_date`, `too_large`, `unsupported_version` and the other codes.
 *
 * @example
 * ```ts
 * const collaboration = parseCollaboration({
 *   kind: 'collaboration', schemaVersion: 1, id: 'spil-eindhoven', name: 'SPIL-centra Eindhoven',
 *   themes: ['ikc'], form: 'netwerk',
 *   partners: [
 *     { id: 'gemeente', name: 'Gemeente Eindhoven', type: 'gemeente' },
 *     { id: 'skpo', name: 'SKPO', type: 'schoolbestuur' },
 *   ],
 * });
 * Object.isFrozen(collaboration.partners[0]);
 * //=> true
 * ```
 * @category Schemas
 */
export function parseCollaboration(input: unknown): Collaboration {
  return parseWith(collaborationStructure, walkCollaboration, 'collaboration', input);
}
