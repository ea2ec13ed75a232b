/**
 * Tests the package as users get it: packs it with `npm pack`, installs the tarball and zod into a temporary
 * project, and there imports every entry with `import` and `require`, loads the JSON Schemas, type-checks a
 * TypeScript consumer under moduleResolution node16 and bundler, and checks that `isSamenwerkingError` recognises
 * an error thrown by the other module copy. Also checks that the tarball holds no sources, tests or fixtures.
 *
 * Run: `npm run test:consumer` (after `npm run build`).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const work = join(root, '.tmp', 'consumer');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const run = (command, args, cwd = work) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
let failures = 0;
const check = (name, ok, detail = '') => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok || !detail ? '' : `: ${detail}`}`);
  if (!ok) failures++;
};

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root))[0];
const files = packed.files.map((file) => file.path);
check(
  'the tarball holds only dist/, the guides (docs/*.md), package.json, README, CHANGELOG and LICENSE',
  files.every((file) => /^(dist\/|docs\/[^/]+\.md$|package\.json$|README\.md$|CHANGELOG\.md$|LICENSE$)/.test(file)),
  files.filter((file) => !file.startsWith('dist/')).join(', '),
);
check('the tarball holds no src/, test/ or fixtures', !files.some((file) => /(^|\/)(src|test|fixtures)\//.test(file)));
check('the tarball holds the MIT LICENSE', files.includes('LICENSE'));
check(
  'the tarball holds every guide of docs/ and no generated API pages (docs/api/)',
  readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .every((name) => files.includes(`docs/${name}`)) && !files.some((file) => file.startsWith('docs/api/')),
);
/** The JSON Schemas the build wrote: every one must ship and load. */
const schemaNames = readdirSync(join(root, 'dist', 'schemas'))
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.slice(0, -'.json'.length));
check(
  `the tarball ships the JSON Schemas (${schemaNames.join(', ')})`,
  schemaNames.length >= 5 && schemaNames.every((name) => files.includes(`dist/schemas/${name}.json`)),
);

writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
const zodVersion = pkg.devDependencies.zod;
run('npm', [
  'install',
  '--no-audit',
  '--no-fund',
  '--prefer-offline',
  '--silent',
  join(work, packed.filename),
  `zod@${zodVersion}`,
]);

const entries = Object.keys(pkg.exports)
  .filter((key) => !key.includes('*') && key !== './package.json')
  .map((key) => key.replace(/^\./, 'samenwerking'));
writeFileSync(
  join(work, 'esm.mjs'),
  `${entries.map((entry, index) => `import * as e${index} from '${entry}';`).join('\n')}
import collaborationSchema from 'samenwerking/schemas/collaboration.json' with { type: 'json' };
const modules = [${entries.map((_, index) => `e${index}`).join(', ')}];
console.log(JSON.stringify({ exports: modules.map((module) => Object.keys(module).length), schemaId: collaborationSchema.$id, year: e0.schoolYearOf('2026-08-01') }));
`,
);
const esm = JSON.parse(run(process.execPath, ['esm.mjs']));
check(
  `import: every entry loads (${entries.join(', ')})`,
  esm.exports.length === entries.length && esm.exports[0] > 20,
  JSON.stringify(esm.exports),
);
check(
  'import: the JSON Schemas load with an import attribute',
  esm.schemaId === 'urn:samenwerking:schema:collaboration:1',
);
check('import: the functions work', esm.year === '2026-2027');

writeFileSync(
  join(work, 'cjs.cjs'),
  `const entries = ${JSON.stringify(entries)};
const modules = entries.map((entry) => require(entry));
const schemas = ${JSON.stringify(schemaNames)}.map((name) => require('samenwerking/schemas/' + name + '.json').$id);
console.log(JSON.stringify({ exports: modules.map((module) => Object.keys(module).length), schemas, year: modules[0].schoolYearOf('2026-07-31') }));
`,
);
const cjs = JSON.parse(run(process.execPath, ['cjs.cjs']));
check(
  'require: every entry loads',
  cjs.exports.length === entries.length && cjs.exports.every((count, index) => count === esm.exports[index]),
  JSON.stringify(cjs.exports),
);
check(
  'require: every JSON Schema loads',
  cjs.schemas.length === schemaNames.length && cjs.schemas.every((id) => id.startsWith('urn:samenwerking:schema:')),
);
check('require: the functions work', cjs.year === '2025-2026');

writeFileSync(
  join(work, 'cross.mjs'),
  `import { createRequire } from 'node:module';
import * as esm from 'samenwerking';
const cjs = createRequire(import.meta.url)('samenwerking');
const fromEsm = (() => { try { esm.schoolYearOf('x'); } catch (error) { return error; } })();
const fromCjs = (() => { try { cjs.schoolYearOf('x'); } catch (error) { return error; } })();
console.log(JSON.stringify({
  differentClasses: esm.SamenwerkingError !== cjs.SamenwerkingError,
  cjsKnowsEsm: cjs.isSamenwerkingError(fromEsm),
  esmKnowsCjs: esm.isSamenwerkingError(fromCjs),
  instanceofFails: !(fromEsm instanceof cjs.SamenwerkingError),
}));
`,
);
const cross = JSON.parse(run(process.execPath, ['cross.mjs']));
check('the ESM and CommonJS copies have different error classes', cross.differentClasses && cross.instanceofFails);
check('isSamenwerkingError recognises an error of the other copy, both ways', cross.cjsKnowsEsm && cross.esmKnowsCjs);

// The CommonJS root is lazy (scripts/lazy-cjs-root.mjs): requiring it loads no other file, each name loads its
// subpath on first read, and the names and values are those of the subpaths and of the ES module root.
writeFileSync(
  join(work, 'lazy.mjs'),
  `import { createRequire } from 'node:module';
import * as esmRoot from 'samenwerking';
const require = createRequire(import.meta.url);
const before = Object.keys(require.cache).length;
const root = require('samenwerking');
const loadedByRoot = Object.keys(require.cache).length - before;
const score = root.scoreBerenschot;
const loaded = Object.keys(require.cache);
const scoringLoaded = loaded.some((file) => file.endsWith('/dist/scoring/index.cjs'));
const zodAfterScoring = loaded.some((file) => file.includes('/node_modules/zod/'));
const subpaths = ${JSON.stringify(entries.slice(1))}.map((entry) => require(entry));
const names = Object.keys(root);
const sameValues = names.every((name) => subpaths.some((entry) => Object.hasOwn(entry, name) && entry[name] === root[name]));
console.log(JSON.stringify({
  loadedByRoot,
  scoringLoaded,
  zodAfterScoring,
  scoreIsFunction: typeof score === 'function',
  sameNames: [...names].sort().join(',') === Object.keys(esmRoot).sort().join(','),
  sameValues,
}));
`,
);
const lazy = JSON.parse(run(process.execPath, ['lazy.mjs']));
check('require: the root loads no other file until a name is read', lazy.loadedByRoot === 1, JSON.stringify(lazy));
check(
  'require: reading scoreBerenschot from the root loads the scoring entry and not zod',
  lazy.scoringLoaded && !lazy.zodAfterScoring && lazy.scoreIsFunction,
  JSON.stringify(lazy),
);
check(
  'require: the root has the names of the ES module root, each the value of a subpath entry',
  lazy.sameNames && lazy.sameValues,
  JSON.stringify(lazy),
);

// The mark of a parsed document must survive the build (a bundler once dropped it as unused code): on the built
// package an update that changes nothing gives a parsed document back as it is, while a plain copy, which is not
// marked, is parsed again into a new object. Checked for both module formats.
const assessmentText = JSON.stringify({
  kind: 'assessment',
  schemaVersion: 1,
  collaboration: 'spil-eindhoven',
  date: '2026-03-15',
  responses: [{ respondent: 'r1', answers: { 'ambitie.concreet': 4, 'ambitie.urgentie': 2 } }],
});
const markProbe = (load) => `${load}
const parsed = parseAssessment(JSON.parse(${JSON.stringify(assessmentText)}));
const copy = structuredClone(parsed);
const updatedCopy = updateAssessment(copy, () => {});
console.log(JSON.stringify({
  parsedKept: updateAssessment(parsed, () => {}) === parsed,
  copyParsedAgain: updatedCopy !== copy && updateAssessment(updatedCopy, () => {}) === updatedCopy,
  scoresAlike: JSON.stringify(scoreBerenschot(parsed)) === JSON.stringify(scoreBerenschot(copy)),
}));
`;
writeFileSync(
  join(work, 'mark.mjs'),
  markProbe(`import { parseAssessment, scoreBerenschot, updateAssessment } from 'samenwerking';`),
);
writeFileSync(
  join(work, 'mark.cjs'),
  markProbe(`const { parseAssessment, scoreBerenschot, updateAssessment } = require('samenwerking');`),
);
for (const [format, file] of [
  ['import', 'mark.mjs'],
  ['require', 'mark.cjs'],
]) {
  const mark = JSON.parse(run(process.execPath, [file]));
  check(
    `${format}: a parsed document is recognised as parsed (an update that changes nothing keeps it)`,
    mark.parsedKept,
  );
  check(`${format}: a plain copy of a parsed document is not recognised as parsed`, mark.copyParsedAgain);
  check(`${format}: a parsed document and its plain copy get the same score`, mark.scoresAlike);
}

// The private mark of a document made before it is frozen (the score results) is observable only by speed, so the
// built code is read: a bundler that took the construction for unused code would leave no `new Parsed(` behind.
const installed = join(work, 'node_modules', 'samenwerking', 'dist');
for (const extension of ['.js', '.cjs']) {
  const texts = readdirSync(installed)
    .filter((name) => name.endsWith(extension))
    .map((name) => readFileSync(join(installed, name), 'utf8'));
  check(
    `${extension}: the built package still adds the private mark of a parsed document (new Parsed(…), #parsed in …)`,
    texts.some((text) => /\bnew Parsed\(/.test(text)) && texts.some((text) => /#parsed in /.test(text)),
  );
}

writeFileSync(
  join(work, 'consumer.ts'),
  `import { catalogue, getStrategyFactor, type StrategyFactorId } from 'samenwerking/catalogue';
import { parseCollaboration, type Collaboration } from 'samenwerking/schema';
import { schoolYearOf, type SchoolYear } from 'samenwerking/time';
import { isSamenwerkingError, toJSON } from 'samenwerking';
const id: StrategyFactorId = 'ambitie';
const year: SchoolYear = schoolYearOf('2026-01-01');
const order: number = getStrategyFactor(id).order;
const parse: (input: unknown) => Collaboration = parseCollaboration;
// @ts-expect-error a typo in an id does not compile
getStrategyFactor('ambitei');
export const used = [catalogue.edition, year, order, parse, isSamenwerkingError, toJSON];
`,
);
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
for (const [module, resolution] of [
  ['node16', 'node16'],
  ['preserve', 'bundler'],
]) {
  for (const type of ['module', 'commonjs']) {
    if (resolution === 'bundler' && type === 'commonjs') continue;
    writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type }));
    const compilerOptions = {
      noEmit: true,
      strict: true,
      skipLibCheck: false,
      module,
      moduleResolution: resolution,
      target: 'es2022',
      types: [],
    };
    writeFileSync(join(work, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['consumer.ts'] }));
    try {
      run(process.execPath, [tsc, '-p', 'tsconfig.json']);
      check(`TypeScript consumer type-checks (moduleResolution ${resolution}, ${type})`, true);
    } catch (error) {
      check(
        `TypeScript consumer type-checks (moduleResolution ${resolution}, ${type})`,
        false,
        String(error.stdout || error.message).slice(0, 600),
      );
    }
  }
}

rmSync(work, { recursive: true, force: true });
console.log(failures === 0 ? '\nconsumer tests passed' : `\n${failures} consumer test(s) failed`);
process.exit(failures === 0 ? 0 : 1);
