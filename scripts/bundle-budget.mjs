/**
 * Bundle budgets, measured on the built package as a user's bundler sees it: tiny entry files import from
 * `samenwerking/…` (resolved by esbuild through the package's own `exports`, so into `dist/` ESM), bundled with
 * minify and tree shaking for a neutral platform, zod external, then gzipped at level 9.
 *
 * Checks (exit code 1 when one fails):
 * - importing only `scoreBerenschot` from `samenwerking/scoring` is at most 10 kB gzip, does not import zod and pulls
 *   no CSV parser (papaparse, which only `samenwerking/questionnaire` uses; the probe is checked to be in that bundle);
 * - importing only `getTheme` from `samenwerking/catalogue` pulls no text of another catalogue list (factor
 *   descriptions, benchmark row labels and the descriptions of the lists added in edition 2026.2, read at run time
 *   from the built catalogue) and is at most a quarter of the whole catalogue.
 * Reports (no budget): the whole package and every entry point. The measured sizes also go to
 * `.tmp/bundle-sizes.json`, where `scripts/check-readme.ts` compares them with the README.
 *
 * When the scoring budget fails, the same entry is bundled again from `src/` to name the modules that fill it.
 *
 * Run: `node scripts/bundle-budget.mjs` (after `npm run build`).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const root = join(import.meta.dirname, '..');
const SCORING_BUDGET = 10_000;
/** "Much smaller than the full catalogue": at most this share of it, gzipped. */
const LOOKUP_SHARE = 0.25;

if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('FAIL dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Bundles one entry file's text as a user's bundler would, from the package root (so `samenwerking/…` resolves). */
async function bundle(name, contents, { loader = 'js' } = {}) {
  const result = await esbuild.build({
    stdin: { contents, resolveDir: root, sourcefile: `${name}.entry.js`, loader },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    // A package without `exports` (papaparse, behind samenwerking/questionnaire) is found by its fields, as a
    // browser bundler finds it; the packages with `exports` resolve as before.
    mainFields: ['browser', 'module', 'main'],
    minify: true,
    treeShaking: true,
    charset: 'utf8',
    metafile: true,
    external: ['zod'],
    logLevel: 'silent',
  });
  // tsup's chunks start with bare `import './chunk-….js'` lines; with `sideEffects: false` esbuild drops them and warns.
  const warnings = result.warnings.filter((warning) => warning.id !== 'ignored-bare-import');
  for (const warning of warnings) console.warn(`warning (${name}): ${warning.text}`);
  const code = result.outputFiles[0].text;
  const output = Object.values(result.metafile.outputs)[0];
  return {
    name,
    code,
    bytes: Buffer.byteLength(code),
    gzip: gzipSync(code, { level: 9 }).length,
    inputs: Object.keys(result.metafile.inputs),
    moduleBytes: Object.entries(output.inputs).map(([path, { bytesInOutput }]) => ({ path, bytes: bytesInOutput })),
    externals: output.imports.filter((entry) => entry.external).map((entry) => entry.path),
  };
}

let failures = 0;
const check = (label, ok, detail = '') => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}${ok || detail === '' ? '' : `\n     ${detail}`}`);
  if (!ok) failures++;
};
const kB = (bytes) => (bytes / 1000).toFixed(1);
const importsZod = (item) =>
  item.externals.includes('zod') ||
  item.inputs.some((path) => path.includes('node_modules/zod/')) ||
  /from\s*["']zod["']|require\(\s*["']zod["']\s*\)|import\(\s*["']zod["']\s*\)/.test(item.code);

/** The longest piece of a text that a minifier prints unchanged (no quotes, backslashes or line breaks). */
function probeOf(text) {
  const piece = text.split(/["'`\\\n$]/).reduce((longest, part) => (part.length > longest.length ? part : longest), '');
  return piece.slice(0, 60);
}

// The texts of other catalogue lists, read from the built catalogue, not guessed.
const { catalogue } = await import(pathToFileURL(join(root, 'dist', 'catalogue', 'index.js')).href);
const candidates = [
  ...catalogue.factors.map((factor) => ({ list: 'factors', id: factor.id, text: probeOf(factor.description.nl) })),
  ...catalogue.benchmarks.flatMap((benchmark) =>
    benchmark.rows.map((row) => ({
      list: 'benchmarks',
      id: `${benchmark.id}/${row.key}`,
      text: probeOf(row.label.nl),
    })),
  ),
  ...['benefits', 'suggestions', 'coordinatingRoles', 'staffAttentionPoints', 'trainingRoutes', 'supportNeeds'].flatMap(
    (list) => catalogue[list].map((entry) => ({ list, id: entry.id, text: probeOf(entry.description.nl) })),
  ),
].filter((probe) => probe.text.length >= 20);
// A text that the themes list itself also holds (the theme `overig` is labelled like a benchmark row) proves nothing.
const themeTexts = JSON.stringify(catalogue.themes);
const probes = candidates.filter((probe) => !themeTexts.includes(probe.text));

// --- The entries -----------------------------------------------------------------------------------------------
const scoring = await bundle('scoreBerenschot', "export { scoreBerenschot } from 'samenwerking/scoring';");
const theme = await bundle('getTheme', "export { getTheme } from 'samenwerking/catalogue';");
const fullCatalogue = await bundle('catalogue (object)', "export { catalogue } from 'samenwerking/catalogue';");
const entryPoints = Object.keys(pkg.exports)
  .filter((key) => !key.includes('*') && key !== './package.json')
  .map((key) => key.replace(/^\./, 'samenwerking'));
const entries = [];
for (const entry of entryPoints) entries.push(await bundle(entry, `export * from '${entry}';`));

// --- Budget: scoreBerenschot alone -----------------------------------------------------------------------------
check(
  `scoreBerenschot alone is at most ${kB(SCORING_BUDGET)} kB gzip (is ${kB(scoring.gzip)} kB)`,
  scoring.gzip <= SCORING_BUDGET,
  `over by ${kB(scoring.gzip - SCORING_BUDGET)} kB; see the modules below`,
);
check('scoreBerenschot alone does not import zod', !importsZod(scoring), `externals: ${scoring.externals.join(', ')}`);
const catalogueTextsInScoring = probes.filter((probe) => scoring.code.includes(probe.text));
check(
  'scoreBerenschot alone pulls no texts of factors, benchmarks or the 2026.2 lists',
  catalogueTextsInScoring.length === 0,
  `found ${catalogueTextsInScoring.length}, e.g. ${catalogueTextsInScoring[0]?.list}: ${catalogueTextsInScoring[0]?.id}`,
);

/** Whether a bundle holds papaparse: by its module, or by a text of its code that minifying keeps. */
const CSV_PARSER_PROBE = 'UndetectableDelimiter';
const pullsCsvParser = (item) =>
  item.inputs.some((path) => path.includes('node_modules/papaparse/')) || item.code.includes(CSV_PARSER_PROBE);
const questionnaireEntry = entries.find((item) => item.name === 'samenwerking/questionnaire');
check(
  'the CSV parser probe is in the samenwerking/questionnaire bundle',
  questionnaireEntry !== undefined && pullsCsvParser(questionnaireEntry),
  'papaparse is not found in the questionnaire bundle; the check below would prove nothing',
);
check('scoreBerenschot alone pulls no CSV parser', !pullsCsvParser(scoring), 'papaparse is in the scoring bundle');

// --- Tree shaking: getTheme alone ------------------------------------------------------------------------------
const missingInFull = probes.filter((probe) => !fullCatalogue.code.includes(probe.text));
check(
  `the probes (${probes.length} texts of factors, benchmarks and the 2026.2 lists; ${candidates.length - probes.length} shared with themes left out) are in the full catalogue bundle`,
  probes.length > 0 && missingInFull.length === 0,
  `${missingInFull.length} not found, e.g. ${missingInFull[0]?.id}: "${missingInFull[0]?.text}"; the text check would prove nothing`,
);
const leaked = probes.filter((probe) => theme.code.includes(probe.text));
check(
  'getTheme alone pulls no factor descriptions, benchmark row labels or texts of the 2026.2 lists',
  leaked.length === 0,
  `found ${leaked.length}: ${leaked
    .slice(0, 3)
    .map((probe) => `${probe.list} ${probe.id}`)
    .join(', ')}`,
);
check(
  `getTheme alone is at most ${LOOKUP_SHARE * 100}% of the full catalogue (is ${((100 * theme.gzip) / fullCatalogue.gzip).toFixed(0)}%)`,
  theme.gzip <= LOOKUP_SHARE * fullCatalogue.gzip,
);
check('getTheme alone does not import zod', !importsZod(theme));

// --- Report ----------------------------------------------------------------------------------------------------
console.log('\nSizes (minified, zod external, other dependencies bundled; kB = 1000 bytes):');
console.table(
  [scoring, theme, fullCatalogue, ...entries].map((item) => ({
    import: item.name,
    'min (kB)': Number(kB(item.bytes)),
    'gzip (kB)': Number(kB(item.gzip)),
    zod: importsZod(item) ? 'external' : 'none',
    budget:
      item === scoring ? `≤ ${kB(SCORING_BUDGET)} kB` : item === theme ? `≤ ${LOOKUP_SHARE * 100}% of catalogue` : '',
  })),
);

mkdirSync(join(root, '.tmp'), { recursive: true });
writeFileSync(
  join(root, '.tmp', 'bundle-sizes.json'),
  `${JSON.stringify(
    {
      scoreBerenschot: { gzip: scoring.gzip, budget: SCORING_BUDGET },
      getTheme: { gzip: theme.gzip, shareOfCatalogue: theme.gzip / fullCatalogue.gzip, budgetShare: LOOKUP_SHARE },
      entries: Object.fromEntries(entries.map((item) => [item.name, { gzip: item.gzip }])),
    },
    null,
    2,
  )}\n`,
);

const top = (item) =>
  item.moduleBytes
    .filter((entry) => entry.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes)
    .map((entry) => ({ module: entry.path, 'min (kB)': Number(kB(entry.bytes)) }));
console.log('scoreBerenschot alone, by built file:');
console.table(top(scoring));
if (scoring.gzip > SCORING_BUDGET) {
  // The built chunks hide which source modules survived; the same entry bundled from src/ names them.
  const fromSource = await bundle(
    'scoreBerenschot from src',
    "export { scoreBerenschot } from './src/scoring/index.ts';",
    {
      loader: 'ts',
    },
  );
  console.log(
    `scoreBerenschot alone, bundled from src/ (${kB(fromSource.bytes)} kB min, ${kB(fromSource.gzip)} kB gzip), by source module:`,
  );
  console.table(top(fromSource));
}

if (failures > 0) {
  console.error(`\n${failures} bundle check${failures === 1 ? '' : 's'} failed.`);
  process.exit(1);
}
console.log('\nAll bundle checks pass.');
