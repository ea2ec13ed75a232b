/** Types of `chromium.mjs`, for the TypeScript scripts and tests that use it. */
import type { Browser } from 'playwright-core';

/** Where the Chromium came from. */
export type ChromiumSource = 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';

/** A Chromium found by {@link findChromium}. */
export interface FoundChromium {
  readonly executablePath: string;
  readonly args: readonly string[];
  readonly source: ChromiumSource;
  readonly description: string;
}

export const SYSTEM_NAMES: readonly string[];
export const SYSTEM_PATHS: readonly string[];
export const COMMON_ARGS: readonly string[];
export const DROPPED_PACKAGED_ARGS: readonly string[];
export function onPath(name: string, path?: string): Promise<string | undefined>;
export function findSystemChromium(
  env?: Readonly<Record<string, string | undefined>>,
  paths?: readonly string[],
): Promise<string | undefined>;
export function findChromium(options?: {
  env?: Readonly<Record<string, string | undefined>>;
  systemPaths?: readonly string[];
  cacheRoot?: string;
  packaged?: boolean;
}): Promise<FoundChromium>;
export function launchChromium(options?: { timeout?: number }): Promise<{ browser: Browser; chromium: FoundChromium }>;
