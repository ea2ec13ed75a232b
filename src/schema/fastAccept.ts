/**
 * Hand-written validators for the common case: a document that is valid. Each `accepts…` function says `true` only
 * when the value passes every rule of the parse functions (the snapshot bounds, the zod structure and the walker);
 * when it says `false`, the parse functions run the full pipeline, which finds the issues. So these functions may
 * reject more than necessary (they do for a key set to `undefined`, which the snapshot would drop), which only costs
 * time, but must never accept what the full pipeline rejects.
 *
 * Plain loops over the value, one pass, no paths, no issues, no copies: a few reused sets for unique ids and
 * partner references. Meant for plain data (the output of `JSON.parse`, a snapshot): a getter may be read twice.
 * The zod schemas stay the specification; the agreement tests in `test/schema/fastAccept.*` check these functions
 * against them, also on the sizes of lists read from the shipped JSON Schemas.
 */
import { factorIds } from '../catalogue/data/factors.js';
import { formIds } from '../catalogue/data/forms.js';
import { indicatorIds } from '../catalogue/data/indicators.js';
import { partnerTypeIds } from '../catalogue/data/partnerTypes.js';
import { sectorIds } from '../catalogue/data/sectors.js';
import { stageIds } from '../catalogue/data/stages.js';
import { stakeholderGroupIds } from '../catalogue/data/stakeholderGroups.js';
import { themeIds } from '../catalogue/data/themes.js';
import { daysInMonth } from '../internal/isoDate.js';
import { defaultLimits } from '../internal/snapshot.js';
import { denominations, MAX_NAME, MAX_TEXT, NOT_BLANK } from './fields.js';

/** A fast validator: `true` only for a valid document. */
export type Accept = (value: unknown) => boolean;

// The snapshot bounds, which the trusted path no longer checks separately.
const MAX_DEPTH = defaultLimits.maxDepth;
const MAX_NODES = defaultLimits.maxNodes;
const MAX_STRING = defaultLimits.maxStringLength;

// The sizes of the lists, as in CollaborationSchema.ts, AssessmentSchema.ts and PortfolioSchema.ts.
const MAX_THEMES = 30;
const MIN_PARTNERS = 2;
const MAX_PARTNERS = 500;
const MAX_STAKEHOLDERS = 100;
const MAX_PRINCIPLES = 100;
const MAX_ITEMS = 5000;
const MAX_COVERS = 5;
const MAX_RESPONSES = 10_000;
const MAX_COLLABORATIONS = 100_000;
const MAX_ASSESSMENTS = 1_000_000;
/** The deepest a collaboration's own objects go below it (ambition → contributions → contribution). */
const OWN_DEPTH = 4;

const themes: ReadonlySet<unknown> = new Set<unknown>(themeIds);
const forms: ReadonlySet<unknown> = new Set<unknown>(formIds);
const partnerTypes: ReadonlySet<unknown> = new Set<unknown>(partnerTypeIds);
const sectors: ReadonlySet<unknown> = new Set<unknown>(sectorIds);
const stages: ReadonlySet<unknown> = new Set<unknown>(stageIds);
const stakeholderGroups: ReadonlySet<unknown> = new Set<unknown>(stakeholderGroupIds);
const factors: ReadonlySet<unknown> = new Set<unknown>(factorIds);
const indicators: ReadonlySet<unknown> = new Set<unknown>(indicatorIds);
const denominationSet: ReadonlySet<unknown> = new Set<unknown>(denominations);
const involvements: ReadonlySet<unknown> = new Set<unknown>([
  'betrokken',
  'geinformeerd',
  'vertegenwoordigd',
  'niet-betrokken',
]);
const contributionTypes: ReadonlySet<unknown> = new Set<unknown>(['financieel', 'personeel', 'faciliteiten', 'overig']);
const topics: ReadonlySet<unknown> = new Set<unknown>(['structuur', 'processen', 'middelen', 'rollen', 'communicatie']);
const ratings: ReadonlySet<unknown> = new Set<unknown>(['goed', 'voldoende', 'slecht']);

/** Values seen so far, across one document: the snapshot counts them too. */
let nodes = 0;
/** Whether objects are frozen once they pass (only for data the library owns). */
let freezing = false;
/** The partner ids of the collaboration being checked. */
const partnerIds = new Set<string>();
/** Scratch set for the other unique lists. */
const seen = new Set<unknown>();

type Json = Record<string, unknown>;

/** Ends the check of an object or array that passed: frozen when freezing. */
function pass(value: object): true {
  if (freezing) Object.freeze(value);
  return true;
}

function isObject(value: unknown): value is Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function isExtension(key: string): boolean {
  return key.charCodeAt(0) === 120 && key.charCodeAt(1) === 45; // 'x-'
}

function isForbidden(key: string): boolean {
  return key === '__proto__' || key === 'constructor' || key === 'prototype';
}

/** Any JSON value within the snapshot bounds, without forbidden keys: the value of an `x-` key. */
function isJson(value: unknown, depth: number): boolean {
  switch (typeof value) {
    case 'string':
      return value.length <= MAX_STRING;
    case 'number':
      return Number.isFinite(value);
    case 'boolean':
      return true;
    case 'object': {
      if (value === null) return true;
      if (depth >= MAX_DEPTH) return false;
      if (Array.isArray(value)) {
        const length = value.length;
        nodes += length;
        for (let index = 0; index < length; index++) if (!isJson(value[index], depth + 1)) return false;
        return pass(value);
      }
      if (!isObject(value)) return false;
      for (const key in value) {
        nodes++;
        if (isForbidden(key) || !isJson(value[key], depth + 1)) return false;
      }
      return pass(value);
    }
    default:
      return false;
  }
}

function isCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57); // a-z, 0-9
}

/** A slug: `^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$`. */
function isSlug(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const last = value.length - 1;
  if (last < 0 || last > 63 || !isCode(value.charCodeAt(0)) || !isCode(value.charCodeAt(last))) return false;
  for (let index = 1; index < last; index++) {
    const code = value.charCodeAt(index);
    if (code !== 45 && !isCode(code)) return false;
  }
  return true;
}

/** Text that is not blank and has at most `max` code points (zod counts code points). */
function isText(value: unknown, max: number): boolean {
  if (typeof value !== 'string') return false;
  const units = value.length;
  if (units > max && (units > 2 * max || codePoints(value) > max)) return false;
  const first = value.charCodeAt(0);
  return (first > 32 && first < 127) || NOT_BLANK.test(value);
}

function codePoints(value: string): number {
  let count = value.length;
  for (let index = 0; index < value.length - 1; index++) {
    if ((value.charCodeAt(index) & 0xfc00) === 0xd800 && (value.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
      count--;
      index++;
    }
  }
  return count;
}

function digit(value: string, index: number): number {
  const code = value.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : Number.NaN;
}

/** An existing calendar date written `YYYY-MM-DD`. */
function isDate(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 10) return false;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const year = digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
  const month = digit(value, 5) * 10 + digit(value, 6);
  const day = digit(value, 8) * 10 + digit(value, 9);
  // NaN fails every comparison.
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function isCount(value: unknown): boolean {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

function isOneOf(values: ReadonlySet<unknown>, value: unknown): boolean {
  return typeof value === 'string' && values.has(value);
}

function isPartner(value: unknown): boolean {
  return typeof value === 'string' && partnerIds.has(value);
}

/** A list: an array of `min` to `max` items, counted. */
function isList(value: unknown, min: number, max: number): value is unknown[] {
  if (!Array.isArray(value) || value.length < min || value.length > max) return false;
  nodes += value.length;
  return true;
}

// --- Collaboration --------------------------------------------------------------------------------------------------

function partnerOk(partner: unknown, depth: number): boolean {
  if (!isObject(partner)) return false;
  let required = 0;
  for (const key in partner) {
    nodes++;
    const value = partner[key];
    switch (key) {
      case 'id':
        // Unique: the other lists refer to partners by id.
        if (!isSlug(value) || partnerIds.has(value as string)) return false;
        partnerIds.add(value as string);
        required |= 1;
        break;
      case 'name':
        if (!isText(value, MAX_NAME)) return false;
        required |= 2;
        break;
      case 'type':
        if (!isOneOf(partnerTypes, value)) return false;
        required |= 4;
        break;
      case 'sector':
        if (!isOneOf(sectors, value)) return false;
        break;
      case 'denomination':
        if (!isOneOf(denominationSet, value)) return false;
        break;
      case 'pupils':
      case 'schools':
        if (!isCount(value)) return false;
        break;
      default:
        if (!isExtension(key) || !isJson(value, depth + 1)) return false;
    }
  }
  return required === 7 && pass(partner);
}

/** Checks the partners and collects their ids, which must be unique. */
function partnersOk(partners: unknown, depth: number): boolean {
  partnerIds.clear();
  if (!isList(partners, MIN_PARTNERS, MAX_PARTNERS)) return false;
  for (let index = 0; index < partners.length; index++) if (!partnerOk(partners[index], depth + 1)) return false;
  return pass(partners);
}

function themesOk(list: unknown): boolean {
  if (!isList(list, 1, MAX_THEMES)) return false;
  seen.clear();
  for (let index = 0; index < list.length; index++) {
    const theme = list[index];
    if (!isOneOf(themes, theme) || seen.has(theme)) return false;
    seen.add(theme);
  }
  return pass(list);
}

function stakeholderOk(stakeholder: unknown, depth: number): boolean {
  if (!isObject(stakeholder)) return false;
  let required = 0;
  for (const key in stakeholder) {
    nodes++;
    const value = stakeholder[key];
    switch (key) {
      case 'group':
        if (!isOneOf(stakeholderGroups, value) || seen.has(value)) return false;
        seen.add(value);
        required |= 1;
        break;
      case 'involvement':
        if (!isOneOf(involvements, value)) return false;
        required |= 2;
        break;
      case 'representedBy':
        if (!isPartner(value)) return false;
        break;
      case 'note':
        if (!isText(value, MAX_TEXT)) return false;
        break;
      default:
        if (!isExtension(key) || !isJson(value, depth + 1)) return false;
    }
  }
  return required === 3 && pass(stakeholder);
}

function contributionOk(contribution: unknown, depth: number): boolean {
  if (!isObject(contribution)) return false;
  let required = 0;
  for (const key in contribution) {
    nodes++;
    const value = contribution[key];
    switch (key) {
      case 'partner':
        if (!isPartner(value)) return false;
        required |= 1;
        break;
      case 'type':
        if (!isOneOf(contributionTypes, value)) return false;
        required |= 2;
        break;
      case 'amountEur':
        if (typeof value !== 'number' || !(value >= 0) || value === Number.POSITIVE_INFINITY) return false;
        break;
      case 'description':
        if (!isText(value, MAX_TEXT)) return false;
        break;
      default:
        if (!isExtension(key) || !isJson(value, depth + 1)) return false;
    }
  }
  return required === 3 && pass(contribution);
}

function ambitionOk(ambition: unknown, depth: number): boolean {
  if (!isObject(ambition)) return false;
  let required = 0;
  for (const key in ambition) {
    nodes++;
    const value = ambition[key];
    switch (key) {
      case 'statement':
        if (!isText(value, MAX_TEXT)) return false;
        required |= 1;
        break;
      case 'principles':
        if (!isList(value, 0, MAX_PRINCIPLES)) return false;
        for (let index = 0; index < value.length; index++) if (!isText(value[index], MAX_TEXT)) return false;
        pass(value);
        break;
      case 'contributions':
        if (!isList(value, 0, MAX_ITEMS)) return false;
        for (let index = 0; index < value.length; index++) if (!contributionOk(value[index], depth + 2)) return false;
        pass(value);
        break;
      default:
        if (!isExtension(key) || !isJson(value, depth + 1)) return false;
    }
  }
  return required === 1 && pass(ambition);
}

function interestOk(interest: unknown, depth: number): boolean {
  if (!isObject(interest)) return false;
  let required = 0;
  for (const key in interest) {
    nodes++;
    const value = interest[key];
    switch (key) {
      case 'partner':
        if (!isPartner(value)) return false;
        required |= 1;
        break;
      case 'statement':
        if (!isText(value, MAX_TEXT)) return false;
        required |= 2;
        break;
      case 'documented':
        if (typeof value !== 'boolean') return false;
        required |= 4;
        break;
      case 'visibleToAll':
        if (typeof value !== 'boolean') return false;
        required |= 8;
        break;
      case 'shared':
        if (typeof value !== 'boolean') return false;
        required |= 16;
        break;
      default:
        if (!isExtension(key) || !isJson(value, depth + 1)) return false;
    }
  }
  return required === 31 && pass(interest);
}

function agreementOk(agreement: unknown, depth: number): boolean {
  if (!isObject(agreement)) return false;
  let required = 0;
  for (const key in agreement) {
    nodes++;
    const value = agreement[key];
    switch (key) {
      case 'subject':
        if (!isText(value, MAX_TEXT)) return false;
        required |= 1;
        break;
      case 'date':
        if (!isDate(value)) return false;
        required |= 2;
        break;
      case 'covers':
        if (!isList(value, 0, MAX_COVERS)) return false;
        for (let index = 0; index < value.length; index++) if (!isOneOf(topics, value[index])) return false;
        pass(value);
        required |= 4;
        break;
      default:
        if (!isExtension(key) || !isJson(value, depth + 1)) return false;
    }
  }
  return required === 7 && pass(agreement);
}

const TURNOVER = 1;
const ANNOUNCEMENT = 2;
const EXECUTION = 3;

function eventOk(event: unknown, depth: number): boolean {
  if (!isObject(event)) return false;
  const type = event.type;
  const variant =
    type === 'turnover'
      ? TURNOVER
      : type === 'public-announcement'
        ? ANNOUNCEMENT
        : type === 'execution-start'
          ? EXECUTION
          : 0;
  if (variant === 0) return false;
  let required = variant === ANNOUNCEMENT ? 4 : 0;
  for (const key in event) {
    nodes++;
    const value = event[key];
    switch (key) {
      case 'type':
        required |= 1;
        break;
      case 'date':
        if (!isDate(value)) return false;
        required |= 2;
        break;
      case 'partner':
        if (!isPartner(value)) return false;
        break;
      case 'note':
        if (!isText(value, MAX_TEXT)) return false;
        break;
      case 'role':
        if (variant !== TURNOVER || !isText(value, MAX_NAME)) return false;
        break;
      case 'partnersInformedFirst':
        if (variant !== ANNOUNCEMENT || typeof value !== 'boolean') return false;
        required &= ~4;
        break;
      default:
        if (!isExtension(key) || !isJson(value, depth + 1)) return false;
    }
  }
  return required === 3 && pass(event);
}

function factorOk(observation: unknown, depth: number): boolean {
  if (!isObject(observation)) return false;
  let required = 0;
  for (const key in observation) {
    nodes++;
    const value = observation[key];
    switch (key) {
      case 'factor':
        if (!isOneOf(factors, value) || seen.has(value)) return false;
        seen.add(value);
        required |= 1;
        break;
      case 'strength':
        if (value !== 0 && value !== 1 && value !== 2 && value !== 3) return false;
        required |= 2;
        break;
      case 'note':
        if (!isText(value, MAX_TEXT)) return false;
        break;
      default:
        if (!isExtension(key) || !isJson(value, depth + 1)) return false;
    }
  }
  return required === 3 && pass(observation);
}

/** Checks every item of a list with `check`, which gets the item's depth. */
function itemsOk(list: unknown, max: number, depth: number, check: (item: unknown, depth: number) => boolean): boolean {
  if (!isList(list, 0, max)) return false;
  for (let index = 0; index < list.length; index++) if (!check(list[index], depth + 1)) return false;
  return pass(list);
}

/** The id of the collaboration last accepted, for the portfolio. */
let collaborationId = '';

function collaborationOk(document: unknown, depth: number): boolean {
  if (!isObject(document) || depth + OWN_DEPTH >= MAX_DEPTH) return false;
  // The partners first: the other lists refer to them. Read once more below, as a key: it must be the same list.
  const partners = document.partners;
  if (!partnersOk(partners, depth + 1)) return false;
  let required = 0;
  let startDate: string | undefined;
  let endDate: string | undefined;
  for (const key in document) {
    nodes++;
    const value = document[key];
    switch (key) {
      case 'kind':
        if (value !== 'collaboration') return false;
        required |= 1;
        break;
      case 'schemaVersion':
        if (value !== 1) return false;
        required |= 2;
        break;
      case 'id':
        if (!isSlug(value)) return false;
        collaborationId = value as string;
        required |= 4;
        break;
      case 'name':
        if (!isText(value, MAX_NAME)) return false;
        required |= 8;
        break;
      case 'themes':
        if (!themesOk(value)) return false;
        required |= 16;
        break;
      case 'form':
        if (!isOneOf(forms, value)) return false;
        required |= 32;
        break;
      case 'partners':
        if (value !== partners) return false;
        required |= 64;
        break;
      case 'startDate':
        if (!isDate(value)) return false;
        startDate = value;
        break;
      case 'endDate':
        if (!isDate(value)) return false;
        endDate = value;
        break;
      case 'stakeholders':
        seen.clear();
        if (!itemsOk(value, MAX_STAKEHOLDERS, depth + 1, stakeholderOk)) return false;
        break;
      case 'ambition':
        if (!ambitionOk(value, depth + 1)) return false;
        break;
      case 'interests':
        if (!itemsOk(value, MAX_ITEMS, depth + 1, interestOk)) return false;
        break;
      case 'agreements':
        if (!itemsOk(value, MAX_ITEMS, depth + 1, agreementOk)) return false;
        break;
      case 'events':
        if (!itemsOk(value, MAX_ITEMS, depth + 1, eventOk)) return false;
        break;
      case 'factors':
        seen.clear();
        if (!itemsOk(value, factorIds.length, depth + 1, factorOk)) return false;
        break;
      case 'stage':
        if (!isOneOf(stages, value)) return false;
        break;
      case 'rating':
        if (!isOneOf(ratings, value)) return false;
        break;
      default:
        if (!isExtension(key) || !isJson(value, depth + 1)) return false;
    }
  }
  if (required !== 127) return false;
  if (startDate !== undefined && endDate !== undefined && endDate < startDate) return false;
  return pass(document);
}

// --- Assessment -----------------------------------------------------------------------------------------------------

/** The scale of the assessment being checked, and whether it has an answer that is not `null`. */
let scaleMin = 1;
let scaleMax = 5;
let answered = false;
/** In a portfolio: the collaborations by id, with their partner ids; and the partners of the current assessment. */
let portfolioPartners: ReadonlyMap<string, ReadonlySet<string>> | undefined;
let responsePartners: ReadonlySet<string> | undefined;

function scaleOk(scale: unknown, depth: number): boolean {
  if (!isObject(scale)) return false;
  let required = 0;
  for (const key in scale) {
    nodes++;
    const value = scale[key];
    switch (key) {
      case 'min':
        if (!Number.isSafeInteger(value)) return false;
        scaleMin = value as number;
        required |= 1;
        break;
      case 'max':
        if (!Number.isSafeInteger(value)) return false;
        scaleMax = value as number;
        required |= 2;
        break;
      default:
        if (!isExtension(key) || !isJson(value, depth + 1)) return false;
    }
  }
  return required === 3 && scaleMin < scaleMax && pass(scale);
}

function answersOk(answers: unknown): boolean {
  if (!isObject(answers)) return false;
  for (const key in answers) {
    nodes++;
    const value = answers[key];
    if (!indicators.has(key)) return false;
    if (value === null) continue;
    if (!Number.isSafeInteger(value) || (value as number) < scaleMin || (value as number) > scaleMax) return false;
    answered = true;
  }
  return pass(answers);
}

function responseOk(response: unknown, depth: number): boolean {
  if (!isObject(response)) return false;
  let required = 0;
  for (const key in response) {
    nodes++;
    const value = response[key];
    switch (key) {
      case 'respondent':
        if (!isSlug(value) || seen.has(value)) return false;
        seen.add(value);
        required |= 1;
        break;
      case 'partner':
        if (!isSlug(value) || (responsePartners !== undefined && !responsePartners.has(value as string))) return false;
        break;
      case 'answers':
        if (!answersOk(value)) return false;
        required |= 2;
        break;
      default:
        if (!isExtension(key) || !isJson(value, depth + 1)) return false;
    }
  }
  return required === 3 && pass(response);
}

function assessmentOk(document: unknown, depth: number): boolean {
  if (!isObject(document) || depth + OWN_DEPTH >= MAX_DEPTH) return false;
  // The scale first: the answers must lie within it. Read once more below, as a key: it must be the same object.
  const scale = document.scale;
  scaleMin = 1;
  scaleMax = 5;
  if (scale !== undefined && !scaleOk(scale, depth + 1)) return false;
  // In a portfolio, the collaboration first: response partners must be its partners.
  const collaboration = document.collaboration;
  if (portfolioPartners !== undefined) {
    responsePartners = portfolioPartners.get(collaboration as string);
    if (responsePartners === undefined) return false;
  }
  answered = false;
  let sawScale = false;
  let required = 0;
  for (const key in document) {
    nodes++;
    const value = document[key];
    switch (key) {
      case 'kind':
        if (value !== 'assessment') return false;
        required |= 1;
        break;
      case 'schemaVersion':
        if (value !== 1) return false;
        required |= 2;
        break;
      case 'collaboration':
        if (!isSlug(value) || value !== collaboration) return false;
        required |= 4;
        break;
      case 'date':
        if (!isDate(value)) return false;
        required |= 8;
        break;
      case 'scale':
        if (value !== scale || scale === undefined) return false;
        sawScale = true;
        break;
      case 'responses':
        seen.clear();
        if (!isList(value, 1, MAX_RESPONSES)) return false;
        for (let index = 0; index < value.length; index++) if (!responseOk(value[index], depth + 2)) return false;
        pass(value);
        required |= 16;
        break;
      default:
        if (!isExtension(key) || !isJson(value, depth + 1)) return false;
    }
  }
  return required === 31 && answered && sawScale === (scale !== undefined) && pass(document);
}

// --- Portfolio ------------------------------------------------------------------------------------------------------

/** Checks the collaborations of a portfolio, with unique ids, and collects the partner ids of each. */
function collaborationsOk(list: unknown, byId: Map<string, ReadonlySet<string>>): boolean {
  if (!isList(list, 0, MAX_COLLABORATIONS)) return false;
  for (let index = 0; index < list.length; index++) {
    if (!collaborationOk(list[index], 2) || byId.has(collaborationId)) return false;
    byId.set(collaborationId, new Set(partnerIds));
  }
  return pass(list);
}

/** Checks the assessments of a portfolio, each of a collaboration in it and answered by its partners. */
function assessmentsOk(list: unknown, byId: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  if (!isList(list, 0, MAX_ASSESSMENTS)) return false;
  portfolioPartners = byId;
  for (let index = 0; index < list.length; index++) if (!assessmentOk(list[index], 2)) return false;
  portfolioPartners = undefined;
  return pass(list);
}

function portfolioOk(document: unknown, _depth: number): boolean {
  if (!isObject(document)) return false;
  // The lists first: assessments refer to collaborations. Read once more below, as keys: they must be the same.
  const collaborations = document.collaborations;
  const assessments = document.assessments;
  const byId = new Map<string, ReadonlySet<string>>();
  if (!collaborationsOk(collaborations, byId) || !assessmentsOk(assessments, byId)) return false;
  let required = 0;
  for (const key in document) {
    nodes++;
    const value = document[key];
    switch (key) {
      case 'kind':
        if (value !== 'portfolio') return false;
        required |= 1;
        break;
      case 'schemaVersion':
        if (value !== 1) return false;
        required |= 2;
        break;
      case 'name':
        if (!isText(value, MAX_NAME)) return false;
        required |= 4;
        break;
      case 'collaborations':
        if (value !== collaborations) return false;
        required |= 8;
        break;
      case 'assessments':
        if (value !== assessments) return false;
        required |= 16;
        break;
      default:
        if (!isExtension(key) || !isJson(value, 1)) return false;
    }
  }
  return required === 31 && pass(document);
}

// --- Entry points ---------------------------------------------------------------------------------------------------

function run(check: (document: unknown, depth: number) => boolean, value: unknown, freeze: boolean): boolean {
  nodes = 1;
  freezing = freeze;
  try {
    return check(value, 0) && nodes <= MAX_NODES;
  } catch {
    // Only a value that is not plain data can throw (a getter, a proxy): the full pipeline reports it.
    return false;
  } finally {
    freezing = false;
    portfolioPartners = undefined;
    responsePartners = undefined;
    partnerIds.clear();
    seen.clear();
  }
}

/**
 * Tells whether a value is a valid collaboration document by every rule of `safeParseCollaboration`. `false`
 * means "not sure": the full pipeline decides.
 */
export function acceptsCollaboration(value: unknown): boolean {
  return run(collaborationOk, value, false);
}

/** Tells whether a value is a valid assessment document by every rule of `safeParseAssessment`. */
export function acceptsAssessment(value: unknown): boolean {
  return run(assessmentOk, value, false);
}

/** Tells whether a value is a valid portfolio document by every rule of `safeParsePortfolio`. */
export function acceptsPortfolio(value: unknown): boolean {
  return run(portfolioOk, value, false);
}

const freezingAcceptors: ReadonlyMap<string, Accept> = new Map<string, Accept>([
  ['collaboration', (value) => run(collaborationOk, value, true)],
  ['assessment', (value) => run(assessmentOk, value, true)],
  ['portfolio', (value) => run(portfolioOk, value, true)],
]);

/**
 * The fast validator of a document kind, for the parse functions: like `accepts…`, and it freezes what it accepts
 * (every object and array, innermost first), so it must only get data the library owns: the output of
 * `JSON.parse` or a snapshot. On `false` the value may be partly frozen; a frozen part is always frozen all through.
 */
export function acceptorFor(kind: string): Accept | null {
  return freezingAcceptors.get(kind) ?? null;
}
