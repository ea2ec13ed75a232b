/**
 * The format of a plan document (verbeterplan), written once: targets per strategy factor and the actions that
 * should reach them, with an owner, a due date and a status, and the rules that span fields (in code and in words).
 */
import * as z from 'zod';
import type { PathSegment } from '../errors/SamenwerkingError.js';
import { actionStatus, pitfallId, strategyFactorId } from './enums.js';
import {
  formatRegistry,
  formatVersion,
  isJsonObject,
  isoDate,
  name,
  part,
  type RuleIssue,
  slug,
  text,
} from './fields.js';
import { checkSectionKeys, EACH, type KeySection } from './keySections.js';
import { planRules } from './planRules.js';
import { edition } from './resultFields.js';
import type { Agrees, Assert } from './sameType.js';
import type { Plan, PlanAction } from './types.js';

/** The most actions in one plan. */
export const MAX_ACTIONS = 1000;

export { EDITION_PATTERN } from './resultFields.js';

const targetScore = z.number().min(0).max(100).register(formatRegistry, {
  id: 'TargetScore',
  description: 'A score to reach (streefscore) on the scale of the Berenschot score: a number from 0 to 100.',
});

const targets = z.partialRecord(strategyFactorId, targetScore).register(formatRegistry, {
  id: 'Targets',
  description: 'The target score (streefscore) per strategy factor, keyed by strategy factor id.',
});

const actionPart = part(
  'PlanAction',
  'One action (actie) of a plan: what will be done for which strategy factor, by whom and when.',
  {
    id: [slug, 'The id of the action within the plan.'],
    title: [name, 'What will be done, in a few words.'],
    factor: [strategyFactorId, 'The strategy factor the action should strengthen.'],
    pitfall: [pitfallId.exactOptional(), 'The pitfall (valkuil) the action tackles, one that threatens its factor.'],
    owner: [slug.exactOptional(), 'The id of the partner that carries the action (eigenaar), in the collaboration.'],
    due: [isoDate.exactOptional(), 'The date by which the action should be done (streefdatum).'],
    status: [actionStatus, 'How far the action is.'],
    note: [text.exactOptional(), 'A remark, free text (toelichting): for example the advice the action builds on.'],
  },
);

const planPart = part(
  'Plan',
  'An improvement plan (verbeterplan) of a collaboration: a target score per strategy factor and the actions that should reach them.',
  {
    kind: [z.literal('plan'), 'The document kind.'],
    schemaVersion: [formatVersion, 'The version of the document format.'],
    collaboration: [slug, 'The id of the collaboration the plan is for.'],
    date: [isoDate, 'The date the plan was made or last set.'],
    edition: [
      edition.exactOptional(),
      'The catalogue edition the plan was drafted with (for its pitfalls and advice).',
    ],
    targets: [targets.exactOptional(), 'The target score per strategy factor.'],
    actions: [z.array(actionPart).max(MAX_ACTIONS), 'The actions, in the order they are planned.'],
  },
);

/** The structure of a plan, without the rules that span fields. */
export const planStructure: z.ZodType<Plan> = planPart;
/** The structure of one action. */
export const planActionStructure: z.ZodType<PlanAction> = actionPart;

// Fails to compile when the format and its documented types differ, in either direction.
type _PlanAgrees = Assert<Agrees<Plan, z.output<typeof planPart>>>;

/** The keys of every object in a plan, in the order of the format (used for stable JSON output). */
export const planKeys: { readonly [part in 'plan' | 'action']: readonly string[] } = {
  plan: Object.keys(planPart.shape),
  action: Object.keys(actionPart.shape),
};

/**
 * The rules of a plan that span fields, in words: what {@link planRules} checks (the first two), what the functions
 * that take a plan and its collaboration check (the third), and what a JSON Schema cannot say. Shown in the JSON
 * Schemas and the docs.
 */
export const planRuleTexts: readonly string[] = [
  'Action ids (actions[].id) are unique.',
  'The pitfall of an action (actions[].pitfall) threatens the strategy factor of that action (actions[].factor), as the catalogue says.',
  'When a function is given both a plan and its collaboration, every actions[].owner names a partner of that collaboration.',
];

export { planRules } from './planRules.js';

/** The parts of a plan whose keys the walker checks, in the order it checks them. */
export const planKeySections: readonly KeySection[] = [
  { at: [], keys: planKeys.plan },
  { at: ['actions', EACH], keys: planKeys.action },
];

/** Checks every key of a plan and of its actions, and the rules that span fields. */
export function walkPlan(value: unknown, at: readonly PathSegment[] = []): RuleIssue[] {
  if (!isJsonObject(value)) return [];
  const issues = checkSectionKeys(value, planKeySections, at);
  issues.push(...planRules(value, at));
  return issues;
}
