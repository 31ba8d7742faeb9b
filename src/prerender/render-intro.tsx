// Build-time only (vite.config.ts, `prerenderIntro`): renders the intro of one language to HTML,
// as a first visit sees it, so that the built index.html paints it before any script runs.
// main.tsx hydrates that HTML when the visit matches it (README, "Performance").
import { createInstance } from 'i18next';
import { renderToString } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { App } from '../app/app';
import { parseConfig } from '../config/params';
import { LANGUAGES, type Language } from '../i18n/languages';
import { idPrefixOf, prerenderedIdOf, ROOT_ELEMENT } from '../startup/prerendered';
import type { SafeStorage } from '../lib/safe-storage';
import type { AppServices } from '../services/app-services';
import { AppProvider } from '../services/app-services';
import { createLanguageService } from '../services/language';
import { createScreenFocus } from '../services/screen-focus';
import { createAnswerStore } from '../state/answer-store';
import { createRunHistory } from '../state/run-history';
import es from '../../locales/es/common.json';
import it from '../../locales/it/common.json';

const COMMON: Record<Language, typeof es> = { es, it };

/** Nothing saved, and saving works: the page a first visit gets. */
const firstVisitStorage = (): SafeStorage => {
  const memory = new Map<string, string>();
  return {
    persistent: true,
    read: (key) => memory.get(key) ?? null,
    write: (key, value) => void memory.set(key, value),
    remove: (key) => void memory.delete(key),
  };
};

export async function renderIntro(language: Language): Promise<string> {
  const i18n = createInstance();
  await i18n.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    ns: ['common'],
    defaultNS: 'common',
    resources: { [language]: { common: COMMON[language] } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  const storage = firstVisitStorage();
  const services: AppServices = {
    config: parseConfig(''),
    storage,
    answers: createAnswerStore(storage),
    history: createRunHistory(storage),
    host: { embedded: false, notify: () => undefined }, // a full page: no host to tell
    language: createLanguageService(i18n, storage),
    focus: createScreenFocus(),
  };
  return renderToString(
    <I18nextProvider i18n={i18n}>
      <AppProvider value={services}>
        <App />
      </AppProvider>
    </I18nextProvider>,
    { identifierPrefix: idPrefixOf(language) },
  );
}

/** The built page with each language's intro written right after its empty `#root`. */
export async function withPrerenderedIntros(html: string): Promise<string> {
  if (!html.includes(ROOT_ELEMENT)) throw new Error(`index.html has no ${ROOT_ELEMENT} to prerender next to`);
  const intros = await Promise.all(
    LANGUAGES.map(
      async (language) =>
        `<div class="prerendered" id="${prerenderedIdOf(language)}" lang="${language}">${await renderIntro(language)}</div>`,
    ),
  );
  return html.replace(ROOT_ELEMENT, [ROOT_ELEMENT, ...intros].join('\n    '));
}
