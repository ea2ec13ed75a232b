/**
 * The own-words rule: no catalogue text shares a run of eight consecutive words with a source document. The
 * sources are present only as hashed eight-word runs (test/fixtures/seed-shingles.txt), so this runs on a fresh
 * clone without ../shared; scripts/generate-seed-shingles.ts regenerates the fixture from the sources.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RUN_LENGTH, runsOf, seedVariants, textsOf } from '../../scripts/lib/own-words.js';
import { catalogue } from '../../src/catalogue/index.js';

const root = join(import.meta.dirname, '..', '..');
const fixture = readFileSync(join(root, 'test', 'fixtures', 'seed-shingles.txt'), 'utf8')
  .split('\n')
  .filter(Boolean);
const seedHashes = new Set(fixture);
const seedsDir = join(root, '..', 'shared', 'seeds');

describe('own words', () => {
  it('the fixture holds tens of thousands of hashed runs and no readable text', () => {
    expect(fixture.length).toBeGreaterThan(40_000);
    expect(fixture.every((line) => /^[0-9a-f]{12}$/.test(line))).toBe(true);
  });

  it('detects a copied run: a sentence from a source is flagged (checked against the fixture)', () => {
    // Eight words that open the Overlegraad note's "Vooraf" (seed 001, lines 10-11), typed here on purpose.
    const copied = 'Sinds een aantal jaren komen vertegenwoordigers van de PO-Raad';
    expect(runsOf(copied).some((run) => seedHashes.has(run.hash))).toBe(true);
  });

  it('does not flag a text written in our own words', () => {
    const ours =
      'Partners leggen hun gezamenlijke doel concreet vast, zodat niemand er later iets anders onder verstaat.';
    expect(runsOf(ours).some((run) => seedHashes.has(run.hash))).toBe(false);
  });

  it(`no catalogue text shares ${RUN_LENGTH} consecutive words with a source`, () => {
    const copied = textsOf(catalogue)
      .filter(({ text }) => runsOf(text).some((run) => seedHashes.has(run.hash)))
      .map(({ path, text }) => `${path}: ${text}`);
    expect(copied).toEqual([]);
  });

  it('no guide in docs/ and not the README shares eight consecutive words with a source', () => {
    const files = [
      join(root, 'README.md'),
      ...readdirSync(join(root, 'docs'))
        .filter((name) => name.endsWith('.md'))
        .map((name) => join(root, 'docs', name)),
    ];
    // Checked per paragraph, list item, heading or table row, so that words of neighbouring items never join into
    // one run. Citation lines of the generated catalogue reference quote the sources' section headings, as
    // citations do, and are left out; so are its link lines, which hold only ids (exempt in the catalogue check too)
    // and the source's quantifiers of the frequencies, which are checked as catalogue texts above.
    const blocks = (file: string): string[] => {
      const result: string[] = [];
      let block: string[] = [];
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        const startsItem = /^\s*([-*#|]|\d+\.)/.test(line);
        if (line.trim() === '' || startsItem) {
          if (block.length > 0) result.push(block.join(' '));
          block = [];
        }
        const exempt = line.startsWith('- **bron / source**') || line.startsWith('- **koppelingen / links**');
        if (line.trim() !== '' && !exempt) block.push(line);
      }
      if (block.length > 0) result.push(block.join(' '));
      return result;
    };
    const copied = files.flatMap((file) =>
      blocks(file)
        .flatMap((block) => runsOf(block))
        .filter((run) => seedHashes.has(run.hash))
        .map((run) => `${file}: ${run.words}`),
    );
    expect(files.length).toBeGreaterThan(5);
    expect(copied).toEqual([]);
  });

  it('the fixture is current with the sources, where they are present', () => {
    const hashes = new Set<string>();
    const present = existsSync(seedsDir);
    if (present) {
      for (const file of readdirSync(seedsDir).filter((name) => name.endsWith('.txt'))) {
        for (const variant of seedVariants(readFileSync(join(seedsDir, file), 'utf8'))) {
          for (const run of runsOf(variant)) hashes.add(run.hash);
        }
      }
    }
    // On a clone without ../shared the fixture is the only copy, and must still be there to check against.
    expect(present ? [...hashes].sort() : fixture.length > 0).toEqual(present ? fixture : true);
  });
});
