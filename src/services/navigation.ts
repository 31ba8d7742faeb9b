import { useSyncExternalStore } from 'react';
import type { Page } from '../config/pages';
import { WIDGET_SWITCH } from '../config/url-params';
import { useApp } from './app-services';

/** The screens live in the hash, so browser back/forward move between intro, quiz and results. */
const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener('popstate', onChange);
  };
};

const currentHash = () => window.location.hash;
/** '' on the server: the intro is the only screen rendered to HTML at build time. */
const introHash = () => '';

export const useHash = (): string => useSyncExternalStore(subscribe, currentHash, introHash);

/** The page on screen: it follows the hash (Back, Forward, a link within the app). */
export const usePage = (): Page => useApp().pageAt(useHash());

/**
 * Goes to a destination of `paths` (a hash; '' is the intro) keeping the query string, as a new
 * history entry unless `replace`. `state` is kept with the entry (see `cameFrom`, `runOnScreen`).
 * A widget always replaces, and keeps only the run: a frame's entries would join its host page's
 * history, and an in-page "back" that trusted `from` would walk the host's history.
 */
export function navigate(hash: string, { replace = false, state = null as NavigationState | null } = {}) {
  const url = new URL(window.location.href);
  url.hash = hash;
  if (url.searchParams.get(WIDGET_SWITCH[0]) === WIDGET_SWITCH[1])
    window.history.replaceState(state?.run ? { run: state.run } : null, '', url);
  else if (replace) window.history.replaceState(state, '', url);
  else window.history.pushState(state, '', url);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/**
 * What an entry remembers: the hash of the entry it was pushed from, and for results, which run
 * of this browser's history they are (its date). A reload, Back and Forward keep it; a link
 * opened anew does not.
 */
export interface NavigationState {
  readonly from?: string;
  readonly run?: string;
}

const entryState = (): NavigationState => {
  const state: unknown = window.history.state;
  return typeof state === 'object' && state !== null ? (state as NavigationState) : {};
};

/**
 * True when the entry on screen was pushed from `hash`: going back in history then lands there,
 * and an in-page "back" button can use the browser's history instead of adding an entry.
 */
export function cameFrom(hash: string): boolean {
  return entryState().from === hash;
}

/** The run of this browser's history the results on screen are, when this tab finished it. */
export function runOnScreen(): string | undefined {
  const { run } = entryState();
  return typeof run === 'string' ? run : undefined;
}

export const historyBack = () => window.history.back();
