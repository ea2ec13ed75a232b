/**
 * Building blocks of the stored results (the outcomes of the scoring functions that a user keeps: a score, a balance,
 * a stage, a portfolio summary, a comparison): their frame (`kind`, `schemaVersion`, `edition`, `options`) and the
 * values they share. Written the way the document format is (see `fields.ts`), so that the same generators give each
 * result its fast validator, its JSON Schema and its table in `docs/document-format.md`.
 */
import * as z from 'zod';
import { factorCategories } from '../catalogue/ids/factors.js';
import type { LocalisedText } from '../i18n/LocalisedText.js';
import type { SchoolYear } from '../time/schoolYearOf.js';
import { described, type EnumOf, formatVersion, namedEnum, part } from './fields.js';
import type { Agrees, Assert } from './sameType.js';

/** The pattern of a catalogue edition: a year, a dot and a number, such as `2026.2`. */
export const EDITION_PATTERN: RegExp = /^\d{4}\.\d{1,3}$/;

/** The catalogue edition a result was computed with. */
export const edition: z.ZodString = described(z.string().regex(EDITION_PATTERN), {
  id: 'Edition',
  description:
    'A catalogue edition (catalogusuitgave): the year, a dot and a number, for example 2026.2. It fixes the lists, texts, weights and rules a result was computed or a plan drafted with.',
});

const localisedTextPart = part('LocalisedText', 'A text in Dutch (nl) and English (en).', {
  nl: [z.string(), 'The text in Dutch.'],
  en: [z.string(), 'The text in English.'],
});

/** A text in Dutch and English. */
export const localisedText: z.ZodType<LocalisedText> = localisedTextPart;

// Fails to compile when the part and the type differ, in either direction.
type _TextAgrees = Assert<Agrees<LocalisedText, z.output<typeof localisedTextPart>>>;

/** A score from 0 to 100. */
export const score: z.ZodNumber = described(z.number().min(0).max(100), {
  id: 'Score',
  description: 'A score from 0 to 100, not rounded (reports round).',
});

/** A share from 0 to 1. */
export const share: z.ZodNumber = described(z.number().min(0).max(1), {
  id: 'Share',
  description: 'A share from 0 to 1.',
});

/** A number of 0 or more: a weight, a sum of weights. */
export const amount: z.ZodNumber = described(z.number().min(0), {
  id: 'Amount',
  description: 'A number of 0 or more, such as a weight or a sum of weights.',
});

/** A whole number of 0 or more. */
export const tally: z.ZodNumber = described(z.number().int().min(0), {
  id: 'Tally',
  description: 'A whole number of 0 or more: a count.',
});

/** The bands, lowest first. */
const bands = ['onvoldoende', 'voldoende', 'goed'] as const;

/** The band of a score. */
export const band: EnumOf<typeof bands> = namedEnum(
  'Band',
  bands,
  'The band a score falls in: insufficient (onvoldoende), sufficient (voldoende) or good (goed).',
);

/** The domain of a bevorderende or belemmerende factor. */
export const factorCategory: EnumOf<typeof factorCategories> = namedEnum(
  'FactorCategory',
  factorCategories,
  'The domain of a promoting or hindering factor (financieel, organisatorisch, wet-en-regelgeving, relationeel, cultureel, inhoudelijk, context).',
);

/** The polarities of a factor. */
const polarities = ['bevorderend', 'belemmerend'] as const;

/** Whether a factor promotes or hinders. */
export const polarity: EnumOf<typeof polarities> = namedEnum(
  'Polarity',
  polarities,
  'Whether a factor promotes (bevorderend) or hinders (belemmerend) collaboration.',
);

/** The position of a stage, 0 to 4. */
export const stageOrder: z.ZodLiteral<0 | 1 | 2 | 3 | 4> = z.literal([0, 1, 2, 3, 4]);

/** An observed strength, 0 to 3. */
export const strength: z.ZodLiteral<0 | 1 | 2 | 3> = z.literal([0, 1, 2, 3]);

/** A school year, such as `2025-2026`. */
export const schoolYear: z.ZodType<SchoolYear> = described(z.string().regex(/^\d{4}-\d{4}$/), {
  id: 'SchoolYear',
  description: 'A school year (schooljaar), 1 August to 31 July, written as its two years: 2025-2026.',
}) as unknown as z.ZodType<SchoolYear>;

/** The fields every stored result starts with, as `part()` takes them. */
export interface FrameFields<Kind extends string> {
  /** The kind. */
  readonly kind: readonly [z.ZodLiteral<Kind>, string];
  /** The format version. */
  readonly schemaVersion: readonly [typeof formatVersion, string];
  /** The catalogue edition. */
  readonly edition: readonly [z.ZodString, string];
}

/** The fields every stored result starts with: its kind, the version of its format and the catalogue edition. */
export function frameOf<const Kind extends string>(kind: Kind): FrameFields<Kind> {
  return {
    kind: [z.literal(kind), 'The result kind.'],
    schemaVersion: [formatVersion, 'The version of the result format.'],
    edition: [edition, 'The edition of the catalogue the result was computed with.'],
  } as const;
}
