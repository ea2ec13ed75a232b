/**
 * Formats generated TypeScript the way the rest of the code is formatted (Biome, with its safe fixes such as the
 * order of imports), so that a generated file reads like a written one and `biome check` passes on it.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const biome = join(root, 'node_modules', '.bin', 'biome');

/** Formats a source text as if it were the file at `path` (relative to the repository root). */
export function formatSource(source: string, path: string): string {
  return execFileSync(biome, ['check', '--write', `--stdin-file-path=${path}`], {
    cwd: root,
    input: source,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}
