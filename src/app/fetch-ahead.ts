import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PAGES, type Page } from '../config/pages';
import { preloadPage, type PageScreens } from './pages';

/** Answers given before the results' code is fetched: by then the owner is clearly going on. */
export const FETCH_RESULTS_AFTER = 3;

/** Runs `task` when the browser has nothing better to do (or after `timeout` ms at the latest). */
function whenIdle(task: () => void, timeout = 2000): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(task, { timeout });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(task, 200); // Safari: no idle callbacks
  return () => window.clearTimeout(id);
}

/** The page that comes next, worth fetching now: the quiz from the intro, the results near the end. */
export function pageAhead(page: Page, answered: number): Page | undefined {
  if (page === 'intro') return 'quiz';
  if (page === 'quiz' && answered >= FETCH_RESULTS_AFTER) return 'results';
  return undefined;
}

/**
 * Fetches the next page's code and strings while the owner reads or answers, so that "start"
 * shows the first statement and the last answer shows the results (radar included) at once.
 * A failure is only a missed head start: the page itself reports it when it is opened.
 */
export function useFetchAhead(screens: PageScreens, page: Page, answered: number) {
  const { i18n } = useTranslation();
  const next = pageAhead(page, answered);
  useEffect(() => {
    if (!next) return undefined;
    return whenIdle(() => {
      void preloadPage(screens, next, { ahead: true });
      i18n.loadNamespaces([...PAGES[next].namespaces]).catch(() => undefined);
    });
  }, [next, i18n, screens]);
}
