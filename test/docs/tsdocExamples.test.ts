/**
 * Doc-test: every ```ts block of an `@example` in the TSDoc of `src/` runs, and every `expr;` followed by
 * `//=> expected` in it holds (deep, strict equality). Examples see everything the package exports and the samples
 * of `test/docs/doctest/prelude.ts` (`collaboration`, `assessment`, `portfolio`). Also checks that every public
 * function and class has an example.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as samenwerking from '../../src/index.js';
import { type DocDeclaration, declarationsOf, parseDocComment, sourceFiles } from './doctest/extract.js';
import { preludeScope } from './doctest/prelude.js';
import { runExample } from './doctest/run.js';

const root = join(import.meta.dirname, '..', '..');
const declarations: DocDeclaration[] = sourceFiles(root).flatMap((file) => declarationsOf(root, file));
const withExamples = declarations.filter((declaration) => declaration.examples.length > 0);

/** The scope of an example: the prelude, plus its own module, which a new file may not yet export from the index. */
async function scopeFor(file: string): Promise<Readonly<Record<string, unknown>>> {
  const own = (await import(pathToFileURL(join(root, file)).href)) as Record<string, unknown>;
  return { ...own, ...preludeScope };
}

function numbered(code: string, firstLine: number): string {
  return code
    .split('\n')
    .map((line, index) => `${String(firstLine + index).padStart(5)} | ${line}`)
    .join('\n');
}

describe('TSDoc @example blocks run and their //=> results hold', () => {
  it('finds the examples', () => {
    expect(withExamples.length).toBeGreaterThan(50);
  });

  for (const declaration of withExamples) {
    declaration.examples.forEach((example, index) => {
      it(`${declaration.file} ${declaration.name}: example ${index + 1}`, async () => {
        const problems =
          example.problem === undefined
            ? await runExample(example.code, await scopeFor(declaration.file), example.line)
            : [example.problem];
        if (problems.length > 0) {
          throw new Error(
            `${declaration.file}:${example.line} ${declaration.name}: example ${index + 1} (lines of the example ` +
              `are numbered as in the file)\n\n${numbered(example.code, example.line)}\n\n${problems.join('\n\n')}`,
          );
        }
      });
    });
  }
});

describe('TSDoc @example coverage', () => {
  it('gives every public function and class at least one @example', () => {
    // Public: exported by the package (src/index.ts), or documented for the API reference (with a @category).
    const exported = new Set(
      Object.entries(samenwerking)
        .filter(([, value]) => typeof value === 'function')
        .map(([name]) => name),
    );
    const callable = declarations.filter(
      (declaration) => declaration.kind === 'function' || declaration.kind === 'class',
    );
    const isPublic = (declaration: DocDeclaration): boolean =>
      !declaration.tags.includes('internal') &&
      (exported.has(declaration.name) || declaration.tags.includes('category'));
    const missing = callable
      .filter((declaration) => isPublic(declaration) && declaration.examples.length === 0)
      .map((declaration) => `${declaration.file}:${declaration.line} ${declaration.name}`);
    const documented = new Set(callable.map((declaration) => declaration.name));
    for (const name of exported) {
      if (!documented.has(name)) missing.push(`${name} (exported, but no declaration with TSDoc found in src/)`);
    }
    expect(missing, `public functions and classes without an @example:\n${missing.join('\n')}`).toEqual([]);
  });
});

describe('the doc-test harness', () => {
  const scope = {
    double: (value: number) => value * 2,
    fail: () => {
      throw new Error('no');
    },
  };
  const run = (code: string) => runExample(code, scope);

  it('passes when every //=> holds, on the next line, on the same line, in a block or across lines', async () => {
    const code = [
      'double(2);',
      '//=> 4',
      'double(3); //=> 6 // six',
      "({ a: [double(1)], b: 'x' });",
      "//=> { a: [2], b: 'x' }",
      '[double(1),',
      '  double(2)];',
      '//=> [2,',
      '//     4]',
      'try {',
      '  fail();',
      '} catch (error) {',
      '  (error as Error).message;',
      "  //=> 'no'",
      '}',
      "import { double as twice } from 'samenwerking';",
    ].join('\n');
    expect(await run(code)).toEqual([]);
  });

  it('fails on a wrong result, naming the line, the expression and both values', async () => {
    const [problem] = await run('double(2);\n//=> 5');
    expect(problem).toContain('line 1: double(2)');
    expect(problem).toContain('//=> 5');
    expect(problem).toContain('actual:  4');
  });

  it('compares strictly: types, extra keys and array lengths count', async () => {
    expect(await run("double(2);\n//=> '4'")).toHaveLength(1);
    expect(await run('({ a: 1, b: 2 });\n//=> { a: 1 }')).toHaveLength(1);
    expect(await run('[1, 2];\n//=> [1]')).toHaveLength(1);
  });

  it('fails when an expectation never runs, as in a catch block that is not reached', async () => {
    const problems = await run('try {\n  double(1);\n} catch (error) {\n  error;\n  //=> 1\n}');
    expect(problems).toEqual(['line 4: error //=> 1 never ran']);
  });

  it('fails loudly on a //=> it cannot attach to an expression statement', async () => {
    expect(await run('const x = double(1);\n//=> 2')).toEqual([
      'line 2: //=> follows `const x = double(1);`, which does not end an expression statement',
    ]);
    expect(await run('if (true) {\n  double(1);\n}\n//=> 2')).toHaveLength(1);
    expect(await run('double(1);\n\n//=> 2')).toEqual(['line 3: //=> does not follow a statement']);
    expect(await run('double(1);\n//=> [2,')).toHaveLength(1);
    expect(await run('double(1);\n//=>')).toHaveLength(1);
    expect(await run('[1].map((x) => {\n  double(x);\n  //=> 2\n  return x;\n});\n//=> [1]')).toEqual([
      'a //=> inside a statement that has its own //=> is not supported',
    ]);
  });

  it('fails on an example that throws, checks nothing, or imports from elsewhere', async () => {
    expect(await run('fail();\n//=> 1')).toEqual(['threw Error: no', 'line 1: fail() //=> 1 never ran']);
    expect(await run('double(1);')).toEqual(['has no `expr;` followed by `//=> expected`, so it checks nothing']);
    expect(await run("import { x } from 'zod';\nx;\n//=> 1")).toEqual([
      "imports 'zod': examples may only import from samenwerking",
    ]);
  });

  it('reads the tags and ```ts blocks of a doc comment, with their lines', () => {
    const comment = [
      '/**',
      ' * Doubles.',
      ' *',
      ' * @example',
      ' * ```ts',
      ' * double(2);',
      ' * //=> 4',
      ' * ```',
      ' * @example',
      ' * ```js',
      ' * double(2);',
      ' * ```',
      ' * @example',
      ' * double(2);',
      ' * @category Maths',
      ' */',
    ].join('\n');
    expect(parseDocComment(comment, 10)).toEqual({
      tags: ['example', 'example', 'example', 'category'],
      examples: [
        { code: 'double(2);\n//=> 4', line: 15 },
        { code: 'double(2);', line: 20, problem: 'the @example fence is ```js, not ```ts' },
        { code: 'double(2);', line: 23, problem: 'the @example has no ```ts block' },
      ],
    });
  });
});
