import { createInstance, type BackendModule, type i18n as I18n } from 'i18next';
import { importWithRetry } from '../lib/lazy-chunk';
import type { Language } from './languages';
import type { Namespace } from './namespaces';

export { NAMESPACES, type Namespace } from './namespaces';

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
 * A new i18next for one app, started with the namespaces its first screen needs. Each app (and
 * each component test) owns its instance and hands it to React through `I18nextProvider`: no
 * global is mutated, so two apps never share a language. Rejects when a namespace could not be
 * loaded, rather than painting keys for words.
 */
export async function createI18n(language: Language, namespaces: readonly Namespace[] = ['common']) {
  const i18n: I18n = createInstance();
  await i18n.use(bundledLocales).init({
    lng: language,
    supportedLngs: ['es', 'it'],
    // Both locales hold the same keys (tests/locales.test.ts), so no fallback download is needed.
    fallbackLng: false,
    ns: [...namespaces],
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // React escapes; nothing is ever rendered as HTML.
    react: { useSuspense: true },
    returnNull: false,
  });
  const missing = namespaces.filter((ns) => !i18n.hasResourceBundle(language, ns));
  if (missing.length > 0) throw new Error(`Strings not loaded: ${language}/${missing.join(', ')}`);
  return i18n;
}
