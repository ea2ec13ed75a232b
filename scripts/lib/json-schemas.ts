/**
 * Generates the shipped JSON Schemas from the zod schemas and the format's metadata: the documents, the stored results
 * and the catalogue. Shared by the build script and
 * the tests, so the tests check exactly what ships (and what is committed under `schemas/`).
 *
 * What the metadata gives the document schemas: a `$defs` entry for every shared part, enum and building block,
 * referenced wherever it is used; a title (the field's name in domain words, English with the Dutch term) and a
 * description (from the format) on every property; every list of catalogue ids as a `oneOf` of `{ const, title }`
 * whose titles are the catalogue labels; `x-` keys allowed (with the snapshot's limits on their values) and no
 * other unknown key; and, in the description, the rules of that document that JSON Schema cannot express.
 */
import * as z from 'zod';
import type { LocalisedText } from '../../src/i18n/LocalisedText.js';
import type { FormatMeta } from '../../src/schema/fields.js';
import { type DocumentKindName, type FormatSource, libraryFormat, type ResultKind } from './format-source.js';
import { libraryOnlyLimits } from './limits.js';

type Json = Record<string, unknown>;
type Path = readonly (string | number)[];

/** The stable identifier of a shipped schema: a URN, versioned by format version. */
export function schemaId(name: string): string {
  return `urn:samenwerking:schema:${name}:1`;
}

const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'];

/** The value of an `x-` key: any JSON value within the limits the library keeps. */
const extensionValueOf = (defaultLimits: FormatSource['limits']): Json => ({
  title: 'Extension value',
  description: `The value of an x- key: any JSON value, kept untouched on a round trip. Strings are at most ${defaultLimits.maxStringLength.toLocaleString('en')} characters; no object key, at any depth, is ${FORBIDDEN_KEYS.join(', ')}.`,
  anyOf: [
    { type: 'string', maxLength: defaultLimits.maxStringLength },
    { type: 'number' },
    { type: 'boolean' },
    { type: 'null' },
    { type: 'array', items: { $ref: '#/$defs/ExtensionValue' } },
    {
      type: 'object',
      propertyNames: { not: { enum: FORBIDDEN_KEYS } },
      additionalProperties: { $ref: '#/$defs/ExtensionValue' },
    },
  ],
});

/** A catalogue label as a title: the English label, with the Dutch one where it differs. */
function labelTitle(label: LocalisedText): string {
  return label.nl.toLowerCase() === label.en.toLowerCase() ? label.en : `${label.en} (${label.nl})`;
}

/** A field's name in domain words as a title, English first, with the Dutch term where it differs. */
function fieldTitle(source: FormatSource, path: Path): string {
  const name = source.fieldName(path);
  if (name.en.startsWith('field ')) {
    throw new Error(
      `json-schemas: no name in domain words for ${path.join('.')}; add one to the field words of src/i18n/documentIssues`,
    );
  }
  const english = name.en.charAt(0).toUpperCase() + name.en.slice(1);
  return name.nl.toLowerCase() === name.en.toLowerCase() ? english : `${english} (${name.nl})`;
}

/** A catalogue entry as far as a title needs it. */
interface LabelledEntry {
  readonly id: string;
  readonly label: LocalisedText;
  readonly retired?: boolean;
  readonly replacedBy?: string;
}

/** The titles of the entries of a catalogue list, by id: the label, and for a retired entry what replaces it. */
function titlesOf(source: FormatSource, list: string): ReadonlyMap<string, string> {
  const entries = (source.catalogue as unknown as Record<string, readonly LabelledEntry[]>)[list];
  if (!Array.isArray(entries)) throw new Error(`json-schemas: the catalogue has no list '${list}'`);
  return new Map(
    entries.map((entry) => {
      const title = labelTitle(entry.label);
      if (entry.retired !== true) return [entry.id, title];
      return [entry.id, `${title}, retired${entry.replacedBy === undefined ? '' : `: use ${entry.replacedBy}`}`];
    }),
  );
}

/** The metadata of every named schema of the format, by id. */
function metadataById(source: FormatSource): ReadonlyMap<string, FormatMeta> {
  const found = new Map<string, FormatMeta>();
  const seen = new Set<z.core.$ZodType>();
  const visit = (schema: z.core.$ZodType): void => {
    if (seen.has(schema)) return;
    seen.add(schema);
    const meta = source.registry.get(schema);
    if (meta?.id !== undefined) found.set(meta.id, meta);
    const def = schema._zod.def as unknown as Record<string, unknown>;
    for (const value of Object.values(def)) {
      const children = Array.isArray(value) ? value : value !== null && typeof value === 'object' ? [value] : [];
      for (const child of children) {
        if (child !== null && typeof child === 'object' && '_zod' in child) visit(child as z.core.$ZodType);
        else if (child !== null && typeof child === 'object' && !('_zod' in child)) {
          for (const nested of Object.values(child)) {
            if (nested !== null && typeof nested === 'object' && '_zod' in nested) visit(nested as z.core.$ZodType);
          }
        }
      }
    }
  };
  for (const structure of [...Object.values(source.structures), ...Object.values(source.results)]) visit(structure);
  return found;
}

const ANNOTATIONS_OF_OURS = ['fields', 'catalogue', 'typeFrom', 'id'] as const;

/**
 * Turns zod's output for a document into the shipped form: extension keys, field titles and descriptions, labelled
 * catalogue ids, and the `x-` value definition.
 */
function finish(source: FormatSource, generated: Json, rootId: string, titled: boolean): Json {
  const defs = (generated.$defs ?? {}) as Record<string, Json>;
  const meta = metadataById(source);
  // zod writes a part with an id as a reference; the document itself is the root, written out in place.
  const root = generated.$ref === `#/$defs/${rootId}` ? (defs[rootId] as Json) : generated;
  if (root !== generated) delete defs[rootId];

  const described = new Set<Json>();
  /** Adds titles and descriptions to the properties of a part, walking down from where it is first met. */
  const walk = (node: Json, path: Path): void => {
    if (described.has(node)) return;
    described.add(node);
    const reference = typeof node.$ref === 'string' ? node.$ref.replace('#/$defs/', '') : undefined;
    if (reference !== undefined && defs[reference] !== undefined) walk(defs[reference], path);
    const partMeta = typeof node['x-part'] === 'string' ? meta.get(node['x-part']) : undefined;
    if (node.properties !== undefined) {
      const properties = node.properties as Record<string, Json>;
      for (const [key, property] of Object.entries(properties)) {
        const description = partMeta?.fields?.[key];
        if (description === undefined) throw new Error(`json-schemas: no description for ${[...path, key].join('.')}`);
        // Documents name every field in domain words; results describe each field only.
        properties[key] = titled
          ? { ...property, title: fieldTitle(source, [...path, key]), description }
          : { ...property, description };
        walk(properties[key] as Json, [...path, key]);
      }
    }
    if (node.items !== undefined) walk(node.items as Json, [...path, 0]);
    for (const option of (node.oneOf ?? node.anyOf ?? []) as Json[]) walk(option, path);
  };

  // Mark each part with its id first (zod drops the id), so that the walk finds its field descriptions.
  for (const [id, definition] of Object.entries(defs)) if (meta.get(id)?.fields) definition['x-part'] = id;
  if (meta.get(rootId)?.fields) root['x-part'] = rootId;
  walk(root, []);

  const clean = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(clean);
    if (node === null || typeof node !== 'object') return node;
    const out: Json = {};
    for (const [key, value] of Object.entries(node as Json)) {
      if (key === 'x-part' || (ANNOTATIONS_OF_OURS as readonly string[]).includes(key)) continue;
      out[key] = key === 'properties' || key === '$defs' ? mapValues(value as Json, clean) : clean(value);
    }
    // A part keeps x- keys, with the limits of the library, and allows no other unknown key.
    const extra = out.additionalProperties;
    if (out.type === 'object' && out.properties !== undefined && isEmptyObject(extra)) {
      out.patternProperties = { '^x-': { $ref: '#/$defs/ExtensionValue' } };
      out.additionalProperties = false;
    }
    return out;
  };
  const cleaned = clean(root) as Json;
  const cleanedDefs = mapValues(defs, clean) as Record<string, Json>;

  // Every list of catalogue ids: its members with their catalogue labels.
  for (const [id, definition] of Object.entries(cleanedDefs)) {
    const list = meta.get(id)?.catalogue;
    if (list === undefined) continue;
    const titles = titlesOf(source, list);
    const values = definition.enum as string[];
    const { enum: _, ...rest } = definition;
    cleanedDefs[id] = {
      ...rest,
      title: id,
      oneOf: values.map((value) => {
        const title = titles.get(value);
        if (title === undefined) throw new Error(`json-schemas: ${value} is not in catalogue.${list}`);
        return { const: value, title };
      }),
    };
  }
  for (const [id, definition] of Object.entries(cleanedDefs)) {
    if (definition.title === undefined) cleanedDefs[id] = { title: id, ...definition };
  }
  cleanedDefs.ExtensionValue = extensionValueOf(source.limits);
  const { $schema: __, $defs: _, ...body } = cleaned;
  return { body, defs: sortKeys(cleanedDefs), $schema: generated.$schema };
}

function isEmptyObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0;
}

function mapValues(object: Json, map: (value: unknown) => unknown): Json {
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, map(value)]));
}

function sortKeys(object: Record<string, Json>): Record<string, Json> {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => a.localeCompare(b)));
}

function documentSchema(source: FormatSource, kind: DocumentKindName, title: string, summary: string): Json {
  const schema = source.structures[kind];
  const rootId = kind.charAt(0).toUpperCase() + kind.slice(1);
  const generated = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-2020-12',
    metadata: source.registry as unknown as z.core.$ZodRegistry<Record<string, unknown>>,
  }) as Json;
  const rules = [...source.ruleTexts[kind], ...libraryOnlyLimits(source.limits)];
  const { body, defs, $schema } = finish(source, generated, rootId, true) as {
    body: Json;
    defs: Json;
    $schema: unknown;
  };
  const { description: _, ...properties } = body;
  return {
    $schema,
    $id: schemaId(kind),
    title,
    description: `${summary} Rules this schema cannot express, checked by the samenwerking library: ${rules.join(' ')}`,
    ...properties,
    $defs: defs,
  };
}

/** The JSON Schema of a stored result kind, from its part, with the rules of that kind in its description. */
function resultSchema(source: FormatSource, kind: ResultKind, title: string, summary: string): Json {
  const generated = z.toJSONSchema(source.results[kind], {
    io: 'input',
    target: 'draft-2020-12',
    metadata: source.registry as unknown as z.core.$ZodRegistry<Record<string, unknown>>,
  }) as Json;
  const rootId = kind.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase());
  const rules = [...source.resultRuleTexts[kind], ...libraryOnlyLimits(source.limits)];
  const { body, defs, $schema } = finish(source, generated, rootId, false) as {
    body: Json;
    defs: Json;
    $schema: unknown;
  };
  const { description: _, ...properties } = body;
  return {
    $schema,
    $id: schemaId(kind),
    title,
    description: `${summary} Read it with fromJSON, write it with toJSON. Rules this schema cannot express, checked by the samenwerking library: ${rules.join(' ')}`,
    ...properties,
    $defs: defs,
  };
}

/** Every shipped JSON Schema, by file name (without `.json`), from a source (by default the library's own). */
export function jsonSchemas(source: FormatSource = libraryFormat): Record<string, Json> {
  const catalogueSchema = z.toJSONSchema(source.others.catalogue, { io: 'input', target: 'draft-2020-12' }) as Json;
  const { $schema, ...catalogueRest } = catalogueSchema;
  return {
    collaboration: documentSchema(
      source,
      'collaboration',
      'Samenwerking (collaboration), format version 1',
      'A collaboration between school boards, schools, municipalities and partners: themes, form, partners, stakeholders, ambition, interests, agreements, events and observed factors.',
    ),
    assessment: documentSchema(
      source,
      'assessment',
      'Zelfevaluatie (Berenschot self-assessment), format version 1',
      'Respondents rate the indicators of the six Berenschot strategy factors on a whole-number scale; null means not applicable.',
    ),
    portfolio: documentSchema(
      source,
      'portfolio',
      'Portefeuille (portfolio), format version 1',
      'A named set of collaborations with their assessments.',
    ),
    plan: documentSchema(
      source,
      'plan',
      'Verbeterplan (improvement plan), format version 1',
      'An improvement plan of a collaboration: a target score per Berenschot strategy factor and the actions (with owner, due date and status) that should reach them.',
    ),
    catalogue: {
      $schema,
      $id: schemaId('catalogue'),
      title: 'Samenwerking reference catalogue',
      description:
        'The reference catalogue as exported by toJSON(catalogue), with its change list per edition. Rules this schema cannot express: ids are unique per list, every id reference points to an existing entry, the Dutch and English texts differ, every entry is added exactly once in the change list and every id it names is an entry of its list, and a retired entry (retired: true) is listed as retired and its replacedBy names a current entry of the same list.',
      ...catalogueRest,
    },
    'berenschot-score': resultSchema(
      source,
      'berenschot-score',
      'Berenschot score (result of scoreBerenschot), format version 1',
      'The six-factor score of a self-assessment: overall score, band and bottleneck; per factor the score, band, coverage, readiness, indicator scores and an explanation; sequence warnings, pitfalls and disagreements; the catalogue edition and the options used. Scores run from 0 to 100 and are not rounded; each is the double nearest to the exact value of its formula.',
    ),
    'factor-balance': resultSchema(
      source,
      'factor-balance',
      'Factor balance (result of balanceFactors), format version 1',
      'How the observed promoting and hindering factors of a collaboration weigh against each other, per domain and per strategy factor, with the strongest obstacles and the likely reasons for not collaborating; the catalogue edition and the options used.',
    ),
    'stage-inference': resultSchema(
      source,
      'stage-inference',
      'Stage inference (result of inferStage), format version 1',
      'The most likely stage of a collaboration with the points of every stage and the reasons behind them; the catalogue edition used.',
    ),
    'portfolio-summary': resultSchema(
      source,
      'portfolio-summary',
      'Portfolio summary (result of summarisePortfolio), format version 1',
      'Counts per theme, form and stage, score distributions, pitfall frequencies and school years of a portfolio, every group smaller than minGroupSize suppressed; the catalogue edition and the options used.',
    ),
    'assessment-comparison': resultSchema(
      source,
      'assessment-comparison',
      'Assessment comparison (result of compareAssessments), format version 1',
      'What changed between two assessments of the same collaboration: per factor and overall, bands, and pitfalls that appeared, were resolved or remain; the catalogue edition and the options used.',
    ),
    trend: resultSchema(
      source,
      'trend',
      'Trend (result of trend), format version 1',
      'The course of one collaboration over its assessments: per strategy factor and overall a series of scores with bands, the change since the first and the previous assessment, a direction and the band changes; the pitfalls that appeared or were resolved along the way and those signalled now; the catalogue edition and the options used.',
    ),
  };
}

/** The shipped JSON Schema files, by file name, as written (two-space JSON with a final newline). */
export function jsonSchemaFiles(source: FormatSource = libraryFormat): Record<string, string> {
  return Object.fromEntries(
    Object.entries(jsonSchemas(source)).map(([name, schema]) => [
      `${name}.json`,
      `${JSON.stringify(schema, null, 2)}\n`,
    ]),
  );
}
