/**
 * The structure of the API reference, read from typedoc's JSON output (`typedoc --json`): the rules that make the
 * site read in order for a newcomer. `scripts/check-docs-site.ts` runs typedoc and these checks, then looks at the
 * generated pages in Chromium. Each function returns the problems it finds, empty when the rule holds.
 */
import { specifierOf } from './readme-claims.js';

/** The parts of typedoc's JSON output that the checks read. */
export interface SiteReflection {
  readonly id: number;
  readonly name: string;
  readonly kind: number;
  readonly comment?: { readonly summary: readonly CommentPart[] };
  readonly children?: readonly SiteReflection[];
  readonly groups?: readonly { readonly title: string; readonly children: readonly number[] }[];
  readonly type?: { readonly type: string; readonly declaration?: { readonly signatures?: readonly unknown[] } };
  readonly signatures?: readonly unknown[];
}

/** A piece of a doc comment or a document. */
export interface CommentPart {
  readonly kind: string;
  readonly text: string;
  readonly target?: unknown;
}

/** The project: its modules and its guides. */
export interface SiteProject extends SiteReflection {
  readonly documents?: readonly { readonly name: string; readonly content: readonly CommentPart[] }[];
}

/** typedoc's kind numbers that the checks use. */
export const KIND = { Module: 2, Variable: 32, Function: 64 } as const;

/** The documented modules are the package's entry points (`exports` without wildcards and package.json), in order. */
export function checkModules(
  project: SiteProject,
  pkg: { readonly name: string; readonly exports?: object },
): string[] {
  const expected = Object.keys(pkg.exports ?? {})
    .filter((key) => !key.includes('*') && key !== './package.json')
    .map((key) => specifierOf(pkg.name, key));
  const documented = (project.children ?? []).filter((child) => child.kind === KIND.Module).map((child) => child.name);
  const problems: string[] = [];
  for (const name of documented) {
    if (!expected.includes(name)) {
      problems.push(
        `the API reference documents the module ${name}, which is not an entry point of package.json; name each ` +
          `entry's module after its import path (\`@module ${pkg.name}/…\`) and list only entry files in typedoc.json`,
      );
    }
  }
  for (const name of expected) {
    if (!documented.includes(name)) {
      problems.push(`the entry point ${name} has no page: add its index.ts to typedoc.json's entryPoints`);
    }
  }
  const shared = documented.filter((name) => expected.includes(name));
  const order = expected.filter((name) => documented.includes(name));
  if (problems.length === 0 && shared.join() !== order.join()) {
    problems.push(`the modules are listed as ${shared.join(', ')}; package.json exports them as ${order.join(', ')}`);
  }
  return problems;
}

/**
 * In every module the functions come first (before classes, values and types), no function shows as a variable,
 * and the module has a description.
 */
export function checkModulePages(project: SiteProject): string[] {
  const problems: string[] = [];
  for (const module of (project.children ?? []).filter((child) => child.kind === KIND.Module)) {
    const titles = (module.groups ?? []).map((group) => group.title);
    if (titles.includes('Functions') && titles[0] !== 'Functions') {
      problems.push(`${module.name} lists ${titles.join(', ')}: the functions must come first`);
    }
    if ((module.comment?.summary ?? []).every((part) => part.text.trim() === '')) {
      problems.push(`${module.name} has no description: give its index.ts a doc comment with @module`);
    }
    const functionVariables = (module.children ?? []).filter(
      (child) => child.kind === KIND.Variable && (child.type?.declaration?.signatures?.length ?? 0) > 0,
    );
    for (const child of functionVariables) {
      problems.push(
        `${module.name}: ${child.name} holds a function but shows as a variable; add \`@function\` to its doc comment`,
      );
    }
  }
  return problems;
}

/** The root module's page links to the page of every other module (it documents nothing itself but re-exports). */
export function checkRootPage(project: SiteProject, pkgName: string): string[] {
  const modules = (project.children ?? []).filter((child) => child.kind === KIND.Module);
  const root = modules.find((module) => module.name === pkgName);
  if (root === undefined) return [`there is no page for the root entry ${pkgName}`];
  const linked = new Set(
    (root.comment?.summary ?? []).filter((part) => part.kind === 'inline-tag').map((part) => part.target),
  );
  return modules
    .filter((module) => module !== root && !linked.has(module.id))
    .map((module) => `the ${pkgName} page does not link to ${module.name}: add it to the table in src/index.ts`);
}

/**
 * The guides read in learning order: Getting started first, then Concepts, the Scoring method and the Document
 * format, the generated Catalogue reference last; every guide in `docs/` is on the site; Getting started shows the
 * main job (parse, score, find pitfalls, report).
 */
export function checkGuides(project: SiteProject, guideTitles: readonly string[]): string[] {
  const documents = project.documents ?? [];
  const names = documents.map((document) => document.name);
  const problems: string[] = [];
  for (const title of guideTitles) {
    if (!names.includes(title)) problems.push(`the guide "${title}" is not on the site: add it to projectDocuments`);
  }
  if (names[0] !== 'Getting started') problems.push(`the first guide is "${names[0]}", not "Getting started"`);
  if (names.at(-1) !== 'Catalogue reference') {
    problems.push(`the last guide is "${names.at(-1)}", not the generated "Catalogue reference"`);
  }
  const learning = ['Getting started', 'Concepts', 'Scoring method', 'Document format'];
  const positions = learning.map((title) => names.indexOf(title));
  if (positions.some((position, index) => position === -1 || (index > 0 && position < (positions[index - 1] ?? 0)))) {
    problems.push(`the guides should start ${learning.join(', ')}; they are ${names.join(', ')}`);
  }
  const start = documents.find((document) => document.name === 'Getting started');
  const text = (start?.content ?? []).map((part) => part.text).join('');
  const steps = ['parseCollaboration', 'parseAssessment', 'scoreBerenschot', 'detectPitfalls', 'toMarkdown'];
  const missing = steps.filter((step) => !text.includes(step));
  if (start !== undefined && missing.length > 0) {
    problems.push(`Getting started does not show the main job: ${missing.join(', ')} are missing`);
  }
  return problems;
}

/** The `title:` of a guide's front matter, or its first `# heading`. */
export function guideTitle(markdown: string): string | undefined {
  const front = /^---\n([\s\S]*?)\n---/.exec(markdown)?.[1];
  const title = front === undefined ? undefined : /^title:\s*(.+)$/m.exec(front)?.[1];
  return (title ?? /^# (.+)$/m.exec(markdown)?.[1])?.trim().replace(/^['"]|['"]$/g, '');
}
