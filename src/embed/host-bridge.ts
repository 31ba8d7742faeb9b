import { isAutosizeReply, type HostMessage } from './messages';

/**
 * The widget's side of the conversation with its host page. Only in widget mode, only to
 * the parent frame. The target is '*' because a widget cannot know which site embeds it;
 * what it says is harmless by design: a height, "started", and the verdict (scores only
 * when the assistant opted in with `report=scores`).
 */
let embedded = false;

export function notifyHost(message: HostMessage) {
  if (embedded && window.parent !== window) window.parent.postMessage(message, '*');
}

/**
 * Reports the content height whenever it changes, growing and shrinking, rounded up so the
 * frame never shows a 1 px inner scrollbar. Returns the function that stops it.
 *
 * Scrolling: html.embed hides overflow (app.css) because a loader keeps the frame exactly as
 * tall as the content. Until a loader says so (`delega:autosize`), the page keeps a vertical
 * scrollbar of its own: in a plain fixed-height iframe, or opened on its own, nothing is cut off.
 */
export function startHostBridge(content: HTMLElement): () => void {
  embedded = true;
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
    notifyHost({ type: 'delega:resize', height });
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
    embedded = false;
  };
}
