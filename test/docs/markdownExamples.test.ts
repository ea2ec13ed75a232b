/**
 * Doc-test for the README and the guides: every ```ts block of `README.md` and `docs/*.md` that holds a `//=>` runs,
 * and each `expr;` followed by `//=> expected` holds, as in the TSDoc doc-test (same harness). Besides everything the
 * package exports and the samples of the prelude, a block sees `collaborationJson` and `assessmentJson`: the built-in
 * example files `examples/data/kindcentra-noord.*.json`, read with `JSON.parse`, as the README and the guides say.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeBlocks } from './doctest/markdown.js';
import { preludeScope } from './doctest/prelude.js';
import { runExample } from './doctest/run.js';

const root = join(import.meta.dirname, '..', '..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));
const scope: Readonly<Record<string, unknown>> = {
  ...preludeScope,
  collaborationJson: readJson('examples/data/kindcentra-noord.collaboration.json'),
  assessmentJson: readJson('examples/data/kindcentra-noord.assessment.json'),
};

const files = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
];
const checked = files.flatMap((file) =>
  codeBlocks(readFileSync(join(root, file), 'utf8'))
    .filter((block) => block.language === 'ts' && block.code.includes('//=>'))
    .map((block) => ({ file, ...block })),
);

describe('README and guide examples run and their //=> results hold', () => {
  it('finds the checked examples of the README and of Getting started', () => {
    expect(checked.filter((block) => block.file === 'README.md').length).toBeGreaterThanOrEqual(4);
    expect(checked.filter((block) => block.file === 'docs/getting-started.md').length).toBeGreaterThanOrEqual(3);
  });

  for (const block of checked) {
    it(`${block.file}:${block.line}`, async () => {
      const problems = await runExample(block.code, scope, block.line);
      expect(problems, `${block.file}:${block.line}\n\n${problems.join('\n\n')}`).toEqual([]);
    });
  }
});

describe('the Markdown code-block reader', () => {
  it('reads the language, the code and the line of each block', () => {
    expect(codeBlocks('text\n```ts\nconst a = 1;\n```\n\n```sh\nnpm test\n```\n')).toEqual([
      { language: 'ts', code: 'const a = 1;', line: 3 },
      { language: 'sh', code: 'npm test', line: 7 },
    ]);
  });

  it('refuses a block that is never closed', () => {
    expect(() => codeBlocks('```ts\nconst a = 1;\n')).toThrow(/never closed/);
  });
});
