import { useEffect, useRef } from 'react';
import { useApp } from '../../services/app-services';

/**
 * Moves focus to a screen's heading when the screen (or `key`) changes, so keyboard and
 * screen-reader users land on the new content. Never for the first screen of a visit (a widget
 * must not steal focus from its host). Focus itself never scrolls; when the new screen's top is
 * above the viewport (a long answer list on a phone), the page, never a host page, scrolls back.
 */
export function useHeadingFocus<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  const { focus, host } = useApp();
  useEffect(() => {
    // A widget moves focus only while the visitor is still in it: someone who tapped an answer
    // and went on to the host page's form keeps typing there when the next screen arrives.
    if (!focus.claim() || (host.embedded && !document.hasFocus())) return;
    const heading = ref.current;
    if (!heading) return;
    heading.focus({ preventScroll: true });
    const screen = heading.closest('section, article') ?? heading;
    if (!host.embedded && screen.getBoundingClientRect().top < 0) {
      screen.scrollIntoView({ block: 'start' });
    }
  }, [key, focus, host]);
  return ref;
}
