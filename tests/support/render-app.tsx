import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { App } from '../../src/app/app';
import { bootstrap, type Started } from '../../src/app/bootstrap';
import { I18nextProvider } from 'react-i18next';
import { pageOf } from '../../src/config/pages';
import { createI18n, NAMESPACES } from '../../src/i18n/i18n';
import type { Language } from '../../src/i18n/languages';
import { createSafeStorage } from '../../src/lib/safe-storage';
import { parseConfig } from '../../src/config/params';
import { AppProvider, type AppServices } from '../../src/services/app-services';
import { createHost, type Host } from '../../src/services/host';
import { createLanguageService } from '../../src/services/language';
import type { NavigationState } from '../../src/services/navigation';
import { createScreenFocus } from '../../src/services/screen-focus';
import { createAnswerStore } from '../../src/state/answer-store';
import { createRunHistory, HISTORY_STORAGE_KEY } from '../../src/state/run-history';

/** A new i18next with both languages and every namespace loaded, as after a few switches in the app. */
export async function setUpI18n(language: Language = 'es') {
  const i18n = await createI18n(language, NAMESPACES);
  await i18n.loadLanguages(['es', 'it']);
  return i18n;
}

let running: Started | undefined;

/**
 * Starts the whole app as `main.tsx` does, through `bootstrap()`, for the URL given: config,
 * storage (and the storage event), language, presentation. `host` replaces the page around
 * the app, to see what a widget tells it.
 */
export async function renderApp(
  url = '/',
  { language, host, entry = null }: { language?: Language; host?: Host; entry?: NavigationState | null } = {},
) {
  running?.stop();
  // `entry`: what the history entry remembers, as after the tab's own navigation (a finished run).
  window.history.replaceState(entry, '', url);
  running = await bootstrap({
    location: window.location,
    storage: createSafeStorage(),
    browserLanguages: language ? [language] : ['es'],
  });
  const services: AppServices = host ? { ...running.services, host } : running.services;
  // Every namespace up front, as after a few switches: a test never waits on a locale chunk.
  await running.i18n.loadNamespaces([...NAMESPACES]);
  await running.i18n.loadLanguages(['es', 'it']);
  const user = userEvent.setup();
  const view = render(
    <I18nextProvider i18n={running.i18n}>
      <AppProvider value={services}>
        <App screens={running.screens} />
      </AppProvider>
    </I18nextProvider>,
  );
  return { user, answers: services.answers, history: services.history, services, ...view };
}

/** Renders one component with the translations and a standalone (not embedded) app's services. */
export async function renderWithI18n(
  ui: ReactNode,
  language: Language = 'es',
  overrides: Partial<AppServices> = {},
) {
  const i18n = await setUpI18n(language);
  const storage = createSafeStorage();
  const services: AppServices = {
    config: parseConfig(''),
    pageAt: (hash) => pageOf('', hash),
    storage,
    answers: createAnswerStore(storage),
    history: createRunHistory(storage),
    host: createHost(false),
    language: createLanguageService(i18n, storage),
    focus: createScreenFocus(),
    ...overrides,
  };
  return {
    user: userEvent.setup(),
    i18n,
    ...render(
      <I18nextProvider i18n={i18n}>
        <AppProvider value={services}>{ui}</AppProvider>
      </I18nextProvider>,
    ),
  };
}

/** Finished runs this browser keeps (oldest first), stored as the run history stores them. */
export const storeRuns = (...runs: { date: string; scores: Record<string, number> }[]) =>
  window.localStorage.setItem(HISTORY_STORAGE_KEY, JSON.stringify({ version: 1, runs }));
