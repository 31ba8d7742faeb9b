#!/usr/bin/env node
// The README's picture (src/assets/readme-screens.png): three phone screens side by side — the
// results' first screen in Spanish, the radar with an earlier run in Italian, and the one-page
// print. Reads `dist/` (run `npm run build` first) and serves it with `vite preview` on
// E2E_PORT (default 4175), or reuses a preview already there. Usage: node scripts/readme-screens.mjs
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath, runBounded } from './browser.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4175);
const APP = `http://127.0.0.1:${PORT}/`;
const OUT = 'src/assets/readme-screens.png';
const PHONE = { width: 360, height: 720 };

const scoresOf = (entries) =>
  Object.entries(entries)
    .map(([d, n]) => `${d}=${n}`)
    .join('&');
const latest = {
  tech: 85,
  communication: 70,
  delegation: 55,
  trust: 62,
  supervision: 74,
  procedures: 38,
  teamwork: 90,
};
const earlier = {
  tech: 80,
  communication: 55,
  delegation: 40,
  trust: 50,
  supervision: 70,
  procedures: 30,
  teamwork: 85,
};

let server;
let browser;

async function waitForServer() {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(APP)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer on ${APP}`);
}

const answers = async () => {
  try {
    return (await fetch(APP)).ok;
  } catch {
    return false;
  }
};

async function main() {
  // A preview already serving dist/ on this port (the browser tests' own) is reused.
  if (!(await answers()))
    server = spawn(
      'npx',
      ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
      {
        stdio: 'ignore',
      },
    );
  await waitForServer();
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });

  const shots = [];
  const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 1 });
  await context.addInitScript(
    ([a, b]) =>
      localStorage.setItem(
        'delega:history',
        JSON.stringify({
          version: 1,
          runs: [
            { date: '2026-03-12T10:00:00.000Z', scores: b },
            { date: '2026-04-20T10:00:00.000Z', scores: a },
          ],
        }),
      ),
    [latest, earlier],
  );
  const page = await context.newPage();

  await page.goto(`${APP}?lang=es&va=Ana%20L%C3%B3pez#results?${scoresOf(latest)}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  shots.push(await page.screenshot());

  await page.goto(`${APP}?lang=it#results?${scoresOf(latest)}`);
  // As the tab that finished the run: its history entry names the run, so it is compared.
  await page.evaluate(() => history.replaceState({ run: '2026-04-20T10:00:00.000Z' }, '', location.href));
  await page.reload();
  await page.locator('.radar-previous').waitFor();
  await page.locator('.radar').evaluate((figure) => figure.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => window.scrollBy(0, -12));
  shots.push(await page.screenshot());

  await page.goto(
    `${APP}?lang=es&va=Ana%20L%C3%B3pez&contact=mailto:ana@example.com#results?${scoresOf(latest)}`,
  );
  await page.getByRole('heading', { level: 1 }).waitFor();
  // The printed footer (the link, the contact) renders just after the first paint, with the cards.
  await page.locator('.dimension-cards').waitFor({ state: 'attached' });
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 718, height: 1016 }); // A4 at 96 dpi, inside 12 mm margins
  const print = await page.screenshot();
  await context.close();

  // Three panels: two phone screens and the printed page scaled to the same height.
  const sheet = await browser.newPage({ viewport: { width: 1330, height: 760 }, deviceScaleFactor: 1 });
  const img = (png, cls) => `<img class="${cls}" src="data:image/png;base64,${png.toString('base64')}">`;
  await sheet.setContent(
    `<!doctype html><style>
      body{margin:0;background:#e8ecf0;display:flex;gap:20px;padding:20px;height:720px;box-sizing:content-box}
      img{border-radius:12px;box-shadow:0 2px 8px rgb(0 0 0 / .15);background:#fff}
      .paper{height:720px;width:auto;border-radius:2px}
    </style>${img(shots[0], 'phone')}${img(shots[1], 'phone')}${img(print, 'paper')}`,
  );
  await sheet.screenshot({ path: OUT, clip: { x: 0, y: 0, width: 1330, height: 760 } });
  console.log(`wrote ${OUT}`);
  return 0;
}

async function cleanUp() {
  await browser?.close().catch(() => {});
  server?.kill();
}

await runBounded({ name: 'readme-screens', timeLimitMs: 120_000, main, cleanUp });
