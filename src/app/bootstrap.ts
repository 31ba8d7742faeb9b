import { parseConfig } from '../config/params';
import { initI18n, NAMESPACES_OF } from '../i18n/i18n';
import { pickLanguage } from '../i18n/languages';
import type { SafeStorage } from '../lib/safe-storage';
import type { AppServices } from '../services/app-services';
import { createScreenFocus } from '../services/screen-focus';
import { createHost } from '../services/host';
import { parentOriginOf, scoresRecipientOf } from '../services/report-target';
import { createLanguageService } from '../services/language';
import { createAnswerStore, quizStorageKey } from '../state/answer-store';
import { createRunHistory } from '../state/run-history';
import { pageOf, preloadPage } from './pages';
import { applyPresentation } from './presentation';

export interface Environment {
  readonly location: Pick<Location, 'search' | 'hash'>;
  readonly storage: SafeStorage;
  readonly browserLanguages: readonly string[];
}

export interface Started {
  readonly services: AppServices;
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
  const quizKey = quizStorageKey(config.embed, window.name, parentOriginOf());
  const answers = createAnswerStore(storage, quizKey);
  // Another tab of the same page, or of the same widget, saved: follow it instead of overwriting it.
  const onStorage = (event: StorageEvent) => {
    if (event.key === quizKey || event.key === null) answers.syncFromStorage();
  };
  window.addEventListener('storage', onStorage);

  const page = pageOf(config, location.hash);
  // The page's code and its strings in parallel; the first render waits for both, so that it
  // paints the page itself rather than a loading line (which React would then hold for 300 ms).
  const [i18n] = await Promise.all([
    initI18n(pickLanguage(config.lang, storage, browserLanguages), NAMESPACES_OF[page]),
    preloadPage(page),
  ]);
  const stopPresenting = applyPresentation(config, i18n);

  const services: AppServices = {
    config,
    storage,
    answers,
    history: createRunHistory(storage),
    host: createHost(config.embed, window.parent, scoresRecipientOf(config)),
    language: createLanguageService(i18n, storage),
    focus: createScreenFocus(),
  };
  return {
    services,
    stop: () => {
      window.removeEventListener('storage', onStorage);
      stopPresenting();
    },
  };
}
