import { useSyncExternalStore } from 'react';

/** The screens live in the hash, so browser back/forward move between intro, quiz and results. */
const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener('popstate', onChange);
  };
};

export const useHash = (): string => useSyncExternalStore(subscribe, () => window.location.hash);

/**
 * Goes to a destination of `paths` (a hash; '' is the intro) keeping the query string, as a new
 * history entry unless `replace`.
 */
export function navigate(hash: string, { replace = false } = {}) {
  const url = new URL(window.location.href);
  url.hash = hash;
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new PopStateEvent('popstate'));
}
