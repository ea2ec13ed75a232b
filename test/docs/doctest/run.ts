/**
 * Runs one instrumented example as the body of an async function whose parameters are the names in scope, and
 * compares every `//=>` expectation with `expect(…).toStrictEqual(…)`. The example's own code sits in a block of its
 * own, so it may declare a name the scope also has (`const collaboration = …`).
 */
import { inspect, stripVTControlCharacters } from 'node:util';
import { expect } from 'vitest';
import { CHECK, type Expectation, instrument } from './instrument.js';

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<void>;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Runs the code of an example; returns the problems found, empty when every expectation held. Problems name lines
 * counted from `firstLine`, the line of the code's first line in its source file.
 */
export async function runExample(
  code: string,
  scope: Readonly<Record<string, unknown>>,
  firstLine = 1,
): Promise<string[]> {
  const problems = await problemsOf(code, scope);
  return problems.map((problem) => problem.replace(/^line (\d+)/, (_, line) => `line ${Number(line) + firstLine - 1}`));
}

async function problemsOf(code: string, scope: Readonly<Record<string, unknown>>): Promise<string[]> {
  const instrumented = instrument(code);
  if (!instrumented.ok) return [instrumented.reason];
  const { javascript, expectations } = instrumented;
  if (expectations.length === 0) return ['has no `expr;` followed by `//=> expected`, so it checks nothing'];

  const problems: string[] = [];
  const ran = new Set<number>();
  const check = (id: number, actual: unknown, expected: unknown): void => {
    ran.add(id);
    const expectation = expectations[id] as Expectation;
    try {
      expect(actual).toStrictEqual(expected);
    } catch (error) {
      problems.push(
        `line ${expectation.line}: ${expectation.actual}\n` +
          `  expected (//=> ${expectation.expected})\n` +
          `  actual:  ${inspect(actual, { depth: 6, breakLength: 100 })}\n` +
          indent(stripVTControlCharacters((error as Error).message)),
      );
    }
  };
  const names = Object.keys(scope).filter((name) => IDENTIFIER.test(name) && name !== CHECK);
  try {
    const body = new AsyncFunction(...names, CHECK, `{\n${javascript}\n}`);
    await body(...names.map((name) => scope[name]), check);
  } catch (error) {
    problems.push(`threw ${error instanceof Error ? `${error.name}: ${error.message}` : inspect(error)}`);
  }
  for (const expectation of expectations) {
    if (!ran.has(expectation.id)) {
      problems.push(`line ${expectation.line}: ${expectation.actual} //=> ${expectation.expected} never ran`);
    }
  }
  return problems;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}
