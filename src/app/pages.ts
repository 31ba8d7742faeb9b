import { lazy } from 'react';
import type { AppConfig } from '../config/params';
import { screenOf, type Screen } from '../config/paths';
import { importWithRetry } from '../lib/lazy-chunk';

// Everything past the first screen is its own chunk (README, "Performance").
const chunks = {
  quiz: () => importWithRetry(() => import('../features/quiz/quiz-screen')),
  results: () => importWithRetry(() => import('../features/results/results-screen')),
  assistants: () => importWithRetry(() => import('../features/assistants/generator-page')),
  'assistant-view': () => importWithRetry(() => import('../features/assistant-view/assistant-view-screen')),
};

export const QuizScreen = lazy(() => chunks.quiz().then((m) => ({ default: m.QuizScreen })));
export const ResultsScreen = lazy(() => chunks.results().then((m) => ({ default: m.ResultsScreen })));
export const GeneratorPage = lazy(() => chunks.assistants().then((m) => ({ default: m.GeneratorPage })));
export const AssistantViewScreen = lazy(() =>
  chunks['assistant-view']().then((m) => ({ default: m.AssistantViewScreen })),
);

export type Page = Screen | 'assistants' | 'assistant-view';

/**
 * The page a URL opens on: the generator, the assistant's reading of a results link
 * (`view=assistant`, ignored on any other screen), or the screen in the hash.
 */
export function pageOf(config: AppConfig, hash: string): Page {
  if (config.page === 'assistants') return 'assistants';
  const screen = screenOf(hash);
  return screen === 'results' && config.view === 'assistant' ? 'assistant-view' : screen;
}

/**
 * Starts fetching the code of the page a link opens on while the strings load, so a results
 * link paints in one round trip after start-up instead of three. A failure here is only a
 * missed head start: the screen itself reports it.
 */
export function preloadPage(page: Page) {
  if (page !== 'intro') chunks[page]().catch(() => undefined);
}
