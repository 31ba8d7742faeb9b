import type { i18n as I18n } from 'i18next';
import { withLanguage } from '../config/paths';
import { DEFAULT_LANGUAGE, isLanguage, rememberLanguage, type Language } from '../i18n/languages';
import type { SafeStorage } from '../lib/safe-storage';

/**
 * The one owner of the page's language after start-up: it remembers the choice, switches
 * i18next and keeps `?lang` in the address in step, so a reload or a copied link agrees with
 * what is on screen. `config.lang` only ever picks the first language.
 */
export interface LanguageService {
  current(): Language;
  change(language: Language): void;
  subscribe(listener: () => void): () => void;
}

export function createLanguageService(i18n: I18n, storage: SafeStorage): LanguageService {
  return {
    current: () => (isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE),
    change(language) {
      rememberLanguage(storage, language);
      void i18n.changeLanguage(language);
      const url = withLanguage(window.location.href, language);
      if (url !== window.location.href) window.history.replaceState(window.history.state, '', url);
    },
    subscribe(listener) {
      i18n.on('languageChanged', listener);
      return () => i18n.off('languageChanged', listener);
    },
  };
}
