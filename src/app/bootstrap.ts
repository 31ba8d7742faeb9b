import type { i18n as I18n } from 'i18next';
import { pageOf, PAGES } from '../config/pages';
import { parseConfig } from '../config/params';
import { createI18n } from '../i18n/i18n';
import { pickLanguage } from '../i18n/languages';
import type { SafeStorage } from '../lib/safe-storage';
import type { AppServices } from '../services/app-services';
import { createScreenFocus } from '../services/screen-focus';
import { createHost } from '../services/host';
import { parentOriginOf, scoresRecipientOf } from '../services/report-target';
import { createLanguageService } from '../services/language';
import { createAnswerStore, quizStorageKey } from '../state/answer-store';
import { createRunHistory } from '../state/run-history';
import { createPageScreens, preloadPage, type PageScreens } from './pages';
import { applyPresentation } from './presentation';

export interface Environment {
  readonly location: Pick<Location, 'search' | 'hash'>;
  readonly storage: SafeStorage;
  readonly browserLanguages: readonly string[];
}

export interface Started {
  readonly services: AppServices;
  /** This app's own i18next, for `I18nextProvider`. */
  readonly i18n: I18n;
  /** The app's lazy pages, fetched and remembered by this app alone. */
  readonly screens: PageScreens;
  /** Stops following other tabs and language switches: for tests that start many apps. */
  readonly stop: () => void;
}

/**
 * One way in: URL → validated config → stored quiz state → language → services for the views.
 * Rejects when the strings of the first screen cannot be loaded: the caller shows the page's
 * own bilingual message, since the strings are what failed.
 */
export async function bootstrap({ location, storage, browserLanguages }: Environment): Promise<Started> {
  const config = parseConfig(location.search);
  // `for` and `view` are read once: the page then follows the hash alone.
  const search = location.search;
  const pageAt = (hash: string) => pageOf(search, hash);
  const quizKey = quizStorageKey(config.embed, window.name, parentOriginOf());
  const answers = createAnswerStore(storage, quizKey);
  // Another tab of the same page, or of the same widget, saved: follow it instead of overwriting it.
  const onStorage = (event: StorageEvent) => {
    if (event.key === quizKey || event.key === null) answers.syncFromStorage();
  };
  window.addEventListener('storage', onStorage);

  const screens = createPageScreens();
  const page = pageAt(location.hash);
  // The page's code and its strings in parallel; the first render waits for both, so that it
  // paints the page itself rather than a loading line (which React would then hold for 300 ms).
  const [i18n] = await Promise.all([
    createI18n(pickLanguage(config.lang, storage, browserLanguages), PAGES[page].namespaces),
    preloadPage(screens, page, { ahead: false }),
  ]);
  const stopPresenting = applyPresentation(config, i18n, () => pageAt(window.location.hash));

  const services: AppServices = {
    config,
    pageAt,
    storage,
    answers,
    history: createRunHistory(storage),
    host: createHost(config.embed, window.parent, scoresRecipientOf(config)),
    language: createLanguageService(i18n, storage),
    focus: createScreenFocus(),
  };
  return {
    services,
    i18n,
    screens,
    stop: () => {
      window.removeEventListener('storage', onStorage);
      stopPresenting();
    },
  };
}
