/**
 * Launches Debian's Chromium (apt package `chromium`) through playwright-core.
 * Tests never download a browser: a missing /usr/bin/chromium is an error, not a skip.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian's `chromium` package installs the browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Flags for a root, offline, headless machine: no sandbox (root), no GPU, and none of
 * Chromium's background connections to Google, which this machine's network refuses.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Starts a headless Chromium. Playwright's `launch()` already gives every browser a
 * fresh temporary profile (and refuses a `--user-data-dir` flag), so none is passed.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Browser tests use Debian's Chromium; ` +
        'install it with: sudo apt-get update && sudo apt-get install -y chromium',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
