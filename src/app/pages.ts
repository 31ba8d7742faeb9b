import { createElement, lazy, type ComponentType } from 'react';
import type { AppConfig } from '../config/params';
import { screenOf, type Screen } from '../config/paths';
import { importWithRetry } from '../lib/lazy-chunk';

/**
 * A screen in its own chunk that can be fetched ahead of time. Once its code is here it renders
 * directly: React.lazy alone would still suspend for a tick on first render, show the loading
 * line and, with React's throttling of fallbacks, hold the screen back by ~300 ms.
 */
function screenChunk<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = (): Promise<ComponentType<P>> =>
    (pending ??= importWithRetry(load).then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = undefined; // a later attempt may succeed (the error boundary offers a reload)
        throw error;
      },
    ));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  const Screen = (props: P) => createElement(loaded ?? Lazy, props);
  return { Screen, preload };
}

// Everything past the first screen is its own chunk (README, "Performance").
const chunks = {
  quiz: screenChunk(() => import('../features/quiz/quiz-screen').then((m) => m.QuizScreen)),
  results: screenChunk(() => import('../features/results/results-screen').then((m) => m.ResultsScreen)),
  assistants: screenChunk(() => import('../features/assistants/generator-page').then((m) => m.GeneratorPage)),
  'assistant-view': screenChunk(() =>
    import('../features/assistant-view/assistant-view-screen').then((m) => m.AssistantViewScreen),
  ),
};

export const QuizScreen = chunks.quiz.Screen;
export const ResultsScreen = chunks.results.Screen;
export const GeneratorPage = chunks.assistants.Screen;
export const AssistantViewScreen = chunks['assistant-view'].Screen;

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
export async function preloadPage(page: Page): Promise<void> {
  if (page !== 'intro') await chunks[page].preload().catch(() => undefined);
}
