import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { importWithRetry } from '../lib/lazy-chunk';
import type { Language } from './languages';
import type { Namespace } from './namespaces';

export { NAMESPACES, NAMESPACES_OF, type Namespace } from './namespaces';

/**
 * Every locale file is bundled at build time, each as its own chunk: the first screen
 * downloads only the active language's `common` strings; `quiz` (statements, advice)
 * arrives with the quiz, and the other language only when someone switches to it.
 */
const localeFiles = import.meta.glob<Record<string, unknown>>('../../locales/*/*.json', {
  import: 'default',
});

const bundledLocales: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    const load = localeFiles[`../../locales/${language}/${namespace}.json`];
    if (!load) return callback(new Error(`No locale file ${language}/${namespace}`), false);
    importWithRetry(load).then(
      (resources) => callback(null, resources),
      (error: Error) => callback(error, false),
    );
  },
};

/**
 * Starts i18next with the namespaces the first screen needs (again: switches language and loads
 * them). Rejects when a namespace could not be loaded, rather than painting keys for words.
 */
export async function initI18n(language: Language, namespaces: Namespace[] = ['common']) {
  if (i18next.isInitialized) {
    await i18next.changeLanguage(language);
    await i18next.loadNamespaces(namespaces);
  } else await startI18n(language, namespaces);
  const missing = namespaces.filter((ns) => !i18next.hasResourceBundle(language, ns));
  if (missing.length > 0) throw new Error(`Strings not loaded: ${language}/${missing.join(', ')}`);
  return i18next;
}

async function startI18n(language: Language, namespaces: Namespace[]) {
  await i18next
    .use(bundledLocales)
    .use(initReactI18next)
    .init({
      lng: language,
      supportedLngs: ['es', 'it'],
      // Both locales hold the same keys (tests/locales.test.ts), so no fallback download is needed.
      fallbackLng: false,
      ns: namespaces,
      defaultNS: 'common',
      interpolation: { escapeValue: false }, // React escapes; nothing is ever rendered as HTML.
      react: { useSuspense: true },
      returnNull: false,
    });
}

export { i18next };
