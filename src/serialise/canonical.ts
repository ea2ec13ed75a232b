/**
 * Puts the keys of a document in the order of the format, so that the same document always serialises to the same
 * text: known keys in schema order, then `x-` keys sorted, with the keys inside `x-` values sorted too.
 */
import { indicatorIds } from '../catalogue/ids/indicators.js';
import { strategyFactorIds } from '../catalogue/ids/strategyFactors.js';
import { assessmentKeys } from '../schema/AssessmentSchema.js';
import { collaborationKeys } from '../schema/CollaborationSchema.js';
import { planKeys } from '../schema/PlanSchema.js';
import { portfolioKeys } from '../schema/PortfolioSchema.js';

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
