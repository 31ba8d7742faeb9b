import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { startHostServer, type HostFile, type HostServer } from './support/host-server';
import { allScores, resultsHash, words } from './support/quiz';

// dist/ copied as it is into a sub-folder of some other static host, as an assistant would upload it.
const FOLDER = '/tools/delega/';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

function filesOf(dir: string): Record<string, HostFile> {
  const files: Record<string, HostFile> = {};
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else
        files[FOLDER + relative(dir, full)] = {
          body: readFileSync(full, 'utf8'),
          type: TYPES[extname(name)],
        };
    }
  };
  walk(dir);
  files[FOLDER] = files[`${FOLDER}index.html`]!;
  return files;
}

let host: HostServer;
test.beforeAll(async () => {
  host = await startHostServer(filesOf('dist'));
});
test.afterAll(async () => host?.close());

test('the built app works from a sub-folder of another static server', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(response.url());
  });
  await page.goto(`${host.origin}${FOLDER}?lang=it`);
  await expect(page.getByRole('heading', { level: 1, name: words.it.intro.heading })).toBeVisible();
  await page.getByRole('button', { name: words.it.intro.start }).click();
  await expect(page.getByText('Affermazione 1 di 35')).toBeVisible();

  await page.goto(`${host.origin}${FOLDER}?lang=es${resultsHash(allScores(80))}`);
  await expect(
    page.getByRole('heading', { level: 1, name: words.es.verdicts.assistant.title }),
  ).toBeVisible();
  await expect(page.locator('.radar-frame svg').first()).toBeVisible();
  expect(failed).toEqual([]);
});
