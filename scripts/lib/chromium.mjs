/**
 * Finds a Chromium for the scripts that drive a browser (the playground test, the documentation-site check) and
 * launches it with playwright-core. The lookup order:
 *
 * 1. `CHROMIUM_PATH`, when set: that file, which must be executable (no silent fallback when it is not);
 * 2. a system Chromium or Chrome: `chromium`, `chromium-browser`, `google-chrome` or `google-chrome-stable` on the
 *    `PATH`, then `/usr/bin/chromium`;
 * 3. the headless Chromium that `npm ci` installed with the dev dependency `@sparticuz/chromium`: the package
 *    carries a brotli-compressed binary (no download and no install script); it is unpacked once into
 *    `<tmpdir>/samenwerking-chromium-<version>/` and reused by later runs.
 *
 * Import: `findChromium()` resolves to `{ executablePath, args, source, description }`; `launchChromium()` launches
 * it with playwright-core and resolves to the browser.
 */
import { constants } from 'node:fs';
import { access, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';

/** Names of a system Chromium or Chrome, looked up on the PATH in this order. */
export const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
/** Where Debian and Ubuntu put Chromium, checked when no name is found on the PATH. */
export const SYSTEM_PATHS = ['/usr/bin/chromium'];

/** Flags for every Chromium on this kind of machine: no sandbox (root, containers), no GPU, no calls home. */
export const COMMON_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Flags of `@sparticuz/chromium`'s `args` that are left out: they switch off the browser's own security checks
 * (same-origin policy, mixed content), which the playground test relies on, and no headless run here needs them.
 */
export const DROPPED_PACKAGED_ARGS = ['--disable-web-security', '--allow-running-insecure-content'];

async function isExecutable(path) {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function exists(path) {
  try {
    await access(path, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first executable file named `name` on the `PATH` (as `command -v` finds it), or `undefined`. */
export async function onPath(name, path = '') {
  for (const dir of path.split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, name);
    if (await isExecutable(candidate)) return candidate;
  }
  return undefined;
}

/** A system Chromium or Chrome: on the PATH under one of {@link SYSTEM_NAMES}, else at {@link SYSTEM_PATHS}. */
export async function findSystemChromium(env = process.env, paths = SYSTEM_PATHS) {
  for (const name of SYSTEM_NAMES) {
    const found = await onPath(name, env.PATH ?? '');
    if (found !== undefined) return found;
  }
  for (const path of paths) {
    if (await isExecutable(path)) return path;
  }
  return undefined;
}

/** The installed folder of a package (its exports may hide `package.json`), or `undefined` when it is not installed. */
async function packageFolder(name) {
  let entry;
  try {
    entry = createRequire(import.meta.url).resolve(name);
  } catch (error) {
    if (error.code === 'MODULE_NOT_FOUND') return undefined;
    throw error;
  }
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      if (JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')).name === name) return dir;
    } catch {
      // no package.json here: look one folder up
    }
  }
  return undefined;
}

/**
 * Unpacks `@sparticuz/chromium`'s binary once per version into `<tmpdir>/samenwerking-chromium-<version>/`. Each run
 * unpacks into a private folder first and moves it into place whole, so two runs at the same time never see a
 * half-written binary.
 */
async function unpackPackagedChromium(cacheRoot) {
  const packageDir = await packageFolder('@sparticuz/chromium');
  if (packageDir === undefined) return undefined;
  const { version } = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8'));
  const { default: packaged } = await import('@sparticuz/chromium');
  const target = join(cacheRoot, `samenwerking-chromium-${version}`);
  const executable = join(target, 'chromium');
  const args = packaged.args.filter((arg) => !DROPPED_PACKAGED_ARGS.includes(arg));
  const complete = async () => (await exists(join(target, '.complete'))) && (await isExecutable(executable));
  if (await complete()) return { executablePath: executable, args, version };

  await mkdir(cacheRoot, { recursive: true });
  const scratch = await mkdtemp(join(cacheRoot, `samenwerking-chromium-${version}-unpacking-`));
  // executablePath() unpacks into os.tmpdir(), which reads TMPDIR on every call: point it at the private folder.
  const savedTmpdir = process.env.TMPDIR;
  process.env.TMPDIR = scratch;
  try {
    const unpacked = await packaged.executablePath(join(packageDir, 'bin'));
    if (unpacked !== join(scratch, 'chromium')) throw new Error(`@sparticuz/chromium unpacked to ${unpacked}`);
  } finally {
    if (savedTmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmpdir;
  }
  await writeFile(join(scratch, '.complete'), `${version}\n`);
  try {
    await rename(scratch, target);
  } catch (error) {
    // Another run moved its copy into place first (or a stale, incomplete folder is in the way).
    await rm(scratch, { recursive: true, force: true });
    if (!(await complete())) {
      throw new Error(`could not move the unpacked Chromium to ${target}: ${error.message}. Remove that folder.`);
    }
  }
  return { executablePath: executable, args, version };
}

/**
 * Finds a Chromium: `CHROMIUM_PATH`, else a system Chromium or Chrome, else `@sparticuz/chromium`.
 *
 * @param {{ env?: Record<string, string | undefined>, systemPaths?: string[], cacheRoot?: string, packaged?: boolean }} [options]
 *   `env` defaults to `process.env`; `systemPaths` to {@link SYSTEM_PATHS}; `cacheRoot` (where the packaged binary is
 *   unpacked) to `os.tmpdir()`; `packaged: false` skips the packaged Chromium.
 * @returns {Promise<{ executablePath: string, args: string[], source: 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium', description: string }>}
 */
export async function findChromium(options = {}) {
  const env = options.env ?? process.env;
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!(await isExecutable(fromEnv))) {
      throw new Error(`CHROMIUM_PATH is ${fromEnv}, which is not an executable file. Fix it, or unset it.`);
    }
    return { executablePath: fromEnv, args: COMMON_ARGS, source: 'CHROMIUM_PATH', description: `${fromEnv}` };
  }
  const system = await findSystemChromium(env, options.systemPaths ?? SYSTEM_PATHS);
  if (system !== undefined) {
    return { executablePath: system, args: COMMON_ARGS, source: 'system', description: `system Chromium ${system}` };
  }
  if (options.packaged !== false) {
    const packaged = await unpackPackagedChromium(options.cacheRoot ?? tmpdir());
    if (packaged !== undefined) {
      return {
        executablePath: packaged.executablePath,
        args: [...new Set([...packaged.args, ...COMMON_ARGS])],
        source: '@sparticuz/chromium',
        description: `@sparticuz/chromium ${packaged.version}, unpacked to ${packaged.executablePath}`,
      };
    }
  }
  throw new Error(
    'No Chromium found: CHROMIUM_PATH is unset, no chromium, chromium-browser or google-chrome is on the PATH, ' +
      'and @sparticuz/chromium is not installed. Run `npm ci`, or set CHROMIUM_PATH to a Chromium or Chrome.',
  );
}

/**
 * Finds a Chromium with {@link findChromium} and launches it headless with playwright-core.
 *
 * @param {{ timeout?: number }} [options] The launch time limit in milliseconds (default 30 s).
 * @returns {Promise<{ browser: import('playwright-core').Browser, chromium: Awaited<ReturnType<typeof findChromium>> }>}
 */
export async function launchChromium(options = {}) {
  const found = await findChromium();
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: found.executablePath,
    args: found.args,
    headless: true,
    timeout: options.timeout ?? 30_000,
  });
  return { browser, chromium: found };
}
