import { createElement, lazy, type ComponentType } from 'react';
import { PAGES, type LazyPage, type Page } from '../config/pages';
import { createChunk, type Chunk } from '../lib/lazy-chunk';
import type { AssistantViewScreen } from '../features/assistant-view/assistant-view-screen';
import type { GeneratorPage } from '../features/assistants/generator-page';
import type { QuizScreen } from '../features/quiz/quiz-screen';
import type { RadarDrawing } from '../features/results/radar-chart';
import type { ResultsScreen } from '../features/results/results-screen';

/** Each lazy page's component, for its props' types (type imports: no code is pulled in). */
interface ScreenTypes {
  quiz: typeof QuizScreen;
  results: typeof ResultsScreen;
  assistants: typeof GeneratorPage;
  'assistant-view': typeof AssistantViewScreen;
}

/**
 * The lazy screens of the page table (`src/config/pages.ts`), found by file name: a page's screen
 * is `src/features/<feature>/<name>-screen.tsx` (the generator's `-page.tsx`). Each is its own chunk.
 */
const screenModules = import.meta.glob<Record<string, ComponentType<object>>>([
  '../features/*/*-screen.tsx',
  '../features/*/*-page.tsx',
  '!../features/intro/**',
]);

/** The glob's key of a table entry's module, `src/features/…` as `../features/…`. */
export const moduleKeyOf = (source: string) => source.replace(/^src\//, '../');

/**
 * A screen in its own chunk that can be fetched ahead of time. Once its code is here it renders
 * directly: React.lazy alone would still suspend for a tick on first render, show the loading
 * line and, with React's throttling of fallbacks, hold the screen back by ~300 ms.
 */
function screenChunk<P extends LazyPage>(page: P, alongside: readonly Chunk<unknown>[] = []) {
  const [source, name] = PAGES[page].module;
  const load = screenModules[moduleKeyOf(source)];
  if (!load) throw new Error(`The page table names ${source}, which is not a screen module`);
  const chunk = createChunk(async () => (await load())[name]!);
  const Lazy = lazy(() => chunk.load().then((component) => ({ default: component })));
  const Screen = ((props: object) =>
    createElement(chunk.loaded() ?? Lazy, props)) as unknown as ScreenTypes[P];
  // Ahead of time (`useFetchAhead`), also what the page draws right after it, without waiting for it.
  // The page a link opens on asks for those parts itself once it is on screen (radar-chart.tsx): on
  // a slow connection, recharts' 96 KB would otherwise come before the verdict's text.
  const preload = ({ ahead }: { ahead: boolean }) => {
    if (ahead) for (const part of alongside) part.load().catch(() => undefined); // it reports its own failure
    return chunk.load();
  };
  return { Screen, preload };
}

export type PageScreens = { [P in LazyPage]: ReturnType<typeof screenChunk<P>> } & {
  /** recharts and the radar drawn with it: fetched with the results, drawn once it is here. */
  readonly radar: Chunk<RadarDrawing>;
};

/**
 * The app's lazy pages, made once per app by `bootstrap()` (no module-level state: two apps,
 * or two tests, each fetch and remember their own).
 */
export function createPageScreens(): PageScreens {
  const radar = createChunk(async () => (await import('../features/results/radar-drawing')).drawRadar);
  return {
    quiz: screenChunk('quiz'),
    results: screenChunk('results', [radar]),
    assistants: screenChunk('assistants'),
    'assistant-view': screenChunk('assistant-view'),
    radar,
  };
}

/**
 * Fetches a page's code: the page a link opens on while the strings load (`ahead: false`), so a
 * results link paints in one round trip after start-up instead of three; the next page while the
 * owner reads or answers (`ahead: true`, with what it draws right after it). A failure here is
 * only a missed head start: the screen itself reports it.
 */
export async function preloadPage(
  screens: PageScreens,
  page: Page,
  { ahead }: { ahead: boolean },
): Promise<void> {
  if (page !== 'intro') await screens[page].preload({ ahead }).catch(() => undefined);
}
