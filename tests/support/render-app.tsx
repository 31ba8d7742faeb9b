import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { App } from '../../src/app/app';
import { bootstrap, type Started } from '../../src/app/bootstrap';
import { i18next, initI18n, NAMESPACES } from '../../src/i18n/i18n';
import type { Language } from '../../src/i18n/languages';
import { createSafeStorage } from '../../src/lib/safe-storage';
import { parseConfig } from '../../src/config/params';
import { AppProvider, type AppServices } from '../../src/services/app-services';
import { createHost, type Host } from '../../src/services/host';
import { createLanguageService } from '../../src/services/language';
import { createScreenFocus } from '../../src/services/screen-focus';
import { createAnswerStore } from '../../src/state/answer-store';
import { createRunHistory } from '../../src/state/run-history';

/** i18next with both languages and every namespace loaded, as after a few switches in the app. */
export async function setUpI18n(language: Language = 'es') {
  if (!i18next.isInitialized) await initI18n(language);
  await i18next.loadLanguages(['es', 'it']);
  await i18next.loadNamespaces([...NAMESPACES]);
  await i18next.changeLanguage(language);
  return i18next;
}

let running: Started | undefined;

/**
 * Starts the whole app as `main.tsx` does, through `bootstrap()`, for the URL given: config,
 * storage (and the storage event), language, presentation. `host` replaces the page around
 * the app, to see what a widget tells it.
 */
export async function renderApp(url = '/', { language, host }: { language?: Language; host?: Host } = {}) {
  running?.stop();
  window.history.replaceState(null, '', url);
  await setUpI18n();
  running = await bootstrap({
    location: window.location,
    storage: createSafeStorage(),
    browserLanguages: language ? [language] : ['es'],
  });
  const services: AppServices = host ? { ...running.services, host } : running.services;
  const user = userEvent.setup();
  const view = render(
    <AppProvider value={services}>
      <App />
    </AppProvider>,
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
    storage,
    answers: createAnswerStore(storage),
    history: createRunHistory(storage),
    host: createHost(false),
    language: createLanguageService(i18n, storage),
    focus: createScreenFocus(),
    ...overrides,
  };
  return { user: userEvent.setup(), ...render(<AppProvider value={services}>{ui}</AppProvider>) };
}
