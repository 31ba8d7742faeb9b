import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Page } from '../config/pages';
import type { AppConfig } from '../config/params';
import type { Language } from '../i18n/languages';
import type { SafeStorage } from '../lib/safe-storage';
import type { AnswerStore } from '../state/answer-store';
import type { RunHistory } from '../state/run-history';
import type { Host } from './host';
import type { LanguageService } from './language';
import type { ScreenFocus } from './screen-focus';

/**
 * What the features may use, made once by `bootstrap()` for each app instance: the validated
 * config, storage, the quiz state, the host page and the language. No module-level state:
 * two apps (or two tests) never share any of it.
 */
export interface AppServices {
  readonly config: AppConfig;
  /** The page at this hash, for the query the app was opened with (`pageOf`, src/config/pages.ts). */
  readonly pageAt: (hash: string) => Page;
  readonly storage: SafeStorage;
  readonly answers: AnswerStore;
  readonly host: Host;
  readonly language: LanguageService;
  readonly focus: ScreenFocus;
  /** Finished runs kept in this browser, for progress over time. */
  readonly history: RunHistory;
}

const AppContext = createContext<AppServices | null>(null);
export const AppProvider = AppContext.Provider;

export function useApp(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useApp outside <AppProvider>');
  return services;
}

export function useQuizState() {
  const { answers } = useApp();
  // The stores answer on the server too (the intro's prerender): a first visit, nothing saved.
  const state = useSyncExternalStore(answers.subscribe, answers.getState, answers.getState);
  const notice = useSyncExternalStore(answers.subscribe, answers.getNotice, answers.getNotice);
  return { store: answers, state, notice };
}

export function useLanguage(): Language {
  const { language } = useApp();
  return useSyncExternalStore(language.subscribe, language.current, language.current);
}
