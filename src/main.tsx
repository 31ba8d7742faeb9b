import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, pageOf, preloadPage } from './app/app';
import { AppProvider } from './app/app-context';
import { applyPresentation } from './app/presentation';
import { parseConfig } from './config/params';
import { initI18n, NAMESPACES_OF } from './i18n/i18n';
import { pickLanguage } from './i18n/languages';
import { appStorage } from './lib/safe-storage';
import { createAnswerStore, QUIZ_STORAGE_KEY } from './state/answer-store';
import './styles/app.css';

// One way in: URL → validated config → stored quiz state → views.
const config = parseConfig(window.location.search);
const storage = appStorage();
const language = pickLanguage(config.lang, storage, navigator.languages ?? [navigator.language]);
const answers = createAnswerStore(storage);
// Another tab, or a second widget on the same page, saved: follow it instead of overwriting it.
window.addEventListener('storage', (event) => {
  if (event.key === QUIZ_STORAGE_KEY || event.key === null) answers.syncFromStorage();
});

const page = pageOf(config, window.location.hash);
preloadPage(page);
const i18n = await initI18n(language, NAMESPACES_OF[page]);
applyPresentation(config, i18n);

const root = document.getElementById('root')!;
// Only a widget talks to a host page: the bridge is its own chunk, fetched in widget mode.
if (config.embed) void import('./embed/host-bridge').then(({ startHostBridge }) => startHostBridge(root));

createRoot(root).render(
  <StrictMode>
    <AppProvider value={{ config, storage, answers }}>
      <App />
    </AppProvider>
  </StrictMode>,
);
