import type { Namespace } from '../i18n/namespaces';
import { isQuizHash, isResultsHash } from './paths';
import { PARAM_VALUES } from './url-params';

/**
 * The map of the app: every page a URL can open, in one table (README, "Architecture"). Adding a
 * page touches this table, its feature and its locale file; nothing else names pages.
 *
 * - `namespaces`: the strings the page needs from its first paint (fetched at start, or ahead);
 * - `module`: the source of its lazy screen and the component it exports (the build reads the
 *   path to list the page's chunks for startup.js; the app loads the component by name);
 * - `title`: the key of the document's title (WCAG 2.4.2: each page names itself).
 *
 * Zod-free and small: startup.js, the classic script in <head>, imports `pageOf` and
 * `PRERENDERED_PAGE` from here to pick the first page, and none of the table.
 */
export const PAGES = {
  intro: { namespaces: ['common'], title: 'common:app.title' },
  quiz: {
    namespaces: ['common', 'quiz'],
    module: ['src/features/quiz/quiz-screen.tsx', 'QuizScreen'],
    title: 'common:app.title',
  },
  results: {
    namespaces: ['common', 'quiz', 'results'],
    module: ['src/features/results/results-screen.tsx', 'ResultsScreen'],
    title: 'common:app.title',
  },
  assistants: {
    namespaces: ['common', 'assistants'],
    module: ['src/features/assistants/generator-page.tsx', 'GeneratorPage'],
    title: 'assistants:generator.documentTitle',
  },
  // The assistant's reading names the dimensions (quiz) and has its own strings, fetched only here.
  'assistant-view': {
    namespaces: ['common', 'quiz', 'assistant-view', 'results'],
    module: ['src/features/assistant-view/assistant-view-screen.tsx', 'AssistantViewScreen'],
    title: 'assistant-view:documentTitle',
  },
} as const satisfies Record<string, PageEntry>;

interface PageEntry {
  readonly namespaces: readonly Namespace[];
  readonly module?: readonly [source: string, component: string];
  readonly title: string;
}

export type Page = keyof typeof PAGES;

/**
 * The one page painted from HTML before any script runs (src/prerender/render-intro.tsx). Kept
 * out of the table so that startup.js, which reads it, does not carry the table into <head>.
 */
export const PRERENDERED_PAGE = 'intro' satisfies Page;
/** The pages whose code is its own chunk. */
export type LazyPage = { [P in Page]: (typeof PAGES)[P] extends { module: unknown } ? P : never }[Page];

export const PAGE_NAMES = Object.keys(PAGES) as Page[];

/**
 * The page a URL opens: the generator (`?for=assistants`), the assistant's reading of a results
 * link (`?view=assistant`, ignored on any other screen), or the screen in the hash. The one
 * reading of `for` and `view`: startup.js and the app both ask here.
 */
export function pageOf(search: string, hash: string): Page {
  const query = new URLSearchParams(search);
  if (query.get('for') === PARAM_VALUES.for) return 'assistants';
  const screen = screenOf(hash);
  return screen === 'results' && query.get('view') === PARAM_VALUES.view ? 'assistant-view' : screen;
}

/** The pages the hash selects, within the quiz's own page (`#quiz…`, `#results?…`, else the intro). */
export type Screen = Extract<Page, 'intro' | 'quiz' | 'results'>;

export function screenOf(hash: string): Screen {
  if (isResultsHash(hash)) return 'results';
  if (isQuizHash(hash)) return 'quiz';
  return 'intro';
}
