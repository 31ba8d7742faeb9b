import { useEffect, useRef } from 'react';

let pageJustLoaded = true;

/**
 * Moves focus to a screen's heading when the screen (or `key`) changes, so keyboard and
 * screen-reader users land on the new content. Never on page load (a widget must not steal
 * focus from its host), and never scrolling: the heading is already in view or the page
 * scrolls itself to the top.
 */
export function useHeadingFocus<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (pageJustLoaded) {
      pageJustLoaded = false;
      return;
    }
    ref.current?.focus({ preventScroll: true });
  }, [key]);
  return ref;
}
