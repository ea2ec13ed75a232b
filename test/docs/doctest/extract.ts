/**
 * Finds the documented declarations of `src/` and the ```ts blocks of their `@example` tags, with the TypeScript
 * parser, so that comments, strings and nesting are read as the compiler reads them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

/** One ```ts block of an `@example` tag. */
export interface DocExample {
  /** The code, with the ` * ` of the doc comment stripped. */
  readonly code: string;
  /** The 1-based line in the source file of the first code line. */
  readonly line: number;
  /** Why the block cannot run as a doc-test (no fence, an unclosed fence, …), or `undefined`. */
  readonly problem?: string;
}

/** An exported declaration with TSDoc, or a method of an exported class. */
export interface DocDeclaration {
  /** The path from the project root, with forward slashes: `src/time/schoolYearOf.ts`. */
  readonly file: string;
  /** The name: `schoolYearOf`, or `SamenwerkingError.format` for a method. */
  readonly name: string;
  /** `function` (also a `const` holding a function), `class`, `method` or `value` (schemas, data). */
  readonly kind: 'function' | 'class' | 'method' | 'value';
  /** The 1-based line of the declaration. */
  readonly line: number;
  /** The block tags of its doc comment, without `@`: `example`, `category`, `internal`, … */
  readonly tags: readonly string[];
  /** The ```ts blocks of its `@example` tags, in source order. */
  readonly examples: readonly DocExample[];
}

/** Lists the `.ts` files of `src/` that may hold documented API: not `index.ts`, not `src/internal/`. */
export function sourceFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (relative(root, path).split(sep).join('/') !== 'src/internal') walk(path);
      } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') && entry.name !== 'index.ts') {
        files.push(path);
      }
    }
  };
  walk(join(root, 'src'));
  return files.sort();
}

/** Reads every documented declaration of one source file. */
export function declarationsOf(root: string, path: string): DocDeclaration[] {
  const text = readFileSync(path, 'utf8');
  const file = relative(root, path).split(sep).join('/');
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: DocDeclaration[] = [];
  const add = (node: ts.Node, name: string, kind: DocDeclaration['kind']): void => {
    const comment = docCommentOf(text, node);
    if (comment === undefined) return;
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    found.push({ file, name, kind, line, ...parseDocComment(comment.text, comment.line) });
  };
  const lineOf = (pos: number): number => source.getLineAndCharacterOfPosition(pos).line + 1;
  const docCommentOf = (all: string, node: ts.Node): { text: string; line: number } | undefined => {
    const ranges = ts.getLeadingCommentRanges(all, node.getFullStart()) ?? [];
    const last = ranges.at(-1);
    if (last === undefined || !all.startsWith('/**', last.pos)) return undefined;
    return { text: all.slice(last.pos, last.end), line: lineOf(last.pos) };
  };

  for (const statement of source.statements) {
    if (!isExported(statement)) continue;
    if (ts.isFunctionDeclaration(statement) && statement.name !== undefined) {
      add(statement, statement.name.text, 'function');
    } else if (ts.isClassDeclaration(statement) && statement.name !== undefined) {
      const className = statement.name.text;
      add(statement, className, 'class');
      for (const member of statement.members) {
        if (!ts.isMethodDeclaration(member) && !ts.isGetAccessor(member) && !ts.isConstructorDeclaration(member)) {
          continue;
        }
        if (member.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.PrivateKeyword)) continue;
        if (member.name !== undefined && ts.isPrivateIdentifier(member.name)) continue;
        const memberName = ts.isConstructorDeclaration(member) ? 'constructor' : member.name.getText(source);
        add(member, `${className}.${memberName}`, 'method');
      }
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name)) continue;
        // The doc comment sits before `export const`, so it belongs to the statement.
        const kind = holdsFunction(declaration) ? 'function' : 'value';
        const comment = docCommentOf(text, statement);
        if (comment === undefined) continue;
        found.push({
          file,
          name: declaration.name.text,
          kind,
          line: lineOf(statement.getStart(source)),
          ...parseDocComment(comment.text, comment.line),
        });
      }
    }
  }
  return found;
}

function isExported(node: ts.Statement): boolean {
  return (
    ts.canHaveModifiers(node) &&
    (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)
  );
}

/** A `const` is a function when its type is a function type or its value an arrow or function expression. */
function holdsFunction(declaration: ts.VariableDeclaration): boolean {
  const type = declaration.type;
  if (type !== undefined && ts.isFunctionTypeNode(type)) return true;
  let value = declaration.initializer;
  while (value !== undefined && (ts.isParenthesizedExpression(value) || ts.isSatisfiesExpression(value))) {
    value = value.expression;
  }
  return value !== undefined && (ts.isArrowFunction(value) || ts.isFunctionExpression(value));
}

/**
 * Reads the block tags of a doc comment and the ```ts blocks of its `@example` tags. A tag starts at a line that
 * begins with `@` outside a code fence and runs to the next tag.
 */
export function parseDocComment(comment: string, firstLine: number): { tags: string[]; examples: DocExample[] } {
  const lines = comment
    .replace(/^\/\*\*/, '')
    .replace(/\*\/$/, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, '').replace(/\s+$/, ''));
  const tags: string[] = [];
  const examples: DocExample[] = [];
  let inFence = false;
  let tag: string | undefined;
  let exampleStart = -1;
  const finishExample = (end: number): void => {
    if (tag === 'example') examples.push(...fencesOf(lines.slice(exampleStart + 1, end), firstLine + exampleStart + 1));
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (/^\s*```/.test(line)) inFence = !inFence;
    const match = inFence ? null : /^@(\w+)/.exec(line);
    if (match === null) continue;
    finishExample(index);
    tag = match[1] ?? '';
    tags.push(tag);
    exampleStart = index;
  }
  finishExample(lines.length);
  return { tags, examples };
}

/** The ```ts blocks of one `@example` tag; an example without one, or with an unclosed one, is a problem. */
function fencesOf(lines: readonly string[], firstLine: number): DocExample[] {
  const blocks: DocExample[] = [];
  let open: { language: string; start: number } | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const fence = /^\s*```\s*(\S*)\s*$/.exec(line);
    if (fence === null) continue;
    if (open === undefined) {
      open = { language: fence[1] ?? '', start: index };
      continue;
    }
    const code = lines.slice(open.start + 1, index).join('\n');
    if (open.language === 'ts' || open.language === 'typescript') {
      blocks.push({ code, line: firstLine + open.start + 1 });
    } else {
      blocks.push({
        code,
        line: firstLine + open.start + 1,
        problem: `the @example fence is \`\`\`${open.language}, not \`\`\`ts`,
      });
    }
    open = undefined;
  }
  if (open !== undefined) {
    blocks.push({
      code: lines.slice(open.start + 1).join('\n'),
      line: firstLine + open.start + 1,
      problem: 'unclosed ``` fence',
    });
  } else if (blocks.length === 0) {
    blocks.push({ code: lines.join('\n'), line: firstLine, problem: 'the @example has no ```ts block' });
  }
  return blocks;
}
