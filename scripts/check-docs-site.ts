/**
 * Builds the API reference with typedoc (validation on, warnings are errors) into `.tmp/docs-site/`, with its JSON
 * model beside it, and checks that the site reads in order (see `scripts/lib/docs-site.ts`): the modules are the
 * package's entry points, functions come first in every module, no function shows as a variable, the root page links
 * every module, and the guides start with Getting started and end with the catalogue reference.
 *
 * Then it opens the pages in headless Chromium (found by `scripts/lib/chromium.mjs`) as a reader would and checks
 * what the browser shows: one title on the landing page, the guides first in the sidebar in their order, the modules
 * after them, "Functions" as the first section of a module page, `getTheme` as a function. Screenshots go to
 * `test/browser/screenshots/docs-*.png` (git-ignored).
 *
 * Run: `npm run docs:check`. `npm run docs` writes the site to `docs/api/` without these checks.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium } from './lib/chromium.mjs';
import {
  checkGuides,
  checkModulePages,
  checkModules,
  checkRootPage,
  guideTitle,
  type SiteProject,
} from './lib/docs-site.js';

const root = join(import.meta.dirname, '..');
const out = join(root, '.tmp', 'docs-site');
const jsonPath = join(root, '.tmp', 'docs-site.json');
const shots = join(root, 'test', 'browser', 'screenshots');
const STEP_MS = 20_000;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; exports: object };

let failed = 0;
let passed = 0;
function report(name: string, problems: readonly string[]): void {
  console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${name}`);
  for (const problem of problems) console.log(`     ${problem}`);
  if (problems.length === 0) passed++;
  else failed++;
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
try {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules', 'typedoc', 'bin', 'typedoc'), '--out', out, '--json', jsonPath],
    {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  report('typedoc builds the site with no warnings', []);
} catch {
  report('typedoc builds the site with no warnings', ['typedoc failed; its messages are above']);
  process.exit(1);
}

const project = JSON.parse(readFileSync(jsonPath, 'utf8')) as SiteProject;
const guideTitles = readdirSync(join(root, 'docs'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => guideTitle(readFileSync(join(root, 'docs', name), 'utf8')) ?? name);
report('the documented modules are the entry points of package.json, in its order', checkModules(project, pkg));
report(
  'every module lists its functions first, shows no function as a variable, and has a description',
  checkModulePages(project),
);
report(`the ${pkg.name} page links to every module`, checkRootPage(project, pkg.name));
report(
  'the guides are all there, in learning order, and Getting started shows the main job',
  checkGuides(project, guideTitles),
);

const moduleNames = (project.children ?? []).filter((child) => child.kind === 2).map((child) => child.name);
const documentNames = (project.documents ?? []).map((document) => document.name);
const pageOf = (path: string): string => pathToFileURL(join(out, path)).href;
/** typedoc's file name for a module page: `samenwerking/scoring` → `modules/samenwerking_scoring.html`. */
const modulePage = (name: string): string => `modules/${name.replace(/[^\w-]/g, '_')}.html`;

const { browser, chromium } = await launchChromium({ timeout: STEP_MS });
console.log(`Chromium ${browser.version()} (${chromium.description})`);
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(STEP_MS);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  mkdirSync(shots, { recursive: true });
  const open = async (path: string): Promise<Page> => {
    await page.goto(pageOf(path), { waitUntil: 'load' });
    // The sidebar is drawn by script from the site's navigation data.
    await page.waitForSelector('.site-menu nav a, #tsd-nav-container a');
    return page;
  };
  const shoot = (name: string) => page.screenshot({ path: join(shots, `docs-${name}.png`) });
  /** The top-level sidebar entries: the guides and the modules. */
  const sidebar = () =>
    page.$$eval('#tsd-nav-container > li > a, #tsd-nav-container > li > details > summary > a', (links) =>
      links.map((link) => link.textContent?.trim() ?? ''),
    );

  await open('index.html');
  const titles = await page.$$eval('h1', (nodes) => nodes.map((node) => node.textContent?.trim() ?? ''));
  report(
    'the landing page shows one title, the package name',
    titles.length === 1 && titles[0] === pkg.name ? [] : [`its h1 elements read: ${JSON.stringify(titles)}`],
  );
  const entries = await sidebar();
  const expected = [...documentNames, ...moduleNames];
  report(
    'the sidebar lists the guides in order, Getting started first, then the modules',
    entries.slice(0, expected.length).join('|') === expected.join('|') && entries[0] === 'Getting started'
      ? []
      : [`it lists ${entries.slice(0, expected.length + 2).join(', ')}; expected ${expected.join(', ')}`],
  );
  await shoot('landing');

  await open('documents/Getting_started.html');
  const guideHeading = await page.textContent('h1');
  report(
    'the first guide opens with its own title',
    guideHeading?.trim() === 'Getting started' ? [] : [`its h1 reads ${guideHeading}`],
  );
  await shoot('getting-started');

  const sectionProblems: string[] = [];
  for (const name of moduleNames.filter((module) => module !== pkg.name)) {
    await open(modulePage(name));
    const sections = await page.$$eval('.col-content details.tsd-panel-group > summary h2', (nodes) =>
      nodes.map((node) => node.textContent?.trim() ?? ''),
    );
    if (sections[0] !== 'Functions') sectionProblems.push(`${name} shows ${sections.join(', ') || 'no sections'}`);
    if (name === `${pkg.name}/scoring`) await shoot('module-scoring');
    if (name === `${pkg.name}/catalogue`) await shoot('module-catalogue');
  }
  report('every module page opens with its functions', sectionProblems);

  await open(`functions/${`${pkg.name}/catalogue`.replace(/[^\w-]/g, '_')}.getTheme.html`);
  const functionHeading = await page.textContent('h1');
  report(
    'getTheme has a function page',
    functionHeading?.trim() === 'Function getTheme' ? [] : [`its h1 reads ${functionHeading}`],
  );
  await shoot('function-getTheme');
  report('no script errors in the pages', pageErrors);
} finally {
  await browser.close();
}

console.log(`\nscreenshots: test/browser/screenshots/docs-*.png`);
console.log(`\nAPI reference checks: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
