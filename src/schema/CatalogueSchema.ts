import * as z from 'zod';
import { benchmarkIds } from '../catalogue/ids/benchmarks.js';
import { benefitIds } from '../catalogue/ids/benefits.js';
import { competenceIds } from '../catalogue/ids/competences.js';
import { coordinatingRoleIds } from '../catalogue/ids/coordinatingRoles.js';
import { factorCategories, factorIds } from '../catalogue/ids/factors.js';
import { formIds } from '../catalogue/ids/forms.js';
import { indicatorIds } from '../catalogue/ids/indicators.js';
import { levelIds } from '../catalogue/ids/levels.js';
import { mappingIds } from '../catalogue/ids/mappings.js';
import { motiveIds } from '../catalogue/ids/motives.js';
import { partnerTypeIds } from '../catalogue/ids/partnerTypes.js';
import { pitfallIds } from '../catalogue/ids/pitfalls.js';
import { portraitIds } from '../catalogue/ids/portraits.js';
import { reasonIds } from '../catalogue/ids/reasons.js';
import { sectorIds } from '../catalogue/ids/sectors.js';
import { sourceIds } from '../catalogue/ids/sources.js';
import { staffAttentionPointIds } from '../catalogue/ids/staffAttentionPoints.js';
import { stageIds } from '../catalogue/ids/stages.js';
import { stakeholderGroupIds } from '../catalogue/ids/stakeholderGroups.js';
import { strategyFactorIds } from '../catalogue/ids/strategyFactors.js';
import { suggestionIds } from '../catalogue/ids/suggestions.js';
import { supportNeedIds } from '../catalogue/ids/supportNeeds.js';
import { themeIds } from '../catalogue/ids/themes.js';
import { trainingRouteIds } from '../catalogue/ids/trainingRoutes.js';
import type { Catalogue } from '../catalogue/types.js';
import { catalogueListNames } from '../i18n/catalogueLists/listNames.js';

const localised = z.strictObject({ nl: z.string().min(1), en: z.string().min(1) });
const scale = z.strictObject({ min: z.number(), max: z.number() });
const source = z.enum(sourceIds);

const sourceRefs = z
  .array(
    z.strictObject({
      source,
      section: z.string().min(1),
      lines: z
        .string()
        .regex(/^L\d+(-L\d+)?$/)
        .exactOptional(),
    }),
  )
  .min(1);
const cited = z.strictObject({ nl: z.string().min(1), en: z.string().min(1), sources: sourceRefs });

function entry<Ids extends readonly [string, ...string[]], Shape extends z.ZodRawShape>(ids: Ids, shape: Shape) {
  return z.strictObject({
    id: z.enum(ids),
    label: localised,
    description: localised,
    sources: sourceRefs,
    note: localised.exactOptional(),
    retired: z.literal(true).exactOptional(),
    replacedBy: z.enum(ids).exactOptional(),
    ...shape,
  });
}

const kaatsOpheij = z.enum(['ambitie', 'belangen', 'relatie', 'organisatie', 'proces']);
const nsob = z.enum(['individu', 'structuur', 'weefsel']);
const staffGroup = z.enum(['schoolleiders', 'leraren', 'coordinatoren', 'opleiders', 'externe-partijen']);
const change = z.strictObject({
  list: z.enum(catalogueListNames),
  id: z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)?$/),
  reason: localised,
});

/** The fields of the catalogue, built on first use of the schema (nothing is built at import). */
const catalogueShape = () => ({
  edition: z.string().regex(/^\d{4}\.\d+$/),
  sources: z.array(
    entry(sourceIds, {
      title: z.string(),
      publisher: z.string(),
      year: z.number().int().nullable(),
      outsideReports: z.literal(true).exactOptional(),
      bwbId: z
        .string()
        .regex(/^BWBR\d{7}$/)
        .exactOptional(),
      url: z.url().exactOptional(),
    }),
  ),
  themes: z.array(entry(themeIds, { broader: z.enum(themeIds).exactOptional(), related: z.array(z.enum(themeIds)) })),
  forms: z.array(
    entry(formIds, {
      category: z.enum(['regionaal-verband', 'overleg', 'uitvoering', 'bestuurlijk', 'fusie']),
      integration: z.literal([0, 1, 2, 3, 4, 5]),
      newLegalEntity: z.boolean(),
      statutory: z.boolean(),
      transfersCompetentAuthority: z.boolean(),
      fusietoets: z.boolean(),
      combinesDenominations: z.boolean(),
      shares: z.array(z.enum(['overleg', 'uitvoering', 'personeel', 'middelen', 'bestuur', 'organisatie'])),
      sectors: z.array(z.enum(sectorIds)),
      parent: z.enum(formIds).exactOptional(),
      legalBasis: cited.exactOptional(),
    }),
  ),
  factors: z.array(
    entry(factorIds, {
      polarity: z.enum(['bevorderend', 'belemmerend']),
      category: z.enum(factorCategories),
      strategyFactors: z.array(z.enum(strategyFactorIds)).min(1),
      nsob,
      weight: z.number().min(0),
      portraits: z.array(z.enum(portraitIds)),
    }),
  ),
  strategyFactors: z.array(
    entry(strategyFactorIds, {
      order: z.literal([1, 2, 3, 4, 5, 6]),
      sourceTitle: z.string(),
      phase: z.enum(['begin', 'fundament', 'relatie', 'uitvoering', 'doorlopend']),
      prerequisites: z.array(z.enum(strategyFactorIds)),
      indicators: z.array(z.enum(indicatorIds)),
      pitfalls: z.array(z.enum(pitfallIds)),
    }),
  ),
  indicators: z.array(entry(indicatorIds, { factor: z.enum(strategyFactorIds), question: localised })),
  pitfalls: z.array(
    entry(pitfallIds, { factor: z.enum(strategyFactorIds), signal: z.enum(indicatorIds), advice: localised }),
  ),
  stages: z.array(
    entry(stageIds, {
      order: z.literal([0, 1, 2, 3, 4]),
      signs: z.array(localised),
      portraits: z.array(z.enum(portraitIds)),
    }),
  ),
  reasons: z.array(entry(reasonIds, { factors: z.array(z.enum(factorIds)) })),
  partnerTypes: z.array(entry(partnerTypeIds, { education: z.boolean() })),
  stakeholderGroups: z.array(entry(stakeholderGroupIds, {})),
  sectors: z.array(entry(sectorIds, { order: z.number().int().min(0) })),
  motives: z.array(
    entry(motiveIds, {
      scores: z.array(
        z.strictObject({
          group: z.string(),
          mean: z.number(),
          n: z.number().int().nullable(),
          scale,
          table: z.string(),
        }),
      ),
    }),
  ),
  benchmarks: z.array(
    entry(benchmarkIds, {
      year: z.number().int(),
      n: z.number().int().nullable(),
      base: localised,
      unit: z.enum(['percentage', 'count', 'mean']),
      scale: scale.exactOptional(),
      rows: z.array(
        z.strictObject({
          key: z.string(),
          label: localised,
          value: z.number(),
          theme: z.enum(themeIds).exactOptional(),
          form: z.enum(formIds).exactOptional(),
          n: z.number().int().exactOptional(),
        }),
      ),
    }),
  ),
  mappings: z.array(
    entry(mappingIds, {
      from: z.discriminatedUnion('framework', [
        z.strictObject({ framework: z.literal('berenschot'), id: z.enum(strategyFactorIds) }),
        z.strictObject({ framework: z.literal('kaats-opheij'), id: kaatsOpheij }),
      ]),
      to: z.discriminatedUnion('framework', [
        z.strictObject({ framework: z.literal('kaats-opheij'), id: kaatsOpheij }),
        z.strictObject({ framework: z.literal('nsob'), id: nsob }),
      ]),
      relationship: z.enum(['equal', 'subset', 'superset', 'intersect']),
      rationale: localised,
    }),
  ),
  levels: z.array(entry(levelIds, { order: z.number().int().min(0) })),
  competences: z.array(entry(competenceIds, {})),
  portraits: z.array(
    entry(portraitIds, {
      municipality: z.string(),
      sourceTitle: z.string(),
      themes: z.array(z.enum(themeIds)),
      stage: z.enum(stageIds).exactOptional(),
    }),
  ),
  benefits: z.array(
    entry(benefitIds, {
      beneficiary: z.enum(['leerlingen', 'schoolorganisatie', 'samenwerking']),
      mentions: z.array(z.strictObject({ theme: z.enum(themeIds), frequency: localised.nullable() })),
      motives: z.array(z.enum(motiveIds)),
    }),
  ),
  suggestions: z.array(
    entry(suggestionIds, {
      letter: z.string().regex(/^[a-z]$/),
      factors: z.array(z.enum(factorIds)),
      reasons: z.array(z.enum(reasonIds)),
    }),
  ),
  coordinatingRoles: z.array(
    entry(coordinatingRoleIds, { partnerTypes: z.array(z.enum(partnerTypeIds)), levels: z.array(z.enum(levelIds)) }),
  ),
  staffAttentionPoints: z.array(
    entry(staffAttentionPointIds, {
      audience: staffGroup,
      factors: z.array(z.enum(factorIds)),
      competences: z.array(z.enum(competenceIds)),
      trainingRoutes: z.array(z.enum(trainingRouteIds)),
      coordinatingRoles: z.array(z.enum(coordinatingRoleIds)),
    }),
  ),
  trainingRoutes: z.array(
    entry(trainingRouteIds, { audience: z.array(staffGroup).min(1), competences: z.array(z.enum(competenceIds)) }),
  ),
  supportNeeds: z.array(
    entry(supportNeedIds, { factors: z.array(z.enum(factorIds)), forms: z.array(z.enum(formIds)) }),
  ),
  changes: z
    .array(
      z.strictObject({
        edition: z.string().regex(/^\d{4}\.\d+$/),
        added: z.array(change),
        changed: z.array(change),
        retired: z.array(change),
      }),
    )
    .min(1),
});

/**
 * The schema of the reference catalogue as JSON (`toJSON(catalogue)`), for tools that read a catalogue export.
 *
 * @example
 * ```ts
 * CatalogueSchema.safeParse(JSON.parse(toJSON(catalogue))).success;
 * //=> true
 * ```
 * @category Schemas
 */
export const CatalogueSchema: z.ZodType<Catalogue> = z.lazy(() => z.strictObject(catalogueShape()));
