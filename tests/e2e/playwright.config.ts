import { defineConfig, devices } from '@playwright/test';
import { APP_PORT as PORT, APP_URL } from './support/app-url';
import { chromiumPath, CHROMIUM_ARGS, STORAGE_PARTITIONING_ON } from './support/chromium';

export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results',
  fullyParallel: true,
  workers: 2,
  // In CI a failed test gets one retry, so a flaky test is told apart from a broken one; both
  // fail the run (scripts/test-summary.mjs lists the flaky ones by name).
  retries: process.env.CI ? 1 : 0,
  failOnFlakyTests: !!process.env.CI,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: '../../artifacts/e2e-results.json' }]],
  use: {
    baseURL: APP_URL,
    // Host pages of the embed tests are another site (localhost) than the app (127.0.0.1), with
    // storage partitioned by site as in real Chrome (support/chromium.ts).
    launchOptions: { executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, STORAGE_PARTITIONING_ON] },
    // A trace costs a tenth of the suite's time when recorded for every test: CI records it for a
    // failed test's retry; locally, `--trace on` records it for a test being debugged.
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'phone',
      use: { ...devices['Desktop Chrome'], viewport: { width: 360, height: 740 }, hasTouch: false },
    },
    {
      // Only where the layout differs on a wide screen: the tests tagged @both.
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
      grep: /@both/,
    },
    {
      // Only where a widget's storage makes a difference (tagged @unpartitioned): again with
      // Playwright's default, where a cross-site frame gets no storage at all.
      name: 'unpartitioned',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 360, height: 740 },
        hasTouch: false,
        launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
      },
      testMatch: /embed.*\.spec\.ts/,
      grep: /@unpartitioned/,
    },
  ],
  // The production build, as a host serves it (`npm run test:e2e` builds first; CI builds once and
  // runs `npm run test:browser`).
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: APP_URL,
    reuseExistingServer: !process.env.CI,
    cwd: '../..',
  },
});
