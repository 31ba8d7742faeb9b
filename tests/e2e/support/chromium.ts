// One definition for the browser tests and the scripts (Lighthouse, bench).
export { CHROMIUM_ARGS, chromiumPath } from '../../../scripts/browser.mjs';

/**
 * Third-party storage partitioning on, as in real Chrome: a widget's storage is keyed by the
 * site around it. Playwright turns it off by passing `--disable-features=…,ThirdPartyStoragePartitioning,…`;
 * Chromium reads only the last `--disable-features`, so this one, passed after Playwright's, is
 * Playwright's own list (playwright-core's chromiumSwitches.ts, 1.65) without that feature.
 * With Playwright's default, this Chromium refuses a cross-site frame any storage at all (the
 * widget then keeps its progress in memory): the `unpartitioned` project runs the embed tests so.
 */
export const STORAGE_PARTITIONING_ON = `--disable-features=${[
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
].join(',')}`;
