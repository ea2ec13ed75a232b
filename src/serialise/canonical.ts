/**
 * Puts the keys of a document in the order of the format, so that the same document always serialises to the same
 * text: known keys in schema order, then `x-` keys sorted, with the keys inside `x-` values sorted too.
 */
import type * as z from 'zod';
import { indicatorIds } from '../catalogue/ids/indicators.js';
import { strategyFactorIds } from '../catalogue/ids/strategyFactors.js';
import { assessmentKeys } from '../schema/AssessmentSchema.js';
import { collaborationKeys } from '../schema/CollaborationSchema.js';
import { planKeys } from '../schema/PlanSchema.js';
import { portfolioKeys } from '../schema/PortfolioSchema.js';
import type { ResultKind } from '../schema/resultKinds.js';
import { resultFormats } from '../schema/results.js';
import { shapeKeys, variantOf } from '../schema/walkStructure.js';

type Order = (value: unknown) => unknown;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Sorts the keys of any JSON value, deeply: for values whose structure the format does not fix. */
export function sortedDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedDeep);
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) out[key] = sortedDeep(value[key]);
  return out;
}

function object(keys: readonly string[], children: Readonly<Record<string, Order>> = {}): Order {
  const known = new Set(keys);
  return (value) => {
    if (!isObject(value)) return value;
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      if (!Object.hasOwn(value, key)) continue;
      const child = Object.hasOwn(children, key) ? children[key] : undefined;
      out[key] = (child ?? sortedDeep)(value[key]);
    }
    for (const key of Object.keys(value)
      .filter((candidate) => !known.has(candidate))
      .sort()) {
      out[key] = sortedDeep(value[key]);
    }
    return out;
  };
}

function list(item: Order): Order {
  return (value) => (Array.isArray(value) ? value.map(item) : value);
}

const contribution = object(collaborationKeys.contribution);
const eventOrders = Object.fromEntries(
  Object.entries(collaborationKeys.events).map(([type, keys]) => [type, object(keys)]),
);

const collaboration = object(collaborationKeys.collaboration, {
  partners: list(object(collaborationKeys.partner)),
  stakeholders: list(object(collaborationKeys.stakeholder)),
  ambition: object(collaborationKeys.ambition, { contributions: list(contribution) }),
  interests: list(object(collaborationKeys.interest)),
  agreements: list(object(collaborationKeys.agreement)),
  events: list((event) => {
    if (!isObject(event)) return event;
    const type = String(event.type);
    return (Object.hasOwn(eventOrders, type) ? (eventOrders[type] as Order) : sortedDeep)(event);
  }),
  factors: list(object(collaborationKeys.factor)),
});

const assessment = object(assessmentKeys.assessment, {
  scale: object(assessmentKeys.scale),
  responses: list(object(assessmentKeys.response, { answers: object(indicatorIds) })),
});

const portfolio = object(portfolioKeys, { collaborations: list(collaboration), assessments: list(assessment) });

const plan = object(planKeys.plan, {
  targets: object(strategyFactorIds),
  actions: list(object(planKeys.action)),
});

/** The key order of each document kind. */
export const orderByKind: Readonly<Record<string, Order>> = { collaboration, assessment, portfolio, plan };

type Def = Readonly<Record<string, unknown>> & { readonly type: string };

/**
 * The key order of a value of a zod structure, read from the structure itself: for a stored result, whose format
 * fixes every object's keys. Known keys in the order of their part, `x-` keys sorted; records in the order of their
 * key list.
 */
function orderOfStructure(schema: z.core.$ZodType): Order {
  const def = schema._zod.def as unknown as Def;
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, z.core.$ZodType>;
      const children = Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, orderOfStructure(field)]));
      return object(shapeKeys(schema), children);
    }
    case 'optional':
    case 'nullable': {
      const inner = orderOfStructure(def.innerType as z.core.$ZodType);
      return (value) => (value === null || value === undefined ? value : inner(value));
    }
    case 'array':
      return list(orderOfStructure(def.element as z.core.$ZodType));
    case 'union': {
      const orders = new Map<z.core.$ZodType, Order>();
      return (value) => {
        if (!isObject(value)) return value;
        const variant = variantOf(schema, value);
        if (variant === undefined) return sortedDeep(value);
        let order = orders.get(variant);
        if (order === undefined) {
          order = orderOfStructure(variant);
          orders.set(variant, order);
        }
        return order(value);
      };
    }
    case 'record': {
      const keys = ((def.keyType as z.core.$ZodType)._zod.def as unknown as { entries: Record<string, string> })
        .entries;
      return object(Object.values(keys));
    }
    default:
      return (value) => value;
  }
}

const resultOrders = new Map<ResultKind, Order>();

/** The key order of a stored result kind, built on first use. */
export function resultOrder(kind: ResultKind): Order {
  let order = resultOrders.get(kind);
  if (order === undefined) {
    order = orderOfStructure((resultFormats.get(kind) as { structure: z.core.$ZodType }).structure);
    resultOrders.set(kind, order);
  }
  return order;
}
