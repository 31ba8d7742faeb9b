import { screenOf } from '../config/pages';
import type { Host } from '../services/host';
import { isAutosizeReply, MAX_FRAME_HEIGHT } from './messages';

/**
 * The widget's side of sizing: only in widget mode, fetched as its own chunk. Messages go
 * through the app's `Host` (src/services/host.ts), the one place that posts to the parent.
 */

/**
 * The least height of the results' frame for an embedder the assistant did not list: the README's
 * reservation on a wide screen (the smaller of its two), so the frame fills the space the snippet
 * keeps and moves nothing. Above it, the frame keeps the height the quiz gave it. Any height taken
 * from the results themselves would say more than the verdict: one verdict makes results from
 * about 2,100 to 5,100 px tall at 360 px, depending on which dimensions decided it.
 */
export const VERDICT_ONLY_RESULTS_HEIGHT = 840;

/**
 * Reports the content height whenever it changes, rounded up so the frame never shows a 1 px
 * inner scrollbar, so that the host page moves as little as possible (README, "For assistants"):
 *
 * - nothing while a screen is still loading: the frame keeps the last screen's height instead of
 *   collapsing to the loading line and growing again;
 * - on the quiz, never less than the tallest statement seen at this width: statements of
 *   different lengths (the first carries a hint) do not move the host page; a new screen or a
 *   new width starts afresh, so the intro after the results shrinks back.
 *
 * - on the results, to a page that may hear the verdict only (not the listed recipient of the
 *   scores), nothing of theirs: the frame keeps the height the screen before gave it (at least
 *   VERDICT_ONLY_RESULTS_HEIGHT) and the results scroll inside it.
 *
 * Scrolling: html.embed hides overflow (app.css) because a loader keeps the frame exactly as
 * tall as the content. Until a loader says so (`delega:autosize`), or when the content is
 * taller than the loader's cap (a large font on a narrow phone), the page keeps a vertical
 * scrollbar of its own: nothing is ever cut off. A `delega:autosize` also asks for a new
 * measure: the loader sends one when the frame's width changes, which a cross-origin frame out
 * of view would not notice by itself (Chrome pauses its rendering, and so ResizeObserver).
 */
export function startHostBridge(
  host: Host,
  content: HTMLElement,
  /** True while a screen's code loads: the app knows its own loading line, the bridge does not. */
  isLoading: () => boolean,
): () => void {
  const root = document.documentElement;
  let autosized = false;
  let last = 0;
  let floor = 0;
  let measuredAt = '';

  const report = () => {
    if (isLoading()) return;
    const screen = screenOf(window.location.hash);
    const at = `${screen} ${window.innerWidth}`;
    if (at !== measuredAt) floor = 0;
    measuredAt = at;
    // The content, not the document: the document is at least as tall as the frame, so it could never shrink.
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (screen === 'quiz') floor = Math.max(floor, height);
    const verdictOnly = screen === 'results' && !host.scoresRecipient;
    const scrolls = !autosized || verdictOnly || height > MAX_FRAME_HEIGHT;
    if (scrolls) root.style.overflowY = 'auto';
    else root.style.removeProperty('overflow-y');
    const reported = verdictOnly ? Math.max(last, VERDICT_ONLY_RESULTS_HEIGHT) : Math.max(height, floor);
    if (reported === last || reported <= 0) return; // an unchanged height sends nothing: no resize loop
    last = reported;
    host.notify({ type: 'delega:resize', height: reported });
  };

  const onMessage = (event: MessageEvent) => {
    if (window.parent !== window && event.source === window.parent && isAutosizeReply(event.data)) {
      autosized = true;
      report();
    }
  };
  window.addEventListener('message', onMessage);

  const observer = new ResizeObserver(report);
  observer.observe(content);
  // Chrome pauses rendering, and so ResizeObserver, in a cross-origin frame out of view: a
  // widget further down the host page would keep its initial height. DOM changes (a new
  // screen) are still seen and measured, so the frame is right before the visitor gets there.
  const mutations = new MutationObserver(report);
  mutations.observe(content, { childList: true, subtree: true, characterData: true, attributes: true });
  report();

  return () => {
    observer.disconnect();
    mutations.disconnect();
    window.removeEventListener('message', onMessage);
    root.style.removeProperty('overflow-y');
  };
}
