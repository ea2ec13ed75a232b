/**
 * The Chromium lookup of `scripts/lib/chromium.mjs`: CHROMIUM_PATH first, then a system browser on the PATH (in the
 * order of SYSTEM_NAMES), then a fixed system path, then the packaged Chromium. Fake executables in a temporary
 * folder stand in for the browsers; nothing is launched or unpacked here (the browser test and the docs-site check
 * launch the real one).
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  COMMON_ARGS,
  DROPPED_PACKAGED_ARGS,
  findChromium,
  findSystemChromium,
  onPath,
  SYSTEM_NAMES,
} from '../../scripts/lib/chromium.mjs';

const dir = mkdtempSync(join(tmpdir(), 'chromium-lookup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes an executable (or, with `mode`, a plain) file at dir/<folder>/<name> and returns its path. */
function fake(folder: string, name: string, mode = 0o755): string {
  mkdirSync(join(dir, folder), { recursive: true });
  const path = join(dir, folder, name);
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, mode);
  return path;
}

const empty = join(dir, 'empty');
mkdirSync(empty, { recursive: true });

describe('onPath', () => {
  it('finds the first executable of that name on the PATH, as command -v does', async () => {
    const first = fake('a', 'chromium');
    fake('b', 'chromium');
    await expect(onPath('chromium', `${empty}:${join(dir, 'a')}:${join(dir, 'b')}`)).resolves.toBe(first);
  });

  it('skips a file that is not executable', async () => {
    fake('c', 'google-chrome', 0o644);
    const executable = fake('d', 'google-chrome');
    await expect(onPath('google-chrome', `${join(dir, 'c')}:${join(dir, 'd')}`)).resolves.toBe(executable);
  });
});

describe('findSystemChromium', () => {
  it('prefers chromium over chromium-browser and google-chrome, whatever the PATH order', async () => {
    const chrome = fake('e', 'google-chrome');
    const chromium = fake('f', 'chromium');
    expect(SYSTEM_NAMES[0]).toBe('chromium');
    await expect(findSystemChromium({ PATH: `${join(dir, 'e')}:${join(dir, 'f')}` }, [])).resolves.toBe(chromium);
    await expect(findSystemChromium({ PATH: join(dir, 'e') }, [])).resolves.toBe(chrome);
  });

  it('falls back to the fixed paths, and finds nothing when there is nothing', async () => {
    const fixed = fake('g', 'chromium-at-fixed-path');
    await expect(findSystemChromium({ PATH: empty }, [join(dir, 'missing'), fixed])).resolves.toBe(fixed);
    await expect(findSystemChromium({ PATH: empty }, [join(dir, 'missing')])).resolves.toBeUndefined();
  });
});

describe('findChromium', () => {
  it('uses CHROMIUM_PATH first, even when a system browser is there', async () => {
    const named = fake('h', 'my-chrome');
    const found = await findChromium({ env: { CHROMIUM_PATH: named, PATH: join(dir, 'f') }, packaged: false });
    expect(found).toMatchObject({ executablePath: named, source: 'CHROMIUM_PATH', args: COMMON_ARGS });
  });

  it('refuses a CHROMIUM_PATH that is not executable instead of looking elsewhere', async () => {
    await expect(
      findChromium({ env: { CHROMIUM_PATH: join(dir, 'nothing-here'), PATH: join(dir, 'f') }, packaged: false }),
    ).rejects.toThrow(/CHROMIUM_PATH is .*nothing-here, which is not an executable file/);
  });

  it('uses a system browser when CHROMIUM_PATH is unset', async () => {
    const found = await findChromium({ env: { PATH: join(dir, 'f') }, systemPaths: [], packaged: false });
    expect(found).toMatchObject({ executablePath: join(dir, 'f', 'chromium'), source: 'system' });
  });

  it('says what to do when no browser is found and the packaged one is not wanted', async () => {
    await expect(findChromium({ env: { PATH: empty }, systemPaths: [], packaged: false })).rejects.toThrow(
      /No Chromium found.*Run `npm ci`, or set CHROMIUM_PATH/,
    );
  });

  it('leaves out the packaged flags that switch off web security, and keeps the sandbox off', () => {
    expect(DROPPED_PACKAGED_ARGS).toEqual(['--disable-web-security', '--allow-running-insecure-content']);
    expect(COMMON_ARGS).toEqual(expect.arrayContaining(['--no-sandbox', '--disable-gpu', '--no-first-run']));
  });
});
