import { isPlainObject, throwIfIssues } from '../arguments/argumentReader.js';
import { rejectArgument } from '../arguments/rejectArgument.js';
import type { FactorId } from '../catalogue/ids/factors.js';
import { type Issue, SamenwerkingError } from '../errors/SamenwerkingError.js';
import { expectedArguments } from '../i18n/expectedArguments/expectedArguments.js';
import { planTexts } from '../i18n/planTexts/planTexts.js';
import { isParsed } from '../internal/parsed.js';
import { suggestIds } from '../internal/suggest.js';
import { safeParseAssessment } from '../schema/AssessmentSchema.js';
import { safeParsePlan } from '../schema/PlanSchema.js';
import { plainCopy } from '../schema/parseDocument.js';
import type {
  ActionStatus,
  Assessment,
  Collaboration,
  CollaborationEvent,
  FactorObservation,
  Partner,
  Plan,
  PlanAction,
  Response,
} from '../schema/types.js';
import type { AssessmentDraft } from './AssessmentDraft.js';
import { updateAssessment } from './updateAssessment.js';
import { updateCollaboration } from './updateCollaboration.js';
import type { Draft } from './updateDocument.js';
import { updatePlan } from './updatePlan.js';

/**
 * Adds a partner to a collaboration.
 *
 * @param collaboration - The collaboration.
 * @param partner - The new partner; its id must not be in use yet.
 * @returns The new, validated collaboration.
 * @throws {SamenwerkingError} `duplicate_id` when the id is taken, `too_large` past 500 partners, or any issue of the
 *   partner itself (for example `unknown_id` for an unknown partner type).
 *
 * @example
 * ```ts
 * const larger = addPartner(collaboration, { id: 'ggd', name: 'GGD Noorderveld', type: 'zorg' });
 * [collaboration.partners.length, larger.partners.length];
 * //=> [4, 5]
 * ```
 * @category Update
 */
export function addPartner(collaboration: Collaboration, partner: Partner): Collaboration {
  return updateCollaboration(collaboration, (draft) => {
    // A copy: the document must not hold, and freeze, the caller's own object.
    draft.partners.push(plainCopy(partner, ['partners', draft.partners.length]) as Draft<Partner>);
  });
}

/**
 * Records an event in a collaboration; events are kept in the order they are recorded.
 *
 * @param collaboration - The collaboration.
 * @param event - The event: a turnover, a public announcement or the start of execution.
 * @returns The new, validated collaboration.
 * @throws {SamenwerkingError} `invalid_date` for a date that does not exist, `dangling_reference` for a partner that
 *   is not in the collaboration, or any other issue of the event.
 *
 * @example
 * ```ts
 * const later = recordEvent(collaboration, {
 *   type: 'turnover', date: '2026-05-01', partner: 'gemeente', role: 'wethouder',
 * });
 * [collaboration.events?.length, later.events?.length];
 * //=> [3, 4]
 * later.events?.at(-1);
 * //=> { type: 'turnover', date: '2026-05-01', partner: 'gemeente', role: 'wethouder' }
 * ```
 * @category Update
 */
export function recordEvent(collaboration: Collaboration, event: CollaborationEvent): Collaboration {
  return updateCollaboration(collaboration, (draft) => {
    draft.events ??= [];
    draft.events.push(plainCopy(event, ['events', draft.events.length]) as Draft<CollaborationEvent>);
  });
}

/**
 * Sets how strongly a promoting or hindering factor is present, replacing an earlier observation of the same
 * factor.
 *
 * @param collaboration - The collaboration.
 * @param factor - The catalogue factor.
 * @param strength - How strongly it is present: 0 (not) to 3 (strongly).
 * @param note - An optional remark.
 * @returns The new, validated collaboration.
 * @throws {SamenwerkingError} `unknown_id` for an unknown factor, `invalid_value` for a strength outside 0 to 3.
 *
 * @example
 * ```ts
 * collaboration.factors?.[1];
 * //=> { factor: 'gedeelde-visie', strength: 2 }
 * setFactorObservation(collaboration, 'gedeelde-visie', 3).factors?.[1];
 * //=> { factor: 'gedeelde-visie', strength: 3 }
 * ```
 * @category Update
 */
export function setFactorObservation(
  collaboration: Collaboration,
  factor: FactorId,
  strength: FactorObservation['strength'],
  note?: string,
): Collaboration {
  const given: FactorObservation = note === undefined ? { factor, strength } : { factor, strength, note };
  return updateCollaboration(collaboration, (draft) => {
    draft.factors ??= [];
    const index = draft.factors.findIndex((existing) => existing.factor === factor);
    const at = index === -1 ? draft.factors.length : index;
    const observation = plainCopy(given, ['factors', at]) as FactorObservation;
    if (index === -1) draft.factors.push(observation as Draft<FactorObservation>);
    else draft.factors[index] = observation as Draft<FactorObservation>;
  });
}

/**
 * Adds one respondent's answers to an assessment, or to a draft from `blankAssessment`, which thereby becomes a valid
 * assessment.
 *
 * @param assessment - The assessment, or a draft that holds no responses yet.
 * @param response - The response; its respondent id must not be in use yet.
 * @returns The new, validated assessment.
 * @throws {SamenwerkingError} `duplicate_id` when the respondent is taken, `unknown_id` for an unknown indicator or
 *   role, `too_small` or `too_big` for an answer outside the scale, and `too_small` when a draft's first response
 *   holds no answer that is not `null`.
 *
 * @example
 * ```ts
 * const more = addResponse(assessment, { respondent: 'r7', answers: { 'relatie.klik': 5 } });
 * [assessment.responses.length, more.responses.length];
 * //=> [6, 7]
 * ```
 * @category Update
 */
export function addResponse(assessment: Assessment | AssessmentDraft, response: Response): Assessment {
  const draft = blankDraftWith(assessment, response);
  if (draft !== undefined) {
    // A draft is no valid assessment yet, so it cannot be the base of an update: validate the draft with its response.
    const parsed = safeParseAssessment(draft);
    if (!parsed.success) throw parsed.error;
    return parsed.data;
  }
  return updateAssessment(assessment as Assessment, (draft) => {
    draft.responses.push(plainCopy(response, ['responses', draft.responses.length]) as Draft<Response>);
  });
}

/**
 * A blank draft (an object whose `responses` is an empty list, not parsed by the library) with the response as its
 * only one; `undefined` for anything else, which the update then checks and refuses with its issues.
 */
function blankDraftWith(value: unknown, response: unknown): object | undefined {
  if (isParsed(value) || !isPlainObject(value)) return undefined;
  try {
    const responses = value.responses;
    if (!Array.isArray(responses) || responses.length > 0) return undefined;
    return { ...value, responses: [response] };
  } catch {
    // A getter that throws: the update reads the value again and reports it.
    return undefined;
  }
}

/**
 * Adds an action to a plan, after the actions it has.
 *
 * @param plan - The plan.
 * @param action - The new action; its id must not be in use yet, and its pitfall (if any) must threaten its factor.
 * @returns The new, validated plan.
 * @throws {SamenwerkingError} `duplicate_id` when the id is taken, `invalid_value` for a pitfall of another factor or
 *   an unknown status, `unknown_id` for an unknown factor or pitfall, `too_large` past 1,000 actions, or any other
 *   issue of the action.
 *
 * @example
 * ```ts
 * const plan = parsePlan({ kind: 'plan', schemaVersion: 1, collaboration: 'spil-eindhoven', date: '2026-08-15', actions: [] });
 * const more = addAction(plan, {
 *   id: 'raad-informeren', title: 'Raad informeren over het plan', factor: 'belanghebbenden',
 *   pitfall: 'gemeenteraad-over-het-hoofd', due: '2026-11-01', status: 'gepland',
 * });
 * [plan.actions.length, more.actions.length];
 * //=> [0, 1]
 * ```
 * @category Update
 */
export function addAction(plan: Plan, action: PlanAction): Plan {
  return updatePlan(plan, (draft) => {
    draft.actions.push(action as Draft<PlanAction>);
  });
}

/**
 * Sets the status of one action of a plan, and optionally its note.
 *
 * @param plan - The plan.
 * @param action - The id of the action.
 * @param status - The new status: `gepland`, `bezig`, `gedaan` or `geschrapt`.
 * @param note - An optional remark that replaces the action's note.
 * @returns The new, validated plan; the same object when nothing changed.
 * @throws {SamenwerkingError} `unknown_id` (path `action`) when the plan has no action with that id, naming the
 *   closest ids; `invalid_value` for an unknown status; `invalid_argument` when `action` is not a text; any issue of
 *   the plan when it is not a valid plan.
 *
 * @example
 * ```ts
 * const plan = parsePlan({
 *   kind: 'plan', schemaVersion: 1, collaboration: 'spil-eindhoven', date: '2026-08-15',
 *   actions: [{ id: 'kennismaken', title: 'Kennismaken buiten het overleg', factor: 'relatie', status: 'gepland' }],
 * });
 * setActionStatus(plan, 'kennismaken', 'gedaan').actions[0]?.status;
 * //=> 'gedaan'
 * ```
 * @category Update
 */
export function setActionStatus(plan: Plan, action: string, status: ActionStatus, note?: string): Plan {
  const given: unknown = action;
  if (typeof given !== 'string') {
    const issues: Issue[] = [];
    rejectArgument(issues, 'action', given, expectedArguments.text());
    throwIfIssues(issues);
  }
  // A plan not made by the library is checked first, so that its actions can be read safely.
  let base = plan;
  if (!isParsed(plan)) {
    const parsed = safeParsePlan(plan);
    if (!parsed.success) throw parsed.error;
    base = parsed.data;
  }
  const ids = base.actions.map((entry) => entry.id);
  if (!ids.includes(action)) {
    throw new SamenwerkingError([
      { code: 'unknown_id', path: ['action'], message: planTexts.unknownAction(action, suggestIds(action, ids), ids) },
    ]);
  }
  return updatePlan(base, (draft) => {
    const entry = draft.actions.find((candidate) => candidate.id === action) as Draft<PlanAction>;
    entry.status = status;
    if (note !== undefined) entry.note = note;
  });
}
