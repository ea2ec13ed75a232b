import type * as z from 'zod';
import {
  ambitionStructure,
  collaborationKeys,
  collaborationStructure,
  eventStructure,
  partnerStructure,
  stakeholderStructure,
  walkCollaboration,
} from './collaborationFormat.js';
import { addToZodContext, isJsonObject, withKeyCheck } from './fields.js';
import { orThrow, type ParseOptions, type ParseResult, safeParseKind } from './parseDocument.js';
import type { Ambition, Collaboration, CollaborationEvent, Partner, Stakeholder } from './types.js';

export {
  collaborationKeys,
  collaborationRules,
  collaborationStructure,
  walkCollaboration,
} from './collaborationFormat.js';

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
export const PartnerSchema: z.ZodType<Partner> = withKeyCheck(partnerStructure, collaborationKeys.partner);

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
export const StakeholderSchema: z.ZodType<Stakeholder> = withKeyCheck(
  stakeholderStructure,
  collaborationKeys.stakeholder,
);

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
export const AmbitionSchema: z.ZodType<Ambition> = withKeyCheck(ambitionStructure, collaborationKeys.ambition);

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
export const EventSchema: z.ZodType<CollaborationEvent> = withKeyCheck(eventStructure, (value) =>
  isJsonObject(value) && typeof value.type === 'string' && Object.hasOwn(collaborationKeys.events, value.type)
    ? collaborationKeys.events[value.type]
    : undefined,
);

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
export const CollaborationSchema: z.ZodType<Collaboration> = collaborationStructure.superRefine((value, ctx) =>
  addToZodContext(walkCollaboration(value), ctx),
);

/**
 * Validates a collaboration document and returns it deeply frozen. Never throws.
 *
 * @param input - Any value, typically parsed JSON.
 * @param options - `maxIssues`: the most issues returned (100 by default); the last one then says how many there
 *   were in all (`too_many_issues`).
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
export function safeParseCollaboration(input: unknown, options?: ParseOptions): ParseResult<Collaboration> {
  return safeParseKind('collaboration', input, options);
}

/**
 * Validates a collaboration document and returns it deeply frozen.
 *
 * @param input - Any value, typically parsed JSON.
 * @param options - `maxIssues`: the most issues returned (100 by default); the last one then says how many there
 *   were in all (`too_many_issues`).
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
export function parseCollaboration(input: unknown, options?: ParseOptions): Collaboration {
  return orThrow(safeParseKind<Collaboration>('collaboration', input, options));
}
