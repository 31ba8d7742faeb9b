#!/usr/bin/env node
// Lighthouse on the built app (README, "Performance"): serves dist/ with `vite preview` on port 4174,
// audits the intro and a results link in Lighthouse's default mobile emulation (simulated throttling),
// five runs each after one warm-up run, and fails when the median of a category is under its threshold.
// JSON reports go to artifacts/lighthouse/. Run `npm run build` first.
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, chromiumPath, median, runBounded } from './browser.mjs';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { preview } from 'vite';

// PERF_PORT: another port, when another checkout already serves one on 4174.
const PORT = Number(process.env.PERF_PORT) || 4174;
const RUNS = 5;
/** The whole run, server and browser included, must end within this (a 2-core machine needs ~2 min). */
const TIME_LIMIT_MS = 240_000;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const RESULTS_HASH =
  '#results?tech=80&communication=75&delegation=60&trust=70&supervision=85&procedures=55&teamwork=90';
/**
 * Minimum median performance per page, two points under what a quiet 2-core machine measures, so
 * a regression fails and noise does not (a compile running beside it took a results link two
 * points down). Intro: 100 (issue 13's floor, 98, kept). A results link: 99 since it asks for
 * recharts once the verdict is shown (3 Dec 2026: 98–99 in five runs, LCP 1.96 s; 96 while
 * startup.js asked for it in <head>, README "The verdict first on a results link").
 */
const PAGES = [
  { name: 'intro', url: `${ORIGIN}/?lang=es`, performance: 98 },
  { name: 'results', url: `${ORIGIN}/?lang=es${RESULTS_HASH}`, performance: 97 },
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** Minimum median score (0–100) per category, on every page (performance: per page, above). */
const THRESHOLDS = { accessibility: 100, 'best-practices': 100, seo: 90 };
const thresholdOf = (page, category) =>
  category === 'performance' ? page.performance : THRESHOLDS[category];
const METRICS = [
  { id: 'largest-contentful-paint', label: 'LCP', unit: 'ms' },
  { id: 'total-blocking-time', label: 'TBT', unit: 'ms' },
  { id: 'cumulative-layout-shift', label: 'CLS', unit: '' },
];

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'artifacts', 'lighthouse');

/** One line for an item of an audit's details table. */
function describeItem(item) {
  const node =
    item.node?.type === 'node' ? `${item.node.selector} "${item.node.nodeLabel ?? ''}"` : undefined;
  const what = node ?? item.url ?? item.source?.url ?? item.description ?? item.phase;
  const extra = [
    item.score !== undefined && `shift ${Number(item.score).toFixed(3)}`,
    item.timing !== undefined && `${Math.round(item.timing)} ms`,
    item.duration !== undefined && `${Math.round(item.duration)} ms`,
    item.wastedBytes !== undefined && `${Math.round(item.wastedBytes / 1024)} KB unused`,
    item.wastedMs !== undefined && `${Math.round(item.wastedMs)} ms`,
  ].filter(Boolean);
  return what ? `${what}${extra.length ? ` (${extra.join(', ')})` : ''}` : JSON.stringify(item).slice(0, 160);
}

/** Audits that explain a low performance score: where LCP went, what shifted, what blocked. */
const PERFORMANCE_DIAGNOSTICS = [
  'largest-contentful-paint-element',
  'layout-shifts',
  'render-blocking-insight',
  'long-tasks',
  'unused-javascript',
];

/** Lantern's LCP waits for every request that started before the observed LCP: list the scripts among them. */
function scriptsBeforeLcp(lhr) {
  const observedLcp = lhr.audits.metrics?.details?.items?.[0]?.observedLargestContentfulPaint;
  if (observedLcp === undefined) return [];
  const scripts = (lhr.audits['network-requests']?.details?.items ?? [])
    .filter((item) => item.resourceType === 'Script' && item.networkRequestTime < observedLcp)
    .sort((a, b) => b.transferSize - a.transferSize);
  const total = scripts.reduce((sum, item) => sum + item.transferSize, 0);
  return [
    `scripts requested before the observed LCP (${Math.round(observedLcp)} ms): ${(total / 1024).toFixed(1)} KB` +
      `\n        ${scripts
        .slice(0, 4)
        .map((item) => `${item.url} (${(item.transferSize / 1024).toFixed(1)} KB)`)
        .join('\n        ')}`,
  ];
}

/** What keeps a category under its threshold: the audits that did not pass, with their first items. */
function misses(lhr, category) {
  const ids =
    category === 'performance'
      ? [
          ...lhr.categories.performance.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id),
          ...PERFORMANCE_DIAGNOSTICS,
        ]
      : lhr.categories[category].auditRefs.map((ref) => ref.id);
  const extra = category === 'performance' ? scriptsBeforeLcp(lhr) : [];
  return ids
    .map((id) => lhr.audits[id])
    .filter((audit) =>
      PERFORMANCE_DIAGNOSTICS.includes(audit?.id)
        ? (audit.details?.items?.length ?? 0) > 0
        : audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative',
    )
    .map((audit) => {
      // Some details are a list of tables (the LCP element, then its phases).
      const details = audit.details?.type === 'debugdata' ? {} : (audit.details ?? {});
      const tables = details.type === 'list' ? details.items : [details];
      const items = tables.flatMap((table) => (table.items ?? []).slice(0, 4)).map(describeItem);
      const value = audit.displayValue ? ` (${audit.displayValue})` : '';
      const score = audit.score === null ? '' : ` [score ${audit.score}]`;
      return `${audit.id}${value}${score}: ${audit.title}${items.length ? `\n        ${items.join('\n        ')}` : ''}`;
    })
    .concat(extra);
}

/** Script bytes the page downloaded (transfer size, as served: gzip by vite preview). */
const scriptTransfer = (lhr) =>
  (lhr.audits['network-requests']?.details?.items ?? [])
    .filter((item) => item.resourceType === 'Script')
    .reduce((sum, item) => sum + (item.transferSize ?? 0), 0);

async function main() {
  if (!existsSync(join(root, 'dist', 'index.html'))) {
    console.error('No dist/index.html: run `npm run build` first.');
    return 1;
  }
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });

  const server = await preview({
    root,
    logLevel: 'warn',
    preview: { port: PORT, strictPort: true, host: '127.0.0.1', open: false },
  });
  resources.server = server;
  const chrome = await launch({
    chromePath: chromiumPath(),
    chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
    logLevel: 'silent',
  });
  resources.chrome = chrome;

  // One run that is not counted, as in `npm run bench`: the first Lighthouse run in a fresh
  // Chromium also pays for starting the browser's and Lighthouse's own code (LCP up to 0.8 s later).
  const audit = (url, onlyCategories = CATEGORIES) =>
    lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories });
  const warmUp = Date.now();
  await audit(PAGES[0].url, ['performance']);
  console.log(`warm-up run, not counted (${((Date.now() - warmUp) / 1000).toFixed(1)} s)`);

  const results = [];
  for (const page of PAGES) {
    const runs = [];
    for (let run = 1; run <= RUNS; run += 1) {
      const started = Date.now();
      const result = await audit(page.url);
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.url}`);
      const { lhr } = result;
      if (lhr.runtimeError)
        throw new Error(`${page.name}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      await writeFile(join(outDir, `${page.name}-${run}.json`), result.report);
      const scores = Object.fromEntries(
        CATEGORIES.map((c) => [c, Math.round((lhr.categories[c].score ?? 0) * 100)]),
      );
      const metrics = Object.fromEntries(METRICS.map((m) => [m.label, lhr.audits[m.id].numericValue]));
      runs.push({ lhr, scores, metrics });
      console.log(
        `${page.name} run ${run}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}` +
          ` · LCP ${Math.round(metrics.LCP)} ms · TBT ${Math.round(metrics.TBT)} ms · CLS ${metrics.CLS.toFixed(3)}` +
          ` (${((Date.now() - started) / 1000).toFixed(1)} s)`,
      );
    }
    results.push({ page, runs });
  }

  // --- Medians and thresholds -----------------------------------------------------------------
  const failures = [];
  const summary = {};
  console.log(
    `\nLighthouse ${results[0].runs[0].lhr.lighthouseVersion}, mobile emulation, median of ${RUNS} runs`,
  );
  const header = [
    'page'.padEnd(8),
    ...CATEGORIES.map((c) => c.padStart(14)),
    '   LCP ms',
    ' TBT ms',
    '   CLS',
  ];
  console.log(header.join(' '));
  for (const { page, runs } of results) {
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r.scores[c]))]));
    const metrics = Object.fromEntries(
      METRICS.map((m) => [m.label, median(runs.map((r) => r.metrics[m.label]))]),
    );
    const scriptKb = median(runs.map((r) => scriptTransfer(r.lhr))) / 1024;
    summary[page.name] = { url: page.url, scores, metrics, scriptTransferKB: Number(scriptKb.toFixed(2)) };
    console.log(
      [
        page.name.padEnd(8),
        ...CATEGORIES.map((c) => String(scores[c]).padStart(14)),
        String(Math.round(metrics.LCP)).padStart(9),
        String(Math.round(metrics.TBT)).padStart(7),
        metrics.CLS.toFixed(3).padStart(6),
      ].join(' ') + `   (JS transferred ${scriptKb.toFixed(1)} KB)`,
    );
    for (const category of CATEGORIES) {
      if (scores[category] >= thresholdOf(page, category)) continue;
      // Explain the miss from the run closest to the median.
      const run = runs.find((r) => r.scores[category] === scores[category]) ?? runs[0];
      failures.push(
        `${page.name}: ${category} ${scores[category]} < ${thresholdOf(page, category)}\n      ` +
          (misses(run.lhr, category).join('\n      ') || '(no failing audit: a metric score is low)'),
      );
    }
  }
  await writeFile(
    join(outDir, 'summary.json'),
    `${JSON.stringify({ thresholds: { ...THRESHOLDS, performance: Object.fromEntries(PAGES.map((p) => [p.name, p.performance])) }, pages: summary }, null, 2)}\n`,
  );
  console.log(`\nReports: artifacts/lighthouse/{intro,results}-{1..${RUNS}}.json, summary.json`);

  if (failures.length > 0) {
    console.error(`\nLighthouse thresholds failed:\n  - ${failures.join('\n  - ')}`);
    return 1;
  }
  console.log('Lighthouse thresholds: ok');
  return 0;
}

/** Everything this script started, so that every way out stops it. */
const resources = { server: undefined, chrome: undefined };

async function cleanUp() {
  const { chrome, server } = resources;
  resources.chrome = resources.server = undefined;
  try {
    chrome?.kill();
  } catch (error) {
    console.error(`Could not stop Chromium: ${error}`);
  }
  await server?.close().catch((error) => console.error(`Could not stop the preview server: ${error}`));
}

await runBounded({ name: 'Lighthouse', timeLimitMs: TIME_LIMIT_MS, main, cleanUp });
