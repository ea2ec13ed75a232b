/**
 * Every list of values in the document format, each written once: the catalogue ids that fields refer to, and the
 * format's own vocabularies. The zod schemas use these enums; the fast validator, the types, the JSON Schemas and
 * the docs read their values from here. Each export is named after its id with a lower-case first letter, which the
 * generator relies on (and checks).
 */
import { factorIds } from '../catalogue/ids/factors.js';
import { formIds } from '../catalogue/ids/forms.js';
import { indicatorIds } from '../catalogue/ids/indicators.js';
import { partnerTypeIds } from '../catalogue/ids/partnerTypes.js';
import { pitfallIds } from '../catalogue/ids/pitfalls.js';
import { reasonIds } from '../catalogue/ids/reasons.js';
import { sectorIds } from '../catalogue/ids/sectors.js';
import { stageIds } from '../catalogue/ids/stages.js';
import { stakeholderGroupIds } from '../catalogue/ids/stakeholderGroups.js';
import { strategyFactorIds } from '../catalogue/ids/strategyFactors.js';
import { themeIds } from '../catalogue/ids/themes.js';
import { catalogueId, type EnumOf, namedEnum } from './fields.js';

/** A catalogue theme id. */
export const themeId: EnumOf<typeof themeIds> = catalogueId('ThemeId', 'themes', themeIds);

/** A catalogue form id. */
export const formId: EnumOf<typeof formIds> = catalogueId('FormId', 'forms', formIds);

/** A catalogue partner type id. */
export const partnerTypeId: EnumOf<typeof partnerTypeIds> = catalogueId(
  'PartnerTypeId',
  'partnerTypes',
  partnerTypeIds,
);

/** A catalogue sector id. */
export const sectorId: EnumOf<typeof sectorIds> = catalogueId('SectorId', 'sectors', sectorIds);

/** A catalogue stakeholder group id. */
export const stakeholderGroupId: EnumOf<typeof stakeholderGroupIds> = catalogueId(
  'StakeholderGroupId',
  'stakeholderGroups',
  stakeholderGroupIds,
);

/** A catalogue factor id. */
export const factorId: EnumOf<typeof factorIds> = catalogueId('FactorId', 'factors', factorIds);

/** A catalogue stage id. */
export const stageId: EnumOf<typeof stageIds> = catalogueId('StageId', 'stages', stageIds);

/** A catalogue indicator id. */
export const indicatorId: EnumOf<typeof indicatorIds> = catalogueId('IndicatorId', 'indicators', indicatorIds);

/** A catalogue strategy factor id (one of the six Berenschot factors). */
export const strategyFactorId: EnumOf<typeof strategyFactorIds> = catalogueId(
  'StrategyFactorId',
  'strategyFactors',
  strategyFactorIds,
);

/** A catalogue pitfall id. */
export const pitfallId: EnumOf<typeof pitfallIds> = catalogueId('PitfallId', 'pitfalls', pitfallIds);

/** A catalogue id of a reason for not collaborating. */
export const reasonId: EnumOf<typeof reasonIds> = catalogueId('ReasonId', 'reasons', reasonIds);

/**
 * The denominations (richtingen) a partner can have, in the order of the format; the type `Denomination` is derived
 * from this list, so the type, the schema and the validators share one source.
 *
 * @example
 * ```ts
 * denominations.includes('openbaar');
 * //=> true
 * ```
 * @category Schemas
 */
export const denominations = [
  'openbaar',
  'bijzonder',
  'algemeen-bijzonder',
  'protestants-christelijk',
  'rooms-katholiek',
  'interconfessioneel',
  'reformatorisch',
  'islamitisch',
  'hindoeistisch',
  'joods',
  'antroposofisch',
  'samenwerking',
] as const;

/** A denomination. */
export const denomination: EnumOf<typeof denominations> = namedEnum(
  'Denomination',
  denominations,
  'The denomination (richting) of a school or board. openbaar is public education; the others are kinds of bijzonder (private, usually religious or pedagogical) education; samenwerking is a school or board that combines both.',
);

/** The values of {@link involvement}, in the order of the format. */
export const involvements = ['betrokken', 'geinformeerd', 'vertegenwoordigd', 'niet-betrokken'] as const;

/** How far a stakeholder group takes part. */
export const involvement: EnumOf<typeof involvements> = namedEnum(
  'Involvement',
  involvements,
  'How far a stakeholder group takes part (betrokkenheid): involved (betrokken), kept informed (geinformeerd), represented by a partner (vertegenwoordigd), or not involved (niet-betrokken).',
);

/** The values of {@link contributionType}, in the order of the format. */
export const contributionTypes = ['financieel', 'personeel', 'faciliteiten', 'overig'] as const;

/** What a partner brings in. */
export const contributionType: EnumOf<typeof contributionTypes> = namedEnum(
  'ContributionType',
  contributionTypes,
  'What a partner brings in: money (financieel), staff (personeel), facilities (faciliteiten) or something else (overig).',
);

/** The values of {@link agreementTopic}, in the order of the format. */
export const agreementTopics = ['structuur', 'processen', 'middelen', 'rollen', 'communicatie'] as const;

/** What an agreement arranges. */
export const agreementTopic: EnumOf<typeof agreementTopics> = namedEnum(
  'AgreementTopic',
  agreementTopics,
  'What an agreement arranges, in the terms of strategy factor 5 (organisatie): structure (structuur), processes (processen), resources (middelen), roles (rollen) or communication (communicatie).',
);

/** The values of {@link rating}, in the order of the format. */
export const ratings = ['goed', 'voldoende', 'slecht'] as const;

/** How the partners rate the collaboration. */
export const rating: EnumOf<typeof ratings> = namedEnum(
  'Rating',
  ratings,
  'How the partners themselves rate the collaboration (oordeel): good (goed), sufficient (voldoende) or poor (slecht).',
);

/** The values of {@link actionStatus}, in the order of the format: the life of an action. */
export const actionStatuses = ['gepland', 'bezig', 'gedaan', 'geschrapt'] as const;

/** How far an action of a plan is. */
export const actionStatus: EnumOf<typeof actionStatuses> = namedEnum(
  'ActionStatus',
  actionStatuses,
  'How far an action of a plan is: planned (gepland), under way (bezig), done (gedaan) or dropped (geschrapt).',
);
