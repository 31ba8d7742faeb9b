// Sums the unit (vitest) and browser (Playwright) JSON reports into CI's closing line.
// A browser test that failed and then passed on its retry is flaky: it is listed by name and
// fails the run, because a test that passes only sometimes proves nothing.
import { existsSync, readFileSync } from 'node:fs';

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);

/** Every test of a Playwright report, with its file, title path and project. */
function* browserTests(suite, titles = []) {
  const path = suite.title && !suite.title.endsWith('.ts') ? [...titles, suite.title] : titles;
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests ?? []) {
      yield { file: spec.file, title: [...path, spec.title].join(' › '), project: test.projectName, test };
    }
  }
  for (const child of suite.suites ?? []) yield* browserTests(child, path);
}

let passed = 0;
let failed = 0;
let flaky = [];

const unit = read('artifacts/unit-results.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
} else failed += 1; // a runner that wrote nothing did not pass

const e2e = read('artifacts/e2e-results.json');
if (e2e) {
  passed += e2e.stats.expected;
  failed += e2e.stats.unexpected;
  flaky = (e2e.suites ?? [])
    .flatMap((suite) => [...browserTests(suite)])
    .filter(({ test }) => test.status === 'flaky')
    .map(({ file, title, project }) => `${project ? `[${project}] ` : ''}${file} › ${title}`);
  // The count is the report's own; the titles are what a person needs to find them.
  if (flaky.length !== e2e.stats.flaky) flaky.push(`(${e2e.stats.flaky} in all by the report's count)`);
} else failed += 1;

const flakyCount = e2e?.stats.flaky ?? 0;
console.log(`tests: ${passed} passed, ${failed} failed, ${flakyCount} flaky`);
if (flakyCount > 0) {
  console.log(`flaky (failed, then passed on retry):\n  - ${flaky.join('\n  - ')}`);
}
process.exit(failed > 0 || flakyCount > 0 || passed === 0 ? 1 : 0);
