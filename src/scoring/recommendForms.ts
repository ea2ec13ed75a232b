import type { FormId } from '../catalogue/data/forms.js';
import { forms as catalogueForms } from '../catalogue/data/forms.js';
import type { SectorId } from '../catalogue/data/sectors.js';
import { sectorIds } from '../catalogue/data/sectors.js';
import type { CollaborationForm, FormCategory, IntegrationLevel, LocalisedText, Sharing } from '../catalogue/types.js';
import type { Issue } from '../errors/SamenwerkingError.js';
import { classifyFusietoets, type FusietoetsClassification, type MergerKind } from './classifyFusietoets.js';
import { findingMessages, joinLabels, routeLabels, sharingLabels } from './findingMessages.js';
import {
  copyText,
  type FieldReader,
  readBoolean,
  readChoice,
  readFields,
  readId,
  readWholeNumber,
  reportField,
  throwIssues,
} from './internal.js';
import { readDate, readOptions, reportOption } from './options.js';

/**
 * Whether statutory forms (required by law, such as the samenwerkingsverband passend onderwijs) are candidates:
 * `include` (default) ranks them with the others, `exclude` makes them unfit, `only` makes every other form unfit.
 *
 * @category Scoring
 */
export type StatutoryPreference = 'include' | 'exclude' | 'only';

/**
 * What the partners want to share and what they must keep, as the input of {@link recommendForms}. Every field may
 * be left out; a field left out asks for nothing.
 *
 * @category Scoring
 */
export interface FormNeeds {
  /** What the partners want to share, from talking together (`overleg`) to becoming one organisation. */
  readonly share?: readonly Sharing[] | undefined;
  /** Whether every partner must stay its own legal entity and the competent authority (bevoegd gezag) for its schools. */
  readonly keepLegalEntity?: boolean | undefined;
  /** Whether every school must keep its own identity and denomination (richting). */
  readonly keepIdentity?: boolean | undefined;
  /** Whether openbaar (public) schools or boards take part next to bijzonder (denominational) ones. */
  readonly mixedDenominations?: boolean | undefined;
  /** The education sectors of the partners, catalogue sector ids. */
  readonly sectors?: readonly SectorId[] | undefined;
  /** The total number of pupils of the schools that would merge, for the Fusietoets; whole, 0 or more. */
  readonly pupils?: number | undefined;
  /** The number of schools of the boards that would merge, for the Fusietoets; whole, 0 or more. */
  readonly schools?: number | undefined;
  /** Whether statutory forms are candidates; default `include`. */
  readonly statutory?: StatutoryPreference | undefined;
}

/**
 * The options of {@link recommendForms}. Every option may be left out or set to `undefined` for its default.
 *
 * @category Scoring
 */
export interface RecommendFormsOptions {
  /** The date for the Fusietoets route of the merger forms, as a `Date` or `YYYY-MM-DD`; without it no route is given. */
  readonly on?: Date | string | undefined;
  /** Whether sub-forms (forms with a `parent`, such as the vso–vo variants) are candidates; default `true`. */
  readonly subForms?: boolean | undefined;
}

/**
 * A criterion a form is judged on; one per field group of {@link FormNeeds}.
 *
 * @category Scoring
 */
export type FormCriterion =
  | 'share'
  | 'keepLegalEntity'
  | 'keepIdentity'
  | 'mixedDenominations'
  | 'sectors'
  | 'statutory';

/**
 * Whether a form meets one criterion, and why.
 *
 * @category Scoring
 */
export interface FormFitReason {
  /** The criterion. */
  readonly criterion: FormCriterion;
  /** Whether the form meets it. */
  readonly met: boolean;
  /** Why, in one sentence. */
  readonly message: LocalisedText;
}

/**
 * What choosing a form brings with it.
 *
 * @category Scoring
 */
export interface FormEntailments {
  /** Whether a new legal entity is created. */
  readonly newLegalEntity: boolean;
  /** Whether the competent authority (bevoegd gezag) of a school moves to another body. */
  readonly transfersCompetentAuthority: boolean;
  /** Whether the law requires the form. */
  readonly statutory: boolean;
  /** Whether governance changes, so the participation councils (medezeggenschap) must consent or advise. */
  readonly participationCouncilConsent: boolean;
  /** Whether an identity committee is needed (a samenwerkingsschool). */
  readonly identityCommittee: boolean;
  /** The Fusietoets route per sector, for merger forms when a date and sectors are known; otherwise empty. */
  readonly fusietoets: readonly FusietoetsClassification[];
  /** All of the above in sentences a report can print. */
  readonly notes: readonly LocalisedText[];
}

/**
 * One catalogue form, judged against the needs.
 *
 * @category Scoring
 */
export interface FormCandidate {
  /** The form. */
  readonly form: FormId;
  /** The form's name. */
  readonly label: LocalisedText;
  /** The kind of form. */
  readonly category: FormCategory;
  /** How much the partners give up of their own steering, 0 to 5. */
  readonly integration: IntegrationLevel;
  /** The main form a sub-form belongs to, or `null` for a main form. */
  readonly parent: FormId | null;
  /** Whether the form meets every criterion. */
  readonly fits: boolean;
  /** One reason per criterion, in the order of {@link FormCriterion}. */
  readonly reasons: readonly FormFitReason[];
  /** What the partners want to share that the form does not share. */
  readonly missing: readonly Sharing[];
  /** What the form shares beyond what the partners want: a sign that it is heavier than needed. */
  readonly excess: readonly Sharing[];
  /** What choosing the form brings with it. */
  readonly entails: FormEntailments;
}

/**
 * The catalogue forms ranked for the needs.
 *
 * @category Scoring
 */
export interface FormRecommendation {
  /** The lightest fitting form, or `null` when none fits. */
  readonly best: FormId | null;
  /** Every candidate: fitting forms first, lightest first; then the others, fewest unmet criteria first. */
  readonly candidates: readonly FormCandidate[];
}

const NEED_FIELDS: readonly string[] = [
  'share',
  'keepLegalEntity',
  'keepIdentity',
  'mixedDenominations',
  'sectors',
  'pupils',
  'schools',
  'statutory',
];
const OPTION_NAMES: readonly string[] = ['on', 'subForms'];
const SHARING: readonly Sharing[] = ['overleg', 'uitvoering', 'personeel', 'middelen', 'bestuur', 'organisatie'];
const STATUTORY: readonly StatutoryPreference[] = ['include', 'exclude', 'only'];

/** What the catalogue does not say about a merger form: the kind of merger and what happens to the schools. */
interface MergerProfile {
  readonly kind: MergerKind;
  /** Whether schools become one school (or one goes up in another). */
  readonly mergesSchools: boolean;
  /** Whether an identity committee safeguards both denominations (WPO art. 17d). */
  readonly identitySafeguard: boolean;
  /** Whether the form needs at least one public and one denominational school. */
  readonly requiresMixedDenominations: boolean;
  /** Whether a board merger of public and denominational boards makes a samenwerkingsbestuur. */
  readonly jointBoard: boolean;
  /** The sector the Fusietoets is judged in, when the form fixes it. */
  readonly sector?: SectorId;
}

/**
 * The merger forms. `opheffing-vso-locatie` is a transfer of a vso school's maintenance, so a board merger in the vso
 * (the catalogue's reading of De Ambelt and the A12 definition).
 */
const MERGER_PROFILES: Readonly<Partial<Record<FormId, MergerProfile>>> = {
  scholenfusie: {
    kind: 'institutioneel',
    mergesSchools: true,
    identitySafeguard: false,
    requiresMixedDenominations: false,
    jointBoard: false,
  },
  samenwerkingsschool: {
    kind: 'institutioneel',
    mergesSchools: true,
    identitySafeguard: true,
    requiresMixedDenominations: true,
    jointBoard: false,
  },
  'bestuurlijke-fusie': {
    kind: 'bestuurlijk',
    mergesSchools: false,
    identitySafeguard: false,
    requiresMixedDenominations: false,
    jointBoard: true,
  },
  'opheffing-vso-locatie': {
    kind: 'bestuurlijk',
    mergesSchools: true,
    identitySafeguard: false,
    requiresMixedDenominations: false,
    jointBoard: false,
    sector: 'vso',
  },
};

/** Needs whose fields have been checked; sectors without repeats. */
interface CheckedNeeds {
  readonly share: readonly Sharing[];
  readonly keepLegalEntity: boolean;
  readonly keepIdentity: boolean;
  readonly mixedDenominations: boolean | undefined;
  readonly sectors: readonly SectorId[];
  readonly pupils: number | undefined;
  readonly schools: number | undefined;
  readonly statutory: StatutoryPreference;
}

/** Reads a list field whose items must each pass `readItem`; gives the usable items without repeats. */
function readList<Item extends string>(
  reader: FieldReader,
  name: string,
  item: LocalisedText,
  readItem: (value: unknown, index: number) => Item | undefined,
): Item[] {
  const value = reader.record[name];
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    reportField(reader, [name], value, findingMessages.allowed.list(item));
    return [];
  }
  const items: Item[] = [];
  value.forEach((entry: unknown, index) => {
    const read = readItem(entry, index);
    if (read !== undefined && !items.includes(read)) items.push(read);
  });
  return items;
}

function readNeeds(needs: unknown, issues: Issue[]): CheckedNeeds {
  const reader = readFields(needs, ['needs'], NEED_FIELDS, issues, findingMessages.allowed.needs, false);
  const share = readList(reader, 'share', findingMessages.allowed.sharing, (value, index) => {
    if (typeof value === 'string' && (SHARING as readonly string[]).includes(value)) return value as Sharing;
    reportField(reader, ['share', index], value, findingMessages.allowed.sharing);
    return undefined;
  });
  const sectors = readList(reader, 'sectors', findingMessages.lists.sector, (value, index) =>
    readId(issues, ['needs', 'sectors', index], value, sectorIds, findingMessages.lists.sector),
  );
  return {
    share,
    keepLegalEntity: readBoolean(reader, 'keepLegalEntity') ?? false,
    keepIdentity: readBoolean(reader, 'keepIdentity') ?? false,
    mixedDenominations: readBoolean(reader, 'mixedDenominations'),
    sectors,
    pupils: readWholeNumber(reader, 'pupils', 0),
    schools: readWholeNumber(reader, 'schools', 0),
    statutory: readChoice(reader, 'statutory', STATUTORY) ?? 'include',
  };
}

function labelsOf(items: readonly Sharing[]): LocalisedText {
  return joinLabels(items.map((item) => sharingLabels[item]));
}

/** The six reasons of one form, in criterion order. */
function judge(
  form: CollaborationForm,
  needs: CheckedNeeds,
  missing: readonly Sharing[],
  excess: readonly Sharing[],
): FormFitReason[] {
  const profile = MERGER_PROFILES[form.id];
  const reasons: FormFitReason[] = [];
  const add = (criterion: FormCriterion, met: boolean, message: LocalisedText): void => {
    reasons.push({ criterion, met, message: copyText(message) });
  };

  if (needs.share.length === 0) add('share', true, findingMessages.share.nothingWanted);
  else if (missing.length > 0) add('share', false, findingMessages.share.notMet(labelsOf(missing)));
  else {
    add(
      'share',
      true,
      findingMessages.share.met(labelsOf(needs.share), excess.length > 0 ? labelsOf(excess) : undefined),
    );
  }

  const legal = findingMessages.keepLegalEntity;
  if (!needs.keepLegalEntity) add('keepLegalEntity', true, legal.notRequired);
  else if (form.transfersCompetentAuthority) add('keepLegalEntity', false, legal.notMet);
  else add('keepLegalEntity', true, legal.met);

  const identity = findingMessages.keepIdentity;
  if (!needs.keepIdentity) add('keepIdentity', true, identity.notRequired);
  else if (profile === undefined || !profile.mergesSchools) add('keepIdentity', true, identity.met);
  else if (profile.identitySafeguard) add('keepIdentity', true, identity.safeguarded);
  else add('keepIdentity', false, identity.notMet);

  const mixed = findingMessages.mixedDenominations;
  if (needs.mixedDenominations === undefined) add('mixedDenominations', true, mixed.unknown);
  else if (needs.mixedDenominations) {
    if (form.combinesDenominations) add('mixedDenominations', true, mixed.combines);
    else add('mixedDenominations', false, mixed.doesNotCombine);
  } else if (profile?.requiresMixedDenominations === true) add('mixedDenominations', false, mixed.requiresMixed);
  else add('mixedDenominations', true, mixed.sameDenomination);

  const sectors = findingMessages.sectors;
  if (needs.sectors.length === 0) add('sectors', true, sectors.notGiven);
  else if (form.sectors.length === 0) add('sectors', true, sectors.open);
  else {
    const outside = needs.sectors.filter((sector) => !form.sectors.includes(sector));
    if (outside.length === 0) add('sectors', true, sectors.met(form.sectors));
    else add('sectors', false, sectors.notMet(outside, form.sectors));
  }

  const statutory = findingMessages.statutory;
  if (needs.statutory === 'exclude' && form.statutory) add('statutory', false, statutory.statutoryExcluded);
  else if (needs.statutory === 'only' && !form.statutory) add('statutory', false, statutory.voluntaryExcluded);
  else add('statutory', true, form.statutory ? statutory.statutoryIncluded : statutory.voluntary);

  return reasons;
}

/** What choosing the form brings with it, with the Fusietoets route per sector when a date and sectors are known. */
function entailmentsOf(form: CollaborationForm, needs: CheckedNeeds, on: string | undefined): FormEntailments {
  const profile = MERGER_PROFILES[form.id];
  const participationCouncilConsent = form.transfersCompetentAuthority || form.shares.includes('bestuur');
  const identityCommittee = profile?.identitySafeguard === true;
  const notes: LocalisedText[] = [];
  const entails = findingMessages.entails;
  if (form.newLegalEntity) notes.push(entails.newLegalEntity);
  if (form.transfersCompetentAuthority) notes.push(entails.transfersCompetentAuthority);
  if (form.statutory) notes.push(entails.statutory);
  if (form.fusietoets) notes.push(entails.mergerConsent);
  else if (participationCouncilConsent) notes.push(entails.governanceConsent);
  if (identityCommittee) notes.push(entails.identityCommittee);

  const fusietoets: FusietoetsClassification[] = [];
  if (form.fusietoets && profile !== undefined) {
    const sectors =
      profile.sector === undefined
        ? needs.sectors.filter((sector) => form.sectors.length === 0 || form.sectors.includes(sector))
        : [profile.sector];
    if (on === undefined) notes.push(entails.fusietoetsNeedsDate);
    else if (sectors.length === 0) notes.push(entails.fusietoetsNeedsSector);
    else {
      for (const sector of sectors) {
        const classification = classifyFusietoets(
          {
            kind: profile.kind,
            sector,
            pupils: needs.pupils,
            schools: needs.schools,
            samenwerkingsbestuur: profile.jointBoard && needs.mixedDenominations === true,
            samenwerkingsschool: profile.identitySafeguard,
          },
          on,
        );
        fusietoets.push(classification);
        notes.push(entails.fusietoets(sector, on, routeLabels[classification.route], classification.uncertain));
      }
    }
  }
  return {
    newLegalEntity: form.newLegalEntity,
    transfersCompetentAuthority: form.transfersCompetentAuthority,
    statutory: form.statutory,
    participationCouncilConsent,
    identityCommittee,
    fusietoets,
    notes: notes.map(copyText),
  };
}

/**
 * Ranks the catalogue's collaboration forms for what the partners want to share and what they must keep: the
 * lightest form that meets every need comes first, and every candidate says why it fits or not and what it entails.
 *
 * @remarks
 * A form fits when it meets all six criteria: `share` (it shares everything wanted), `keepLegalEntity` (the competent
 * authority does not move), `keepIdentity` (schools do not become one school, unless an identity committee safeguards
 * both denominations, as in a samenwerkingsschool), `mixedDenominations` (`true`: the form combines openbaar and
 * bijzonder; `false`: the form does not need both, as a samenwerkingsschool does), `sectors` (every sector given is
 * among the form's sectors; a form without sectors is open to all) and `statutory` (per {@link StatutoryPreference}).
 * A need left out is met by every form, so adding a need never makes an unfit form fit. Order: fitting forms first, by
 * `integration` then catalogue order (the lightest fitting form first); then the others by the number of unmet
 * criteria, `integration` and catalogue order. Main forms and sub-forms are both candidates unless `subForms` is
 * `false`. For the merger forms (`fusietoets` in the catalogue) the Fusietoets route comes from
 * {@link classifyFusietoets} per sector given, on `options.on`; a board merger with `mixedDenominations` is a merger
 * into a samenwerkingsbestuur. `excess` names what a form shares beyond the wish: a sign it is heavier than needed.
 *
 * @param needs - What the partners want to share and must keep; it is not changed.
 * @param options - The date for the Fusietoets route and whether sub-forms are candidates.
 * @returns A new object with the lightest fitting form and every candidate, ranked, with reasons and entailments.
 * @throws {SamenwerkingError} `invalid_option` at `['needs', …]` when the needs are not an object, have an unknown
 *   field, a `share` item outside overleg, uitvoering, personeel, middelen, bestuur and organisatie, a flag that is
 *   not a boolean, a `pupils` or `schools` that is not a whole number of 0 or more, or a `statutory` other than
 *   include, exclude or only; at `['options', …]` for an unknown option, an invalid date or a non-boolean `subForms`.
 * @throws {SamenwerkingError} `unknown_id` at `['needs', 'sectors', i]` when a sector is not in the catalogue; the
 *   message suggests the closest ids.
 *
 * @example
 * ```ts
 * const result = recommendForms({
 *   share: ['overleg', 'uitvoering', 'personeel', 'middelen'],
 *   keepLegalEntity: true,
 *   sectors: ['po'],
 * });
 * result.best;
 * //=> 'samenwerking-ondersteuning'
 * result.candidates[0].excess;
 * //=> []
 * const merger = recommendForms(
 *   { share: ['organisatie'], sectors: ['po'], pupils: 420 },
 *   { on: '2026-03-15', subForms: false },
 * );
 * merger.best;
 * //=> 'scholenfusie'
 * merger.candidates[0].entails.fusietoets[0].route;
 * //=> 'niet-toetsplichtig'
 * ```
 * @category Scoring
 */
export function recommendForms(needs: FormNeeds, options?: RecommendFormsOptions): FormRecommendation {
  const reader = readOptions(options, OPTION_NAMES);
  const on = readDate(reader, 'on');
  const subForms = reader.record.subForms;
  if (subForms !== undefined && typeof subForms !== 'boolean') {
    reportOption(reader, ['subForms'], subForms, findingMessages.allowed.boolean);
  }
  const issues: Issue[] = [];
  const checked = readNeeds(needs, issues);
  throwIssues([...issues, ...reader.issues]);

  const ranked = catalogueForms
    .map((form, index) => ({ form, index }))
    .filter(({ form }) => subForms !== false || form.parent === undefined)
    .map(({ form, index }) => {
      const missing = checked.share.filter((item) => !form.shares.includes(item));
      const excess = form.shares.filter((item) => !checked.share.includes(item));
      const reasons = judge(form, checked, missing, excess);
      const unmet = reasons.filter((reason) => !reason.met).length;
      const candidate: FormCandidate = {
        form: form.id,
        label: copyText(form.label),
        category: form.category,
        integration: form.integration,
        parent: form.parent ?? null,
        fits: unmet === 0,
        reasons,
        missing,
        excess,
        entails: entailmentsOf(form, checked, on),
      };
      return { candidate, index, unmet };
    })
    .sort(
      (left, right) =>
        left.unmet - right.unmet ||
        left.candidate.integration - right.candidate.integration ||
        left.index - right.index,
    );
  const candidates = ranked.map((entry) => entry.candidate);
  return { best: candidates.find((candidate) => candidate.fits)?.form ?? null, candidates };
}
