import { createContext, useContext, useSyncExternalStore } from 'react';
import type { AppConfig } from '../config/params';
import type { SafeStorage } from '../lib/safe-storage';
import type { AnswerStore } from '../state/answer-store';

export interface AppServices {
  readonly config: AppConfig;
  readonly storage: SafeStorage;
  readonly answers: AnswerStore;
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
  const state = useSyncExternalStore(answers.subscribe, answers.getState);
  const notice = useSyncExternalStore(answers.subscribe, answers.getNotice);
  return { store: answers, state, notice };
}
