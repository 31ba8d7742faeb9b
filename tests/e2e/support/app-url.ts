/**
 * Where the built app is served for the browser tests: one place for the port, which
 * E2E_PORT moves so that two checkouts can run their browser tests side by side.
 */
export const APP_PORT = Number(process.env.E2E_PORT ?? 4173);
export const APP_URL = `http://127.0.0.1:${APP_PORT}/`;
export const APP_ORIGIN = new URL(APP_URL).origin;
