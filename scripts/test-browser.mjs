/**
 * Tests the browser playground (`examples/playground/`) in headless Chromium: it serves the page, the library's ESM
 * build and its dependencies from 127.0.0.1, drives the page through playwright-core, and checks what a user sees.
 * Screenshots go to `test/browser/screenshots/` (git-ignored).
 *
 * Run: `npm run test:browser` (after `npm run build`). The browser is found by `scripts/lib/chromium.mjs`:
 * CHROMIUM_PATH when set, else a system Chromium or Chrome, else the headless Chromium that `npm ci` installed with
 * `@sparticuz/chromium`. Each step has 15 s, the whole run 90 s.
 */
import { access, mkdir, readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { launchChromium } from './lib/chromium.mjs';
import { startPlaygroundServer } from './playground-server.mjs';

const root = join(import.meta.dirname, '..');
const shots = join(root, 'test', 'browser', 'screenshots');
const STEP_MS = 15_000;
// The run fills in the questionnaire twice (54 clicks), reads a CSV export and opens a phone-sized page besides.
const RUN_MS = 240_000;

/** Labels that read the same in Dutch and English. */
const BOTH = new Set(['samenwerking', 'Factor', 'Score']);

let server;
/** Console errors, page errors and failed or remote requests seen in the page. */
const problems = [];
let browser;
let failed = 0;
let passed = 0;

async function cleanUp() {
  await Promise.race([
    Promise.allSettled([browser?.close(), server?.close()]),
    new Promise((done) => setTimeout(done, 5_000)),
  ]);
}

function fail(message) {
  console.error(`FAIL ${message}`);
  process.exitCode = 1;
}

/** Runs one step with a time limit; a failing step stops the run, since the next steps build on it. */
async function step(name, action) {
  const started = Date.now();
  let timer;
  try {
    await Promise.race([
      action(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${STEP_MS / 1000} s`)), STEP_MS);
      }),
    ]);
    passed++;
    console.log(`ok   ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    failed++;
    fail(`${name}: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/** Every bare import specifier of the ESM build (`zod`, `date-fns/lightFormat`, …). */
async function bareImports(dir) {
  const found = new Set();
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const text = await readFile(join(entry.parentPath, entry.name), 'utf8');
    for (const match of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"]+)['"]/g)) {
      if (!/^(\.|\/|[a-z]+:)/.test(match[1])) found.add(match[1]);
    }
  }
  return [...found].sort();
}

/** The HTML report of every analysis of the demo data, written by the built library. */
async function demoReportHtml() {
  const library = await import('../dist/index.js');
  const read = async (name) => JSON.parse(await readFile(join(root, 'examples', 'data', name), 'utf8'));
  const collaboration = library.parseCollaboration(await read('kindcentra-noord.collaboration.json'));
  const assessment = library.parseAssessment(await read('kindcentra-noord.assessment.json'));
  const score = library.scoreBerenschot(assessment);
  return library.toHtml({
    collaboration,
    assessment,
    score,
    pitfalls: library.detectPitfalls(collaboration),
    balance: library.balanceFactors(collaboration),
    stage: library.inferStage(collaboration, score),
  });
}

async function main() {
  try {
    await access(join(root, 'dist', 'index.js'));
  } catch {
    throw new Error('dist/ is missing: run `npm run build` first.');
  }
  const { fromJSON } = await import('../dist/serialise/index.js');
  const samples = join(root, 'examples', 'playground', 'samples');
  const brokenText = await readFile(join(samples, 'broken.json'), 'utf8');
  const brokenResult = fromJSON(brokenText);
  const target = brokenResult.success
    ? undefined
    : brokenResult.error.issues.find((issue) => issue.path.join('.') === 'partners.1.type');

  await step('the broken sample has an error at partners[1].type', async () => {
    expect(target !== undefined, 'the library reports no issue at partners[1].type for samples/broken.json');
  });
  await step("the page's import map covers every bare import of dist/", async () => {
    const html = await readFile(join(root, 'examples', 'playground', 'index.html'), 'utf8');
    const map = JSON.parse(html.match(/<script type="importmap">([\s\S]*?)<\/script>/)?.[1] ?? '{}');
    const missing = (await bareImports(join(root, 'dist'))).filter((name) => !(name in (map.imports ?? {})));
    expect(missing.length === 0, `not in the import map: ${missing.join(', ')}`);
  });

  server = await startPlaygroundServer();
  const launched = await launchChromium({ timeout: STEP_MS });
  browser = launched.browser;
  console.log(`Chromium ${browser.version()} (${launched.chromium.description}), playground at ${server.url}`);
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'nl-NL' });
  context.setDefaultTimeout(STEP_MS);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url) || url.startsWith('data:')) return route.continue();
    problems.push(`remote request blocked: ${url}`);
    return route.abort('blockedbyclient');
  });
  /** The visible labels of the page: headings, buttons, form labels, table headers, hints and the status. */
  const labels = () =>
    page.$$eval('title, h1, h2, h3, h4, p, button, label, legend, th, caption, summary, #file-name', (nodes) =>
      nodes.map((node) => node.textContent.trim()),
    );
  let dutchLabels = [];
  await mkdir(shots, { recursive: true });
  const saved = [];
  const screenshot = async (name) => {
    const path = join(shots, name);
    await page.screenshot({ path, fullPage: true });
    saved.push(relative(root, path));
  };

  await step('the page loads in Dutch and imports the library', async () => {
    await page.goto(server.url, { waitUntil: 'load' });
    await page.waitForSelector('body[data-ready="true"]');
    expect((await page.getAttribute('html', 'lang')) === 'nl', 'html lang is not nl');
    const heading = await page.textContent('h1');
    expect(heading === 'Samenwerking doorlichten', `unexpected heading ${heading}`);
  });
  await step('every input has a label', async () => {
    const unlabelled = await page.$$eval('input, textarea, select', (nodes) =>
      nodes.filter((node) => node.labels === null || node.labels.length === 0).map((node) => node.id || node.name),
    );
    expect(unlabelled.length === 0, `inputs without a label: ${unlabelled.join(', ')}`);
  });
  await step('the sample assessment shows a radar chart with six axes and a factor table', async () => {
    await page.click('button[data-sample="assessment"]');
    await page.waitForSelector('#output svg[role="img"]');
    const axes = await page.locator('#output svg[role="img"] line.axis').count();
    expect(axes === 6, `the radar has ${axes} axes, not 6`);
    const rows = await page.locator('#output table tbody tr').count();
    expect(rows === 6, `the factor table has ${rows} rows, not 6`);
    const pitfalls = await page.locator('#output .pitfalls > li').count();
    expect(pitfalls > 0, 'no pitfalls are shown for the sample assessment');
    await screenshot('playground-nl-assessment.png');
  });
  await step('a pasted broken document shows a Dutch error with its path', async () => {
    await page.fill('#document', brokenText);
    const item = page.locator('.issues li', { has: page.locator('code.path', { hasText: 'partners[1].type' }) });
    await item.waitFor();
    const text = await item.textContent();
    expect(text.includes(target.message.nl), `the error reads "${text}", not the Dutch message`);
    dutchLabels = await labels();
  });
  await step('switching to English changes the labels and the error text', async () => {
    await page.click('#language');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    const heading = await page.textContent('h1');
    expect(heading === 'Review a collaboration', `the heading reads "${heading}"`);
    const button = await page.textContent('#check');
    expect(button === 'Check the document', `the check button reads "${button}"`);
    const item = page.locator('.issues li', { has: page.locator('code.path', { hasText: 'partners[1].type' }) });
    const text = await item.textContent();
    expect(text.includes(target.message.en), `the error reads "${text}", not the English message`);
    const english = await labels();
    // An empty element (a message area with nothing to say yet) is no label in either language.
    const same = english.filter((label, index) => label === dutchLabels[index] && label !== '' && !BOTH.has(label));
    expect(english.length === dutchLabels.length && same.length === 0, `labels still in Dutch: ${same.join(' | ')}`);
    await screenshot('playground-en-errors.png');
  });
  await step('an uploaded collaboration shows pitfalls with advice and form advice', async () => {
    await page.setInputFiles('#file', join(samples, 'collaboration.json'));
    await page.waitForSelector('#output .pitfalls > li');
    expect((await page.textContent('#file-name')) === 'collaboration.json', 'the chosen file name is not shown');
    const forms = await page.locator('#form-advice .forms > li').count();
    expect(forms > 0, 'no form advice is shown');
    await page.click('#share-bestuur');
    await page.waitForFunction(() => document.querySelector('#form-advice .forms > li') !== null);
  });
  await step('a collaboration described in the form shows its structural pitfalls and form advice', async () => {
    await page.click('#tab-collaboration');
    await page.fill('#c-name', 'Brede school De Horst');
    const names = page.locator('#c-partners .partner-row input[type="text"]');
    await names.nth(0).fill('Gemeente De Horst');
    await names.nth(1).fill('Stichting Primair Onderwijs De Horst');
    await page.click('#c-add-event');
    await page.selectOption('#c-events .event-row select >> nth=0', 'announcement-uninformed');
    await page.click('#c-check');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.includes('Brede school De Horst'));
    const pitfalls = await page.$$eval('#output .pitfalls > li h4', (nodes) => nodes.map((node) => node.textContent));
    expect(pitfalls.length >= 2, `only ${pitfalls.length} pitfalls are shown for a bare collaboration`);
    const forms = await page.locator('#form-advice .forms > li').count();
    expect(forms > 0, 'no form advice is shown for the described collaboration');
    const partner = await page.$$eval('#fill-partner option', (nodes) => nodes.map((node) => node.textContent));
    expect(
      partner.includes('Gemeente De Horst'),
      'the questionnaire does not offer the partners of the described collaboration',
    );
  });
  await step('two respondents fill in the questionnaire by clicking; the scores and the radar appear', async () => {
    await page.click('#tab-fill');
    await page.waitForSelector('#panel-fill:not([hidden])');
    const indicators = await page.$$eval('#fill-sections fieldset.statement', (nodes) =>
      nodes.map((node) => node.dataset.indicator),
    );
    expect(indicators.length === 27, `the questionnaire shows ${indicators.length} statements, not 27`);
    const partners = await page.$$eval('#fill-partner option', (nodes) =>
      nodes.filter((node) => node.value !== '').map((node) => ({ id: node.value, name: node.textContent })),
    );
    expect(partners.length >= 2, 'the partner list does not offer two partners');
    for (const [index, answer] of [
      [0, '4'],
      [1, '2'],
    ]) {
      await page.selectOption('#fill-partner', partners[index].id);
      for (const indicator of indicators) await page.click(`label[for="q-${indicator}-${answer}"]`);
      await page.click(`label[for="q-relatie.klik-nvt"]`);
      await page.click('#save-response');
      await page.waitForFunction(
        (count) => document.querySelector('#fill-count')?.textContent?.includes(String(count)),
        index + 1,
      );
    }
    await page.click('#show-fill-result');
    await page.waitForSelector('#output svg[role="img"]');
    const axes = await page.locator('#output svg[role="img"] line.axis').count();
    expect(axes === 6, `the radar has ${axes} axes, not 6`);
    const rows = await page.locator('#output table tbody tr').count();
    expect(rows === 6, `the factor table has ${rows} rows, not 6`);
    const status = await page.textContent('#status');
    expect(status.includes('2'), `the status does not count two participants: "${status}"`);
    // Answers 4 and 2 average 3 on the 1..5 scale: 50 for every factor, shown with one decimal.
    const scores = await page.$$eval('#output table tbody td.number:nth-of-type(1)', (cells) =>
      cells.map((cell) => cell.textContent),
    );
    expect(
      scores.every((score) => score === '50'),
      `the factor scores are ${scores.join(', ')}, not 50`,
    );
    const disagreement = await page.textContent('#output .disagreements');
    expect(
      disagreement?.includes(partners[0].name) && disagreement.includes(partners[1].name),
      'where partners disagree does not name both partners',
    );
    await screenshot('playground-filled-in.png');
  });
  await step('the filled-in assessment downloads as a valid JSON document', async () => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="json"]')]);
    const text = await readFile(await file.path(), 'utf8');
    const parsed = fromJSON(text);
    expect(parsed.success && parsed.data.responses.length === 2, 'the download is not an assessment of two responses');
  });
  await step('the HTML report downloads: one self-contained document with the scores, names and pitfalls', async () => {
    expect((await page.getAttribute('[data-download="html"]', 'disabled')) === null, 'the HTML button is disabled');
    expect(await page.locator('#html-pending').isHidden(), 'the page still says the HTML report comes later');
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="html"]')]);
    expect(file.suggestedFilename().endsWith('.html'), `the download is called ${file.suggestedFilename()}`);
    const text = await readFile(await file.path(), 'utf8');
    expect(text.startsWith('<!DOCTYPE html>'), 'the download is not an HTML document');
    expect(!/<script|\bsrc=|url\(/i.test(text), 'the HTML report has a script or an external resource');
    const names = await page.$$eval('#fill-partner option', (nodes) =>
      nodes.filter((node) => node.value !== '').map((node) => node.textContent),
    );
    expect(
      names.length > 0 && names.every((name) => text.includes(name)),
      `the HTML report does not name every partner (${names.join(', ')})`,
    );
    expect(/<svg [^>]*role="img"/.test(text), 'the HTML report has no radar chart');
  });
  await step('an uploaded CSV export (Microsoft Forms, saved by Excel in Dutch) is read and scored', async () => {
    await page.click('#tab-document');
    await page.setInputFiles('#file', join(root, 'examples', 'data', 'kindcentra-noord.collaboration.json'));
    await page.waitForSelector('#output .pitfalls');
    await page.click('#tab-csv');
    await page.selectOption('#csv-collaboration', 'kindcentra-noord');
    await page.setInputFiles('#csv-file', join(root, 'test', 'fixtures', 'exports', 'microsoft-forms-excel-nl.csv'));
    await page.waitForFunction(() =>
      document.querySelector('#status')?.textContent?.includes('Integrale kindcentra Noord'),
    );
    await page.waitForSelector('#output svg[role="img"]');
    const rows = await page.locator('#output table tbody tr').count();
    expect(rows === 6, `the factor table has ${rows} rows, not 6`);
    const ignored = await page.textContent('#output .hint');
    expect(ignored?.includes('Completion time'), `the ignored columns are not listed: "${ignored}"`);
    const status = await page.textContent('#status');
    expect(status.includes('5'), `the status does not count the five respondents: "${status}"`);
  });
  await step('switching back to Dutch changes the result texts', async () => {
    await page.click('#language');
    await page.waitForFunction(() => document.documentElement.lang === 'nl');
    const status = await page.textContent('#status');
    expect(status.startsWith('De zelfevaluatie'), `the status reads "${status}"`);
    const caption = await page.textContent('#output table caption');
    expect(caption === 'Score per factor, van 0 tot 100', `the table caption reads "${caption}"`);
    const title = await page.textContent('#output svg title');
    expect(title !== null && title !== '' && !/self-assessment/i.test(title), `the chart title reads "${title}"`);
    await screenshot('playground-nl-csv.png');
  });
  await step(
    'on a phone (390 × 844) the page has no horizontal overflow and a sample moves to its result',
    async () => {
      // The same page at phone size: a second browser context would end the single-process Chromium when closed.
      const small = page;
      await small.setViewportSize({ width: 390, height: 844 });
      await small.goto(server.url, { waitUntil: 'load' });
      await small.waitForSelector('body[data-ready="true"]');
      const overflow = () => small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect((await overflow()) <= 0, `the start page is ${await overflow()} px too wide`);
      await small.click('button[data-sample="assessment"]');
      await small.waitForSelector('#output table tbody tr');
      await small.waitForFunction(() => {
        const top = document.querySelector('#result')?.getBoundingClientRect().top ?? 9999;
        return top > -10 && top < window.innerHeight / 2;
      });
      expect((await overflow()) <= 0, `the result is ${await overflow()} px too wide`);
      await small.screenshot({ path: join(shots, 'playground-phone-result.png') });
      saved.push(relative(root, join(shots, 'playground-phone-result.png')));
      await small.click('#tab-fill');
      expect((await overflow()) <= 0, `the questionnaire is ${await overflow()} px too wide`);
      await small.screenshot({ path: join(shots, 'playground-phone-fill.png') });
      saved.push(relative(root, join(shots, 'playground-phone-fill.png')));
    },
  );
  await step('the HTML report of every analysis prints to an A4 PDF that holds its text, loading nothing', async () => {
    const html = await demoReportHtml();
    const requested = [];
    const printing = await browser.newPage();
    await printing.route('**/*', (route) => {
      requested.push(route.request().url());
      return route.abort('blockedbyclient');
    });
    await printing.setContent(html, { waitUntil: 'load' });
    const pdf = await printing.pdf({ format: 'A4' });
    await printing.close();
    expect(requested.length === 0, `the report asked for ${requested.join(', ')}`);
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const document = await getDocument({ data: new Uint8Array(pdf), disableFontFace: true, isEvalSupported: false })
      .promise;
    const first = await document.getPage(1);
    const [width, height] = [first.view[2] - first.view[0], first.view[3] - first.view[1]];
    // A4 is 595 × 842 points.
    expect(Math.abs(width - 595) < 2 && Math.abs(height - 842) < 2, `the pages are ${width} × ${height} points`);
    let text = '';
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      text += content.items.map((item) => item.str ?? '').join('');
    }
    // Ligatures and line breaks split words in a PDF's text; compare without white space.
    const squeezed = text.replace(/\s+/g, '');
    const wanted = [
      'Integrale kindcentra Noord',
      'Samenvatting',
      'Totaalscore 49,7 van 100: onvoldoende.',
      'Gemeente Noorderveld',
      'Eerst in de krant',
      'Bijlage B. Werkwijze en bronnen',
    ];
    const absent = wanted.filter((phrase) => !squeezed.includes(phrase.replace(/\s+/g, '')));
    expect(absent.length === 0, `the PDF lacks: ${absent.join(' | ')}`);
    expect(document.numPages >= 3, `the PDF has ${document.numPages} pages`);
    console.log(`     PDF: ${document.numPages} A4 pages, ${pdf.length} bytes`);
  });
  await step('no console errors, failed requests or remote requests', async () => {
    expect(problems.length === 0, problems.join('; '));
  });
  console.log(`\nscreenshots: ${saved.join(', ')}`);
}

const watchdog = setTimeout(async () => {
  fail(`the whole run took more than ${RUN_MS / 1000} s`);
  await cleanUp();
  process.exit(1);
}, RUN_MS);

try {
  await main();
} catch (error) {
  // A failing step has already been reported; anything else is reported here.
  if (failed === 0) fail(error instanceof Error ? error.message : String(error));
  for (const problem of problems) console.error(`     seen in the page: ${problem}`);
} finally {
  await cleanUp();
  clearTimeout(watchdog);
}
console.log(
  process.exitCode === 1
    ? `\nBrowser test FAILED (${passed} passed, ${Math.max(failed, 1)} failed)`
    : `\nBrowser test passed (${passed} checks)`,
);
