/**
 * The README checks of `scripts/lib/readme-claims.ts`, on a small README and made-up facts: each check accepts a
 * README that tells the truth and names the wrong claim in one that does not.
 */
import { describe, expect, it } from 'vitest';
import {
  type BenchResults,
  checkBundleSizes,
  checkEntryTable,
  checkLinks,
  checkNpmCommands,
  checkPackageFacts,
  checkPerformance,
  type ReadmeFacts,
  section,
  specifierOf,
  tableRows,
} from '../../scripts/lib/readme-claims.js';

const bench: BenchResults = {
  date: '2026-11-23T16:32:54.627Z',
  machine: { cpu: 'AMD EPYC', cores: 2, memoryGiB: 23.5, node: 'v20.20.2', platform: 'linux 6.18 x64' },
  figures: [
    { figure: 'fromJSON ÷ JSON.parse (2,000 collaborations)', ratio: 1.698, goal: 4 },
    { figure: 'scoreBerenschot: 100,000 ÷ 10,000 assessments', ratio: 10.07, goal: 12 },
    { figure: 'scoreBerenschot ÷ JSON.stringify (10,000 assessments)', ratio: 0.7169, goal: 1.5 },
    { figure: 'summarisePortfolio: 10× ÷ 1× the portfolio (from dist/)', ratio: 10.567, goal: 12 },
    { figure: 'something for information only', ratio: 3, goal: null },
  ],
  memory: { count: 100_000, heapGrowthPerResultBytes: 16_673.28, inputsIfKeptBytes: 914_407_200 },
};

const facts: ReadmeFacts = {
  pkg: {
    name: 'pakket',
    license: 'MIT',
    engines: { node: '>=20' },
    peerDependencies: { zod: '^4' },
    devDependencies: { '@sparticuz/chromium': '143.0.4' },
    scripts: { test: 'vitest', demo: 'tsx demo.ts', playground: 'node server.mjs 8080' },
    exports: {
      '.': { import: {}, require: {} },
      './scoring': { import: {}, require: {} },
      './errors': { import: {}, require: {} },
      './schemas/*': './dist/schemas/*',
      './package.json': './package.json',
    },
  },
  exportsByEntry: new Map([
    ['pakket', ['scoreBerenschot', 'ScoreOptions', 'parseAssessment', 'SamenwerkingError']],
    ['pakket/scoring', ['scoreBerenschot', 'ScoreOptions', 'parseAssessment']],
    ['pakket/errors', ['SamenwerkingError']],
  ]),
  entriesLoadingZod: new Set(['pakket']),
  schemaFiles: ['assessment.json', 'plan.json'],
  packedFiles: ['package.json', 'README.md', 'LICENSE', 'docs/guide.md', 'dist/index.js'],
  bench,
  bundleSizes: {
    scoreBerenschot: { gzip: 8348, budget: 10_000 },
    getTheme: { gzip: 18_224, shareOfCatalogue: 0.1376, budgetShare: 0.25 },
    entries: { pakket: { gzip: 190_600 } },
  },
  licenseText: 'MIT License\n\nCopyright (c) 2026 …',
};

const README = `# pakket

## Quick start

\`\`\`sh
npm ci && npm run demo
npm test
\`\`\`

## Install

\`zod\` (version 4) is a peer dependency. Node 20 or newer; ESM and CommonJS. The browser test may use the
development dependency \`@sparticuz/chromium\`.

## Entry points

| import from | what |
|---|---|
| \`pakket\` | everything below |
| \`pakket/scoring\` | \`scoreBerenschot\`, \`ScoreOptions\`, \`parse…\` |
| \`pakket/errors\` | \`SamenwerkingError\`; loads no zod |
| \`pakket/schemas/*.json\` | JSON Schemas: \`assessment.json\`, \`plan.json\` |

## Playground

\`npm run playground\` serves http://127.0.0.1:8080.

## Performance

Measured on an AMD EPYC machine with 2 cores and 23.5 GiB, Node
20.20.2, Linux (November 2026).

| figure | measured | goal |
|---|---:|---:|
| \`fromJSON\` ÷ \`JSON.parse\` (2,000 collaborations) | 1.7× | ≤ 4× |
| \`scoreBerenschot\` ÷ \`JSON.stringify\` of the same 10,000 assessments | 0.72× | ≤ 1.5× |
| \`scoreBerenschot\`, 100,000 ÷ 10,000 assessments | 10.1× | ≤ 12× |
| \`summarisePortfolio\`, 10× ÷ 1× the portfolio | 10.6× | ≤ 12× |

Scoring 100,000 streamed assessments grows the heap by the results alone (16.7 kB per result; the inputs would have
added 914 MB).

Importing only \`scoreBerenschot\` costs about 8.3 kB gzip and pulls in no zod (budget 10 kB); importing
only \`getTheme\` costs about 14% of the whole catalogue (budget 25%). The whole package without zod is about 191 kB gzip.

## Documentation

- [Guide](docs/guide.md), [a section](docs/guide.md#install), [site](https://example.invalid/)

## License

MIT; see [LICENSE](LICENSE).
`;

/** The README with one piece of text replaced; fails the test when the piece is not there. */
function changed(from: string, to: string): string {
  expect(README).toContain(from);
  return README.replace(from, to);
}

describe('the README helpers', () => {
  it('cut out a section up to the next heading of level one or two', () => {
    expect(section(README, 'Playground')?.trim()).toBe('`npm run playground` serves http://127.0.0.1:8080.');
    expect(section(README, 'Nothing')).toBeUndefined();
  });

  it('read the body rows of a table', () => {
    expect(tableRows('| a | b |\n|---|---|\n| `x` | y |\n')).toEqual([['`x`', 'y']]);
  });

  it('turn an exports key into an import specifier', () => {
    expect([specifierOf('pakket', '.'), specifierOf('pakket', './scoring')]).toEqual(['pakket', 'pakket/scoring']);
  });
});

describe('checkEntryTable', () => {
  it('accepts a table that matches the exports, the names and the schema files', () => {
    expect(checkEntryTable(README, facts)).toEqual([]);
  });

  it('names an export without a row', () => {
    expect(checkEntryTable(changed('| `pakket/errors` | `SamenwerkingError`; loads no zod |\n', ''), facts)).toEqual([
      'the entry-point table has 0 rows for the export "./errors" (pakket/errors); it needs one',
    ]);
  });

  it('names a row for an entry that is not exported', () => {
    const readme = changed('| `pakket/errors` |', '| `pakket/fouten` |');
    expect(checkEntryTable(readme, facts)).toContain(
      'the entry-point table lists pakket/fouten, which package.json does not export',
    );
  });

  it('names a listed name that the entry does not export', () => {
    expect(checkEntryTable(changed('`ScoreOptions`', '`ScoringOptions`'), facts)).toEqual([
      'pakket/scoring does not export ScoringOptions, which the entry-point table lists',
    ]);
  });

  it('names a prefix that no export starts with', () => {
    expect(checkEntryTable(changed('`parse…`', '`validate…`'), facts)).toEqual([
      'pakket/scoring: no export starts with validate (the table says `validate…`)',
    ]);
  });

  it('names a schema list that differs from dist/schemas/', () => {
    expect(checkEntryTable(changed(', `plan.json`', ''), facts)).toEqual([
      'pakket/schemas/*.json lists assessment.json; dist/schemas/ holds assessment.json, plan.json',
    ]);
  });

  it('checks "everything below" against the other entries', () => {
    const lacking = { ...facts, exportsByEntry: new Map([...facts.exportsByEntry, ['pakket', ['scoreBerenschot']]]) };
    expect(checkEntryTable(README, lacking)).toEqual([
      'pakket says "everything below" but lacks ScoreOptions (pakket/scoring), parseAssessment (pakket/scoring), SamenwerkingError (pakket/errors)',
    ]);
  });

  it('checks "loads no zod" against the build', () => {
    expect(checkEntryTable(README, { ...facts, entriesLoadingZod: new Set(['pakket/errors']) })).toEqual([
      'pakket/errors says it loads no zod, but its build imports zod',
    ]);
  });
});

describe('checkNpmCommands', () => {
  it('accepts commands that are scripts', () => {
    expect(checkNpmCommands(README, facts)).toEqual([]);
  });

  it('names a script that package.json lacks', () => {
    expect(checkNpmCommands(changed('npm run demo', 'npm run show'), facts)).toEqual([
      'the README runs `npm run show`, but package.json has no script show',
    ]);
  });

  it('requires the Quick start block to show npm ci, a script and npm test', () => {
    expect(checkNpmCommands(changed('npm test\n```', 'echo done\n```'), facts)).toEqual([
      'the Quick start block should show `npm ci`, an `npm run` script and `npm test`; it shows ci, run demo',
    ]);
  });
});

describe('checkLinks', () => {
  it('accepts relative links to files in the tarball and leaves web links alone', () => {
    expect(checkLinks(README, facts)).toEqual([]);
  });

  it('names a link to a file that does not ship', () => {
    expect(
      checkLinks(README, { ...facts, packedFiles: facts.packedFiles.filter((file) => file !== 'LICENSE') }),
    ).toEqual(['the README links to LICENSE, which is not in the package tarball']);
  });
});

describe('checkPerformance', () => {
  it('accepts figures as bench/results.json rounds them', () => {
    expect(checkPerformance(README, facts)).toEqual([]);
  });

  it('names a measured value that differs from the results', () => {
    expect(checkPerformance(changed('| 10.6× |', '| 8.5× |'), facts)).toEqual([
      'the performance table gives 8.5× for "summarisePortfolio: 10× ÷ 1× the portfolio (from dist/)"; bench/results.json has 10.6×',
    ]);
  });

  it('names a wrong goal', () => {
    expect(checkPerformance(changed('| 1.7× | ≤ 4× |', '| 1.7× | ≤ 5× |'), facts)).toEqual([
      'the performance table gives the goal "≤ 5×" for "fromJSON ÷ JSON.parse (2,000 collaborations)"; the goal is ≤ 4×',
    ]);
  });

  it('names a figure with a goal that has no row, and a row that matches no figure', () => {
    const readme = changed(
      '| `fromJSON` ÷ `JSON.parse` (2,000 collaborations)',
      '| `toJSON` ÷ `JSON.parse` (2,000 collaborations)',
    );
    expect(checkPerformance(readme, facts)).toEqual([
      'the performance table has 0 rows for the figure "fromJSON ÷ JSON.parse (2,000 collaborations)"; it needs one',
      'the performance row "`toJSON` ÷ `JSON.parse` (2,000 collaborations)" matches no figure of bench/results.json',
    ]);
  });

  it('names a machine fact and a memory figure that differ from the results', () => {
    const readme = changed('23.5 GiB', '16 GiB').replace('914 MB', '921 MB');
    expect(checkPerformance(readme, facts)).toEqual([
      'the performance section says memory 16; bench/results.json says 23.5',
      'the README says the inputs would have added 921 MB; bench/results.json has 914 MB',
    ]);
  });
});

describe('checkBundleSizes', () => {
  it('accepts "about" figures within 10% and the exact budgets', () => {
    expect(checkBundleSizes(README, facts)).toEqual([]);
  });

  it('names an "about" figure more than 10% off and a wrong budget', () => {
    const readme = changed('about 191 kB', 'about 150 kB').replace('(budget 10 kB)', '(budget 12 kB)');
    expect(checkBundleSizes(readme, facts)).toEqual([
      'the README gives 12 for the scoreBerenschot budget (kB); bundle-budget measured 10.0',
      'the README gives 150 for the whole package (kB gzip); bundle-budget measured 190.6',
    ]);
  });

  it('asks for the bundle check when its sizes are missing', () => {
    expect(checkBundleSizes(README, { ...facts, bundleSizes: undefined })).toEqual([
      'no bundle sizes: run `npm run check:bundle` (it writes .tmp/bundle-sizes.json) first',
    ]);
  });
});

describe('checkPackageFacts', () => {
  it('accepts install, licence, playground and browser facts that hold', () => {
    expect(checkPackageFacts(README, facts)).toEqual([]);
  });

  it('names each fact that does not hold', () => {
    const readme = changed('Node 20 or newer', 'Node 18 or newer')
      .replace('(version 4)', '(version 3)')
      .replace('127.0.0.1:8080', '127.0.0.1:3000')
      .replace('`@sparticuz/chromium`', '`puppeteer`');
    expect(checkPackageFacts(readme, { ...facts, licenseText: undefined })).toEqual([
      'Install says Node 18 or newer; package.json engines.node is >=20',
      'Install says zod version 3 is a peer dependency; package.json has ^4',
      'package.json says MIT, but LICENSE is missing or is not the MIT licence',
      'Playground says port 3000; the playground script is "node server.mjs 8080"',
      'the README names the development dependency puppeteer, which package.json lacks',
    ]);
  });
});
