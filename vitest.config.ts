import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { defineConfig } from 'vitest/config';

/**
 * The source files with no run-time code: only types, so nothing in them can run or be covered (compiled, they are
 * empty). Found by compiling each file, so a file that gains a line of run-time code is counted again at once.
 */
function typeOnlyFiles(): string[] {
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
  return files
    .map((file) => join('src', file).split('\\').join('/'))
    .filter((file) => {
      const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, removeComments: true },
      });
      return outputText.replace(/export \{\};?/g, '').trim() === '';
    });
}

/**
 * Three kinds of test: runtime (`*.test.ts`), property (`*.test-prop.ts`, fast-check) and type
 * (`*.test-d.ts`, checked by the type checker, never run).
 */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test-prop.ts'],
    typecheck: {
      enabled: true,
      include: ['test/**/*.test-d.ts'],
      tsconfig: './tsconfig.test.json',
    },
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/**/index.ts', 'src/**/types.ts', ...typeOnlyFiles()],
      reporter: ['text-summary', 'text'],
      thresholds: { lines: 95, branches: 90, functions: 95, statements: 95 },
    },
  },
});
