/**
 * The README's claims, each checked against what it describes. Every function takes the README text and the facts it
 * needs, and returns the problems it finds (empty when every claim holds), so that tests can feed it a wrong README.
 * `scripts/check-readme.ts` gathers the facts (package.json, the build, the tarball, bench/results.json, the bundle
 * sizes) and runs them all.
 *
 * Nothing here lists entry points, names or figures itself: they come from package.json, the build and the results
 * files, so a new entry point or export needs a README row, not a change here.
 */

/** What the README is checked against. */
export interface ReadmeFacts {
  /** `package.json`, parsed. */
  readonly pkg: PackageJson;
  /** For each import specifier of the package (`samenwerking`, `samenwerking/scoring`, …): the names it exports. */
  readonly exportsByEntry: ReadonlyMap<string, readonly string[]>;
  /** The specifiers whose module graph in the build reaches zod. */
  readonly entriesLoadingZod: ReadonlySet<string>;
  /** The file names in `dist/schemas/` (`collaboration.json`, …). */
  readonly schemaFiles: readonly string[];
  /** The paths of the files in the package tarball (`npm pack --dry-run`). */
  readonly packedFiles: readonly string[];
  /** `bench/results.json`, parsed. */
  readonly bench: BenchResults;
  /** The sizes `scripts/bundle-budget.mjs` measured (`.tmp/bundle-sizes.json`), or `undefined` when it has not run. */
  readonly bundleSizes: BundleSizes | undefined;
  /** The text of the LICENSE file, or `undefined` when there is none. */
  readonly licenseText: string | undefined;
}

/** The parts of package.json the README talks about. */
export interface PackageJson {
  readonly name: string;
  readonly license?: string;
  readonly engines?: { readonly node?: string };
  readonly peerDependencies?: Readonly<Record<string, string>>;
  readonly devDependencies?: Readonly<Record<string, string>>;
  readonly scripts?: Readonly<Record<string, string>>;
  readonly exports?: Readonly<Record<string, unknown>>;
}

/** The parts of bench/results.json the README quotes. */
export interface BenchResults {
  readonly date: string;
  readonly machine: {
    readonly cpu: string;
    readonly cores: number;
    readonly memoryGiB: number;
    readonly node: string;
    readonly platform: string;
  };
  readonly figures: readonly { readonly figure: string; readonly ratio: number; readonly goal: number | null }[];
  readonly memory?: {
    readonly count: number;
    readonly heapGrowthPerResultBytes: number;
    readonly inputsIfKeptBytes: number;
  };
}

/** What bundle-budget.mjs writes to `.tmp/bundle-sizes.json`. */
export interface BundleSizes {
  readonly scoreBerenschot: { readonly gzip: number; readonly budget: number };
  readonly getTheme: { readonly gzip: number; readonly shareOfCatalogue: number; readonly budgetShare: number };
  readonly entries: Readonly<Record<string, { readonly gzip: number }>>;
}

/** "About" figures may differ this much (relative) from the measurement. */
export const ABOUT_TOLERANCE = 0.1;

/** The text of one `## Heading` section, without the heading, or `undefined`. */
export function section(readme: string, heading: string): string | undefined {
  const lines = readme.split('\n');
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
  if (start === -1) return undefined;
  const end = lines.findIndex((line, index) => index > start && /^#{1,2} /.test(line));
  return lines.slice(start + 1, end === -1 ? undefined : end).join('\n');
}

/** The body rows of the first Markdown table in a text, as trimmed cells. */
export function tableRows(text: string): string[][] {
  const rows = text
    .split('\n')
    .filter((line) => line.trim().startsWith('|'))
    .map((line) =>
      line
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((cell) => cell.trim()),
    );
  return rows.slice(2); // header and separator
}

/** The import specifier of an `exports` key: `.` is the package, `./x` is `<package>/x`. */
export function specifierOf(pkgName: string, key: string): string {
  return key === '.' ? pkgName : `${pkgName}/${key.replace(/^\.\//, '')}`;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * The entry-point table: one row per `exports` entry (wildcards included, `./package.json` left out) and no other;
 * every name in a row is exported by that entry; `parse…` stands for names starting with `parse`; the JSON Schema
 * row lists exactly the files in `dist/schemas/`; "everything below" holds for the root; "loads no zod" holds.
 */
export function checkEntryTable(readme: string, facts: ReadmeFacts): string[] {
  const problems: string[] = [];
  const text = section(readme, 'Entry points');
  if (text === undefined) return ['the README has no "## Entry points" section'];
  const rows = tableRows(text).map(([first = '', what = '']) => ({ spec: first.replace(/`/g, ''), what }));
  const keys = Object.keys(facts.pkg.exports ?? {}).filter((key) => key !== './package.json');
  const claimed = new Set<string>();
  for (const key of keys) {
    const spec = specifierOf(facts.pkg.name, key);
    const star = spec.indexOf('*');
    const matches = rows.filter((row) =>
      star === -1 ? row.spec === spec : row.spec.startsWith(spec.slice(0, star)) && row.spec.includes('*'),
    );
    if (matches.length !== 1) {
      problems.push(`the entry-point table has ${matches.length} rows for the export "${key}" (${spec}); it needs one`);
    }
    for (const row of matches) claimed.add(row.spec);
  }
  for (const row of rows) {
    if (!claimed.has(row.spec))
      problems.push(`the entry-point table lists ${row.spec}, which package.json does not export`);
  }

  for (const row of rows) {
    const names = [...row.what.matchAll(/`([^`]+)`/g)].map((match) => match[1] as string);
    if (row.spec.includes('*')) {
      const listed = names.filter((name) => name.endsWith('.json')).sort();
      const shipped = [...facts.schemaFiles].sort();
      if (listed.join() !== shipped.join()) {
        problems.push(`${row.spec} lists ${listed.join(', ')}; dist/schemas/ holds ${shipped.join(', ')}`);
      }
      continue;
    }
    const exported = facts.exportsByEntry.get(row.spec);
    if (exported === undefined) continue; // reported above as not exported
    for (const name of names) {
      if (name.endsWith('…')) {
        const prefix = name.slice(0, -1);
        if (!exported.some((candidate) => candidate.startsWith(prefix))) {
          problems.push(`${row.spec}: no export starts with ${prefix} (the table says \`${name}\`)`);
        }
      } else if (!IDENTIFIER.test(name)) {
        problems.push(`${row.spec}: cannot check \`${name}\`; write export names, \`prefix…\` or schema files`);
      } else if (!exported.includes(name)) {
        problems.push(`${row.spec} does not export ${name}, which the entry-point table lists`);
      }
    }
    if (/everything below/i.test(row.what)) {
      const missing = [...facts.exportsByEntry]
        .filter(([spec]) => spec !== row.spec)
        .flatMap(([spec, list]) => list.filter((name) => !exported.includes(name)).map((name) => `${name} (${spec})`));
      if (missing.length > 0) problems.push(`${row.spec} says "everything below" but lacks ${missing.join(', ')}`);
    }
    if (/loads no zod/i.test(row.what) && facts.entriesLoadingZod.has(row.spec)) {
      problems.push(`${row.spec} says it loads no zod, but its build imports zod`);
    }
  }
  return problems;
}

/** Every `npm run <script>` and `npm test` in the README names a script of package.json; Quick start has both. */
export function checkNpmCommands(readme: string, facts: ReadmeFacts): string[] {
  const problems: string[] = [];
  const scripts = facts.pkg.scripts ?? {};
  for (const match of readme.matchAll(/\bnpm run ([\w:-]+)/g)) {
    const name = match[1] as string;
    if (!(name in scripts))
      problems.push(`the README runs \`npm run ${name}\`, but package.json has no script ${name}`);
  }
  if (/\bnpm test\b/.test(readme) && !('test' in scripts))
    problems.push('the README runs `npm test`, but there is no test script');
  const quickStart = section(readme, 'Quick start') ?? '';
  const block = /```sh\n([\s\S]*?)```/.exec(quickStart)?.[1] ?? '';
  const commands = [...block.matchAll(/\bnpm (ci|test|run [\w:-]+)/g)].map((match) => match[1] as string);
  if (
    !commands.includes('ci') ||
    !commands.includes('test') ||
    !commands.some((command) => command.startsWith('run '))
  ) {
    problems.push(
      `the Quick start block should show \`npm ci\`, an \`npm run\` script and \`npm test\`; it shows ${commands.join(', ') || 'none'}`,
    );
  }
  return problems;
}

/** Every relative link of the README points to a file in the tarball, so it works in an installed package too. */
export function checkLinks(readme: string, facts: ReadmeFacts): string[] {
  const problems: string[] = [];
  const packed = new Set(facts.packedFiles);
  let count = 0;
  for (const match of readme.matchAll(/\]\(([^)\s]+)\)/g)) {
    const target = (match[1] as string).split('#')[0] as string;
    if (target === '' || /^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
    count++;
    const path = target.replace(/^\.\//, '');
    if (!packed.has(path)) problems.push(`the README links to ${target}, which is not in the package tarball`);
  }
  if (count === 0) problems.push('the README has no relative links; the documentation list is missing');
  return problems;
}

/** The number written with `decimals` decimals, as the README prints it. */
const fixed = (value: number, decimals: number): string => value.toFixed(decimals);
const decimalsOf = (text: string): number => text.split('.')[1]?.length ?? 0;
/** The code-like words and the numbers of a figure's description: `scoreBerenschot`, `JSON.parse`, `10,000`, `ajv`. */
function tokensOf(text: string): Set<string> {
  const words = text.match(/\b(?:[a-z]+[A-Z][\w]*|JSON\.\w+|ajv)\b/g) ?? [];
  const numbers = text.match(/\d[\d,]*(?:\.\d+)?/g) ?? [];
  return new Set([...words, ...numbers]);
}
const within = (stated: number, measured: number): boolean =>
  Math.abs(stated - measured) <= ABOUT_TOLERANCE * Math.abs(measured);

/**
 * The performance section against bench/results.json: the machine, one table row per figure with a goal (matched by
 * its function names and sizes), each measured value as the results round it, each goal, and the memory figures.
 */
export function checkPerformance(readme: string, facts: ReadmeFacts): string[] {
  const problems: string[] = [];
  const text = section(readme, 'Performance');
  if (text === undefined) return ['the README has no "## Performance" section'];
  const { bench } = facts;
  const machine = /on an? (.+?) machine with (\d+) cores and ([\d.]+) GiB, Node ([\d.]+), (\w+) \((\w+) (\d{4})\)/.exec(
    text.replace(/\s+/g, ' '),
  );
  if (machine === null) {
    problems.push(
      'the performance section does not name the machine as "on a … machine with N cores and N GiB, Node …, OS (Month Year)"',
    );
  } else {
    const [, cpu, cores, memory, node, os, month, year] = machine;
    const date = new Date(bench.date);
    const expected = {
      cpu: bench.machine.cpu,
      cores: String(bench.machine.cores),
      memory: String(bench.machine.memoryGiB),
      node: bench.machine.node.replace(/^v/, ''),
      os: bench.machine.platform.split(' ')[0]?.toLowerCase(),
      month: date.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' }),
      year: String(date.getUTCFullYear()),
    };
    const stated = { cpu, cores, memory, node, os: os?.toLowerCase(), month, year };
    for (const key of Object.keys(expected) as (keyof typeof expected)[]) {
      if (stated[key] !== expected[key]) {
        problems.push(`the performance section says ${key} ${stated[key]}; bench/results.json says ${expected[key]}`);
      }
    }
  }

  const rows = tableRows(text).map(([figure = '', measured = '', goal = '']) => ({ figure, measured, goal }));
  const figures = bench.figures.filter((figure) => figure.goal !== null);
  const matchedRows = new Set<number>();
  for (const figure of figures) {
    const tokens = tokensOf(figure.figure.replace(/\(from [^)]*\)/, ''));
    const matches = rows
      .map((row, index) => ({ row, index }))
      .filter(({ row }) => {
        const rowTokens = tokensOf(row.figure.replace(/`/g, ''));
        return [...tokens].every((token) => rowTokens.has(token));
      });
    if (matches.length !== 1) {
      problems.push(`the performance table has ${matches.length} rows for the figure "${figure.figure}"; it needs one`);
      continue;
    }
    const { row, index } = matches[0] as (typeof matches)[number];
    matchedRows.add(index);
    const measured = /^([\d.]+)×$/.exec(row.measured)?.[1];
    if (measured === undefined) {
      problems.push(`the performance table gives "${row.measured}" for "${figure.figure}"; write one ratio as N.N×`);
    } else if (measured !== fixed(figure.ratio, decimalsOf(measured))) {
      problems.push(
        `the performance table gives ${measured}× for "${figure.figure}"; bench/results.json has ${fixed(figure.ratio, Math.max(1, decimalsOf(measured)))}×`,
      );
    }
    const goal = /^≤ ([\d.]+)×$/.exec(row.goal)?.[1];
    if (goal === undefined || Number(goal) !== figure.goal) {
      problems.push(
        `the performance table gives the goal "${row.goal}" for "${figure.figure}"; the goal is ≤ ${figure.goal}×`,
      );
    }
  }
  rows.forEach((row, index) => {
    if (!matchedRows.has(index))
      problems.push(`the performance row "${row.figure}" matches no figure of bench/results.json`);
  });

  const flat = text.replace(/\s+/g, ' ');
  if (bench.memory !== undefined) {
    const memory =
      /Scoring ([\d,]+) streamed assessments .*?\(([\d.]+) kB per result; the inputs would have added ([\d,]+) MB\)/.exec(
        flat,
      );
    if (memory === null) {
      problems.push(
        'the performance section does not state the memory figures as "Scoring N streamed assessments … (N kB per result; the inputs would have added N MB)"',
      );
    } else {
      const [, count = '', perResult = '', inputs = ''] = memory;
      if (Number(count.replace(/,/g, '')) !== bench.memory.count) {
        problems.push(`the memory figure counts ${count} assessments; bench/results.json has ${bench.memory.count}`);
      }
      if (perResult !== fixed(bench.memory.heapGrowthPerResultBytes / 1000, decimalsOf(perResult))) {
        problems.push(
          `the README gives ${perResult} kB per result; bench/results.json has ${fixed(bench.memory.heapGrowthPerResultBytes / 1000, 1)} kB`,
        );
      }
      if (inputs.replace(/,/g, '') !== fixed(bench.memory.inputsIfKeptBytes / 1e6, 0)) {
        problems.push(
          `the README says the inputs would have added ${inputs} MB; bench/results.json has ${fixed(bench.memory.inputsIfKeptBytes / 1e6, 0)} MB`,
        );
      }
    }
  }
  return problems;
}

/** The bundle-size sentence against the sizes bundle-budget.mjs measured: budgets exactly, "about" figures within 10%. */
export function checkBundleSizes(readme: string, facts: ReadmeFacts): string[] {
  const sizes = facts.bundleSizes;
  if (sizes === undefined)
    return ['no bundle sizes: run `npm run check:bundle` (it writes .tmp/bundle-sizes.json) first'];
  const text = (section(readme, 'Performance') ?? '').replace(/\s+/g, ' ');
  const problems: string[] = [];
  const scoring = /only `scoreBerenschot` costs about ([\d.]+) kB gzip .*?\(budget ([\d.]+) kB\)/.exec(text);
  const theme = /only `getTheme` costs about (\d+)% of the whole catalogue \(budget (\d+)%\)/.exec(text);
  const whole = /The whole package without zod is about ([\d.]+) kB gzip/.exec(text);
  if (scoring === null || theme === null || whole === null) {
    return [
      'the performance section does not state the bundle sizes of scoreBerenschot, getTheme and the whole package in the checked form',
    ];
  }
  const wholeEntry = sizes.entries[facts.pkg.name];
  const checks: [string, number, number, boolean][] = [
    ['scoreBerenschot alone (kB gzip)', Number(scoring[1]), sizes.scoreBerenschot.gzip / 1000, false],
    ['the scoreBerenschot budget (kB)', Number(scoring[2]), sizes.scoreBerenschot.budget / 1000, true],
    ['getTheme alone (% of the catalogue)', Number(theme[1]), 100 * sizes.getTheme.shareOfCatalogue, false],
    ['the getTheme budget (%)', Number(theme[2]), 100 * sizes.getTheme.budgetShare, true],
    ['the whole package (kB gzip)', Number(whole[1]), (wholeEntry?.gzip ?? Number.NaN) / 1000, false],
  ];
  for (const [what, stated, measured, exact] of checks) {
    if (exact ? stated !== measured : !within(stated, measured)) {
      problems.push(`the README gives ${stated} for ${what}; bundle-budget measured ${measured.toFixed(1)}`);
    }
  }
  return problems;
}

/** Install facts and the licence: Node version, the zod peer, ESM and CommonJS, MIT, the playground port, the browser. */
export function checkPackageFacts(readme: string, facts: ReadmeFacts): string[] {
  const problems: string[] = [];
  const { pkg } = facts;
  const install = section(readme, 'Install') ?? '';
  const node = /Node (\d+) or newer/.exec(install)?.[1];
  if (node === undefined || pkg.engines?.node !== `>=${node}`) {
    problems.push(`Install says Node ${node ?? '?'} or newer; package.json engines.node is ${pkg.engines?.node}`);
  }
  const zod = /`zod` \(version (\d+)\) is a peer dependency/.exec(install)?.[1];
  if (zod === undefined || pkg.peerDependencies?.zod !== `^${zod}`) {
    problems.push(
      `Install says zod version ${zod ?? '?'} is a peer dependency; package.json has ${pkg.peerDependencies?.zod}`,
    );
  }
  if (/ESM and CommonJS/.test(install)) {
    const single = Object.entries(pkg.exports ?? {}).filter(
      ([key, value]) =>
        !key.includes('*') &&
        key !== './package.json' &&
        !(typeof value === 'object' && value !== null && 'import' in value && 'require' in value),
    );
    if (single.length > 0)
      problems.push(`Install says ESM and CommonJS; ${single.map(([key]) => key).join(', ')} lack one`);
  }
  const license = (section(readme, 'License') ?? '').trim();
  if (!license.startsWith(pkg.license ?? '?'))
    problems.push(`License says "${license}"; package.json says ${pkg.license}`);
  if (pkg.license === 'MIT' && !facts.licenseText?.startsWith('MIT License')) {
    problems.push('package.json says MIT, but LICENSE is missing or is not the MIT licence');
  }
  const port = /http:\/\/127\.0\.0\.1:(\d+)/.exec(section(readme, 'Playground') ?? '')?.[1];
  if (port !== undefined && !(pkg.scripts?.playground ?? '').includes(port)) {
    problems.push(`Playground says port ${port}; the playground script is "${pkg.scripts?.playground}"`);
  }
  for (const match of readme.matchAll(/development dependency `([^`]+)`/g)) {
    const name = match[1] as string;
    if (pkg.devDependencies?.[name] === undefined)
      problems.push(`the README names the development dependency ${name}, which package.json lacks`);
  }
  return problems;
}

/** Every check, by name. */
export const readmeChecks: Readonly<Record<string, (readme: string, facts: ReadmeFacts) => string[]>> = {
  'entry points': checkEntryTable,
  'npm commands': checkNpmCommands,
  links: checkLinks,
  performance: checkPerformance,
  'bundle sizes': checkBundleSizes,
  'package facts': checkPackageFacts,
};
