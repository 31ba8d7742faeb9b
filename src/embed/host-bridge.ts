import type { Host } from '../services/host';
import { isAutosizeReply } from './messages';

/**
 * The widget's side of sizing: only in widget mode, fetched as its own chunk. Messages go
 * through the app's `Host` (src/services/host.ts), the one place that posts to the parent.
 */

/**
 * Reports the content height whenever it changes, growing and shrinking, rounded up so the
 * frame never shows a 1 px inner scrollbar. Returns the function that stops it.
 *
 * Scrolling: html.embed hides overflow (app.css) because a loader keeps the frame exactly as
 * tall as the content. Until a loader says so (`delega:autosize`), the page keeps a vertical
 * scrollbar of its own: in a plain fixed-height iframe, or opened on its own, nothing is cut off.
 */
export function startHostBridge(host: Host, content: HTMLElement): () => void {
  const root = document.documentElement;
  root.style.overflowY = 'auto';
  const onMessage = (event: MessageEvent) => {
    if (window.parent !== window && event.source === window.parent && isAutosizeReply(event.data)) {
      root.style.removeProperty('overflow-y');
    }
  };
  window.addEventListener('message', onMessage);

  let last = 0;
  const report = () => {
    // The content, not the document: the document is at least as tall as the frame, so it could never shrink.
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === last || height <= 0) return; // an unchanged height sends nothing: no resize loop
    last = height;
    host.notify({ type: 'delega:resize', height });
  };
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
