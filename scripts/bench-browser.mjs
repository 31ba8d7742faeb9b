#!/usr/bin/env node
// The browser half of `npm run bench` (README, "Performance"). Serves dist/ with `vite preview` on
// port 4174 and, in headless Chromium (fresh context each run: empty cache and storage, 360×740):
//   last-answer-to-radar: from the click on "Ver mis resultados" after the 35th answer to the radar
//     being painted, once the page has fetched what it fetches ahead (the results' code and strings,
//     from the third answer on): a person takes seconds to read the last statement;
//   last-answer-to-radar-at-once: the same click as soon as the statement shows, before anything
//     fetched ahead may have arrived (the worst case: resuming at the last statement and answering
//     within a few hundred milliseconds);
//   results-link-to-radar: from navigation start of a results link to the radar being painted.
// "Painted" = the first frame after `.radar-frame svg` holds a drawn shape (MutationObserver, then
// requestAnimationFrame + a task), read with performance.now() in the page. Median of RUNS runs after
// one warm-up. Figures go to artifacts/bench.json, with the vitest figures of the scoring core when
// artifacts/bench-unit.json exists (`vitest bench --run --outputJson artifacts/bench-unit.json`).
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath, median, runBounded } from './browser.mjs';
import { preview } from 'vite';

// PERF_PORT: another port, when another checkout already serves one on 4174.
const PORT = Number(process.env.PERF_PORT) || 4174;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const RUNS = 7;
const TIME_LIMIT_MS = 240_000;
const STEP_TIMEOUT_MS = 15_000;
const VIEWPORT = { width: 360, height: 740 };
const RESULTS_URL = `${ORIGIN}/?lang=es#results?tech=80&communication=75&delegation=60&trust=70&supervision=85&procedures=55&teamwork=90`;

const root = fileURLToPath(new URL('..', import.meta.url));
const artifacts = join(root, 'artifacts');

/** The statement ids, read from the question bank so the seeded answers never go stale. */
function statementIds() {
  const source = readFileSync(join(root, 'src', 'quiz', 'questions.ts'), 'utf8');
  const ids = [...source.matchAll(/\bid:\s*'([^']+)'/g)].map((match) => match[1]);
  if (ids.length < 2) throw new Error('Could not read the statement ids from src/quiz/questions.ts');
  return ids;
}

/** Runs in the page before any of its scripts: records when the chart is first painted. */
function watchChart() {
  const bench = { clickAt: null, chartPainted: null };
  Object.defineProperty(window, '__bench', { value: bench });
  const drawn = () => {
    const svg = document.querySelector('.radar-frame svg');
    return !!svg && !!svg.querySelector('path, polygon');
  };
  const observer = new MutationObserver(() => {
    if (bench.chartPainted !== null || !drawn()) return;
    observer.disconnect();
    // The rAF callback runs before the frame's paint; a task queued from it runs after.
    requestAnimationFrame(() => setTimeout(() => (bench.chartPainted = performance.now())));
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
  document.addEventListener(
    'click',
    (event) => {
      if (event.target instanceof Element && event.target.closest('button[type="submit"]')) {
        bench.clickAt = event.timeStamp; // same clock as performance.now()
      }
    },
    { capture: true },
  );
}

/** A page that reports its errors, so that a run that never draws the chart says why. */
async function openPage(context) {
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text().split('\n')[0]);
  });
  return { page, errors };
}

async function chartPaintedAt({ page, errors }) {
  try {
    await page.waitForFunction(() => window.__bench.chartPainted !== null, null, {
      timeout: STEP_TIMEOUT_MS,
    });
  } catch (error) {
    const text = (
      await page
        .locator('main')
        .innerText()
        .catch(() => '')
    ).slice(0, 200);
    throw new Error(
      `No chart painted within ${STEP_TIMEOUT_MS / 1000} s at ${page.url()}\n` +
        `  page errors: ${errors.join(' | ') || 'none'}\n  main shows: ${text.replace(/\s+/g, ' ')}`,
      { cause: error },
    );
  }
  return page.evaluate(() => window.__bench);
}

/**
 * Opens the quiz at its 35th statement (34 answers stored), answers it and submits; with
 * `readFirst`, only once the network has been quiet for 500 ms (what a reader's pause allows).
 */
async function lastAnswerToRadar(browser, ids, { readFirst }) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const answers = Object.fromEntries(ids.slice(0, -1).map((id, i) => [id, [4, 5, 3, 4, 2][i % 5]]));
    const stored = JSON.stringify({ version: 1, answers, position: ids.length - 1 });
    await context.addInitScript((value) => {
      if (!sessionStorage.getItem('bench-seeded')) {
        localStorage.setItem('delega:quiz', value);
        sessionStorage.setItem('bench-seeded', '1');
      }
    }, stored);
    await context.addInitScript(watchChart);
    const opened = await openPage(context);
    const { page } = opened;
    await page.goto(`${ORIGIN}/?lang=es#quiz`);
    await page.getByText(`Afirmación ${ids.length} de ${ids.length}`, { exact: true }).waitFor();
    if (readFirst) await page.waitForLoadState('networkidle');
    // Chosen with the keyboard (a pointer tap would submit by itself after 250 ms), then submitted.
    const agree = page.getByRole('radio', { name: 'De acuerdo', exact: true });
    await agree.focus();
    await page.keyboard.press('Space');
    if (!(await agree.isChecked())) throw new Error('"De acuerdo" did not get checked');
    await page.getByRole('button', { name: 'Ver mis resultados', exact: true }).click();
    const { clickAt, chartPainted } = await chartPaintedAt(opened);
    if (clickAt === null) throw new Error('The submit click was not seen by the page');
    return chartPainted - clickAt;
  } finally {
    await context.close();
  }
}

/** Opens a results link in a fresh tab: navigation start to the painted chart. */
async function resultsLinkToRadar(browser) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript(watchChart);
    const opened = await openPage(context);
    await opened.page.goto(RESULTS_URL);
    const { chartPainted } = await chartPaintedAt(opened);
    return chartPainted; // performance.now() counts from navigation start
  } finally {
    await context.close();
  }
}

/** The scoring core's figures from vitest, when `vitest bench` ran first. */
function unitFigures() {
  const path = join(artifacts, 'bench-unit.json');
  if (!existsSync(path)) return undefined;
  const report = JSON.parse(readFileSync(path, 'utf8'));
  return report.files.flatMap((file) =>
    file.groups.flatMap((group) =>
      group.benchmarks.map((b) => ({
        name: b.name,
        opsPerSecond: Math.round(b.hz),
        meanMicroseconds: Number((b.mean * 1000).toFixed(3)),
        p99Microseconds: Number((b.p99 * 1000).toFixed(3)),
        rme: Number(b.rme.toFixed(2)),
        samples: b.sampleCount,
      })),
    ),
  );
}

async function main() {
  if (!existsSync(join(root, 'dist', 'index.html'))) {
    console.error('No dist/index.html: run `npm run build` first.');
    return 1;
  }
  const ids = statementIds();
  resources.server = await preview({
    root,
    logLevel: 'warn',
    preview: { port: PORT, strictPort: true, host: '127.0.0.1', open: false },
  });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  resources.browser = browser;

  const scenarios = [
    {
      id: 'lastAnswerToRadar',
      label: 'last answer → radar painted',
      run: () => lastAnswerToRadar(browser, ids, { readFirst: true }),
    },
    {
      id: 'lastAnswerToRadarAtOnce',
      label: '  the same, answered at once',
      run: () => lastAnswerToRadar(browser, ids, { readFirst: false }),
    },
    {
      id: 'resultsLinkToRadar',
      label: 'results link → radar painted',
      run: () => resultsLinkToRadar(browser),
    },
  ];
  const browserFigures = {};
  for (const scenario of scenarios) {
    await scenario.run(); // warm-up: not counted
    const times = [];
    for (let i = 0; i < RUNS; i += 1) times.push(await scenario.run());
    browserFigures[scenario.id] = {
      label: scenario.label,
      medianMs: Number(median(times).toFixed(1)),
      minMs: Number(Math.min(...times).toFixed(1)),
      maxMs: Number(Math.max(...times).toFixed(1)),
      runsMs: times.map((t) => Number(t.toFixed(1))),
    };
  }

  const unit = unitFigures();
  const report = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model,
      node: process.version,
      chromium: browser.version(),
    },
    conditions: `headless Chromium, ${VIEWPORT.width}×${VIEWPORT.height}, fresh context per run (cold cache), no throttling, vite preview on 127.0.0.1`,
    browser: browserFigures,
    ...(unit ? { scoring: unit } : {}),
  };
  await mkdir(artifacts, { recursive: true });
  await writeFile(join(artifacts, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);

  console.log(`\nBrowser (${report.conditions}), median of ${RUNS} runs:`);
  for (const f of Object.values(browserFigures)) {
    console.log(
      `  ${f.label.padEnd(30)} ${`${f.medianMs} ms`.padStart(10)}   (min ${f.minMs}, max ${f.maxMs})`,
    );
  }
  if (unit) {
    console.log('\nScoring core (vitest bench, random complete answer sets):');
    for (const u of unit) {
      console.log(
        `  ${u.name.padEnd(30)} ${u.opsPerSecond.toLocaleString('en-US').padStart(12)} ops/s   mean ${u.meanMicroseconds} µs`,
      );
    }
  }
  console.log('\nWritten: artifacts/bench.json');
  return 0;
}

/** Everything this script started, so that every way out stops it. */
const resources = { server: undefined, browser: undefined };

async function cleanUp() {
  const { browser, server } = resources;
  resources.browser = resources.server = undefined;
  await browser?.close().catch((error) => console.error(`Could not stop Chromium: ${error}`));
  await server?.close().catch((error) => console.error(`Could not stop the preview server: ${error}`));
}

await runBounded({ name: 'The browser benchmark', timeLimitMs: TIME_LIMIT_MS, main, cleanUp });
