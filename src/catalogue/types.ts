/**
 * The shapes of the reference catalogue. Every list is plain, JSON-compatible data: entries refer to
 * each other by id, never by object, so the whole catalogue can be exported as JSON and checked
 * against `catalogue.json`.
 *
 * @module
 */

import type { CatalogueListName } from '../i18n/catalogueLists/listNames.js';
import type { LocalisedText } from '../i18n/LocalisedText.js';
import type { BenchmarkId } from './ids/benchmarks.js';
import type { BenefitId } from './ids/benefits.js';
import type { CompetenceId } from './ids/competences.js';
import type { CoordinatingRoleId } from './ids/coordinatingRoles.js';
import type { FactorId, factorCategories } from './ids/factors.js';
import type { FormId } from './ids/forms.js';
import type { IndicatorId } from './ids/indicators.js';
import type { LevelId } from './ids/levels.js';
import type { MappingId } from './ids/mappings.js';
import type { MotiveId } from './ids/motives.js';
import type { PartnerTypeId } from './ids/partnerTypes.js';
import type { PitfallId } from './ids/pitfalls.js';
import type { PortraitId } from './ids/portraits.js';
import type { ReasonId } from './ids/reasons.js';
import type { SectorId } from './ids/sectors.js';
import type { SourceId } from './ids/sources.js';
import type { StaffAttentionPointId } from './ids/staffAttentionPoints.js';
import type { StageId } from './ids/stages.js';
import type { StakeholderGroupId } from './ids/stakeholderGroups.js';
import type { StrategyFactorId } from './ids/strategyFactors.js';
import type { SuggestionId } from './ids/suggestions.js';
import type { SupportNeedId } from './ids/supportNeeds.js';
import type { ThemeId } from './ids/themes.js';
import type { TrainingRouteId } from './ids/trainingRoutes.js';

export type { Locale, LocalisedText } from '../i18n/LocalisedText.js';

/**
 * A citation of a catalogue source: one of the five reports, or an act or other publication outside them.
 *
 * @category Catalogue
 */
export interface SourceRef {
  /** The id of the cited source document. */
  readonly source: SourceId;
  /** The heading, table or figure of the source the entry draws on, as printed in the source; for an act, the article. */
  readonly section: string;
  /** The line range in the plain-text source of one of the five reports, for example `'L2845-L2894'`. */
  readonly lines?: string;
}

/**
 * A statement in Dutch and English with the sources it rests on, for statements that need their own citation (such
 * as a statement about the law).
 *
 * @category Catalogue
 */
export interface CitedText extends LocalisedText {
  /** The sources the statement rests on. */
  readonly sources: readonly SourceRef[];
}

/**
 * The fields every catalogue entry has.
 *
 * @typeParam Id - The literal union of the list's ids.
 * @category Catalogue
 */
export interface CatalogueEntry<Id extends string = string> {
  /** The stable id: a Dutch kebab-case slug that never changes meaning between editions. */
  readonly id: Id;
  /** The short name, used as a label in reports and user interfaces. */
  readonly label: LocalisedText;
  /** The explanation, written in our own words. */
  readonly description: LocalisedText;
  /** The source documents the entry rests on. */
  readonly sources: readonly SourceRef[];
  /** The remark on a conflict, gap or ambiguity in the sources, when there is one. */
  readonly note?: LocalisedText;
  /** The marker of an id that was retired in a later edition but stays resolvable. */
  readonly retired?: true;
  /** The id of the entry in the same list that replaces a retired one, when there is one. */
  readonly replacedBy?: Id;
}

/**
 * A source of the catalogue: one of the five reports, or an act, article or other publication outside them.
 *
 * @category Catalogue
 */
export interface Source extends CatalogueEntry<SourceId> {
  /** The title as printed on the document; for an act, its official name and the article. */
  readonly title: string;
  /** The organisation that published or wrote the document. */
  readonly publisher: string;
  /** The year of publication, or `null` when the document does not print one (or, for an article, when the current text is meant). */
  readonly year: number | null;
  /** The marker of a source outside the five reports (an act, an article or another publication); absent on the five reports. */
  readonly outsideReports?: true;
  /** The identifier of the act in the Dutch collection of legislation (wetten.overheid.nl), only where it is known for certain. */
  readonly bwbId?: string;
  /** The address where an outside source (an act, a regulator's page) is published; the five reports have none. */
  readonly url?: string;
}

/**
 * A samenwerkingsthema: a subject that partners collaborate on.
 *
 * @category Catalogue
 */
export interface Theme extends CatalogueEntry<ThemeId> {
  /** The broader theme this one falls under, when there is one. */
  readonly broader?: ThemeId;
  /** The themes that overlap with this one. */
  readonly related: readonly ThemeId[];
}

/**
 * The kind of a collaboration form.
 *
 * @category Catalogue
 */
export type FormCategory = 'regionaal-verband' | 'overleg' | 'uitvoering' | 'bestuurlijk' | 'fusie';

/**
 * How much of their own steering partners hand over: 0 for an informal network, 5 for a full merger.
 *
 * @category Catalogue
 */
export type IntegrationLevel = 0 | 1 | 2 | 3 | 4 | 5;

/**
 * Something partners can share through a form, from talking together to becoming one organisation.
 *
 * @category Catalogue
 */
export type Sharing = 'overleg' | 'uitvoering' | 'personeel' | 'middelen' | 'bestuur' | 'organisatie';

/**
 * A samenwerkingsvorm: a way of organising collaboration.
 *
 * @category Catalogue
 */
export interface CollaborationForm extends CatalogueEntry<FormId> {
  /** The kind of form. */
  readonly category: FormCategory;
  /** How much the partners give up of their own steering (0 informal network to 5 full merger). */
  readonly integration: IntegrationLevel;
  /** Whether the form creates a new legal entity. */
  readonly newLegalEntity: boolean;
  /** Whether the law requires the form. */
  readonly statutory: boolean;
  /** Whether the bevoegd gezag (competent authority) of a school moves to another body. */
  readonly transfersCompetentAuthority: boolean;
  /** Whether the merger test (Fusietoets) can apply. */
  readonly fusietoets: boolean;
  /** Whether openbaar and bijzonder onderwijs can take part in the form together. */
  readonly combinesDenominations: boolean;
  /** What the partners can share through the form. */
  readonly shares: readonly Sharing[];
  /** The sectors the form is meant for; empty when it is open to every sector. */
  readonly sectors: readonly SectorId[];
  /** The main form this one is a variant of, for sub-forms. */
  readonly parent?: FormId;
  /**
   * The law, regulation or government position the form rests on, as a statement with its own sources (an act or
   * article outside the five reports, or the lines of a report); absent when no source states one.
   */
  readonly legalBasis?: CitedText;
}

/**
 * Whether a factor helps (bevorderend) or hinders (belemmerend) collaboration.
 *
 * @category Catalogue
 */
export type Polarity = 'bevorderend' | 'belemmerend';

/**
 * The domain a bevorderende or belemmerende factor belongs to.
 *
 * @category Catalogue
 */
export type FactorCategory = (typeof factorCategories)[number];

/**
 * The three elements of the NSOB view on collaboration cited by the Overlegraad PO-VO.
 *
 * @category Catalogue
 */
export type NsobElement = 'individu' | 'structuur' | 'weefsel';

/**
 * A bevorderende or belemmerende factor: a force that helps or hinders collaboration.
 *
 * @category Catalogue
 */
export interface Factor extends CatalogueEntry<FactorId> {
  /** Whether the factor helps or hinders. */
  readonly polarity: Polarity;
  /** The domain the factor belongs to. */
  readonly category: FactorCategory;
  /** The strategy factors the factor bears on, most relevant first. */
  readonly strategyFactors: readonly StrategyFactorId[];
  /** The NSOB element the factor works through. */
  readonly nsob: NsobElement;
  /**
   * The default weight in the factor balance, by one rule for every source: 2 when one of the five reports itself puts
   * the factor first among the obstacles or success factors it reports (for the study as a whole, for one of its
   * themes or for one of its respondent groups), in its own words: the most important, the most frequently named,
   * named unanimously, or singled out from its list; otherwise 1. A factor that a report ranks second, names as one of
   * several together, that tops a table only in our own reading, or that a single interviewee calls the most important,
   * keeps 1. The note of every weight-2 factor names the report and the lines.
   */
  readonly weight: number;
  /** The Berenschot portraits in which the factor was named as a success factor. */
  readonly portraits: readonly PortraitId[];
}

/**
 * Where a strategy factor sits in the Berenschot strategy.
 *
 * @category Catalogue
 */
export type StrategyPhase = 'begin' | 'fundament' | 'relatie' | 'uitvoering' | 'doorlopend';

/**
 * One of the six factors of the Berenschot strategy for collaboration between municipality and education.
 *
 * @category Catalogue
 */
export interface StrategyFactor extends CatalogueEntry<StrategyFactorId> {
  /** The position in the strategy, 1 to 6. */
  readonly order: 1 | 2 | 3 | 4 | 5 | 6;
  /** The title as printed in the source, for example `'Betrek alle belanghebbenden'`. */
  readonly sourceTitle: string;
  /** Where the factor sits in the strategy. */
  readonly phase: StrategyPhase;
  /** The factors that should be in place first (a soft order: scoring warns, never blocks). */
  readonly prerequisites: readonly StrategyFactorId[];
  /** The self-assessment indicators of the factor, in order. */
  readonly indicators: readonly IndicatorId[];
  /** The pitfalls that threaten the factor. */
  readonly pitfalls: readonly PitfallId[];
}

/**
 * A self-assessment question under a strategy factor.
 *
 * @category Catalogue
 */
export interface Indicator extends CatalogueEntry<IndicatorId> {
  /** The strategy factor the indicator belongs to. */
  readonly factor: StrategyFactorId;
  /** The statement respondents rate on the assessment's scale. */
  readonly question: LocalisedText;
}

/**
 * A valkuil: the way a strategy factor typically goes wrong.
 *
 * @category Catalogue
 */
export interface Pitfall extends CatalogueEntry<PitfallId> {
  /** The strategy factor the pitfall threatens. */
  readonly factor: StrategyFactorId;
  /** The indicator whose low score signals the pitfall in an assessment. */
  readonly signal: IndicatorId;
  /** What the partners can do to avoid or repair it. */
  readonly advice: LocalisedText;
}

/**
 * A samenwerkingsstadium: how mature the relationship between the partners is.
 *
 * @category Catalogue
 */
export interface Stage extends CatalogueEntry<StageId> {
  /** The position on the scale, 0 (mistrust) to 4 (mature partnership). */
  readonly order: 0 | 1 | 2 | 3 | 4;
  /** Observable signs that a collaboration is in this stage. */
  readonly signs: readonly LocalisedText[];
  /** The Berenschot portraits that illustrate the stage. */
  readonly portraits: readonly PortraitId[];
}

/**
 * A reason why organisations do not collaborate.
 *
 * @category Catalogue
 */
export interface Reason extends CatalogueEntry<ReasonId> {
  /**
   * The factors that point to this reason: a belemmerende factor by being present, a bevorderende factor by being
   * absent (observed with strength 0).
   */
  readonly factors: readonly FactorId[];
}

/**
 * A type of partner organisation.
 *
 * @category Catalogue
 */
export interface PartnerType extends CatalogueEntry<PartnerTypeId> {
  /** Whether the partner belongs to the education sector itself. */
  readonly education: boolean;
}

/**
 * A group of people with a stake in a collaboration (strategy factor 1).
 *
 * @category Catalogue
 */
export interface StakeholderGroup extends CatalogueEntry<StakeholderGroupId> {}

/**
 * An education sector, from childcare to university.
 *
 * @category Catalogue
 */
export interface Sector extends CatalogueEntry<SectorId> {
  /** The position from young to old learners, starting at 0. */
  readonly order: number;
}

/**
 * An answer scale of whole numbers, for example 1 to 5.
 *
 * @category Catalogue
 */
export interface Scale {
  /** The lowest answer. */
  readonly min: number;
  /** The highest answer. */
  readonly max: number;
}

/**
 * A mean score printed in a source for a motive, with its context.
 *
 * @category Catalogue
 */
export interface MotiveScore {
  /** The respondent group, for example `'vso'` or `'swv-vo'`. */
  readonly group: string;
  /** The mean score exactly as printed (a decimal comma in the source becomes a point). */
  readonly mean: number;
  /** The number of respondents, when printed. */
  readonly n: number | null;
  /** The answer scale the mean is on. */
  readonly scale: Scale;
  /** The table the score comes from. */
  readonly table: string;
}

/**
 * A motive for collaborating.
 *
 * @category Catalogue
 */
export interface Motive extends CatalogueEntry<MotiveId> {
  /** The mean scores the sources print for the motive; empty when there are none. */
  readonly scores: readonly MotiveScore[];
}

/**
 * One row of a benchmark table.
 *
 * @category Catalogue
 */
export interface BenchmarkRow {
  /** A stable key for the row, unique within the benchmark. */
  readonly key: string;
  /** The row label in our words. */
  readonly label: LocalisedText;
  /** The value exactly as printed. */
  readonly value: number;
  /** The catalogue theme the row is about, when it is about one. */
  readonly theme?: ThemeId;
  /** The catalogue form the row is about, when it is about one. */
  readonly form?: FormId;
  /** The number of respondents behind this row, when it differs from the benchmark's. */
  readonly n?: number;
}

/**
 * A published survey figure, kept exactly as printed, to compare one's own figures with.
 *
 * @category Catalogue
 */
export interface Benchmark extends CatalogueEntry<BenchmarkId> {
  /** The year the data was collected or published. */
  readonly year: number;
  /** The number of respondents, or `null` when the source does not give it. */
  readonly n: number | null;
  /** Who was asked: the population the figures describe. */
  readonly base: LocalisedText;
  /** What the values are. */
  readonly unit: 'percentage' | 'count' | 'mean';
  /** The answer scale of a mean, when the unit is `'mean'`. */
  readonly scale?: Scale;
  /** The rows of the table. */
  readonly rows: readonly BenchmarkRow[];
}

/**
 * The frameworks the mappings connect.
 *
 * @category Catalogue
 */
export type Framework = 'berenschot' | 'kaats-opheij' | 'nsob';

/**
 * The five perspectives of Kaats & Opheij, as cited by the Overlegraad PO-VO.
 *
 * @category Catalogue
 */
export type KaatsOpheijPerspective = 'ambitie' | 'belangen' | 'relatie' | 'organisatie' | 'proces';

/**
 * The ids of the concepts of each framework.
 *
 * @category Catalogue
 */
export interface FrameworkConcepts {
  /** The six strategy factors. */
  readonly berenschot: StrategyFactorId;
  /** The five perspectives. */
  readonly 'kaats-opheij': KaatsOpheijPerspective;
  /** The three elements. */
  readonly nsob: NsobElement;
}

/**
 * A concept of one framework.
 *
 * @typeParam F - The framework.
 * @category Catalogue
 */
export interface ConceptRef<F extends Framework = Framework> {
  /** The framework the concept belongs to. */
  readonly framework: F;
  /** The id of the concept within its framework. */
  readonly id: FrameworkConcepts[F];
}

/**
 * How two concepts of different frameworks relate.
 *
 * @category Catalogue
 */
export type MappingRelationship = 'equal' | 'subset' | 'superset' | 'intersect';

/**
 * A link between a concept of one framework and a concept of another.
 *
 * @category Catalogue
 */
export interface Mapping extends CatalogueEntry<MappingId> {
  /** The concept the link starts from. */
  readonly from: ConceptRef<'berenschot'> | ConceptRef<'kaats-opheij'>;
  /** The concept the link points to. */
  readonly to: ConceptRef<'kaats-opheij'> | ConceptRef<'nsob'>;
  /** How `from` relates to `to`: `subset` means `from` covers part of `to`. */
  readonly relationship: MappingRelationship;
  /** One line on why the link holds. */
  readonly rationale: LocalisedText;
}

/**
 * A level at which schools and outside professionals collaborate (Arbeidsmarktplatform PO).
 *
 * @category Catalogue
 */
export interface Level extends CatalogueEntry<LevelId> {
  /** The position from individual to organisation, starting at 0. */
  readonly order: number;
}

/**
 * A competence that staff need to collaborate well with professionals outside education.
 *
 * @category Catalogue
 */
export interface Competence extends CatalogueEntry<CompetenceId> {}

/**
 * Who gains from a benefit of collaboration: the pupils, the school organisation, or the partners together
 * (the benefits that the Regioplan inventory finds across all themes).
 *
 * @category Catalogue
 */
export type Beneficiary = 'leerlingen' | 'schoolorganisatie' | 'samenwerking';

/**
 * Where a source names a benefit under one theme, and how many respondents did.
 *
 * @category Catalogue
 */
export interface BenefitMention {
  /** The theme under which respondents named the benefit. */
  readonly theme: ThemeId;
  /** How many of the respondents on that theme named it, in the source's own quantifier, or `null` when it gives none. */
  readonly frequency: LocalisedText | null;
}

/**
 * A benefit (opbrengst, pluspunt) that partners experience from collaborating.
 *
 * @category Catalogue
 */
export interface Benefit extends CatalogueEntry<BenefitId> {
  /** Who gains from it. */
  readonly beneficiary: Beneficiary;
  /** The themes under which respondents named it, with the share that did; empty for a benefit named across themes only. */
  readonly mentions: readonly BenefitMention[];
  /** The motives for collaborating that this benefit answers: what partners hope for when they start. */
  readonly motives: readonly MotiveId[];
}

/**
 * A suggestion of the Overlegraad PO-VO to the sector councils and profile organisations for furthering regional
 * collaboration (Bijlage 1, items a to i).
 *
 * @category Catalogue
 */
export interface Suggestion extends CatalogueEntry<SuggestionId> {
  /** The letter of the item in Bijlage 1, `'a'` to `'i'`. */
  readonly letter: string;
  /** The factors the suggestion works on: promoting ones it strengthens, hindering ones it takes away. */
  readonly factors: readonly FactorId[];
  /** The reasons for not collaborating that the suggestion addresses. */
  readonly reasons: readonly ReasonId[];
}

/**
 * A role inside a school that holds the contact with partners outside education (Arbeidsmarktplatform PO).
 *
 * @category Catalogue
 */
export interface CoordinatingRole extends CatalogueEntry<CoordinatingRoleId> {
  /** The kinds of outside partner whose contact the role holds; empty when it is not tied to particular ones. */
  readonly partnerTypes: readonly PartnerTypeId[];
  /** The levels of collaboration at which the role works. */
  readonly levels: readonly LevelId[];
}

/**
 * A group of people that the Arbeidsmarktplatform PO addresses about collaborating with outside professionals.
 *
 * @category Catalogue
 */
export type StaffGroup = 'schoolleiders' | 'leraren' | 'coordinatoren' | 'opleiders' | 'externe-partijen';

/**
 * A point of attention for one staff group on working well with partners outside education.
 *
 * @category Catalogue
 */
export interface StaffAttentionPoint extends CatalogueEntry<StaffAttentionPointId> {
  /** The group the point is addressed to. */
  readonly audience: StaffGroup;
  /** The factors the point helps to strengthen or to avoid. */
  readonly factors: readonly FactorId[];
  /** The competences the point asks for. */
  readonly competences: readonly CompetenceId[];
  /** The training routes that serve the point. */
  readonly trainingRoutes: readonly TrainingRouteId[];
  /** The coordinating roles the point relies on. */
  readonly coordinatingRoles: readonly CoordinatingRoleId[];
}

/**
 * A way in which education staff learn to collaborate with outside professionals: a course, guidance, or experience.
 *
 * @category Catalogue
 */
export interface TrainingRoute extends CatalogueEntry<TrainingRouteId> {
  /** The staff groups the route is meant for. */
  readonly audience: readonly StaffGroup[];
  /** The competences the route helps to build. */
  readonly competences: readonly CompetenceId[];
}

/**
 * What schools and partnerships collaborating between vso and vo would like outside support with.
 *
 * @category Catalogue
 */
export interface SupportNeed extends CatalogueEntry<SupportNeedId> {
  /** The hindering factors that the support would help to overcome; empty when the source ties it to none. */
  readonly factors: readonly FactorId[];
  /** The forms of collaboration for which the need was named. */
  readonly forms: readonly FormId[];
}

/**
 * One id in a catalogue edition's change list, with the list it belongs to and a one-line reason.
 *
 * @category Catalogue
 */
export interface CatalogueChange {
  /** The catalogue list the id belongs to (ids are unique per list, not across lists). */
  readonly list: CatalogueListName;
  /** The id of the entry. */
  readonly id: string;
  /** Why the entry was added, changed or retired, in one line. */
  readonly reason: LocalisedText;
}

/**
 * What one catalogue edition added, changed and retired.
 *
 * @category Catalogue
 */
export interface EditionChanges {
  /** The edition, `'<year>.<number>'`. */
  readonly edition: string;
  /** The entries that first appear in this edition. */
  readonly added: readonly CatalogueChange[];
  /** The entries whose text, citation or fields changed in this edition; their ids keep their meaning. */
  readonly changed: readonly CatalogueChange[];
  /** The entries retired in this edition: they stay in their list with `retired: true` and, where there is one, the id that replaces them. */
  readonly retired: readonly CatalogueChange[];
}

/**
 * One of the eight municipalities portrayed by Berenschot.
 *
 * @category Catalogue
 */
export interface Portrait extends CatalogueEntry<PortraitId> {
  /** The municipality, as named in the source. */
  readonly municipality: string;
  /** The portrait's title as printed in the source. */
  readonly sourceTitle: string;
  /** The themes the portrait's collaboration is about. */
  readonly themes: readonly ThemeId[];
  /** The stage the portrait illustrates, when it illustrates one. */
  readonly stage?: StageId;
}

// --- Dated rules of the Fusietoets (data/fusietoets.ts) --------------------------------------------------------------

/**
 * The route a merger follows under the Fusietoets.
 *
 * - `geen-fusietoets`: no merger test applies (before 1 October 2011, or outside education);
 * - `niet-toetsplichtig`: the test exists but this merger is exempt (a merger impact report is still needed);
 * - `lichte-toets`: a light, administrative test by DUO;
 * - `inhoudelijke-toets`: a substantive test with advice from the CFTO, the minister decides;
 * - `cdho-toets`: higher education, the CDHO tests every merger;
 * - `mbo-toestemming`: mbo, every merger needs the minister's prior consent.
 *
 * @category Catalogue
 */
export type FusietoetsRoute =
  | 'geen-fusietoets'
  | 'niet-toetsplichtig'
  | 'lichte-toets'
  | 'inhoudelijke-toets'
  | 'cdho-toets'
  | 'mbo-toestemming';

/**
 * The body that checks a merger or advises the minister on it.
 *
 * @category Catalogue
 */
export type FusietoetsAdvisor = 'duo' | 'cfto' | 'cdho' | 'cmmbo';

/**
 * The ids of the effective-dated Fusietoets rules.
 *
 * @category Catalogue
 */
export type FusietoetsRuleId =
  | 'voor-wet-fusietoets'
  | 'buiten-onderwijs'
  | 'ho-cdho'
  | 'mbo-cfto'
  | 'mbo-cmmbo'
  | 'funderend-2011'
  | 'funderend-2017'
  | 'funderend-2018'
  | 'funderend-2020';

/**
 * An effective-dated rule of the Fusietoets: which sectors it covers, from when to when, and where it comes from.
 *
 * @category Catalogue
 */
export interface FusietoetsRule {
  /** The id of the rule. */
  readonly id: FusietoetsRuleId;
  /** What the rule says, in a few words. */
  readonly label: LocalisedText;
  /** The first day the rule applies, `YYYY-MM-DD`; `null` when it has no start. */
  readonly effectiveFrom: string | null;
  /** The last day the rule applies, `YYYY-MM-DD`; `null` while it still applies. */
  readonly effectiveUntil: string | null;
  /** The sectors the rule covers; empty when it covers every sector. */
  readonly sectors: readonly SectorId[];
  /** The route every merger under the rule follows, or `null` when it depends on the merger. */
  readonly route: FusietoetsRoute | null;
  /** The body that checks or advises under the rule, or `null` when it depends on the merger or nobody does. */
  readonly advisor: FusietoetsAdvisor | null;
  /** The sectors in which the CFTO still advises on every tested merger under this rule; empty for none. */
  readonly cftoAdviceSectors: readonly SectorId[];
  /**
   * The sectors in which, according to the sources, the rule had exceptions that the sources do not spell out: a
   * merger there may fall under one, so its route is uncertain. Empty for none.
   */
  readonly exceptionSectors: readonly SectorId[];
  /** The sources the rule rests on: the act, the regulation or the page of the body that applies it. */
  readonly sources: readonly SourceRef[];
}

/**
 * A size below which a merger is exempt from the Fusietoets (from 1 August 2017).
 *
 * @category Catalogue
 */
export interface FusietoetsSizeLimit {
  /** What is counted: the pupils of a school merger or the schools of a board merger. */
  readonly measure: 'pupils' | 'schools';
  /** The kind of merger the limit is about: `institutioneel` (schools) or `bestuurlijk` (boards). */
  readonly kind: 'institutioneel' | 'bestuurlijk';
  /** The limit: fewer is exempt, more is tested; exactly the limit is left open by the sources. */
  readonly limit: number;
  /** The sectors for which the sources state the limit. */
  readonly sectors: readonly SectorId[];
  /** The sources of the limit. */
  readonly sources: readonly SourceRef[];
}

/**
 * A date on which sources disagree about which Fusietoets rule applies: from `from` until the rule's own end, one
 * reading applies `reading` instead of `rule`.
 *
 * @category Catalogue
 */
export interface FusietoetsDispute {
  /** The rule the other reading contests. */
  readonly rule: FusietoetsRuleId;
  /** The rule the other reading applies instead. */
  readonly reading: FusietoetsRuleId;
  /** The first day of the contested period, `YYYY-MM-DD`. */
  readonly from: string;
  /** The sources of the other reading. */
  readonly sources: readonly SourceRef[];
}

// --- How evidence points to a stage (data/stageEvidence.ts) ---------------------------------------------------------

/**
 * A bevorderende or belemmerende factor that, when observed, points to a collaboration stage.
 *
 * @category Catalogue
 */
export interface StageFactorSignal {
  /** The factor. */
  readonly factor: FactorId;
  /** The stage it points to. */
  readonly stage: StageId;
  /** The portraits and passages that tie the factor to the stage. */
  readonly sources: readonly SourceRef[];
}

/**
 * A step of a stage scale: from `from` (included) up, the scale points to `stage`.
 *
 * @category Catalogue
 */
export interface StageStep {
  /** The lowest value of the step. */
  readonly from: number;
  /** The stage the step points to. */
  readonly stage: StageId;
}

/**
 * How a number maps onto the five stages: the steps in rising order, each from its `from` up to the next one's.
 *
 * @category Catalogue
 */
export interface StageScale {
  /** What is measured, in a few words. */
  readonly label: LocalisedText;
  /** The steps, in rising order; the first starts at the lowest possible value. */
  readonly steps: readonly StageStep[];
  /** The sources the scale rests on. */
  readonly sources: readonly SourceRef[];
  /** Which part of the scale is this library's own choice rather than the source's. */
  readonly note: LocalisedText;
}

/**
 * The stage each band of a Berenschot score points to.
 *
 * @category Catalogue
 */
export interface BandStages {
  /** The stage an `onvoldoende` overall score points to. */
  readonly onvoldoende: StageId;
  /** The stage a `voldoende` overall score points to. */
  readonly voldoende: StageId;
  /** The stage a `goed` overall score points to. */
  readonly goed: StageId;
  /** The sources the mapping rests on. */
  readonly sources: readonly SourceRef[];
  /** Which part of the mapping is this library's own choice rather than the source's. */
  readonly note: LocalisedText;
}

/**
 * The whole reference catalogue: every list, in catalogue order.
 *
 * @category Catalogue
 */
export interface Catalogue {
  /** The edition, `'<year>.<number>'`. Ids never change meaning between editions; retired ids stay resolvable. */
  readonly edition: string;
  /**
   * The sources: the five reports, then the acts and publications outside them that statements about the law and the
   * dated Fusietoets rules cite.
   */
  readonly sources: readonly Source[];
  /** The samenwerkingsthema's. */
  readonly themes: readonly Theme[];
  /** The samenwerkingsvormen, main forms before their sub-forms. */
  readonly forms: readonly CollaborationForm[];
  /** The bevorderende and belemmerende factoren. */
  readonly factors: readonly Factor[];
  /** The six Berenschot strategy factors, in strategy order. */
  readonly strategyFactors: readonly StrategyFactor[];
  /** The self-assessment indicators, grouped by strategy factor in strategy order. */
  readonly indicators: readonly Indicator[];
  /** The pitfalls (valkuilen), grouped by strategy factor. */
  readonly pitfalls: readonly Pitfall[];
  /** The collaboration stages, from mistrust (0) to mature partnership (4). */
  readonly stages: readonly Stage[];
  /** The reasons for not collaborating. */
  readonly reasons: readonly Reason[];
  /** The types of partner organisation. */
  readonly partnerTypes: readonly PartnerType[];
  /** The stakeholder groups. */
  readonly stakeholderGroups: readonly StakeholderGroup[];
  /** The education sectors, from young to old learners. */
  readonly sectors: readonly Sector[];
  /** The motives for collaborating, with printed mean scores where the sources give them. */
  readonly motives: readonly Motive[];
  /** The published survey figures, kept exactly as printed. */
  readonly benchmarks: readonly Benchmark[];
  /** The links between the Berenschot factors, the Kaats & Opheij perspectives and the NSOB elements. */
  readonly mappings: readonly Mapping[];
  /** The levels of collaboration (individual, group, organisation). */
  readonly levels: readonly Level[];
  /** The competences staff need to collaborate with professionals outside education. */
  readonly competences: readonly Competence[];
  /** The eight municipalities portrayed by Berenschot. */
  readonly portraits: readonly Portrait[];
  /** The benefits partners experience from collaborating (Regioplan), linked to the motives they answer. */
  readonly benefits: readonly Benefit[];
  /** The Overlegraad PO-VO's suggestions a to i for furthering regional collaboration. */
  readonly suggestions: readonly Suggestion[];
  /** The roles inside a school that hold the contact with outside partners (Arbeidsmarktplatform PO). */
  readonly coordinatingRoles: readonly CoordinatingRole[];
  /** The points of attention per staff group for working with outside partners (Arbeidsmarktplatform PO). */
  readonly staffAttentionPoints: readonly StaffAttentionPoint[];
  /** The ways staff learn to collaborate with outside professionals (Arbeidsmarktplatform PO). */
  readonly trainingRoutes: readonly TrainingRoute[];
  /** What collaborating vso and vo schools would like outside support with. */
  readonly supportNeeds: readonly SupportNeed[];
  /** What each edition added, changed and retired, oldest first; the last entry is this edition. */
  readonly changes: readonly EditionChanges[];
}
