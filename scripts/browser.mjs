// What every browser-driving script shares: where Chromium is, how it must start here, and
// the median of repeated runs. tests/e2e/support/chromium.ts re-exports the first two.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Debian's Chromium needs these as root and on a machine with no outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** CHROMIUM_PATH, then Debian's /usr/bin/chromium, then a browser Playwright installed itself. */
export function chromiumPath() {
  let playwrightPath;
  try {
    playwrightPath = chromium.executablePath();
  } catch {
    playwrightPath = undefined;
  }
  const found = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', playwrightPath].find(
    (path) => !!path && existsSync(path),
  );
  if (!found)
    throw new Error(
      'No Chromium found: install one with `sudo apt-get install chromium` or set CHROMIUM_PATH.',
    );
  return found;
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Runs a script's `main` (which returns its exit code) within `timeLimitMs`, and calls
 * `cleanUp` (stop the servers and browsers it started) on every way out: success, error,
 * time-out, Ctrl-C or SIGTERM. Exits the process with the code.
 */
export async function runBounded({ name, timeLimitMs, main, cleanUp }) {
  const timer = setTimeout(async () => {
    console.error(`\n${name} took longer than ${timeLimitMs / 1000} s: stopping.`);
    await cleanUp();
    process.exit(1);
  }, timeLimitMs);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, async () => {
      await cleanUp();
      process.exit(130);
    });
  }

  let code = 1;
  try {
    code = await main();
  } catch (error) {
    console.error(error);
  } finally {
    clearTimeout(timer);
    await cleanUp();
  }
  process.exit(code);
}
