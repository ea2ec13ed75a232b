/**
 * Turns the code of an example into a runnable body: every `expr;` followed by a `//=> expected` comment becomes
 * `__check(id, (expr), (expected));`. The comment may stand on the next line or after the statement on the same
 * line, at any depth (inside a block, a `try` or a `catch`). A `//=>` that does not follow an expression statement
 * is an error, so no expectation is silently skipped.
 */
import { transformSync } from 'esbuild';
import ts from 'typescript';

/** One `//=>` expectation of an example. */
export interface Expectation {
  /** The index in the list, passed to `__check`. */
  readonly id: number;
  /** The 1-based line of the expression in the example. */
  readonly line: number;
  /** The expression, as written. */
  readonly actual: string;
  /** The expected value, as written after `//=>`. */
  readonly expected: string;
}

/** An example ready to run, or the reason it cannot be instrumented. */
export type Instrumented =
  | { readonly ok: true; readonly javascript: string; readonly expectations: readonly Expectation[] }
  | { readonly ok: false; readonly reason: string };

/** The name of the check function in the generated code. */
export const CHECK = '__check';

interface Arrow {
  /** Offset of the comment. */
  readonly pos: number;
  readonly end: number;
  /** 0-based line of the comment. */
  readonly line: number;
  /** The text after `//=>`. */
  readonly text: string;
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function instrument(code: string): Instrumented {
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const lineOf = (pos: number): number => source.getLineAndCharacterOfPosition(pos).line;
  const comments = singleLineComments(code);
  const arrows: Arrow[] = comments
    .filter((comment) => comment.text.startsWith('//=>'))
    .map((comment) => ({ ...comment, line: lineOf(comment.pos), text: comment.text.slice(4).trim() }));

  const statements: ts.ExpressionStatement[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isExpressionStatement(node)) statements.push(node);
    ts.forEachChild(node, visit);
  };
  visit(source);
  const codeLines = code.split('\n');

  const expectations: Expectation[] = [];
  const edits: Edit[] = [];
  const checked = new Set<ts.ExpressionStatement>();
  for (const arrow of arrows) {
    // Continuation lines: further `//` comment lines, read only while the value does not yet parse.
    let expected = arrow.text;
    let nextLine = arrow.line + 1;
    while (!parses(expected)) {
      const continuation = /^\s*\/\/(?!=>)(.*)$/.exec(codeLines[nextLine] ?? '');
      if (continuation === null) {
        return {
          ok: false,
          reason: `line ${arrow.line + 1}: the value after //=> is not a JS expression: ${arrow.text}`,
        };
      }
      expected += `\n${continuation[1]}`;
      nextLine++;
    }
    if (expected === '') return { ok: false, reason: `line ${arrow.line + 1}: //=> without a value` };

    // The statement it belongs to: one ending on the same line before the comment, else on the nearest line above
    // that holds code (blank lines are not allowed in between, comment-only lines are).
    const sameLine = code.slice(code.lastIndexOf('\n', arrow.pos) + 1, arrow.pos).trim() !== '';
    let target: number;
    if (sameLine) {
      target = arrow.line;
    } else {
      target = arrow.line - 1;
      while (target >= 0 && /^\s*\/\//.test(codeLines[target] ?? '')) target--;
      if (target < 0 || (codeLines[target] ?? '').trim() === '') {
        return { ok: false, reason: `line ${arrow.line + 1}: //=> does not follow a statement` };
      }
    }
    const candidates = statements.filter((statement) => statement.end <= arrow.pos && lineOf(statement.end) === target);
    const statement = candidates.sort((a, b) => a.end - b.end).at(-1);
    const lineText = (codeLines[target] ?? '').trim();
    if (statement === undefined) {
      return {
        ok: false,
        reason: `line ${arrow.line + 1}: //=> follows \`${lineText}\`, which does not end an expression statement`,
      };
    }
    // What follows the statement on its line must be nothing but the comment (or other comments).
    const rest = code.slice(statement.end, sameLine ? arrow.pos : code.indexOf('\n', statement.end));
    if (rest.trim() !== '' && !rest.trim().startsWith('//')) {
      return {
        ok: false,
        reason: `line ${arrow.line + 1}: //=> follows \`${lineText}\`, not one expression statement`,
      };
    }
    if (checked.has(statement)) return { ok: false, reason: `line ${arrow.line + 1}: two //=> for one statement` };
    checked.add(statement);
    const id = expectations.length;
    const actual = statement.expression.getText(source);
    expectations.push({ id, line: lineOf(statement.getStart(source)) + 1, actual, expected });
    edits.push({
      start: statement.expression.getStart(source),
      end: statement.expression.end,
      // The line break ends a comment the expected value may carry (`//=> 4 // four`).
      text: `${CHECK}(${id}, (${actual}), (${expected}\n))`,
    });
  }

  const imports = source.statements.filter(ts.isImportDeclaration);
  for (const declaration of imports) {
    const from = (declaration.moduleSpecifier as ts.StringLiteral).text;
    if (from !== 'samenwerking' && !from.startsWith('samenwerking/')) {
      return { ok: false, reason: `imports '${from}': examples may only import from samenwerking` };
    }
    // Everything the package exports is in scope already, so imports from it are dropped.
    edits.push({ start: declaration.getStart(source), end: declaration.end, text: '' });
  }

  // Apply the edits from the end so that offsets stay valid; nested ones (a //=> inside a callback of a checked
  // statement) cannot both be applied, so they are refused.
  edits.sort((a, b) => b.start - a.start);
  for (let index = 1; index < edits.length; index++) {
    if ((edits[index] as Edit).end > (edits[index - 1] as Edit).start) {
      return { ok: false, reason: 'a //=> inside a statement that has its own //=> is not supported' };
    }
  }
  let instrumented = code;
  for (const edit of edits) {
    instrumented = instrumented.slice(0, edit.start) + edit.text + instrumented.slice(edit.end);
  }
  try {
    const javascript = transformSync(instrumented, { loader: 'ts', format: 'esm', target: 'es2022' }).code;
    return { ok: true, javascript, expectations };
  } catch (error) {
    return { ok: false, reason: `does not compile: ${(error as Error).message}` };
  }
}

/** The single-line comments of the code, found by the TypeScript parser (so `//` inside strings is not one). */
function singleLineComments(code: string): { pos: number; end: number; text: string }[] {
  // The leading and trailing trivia of every token of the parsed tree: exact, also around templates and regexes.
  const comments: { pos: number; end: number; text: string }[] = [];
  const source = ts.createSourceFile('comments.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const seen = new Set<number>();
  const collect = (ranges: readonly ts.CommentRange[] | undefined): void => {
    for (const range of ranges ?? []) {
      if (range.kind !== ts.SyntaxKind.SingleLineCommentTrivia || seen.has(range.pos)) continue;
      seen.add(range.pos);
      comments.push({ pos: range.pos, end: range.end, text: code.slice(range.pos, range.end) });
    }
  };
  const visit = (node: ts.Node): void => {
    collect(ts.getLeadingCommentRanges(code, node.getFullStart()));
    collect(ts.getTrailingCommentRanges(code, node.end));
    for (const child of node.getChildren(source)) visit(child);
  };
  visit(source);
  return comments.sort((a, b) => a.pos - b.pos);
}

function parses(expression: string): boolean {
  if (expression.trim() === '') return true;
  try {
    transformSync(`(${expression}\n);`, { loader: 'ts' });
    return true;
  } catch {
    return false;
  }
}
