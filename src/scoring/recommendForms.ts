import {
  type FieldReader,
  readBooleanField,
  readCatalogueId,
  readChoiceField,
  readDateField,
  readObject,
  readOptions,
  readWholeNumberField,
  rejectField,
  throwIfIssues,
} from '../arguments/argumentReader.js';
import { forms as catalogueForms } from '../catalogue/data/forms.js';
import type { FormId } from '../catalogue/ids/forms.js';
import type { SectorId } from '../catalogue/ids/sectors.js';
import { sectorIds } from '../catalogue/ids/sectors.js';
import type { CollaborationForm, FormCategory, IntegrationLevel, Sharing } from '../catalogue/types.js';
import type { Issue } from '../errors/SamenwerkingError.js';
import { catalogueLists } from '../i18n/catalogueLists/catalogueLists.js';
import { copyText } from '../i18n/copyText.js';
import { expectedArguments } from '../i18n/expectedArguments/expectedArguments.js';
import { formFindings } from '../i18n/formFindings/formFindings.js';
import { fusietoetsFindings } from '../i18n/fusietoetsFindings/fusietoetsFindings.js';
import { joinLabels } from '../i18n/joinLabels.js';
import type { LocalisedText } from '../i18n/LocalisedText.js';
import { classifyFusietoets, type FusietoetsClassification, type MergerKind } from './classifyFusietoets.js';

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
  const value = reader.fields[name];
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    rejectField(reader, [name], value, expectedArguments.listOf(item));
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
  const reader = readObject(
    needs,
    {
      path: ['needs'],
      name: ['needs'],
      known: NEED_FIELDS,
      expected: formFindings.expectedNeeds,
      optional: false,
      holds: 'fields',
    },
    issues,
  );
  const share = readList(reader, 'share', formFindings.expectedSharing(), (value, index) => {
    if (typeof value === 'string' && (SHARING as readonly string[]).includes(value)) return value as Sharing;
    rejectField(reader, ['share', index], value, formFindings.expectedSharing());
    return undefined;
  });
  const sectors = readList(reader, 'sectors', catalogueLists.entry('sectors'), (value, index) =>
    readCatalogueId(issues, ['needs', 'sectors', index], value, sectorIds, 'sectors'),
  );
  return {
    share,
    keepLegalEntity: readBooleanField(reader, 'keepLegalEntity') ?? false,
    keepIdentity: readBooleanField(reader, 'keepIdentity') ?? false,
    mixedDenominations: readBooleanField(reader, 'mixedDenominations'),
    sectors,
    pupils: readWholeNumberField(reader, 'pupils', 0),
    schools: readWholeNumberField(reader, 'schools', 0),
    statutory: readChoiceField(reader, 'statutory', STATUTORY) ?? 'include',
  };
}

function labelsOf(items: readonly Sharing[]): LocalisedText {
  return joinLabels(items.map((item) => formFindings.sharing(item)));
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
    reasons.push({ criterion, met, message });
  };

  const text = formFindings;
  if (needs.share.length === 0) add('share', true, text.shareNothingWanted());
  else if (missing.length > 0) add('share', false, text.shareNotMet(labelsOf(missing)));
  else add('share', true, text.shareMet(labelsOf(needs.share), excess.length > 0 ? labelsOf(excess) : undefined));

  if (!needs.keepLegalEntity) add('keepLegalEntity', true, text.keepLegalEntityNotRequired());
  else if (form.transfersCompetentAuthority) add('keepLegalEntity', false, text.keepLegalEntityNotMet());
  else add('keepLegalEntity', true, text.keepLegalEntityMet());

  if (!needs.keepIdentity) add('keepIdentity', true, text.keepIdentityNotRequired());
  else if (profile === undefined || !profile.mergesSchools) add('keepIdentity', true, text.keepIdentityMet());
  else if (profile.identitySafeguard) add('keepIdentity', true, text.keepIdentitySafeguarded());
  else add('keepIdentity', false, text.keepIdentityNotMet());

  if (needs.mixedDenominations === undefined) add('mixedDenominations', true, text.mixedDenominationsUnknown());
  else if (needs.mixedDenominations) {
    if (form.combinesDenominations) add('mixedDenominations', true, text.mixedDenominationsCombines());
    else add('mixedDenominations', false, text.mixedDenominationsDoesNotCombine());
  } else if (profile?.requiresMixedDenominations === true) {
    add('mixedDenominations', false, text.mixedDenominationsRequiresMixed());
  } else add('mixedDenominations', true, text.mixedDenominationsSame());

  if (needs.sectors.length === 0) add('sectors', true, text.sectorsNotGiven());
  else if (form.sectors.length === 0) add('sectors', true, text.sectorsOpen());
  else {
    const outside = needs.sectors.filter((sector) => !form.sectors.includes(sector));
    if (outside.length === 0) add('sectors', true, text.sectorsMet(form.sectors));
    else add('sectors', false, text.sectorsNotMet(outside, form.sectors));
  }

  if (needs.statutory === 'exclude' && form.statutory) add('statutory', false, text.statutoryExcluded());
  else if (needs.statutory === 'only' && !form.statutory) add('statutory', false, text.statutoryVoluntaryExcluded());
  else add('statutory', true, form.statutory ? text.statutoryIncluded() : text.statutoryVoluntary());

  return reasons;
}

/** What choosing the form brings with it, with the Fusietoets route per sector when a date and sectors are known. */
function entailmentsOf(form: CollaborationForm, needs: CheckedNeeds, on: string | undefined): FormEntailments {
  const profile = MERGER_PROFILES[form.id];
  const participationCouncilConsent = form.transfersCompetentAuthority || form.shares.includes('bestuur');
  const identityCommittee = profile?.identitySafeguard === true;
  const notes: LocalisedText[] = [];
  if (form.newLegalEntity) notes.push(formFindings.entailsNewLegalEntity());
  if (form.transfersCompetentAuthority) notes.push(formFindings.entailsTransfersCompetentAuthority());
  if (form.statutory) notes.push(formFindings.entailsStatutory());
  if (form.fusietoets) notes.push(formFindings.entailsMergerConsent());
  else if (participationCouncilConsent) notes.push(formFindings.entailsGovernanceConsent());
  if (identityCommittee) notes.push(formFindings.entailsIdentityCommittee());

  const fusietoets: FusietoetsClassification[] = [];
  if (form.fusietoets && profile !== undefined) {
    const sectors =
      profile.sector === undefined
        ? needs.sectors.filter((sector) => form.sectors.length === 0 || form.sectors.includes(sector))
        : [profile.sector];
    if (on === undefined) notes.push(formFindings.entailsFusietoetsNeedsDate());
    else if (sectors.length === 0) notes.push(formFindings.entailsFusietoetsNeedsSector());
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
        notes.push(
          formFindings.entailsFusietoets(
            sector,
            on,
            fusietoetsFindings.route(classification.route),
            classification.uncertain,
          ),
        );
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
    notes,
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
  const issues: Issue[] = [];
  const checked = readNeeds(needs, issues);
  const reader = readOptions(options, OPTION_NAMES, issues);
  const on = readDateField(reader, 'on');
  const subForms = readBooleanField(reader, 'subForms');
  throwIfIssues(issues);

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
