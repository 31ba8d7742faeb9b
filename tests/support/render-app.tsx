import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { App } from '../../src/app/app';
import { AppProvider } from '../../src/app/app-context';
import { parseConfig } from '../../src/config/params';
import { i18next, initI18n, NAMESPACES } from '../../src/i18n/i18n';
import { pickLanguage, type Language } from '../../src/i18n/languages';
import { createSafeStorage } from '../../src/lib/safe-storage';
import { createAnswerStore } from '../../src/state/answer-store';

/** i18next with both languages and every namespace loaded, as after a few switches in the app. */
export async function setUpI18n(language: Language = 'es') {
  if (!i18next.isInitialized) await initI18n(language);
  await i18next.loadLanguages(['es', 'it']);
  await i18next.loadNamespaces([...NAMESPACES]);
  await i18next.changeLanguage(language);
  return i18next;
}

/** Renders the whole app as `main.tsx` does, for the URL given. */
export async function renderApp(url = '/', language?: Language) {
  window.history.replaceState(null, '', url);
  const config = parseConfig(window.location.search);
  const storage = createSafeStorage();
  await setUpI18n(language ?? pickLanguage(config.lang, storage, ['es']));
  const answers = createAnswerStore(storage);
  const user = userEvent.setup();
  const view = render(
    <AppProvider value={{ config, storage, answers }}>
      <App />
    </AppProvider>,
  );
  return { user, answers, ...view };
}

/** Renders one component inside the translations only. */
export async function renderWithI18n(ui: ReactNode, language: Language = 'es') {
  await setUpI18n(language);
  return { user: userEvent.setup(), ...render(ui) };
}
