/**
 * Shared logic of the "own words" rule: a run of eight consecutive words that a catalogue text shares
 * with a source document counts as copied. Sources are kept only as hashed eight-word runs
 * (`test/fixtures/seed-shingles.txt`), never as text.
 */
import { createHash } from 'node:crypto';

/** The number of consecutive words that counts as copying. */
export const RUN_LENGTH = 8;

/** Splits text into normalised words: lower case, accents removed, letters and digits only. */
export function wordsOf(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Hashes one run of words to 12 hex digits (48 bits: collisions are negligible at this size). */
export function hashRun(words: readonly string[]): string {
  return createHash('sha1').update(words.join(' ')).digest('hex').slice(0, 12);
}

/** Every eight-word run of a text, with its hash. */
export function runsOf(text: string): { words: string; hash: string }[] {
  const words = wordsOf(text);
  const runs: { words: string; hash: string }[] = [];
  for (let start = 0; start + RUN_LENGTH <= words.length; start++) {
    const run = words.slice(start, start + RUN_LENGTH);
    runs.push({ words: run.join(' '), hash: hashRun(run) });
  }
  return runs;
}

/** The source text prepared for hashing: words split over a line break with a hyphen are joined. */
export function seedVariants(text: string): string[] {
  return [text, text.replace(/-\s*\n\s*/g, '')];
}

/** Keys whose values are citations or proper names, taken from the sources on purpose. */
export const CITATION_KEYS: ReadonlySet<string> = new Set([
  'id',
  'source',
  'section',
  'lines',
  'title',
  'sourceTitle',
  'publisher',
  'municipality',
  'key',
  'group',
  'table',
]);

/** Every text in a value that the own-words rule applies to, with its path. */
export function textsOf(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => textsOf(item, `${path}[${index}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      CITATION_KEYS.has(key) ? [] : textsOf(item, path === '' ? key : `${path}.${key}`),
    );
  }
  return [];
}
