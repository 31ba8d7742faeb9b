// One definition for the browser tests and the scripts (Lighthouse, bench).
export { CHROMIUM_ARGS, chromiumPath } from '../../../scripts/browser.mjs';
