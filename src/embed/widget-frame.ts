import { DATA_PARAMS, WIDGET_SWITCH } from '../config/url-params';
import { AUTOSIZE_REPLY, detailOf, isHostMessage } from './messages';

/**
 * The widget's iframe as both snippets make it: the loader builds it here, the generator
 * writes the same attributes into the plain `<iframe>` snippet. No React, no markup styles:
 * sizes go through `element.style`, which a host CSP without 'unsafe-inline' allows.
 */

/** The plain iframe's fixed height, and the loader's until the widget reports its own. */
export const FRAME_HEIGHT = 720;

/** The permission the widget uses ("copy the link to my results"). */
export const FRAME_ALLOW = 'clipboard-write';

/** The frame's accessible name, in the widget's language. */
export const FRAME_TITLES = {
  es: 'Delega: cuestionario para saber si es el momento de trabajar con un asistente virtual',
  it: 'Delega: questionario per capire se è il momento di lavorare con un assistente virtuale',
} as const;

export const frameTitleOf = (lang: string | undefined): string =>
  lang === 'it' ? FRAME_TITLES.it : FRAME_TITLES.es;

export function createWidgetFrame(appUrl: string, data: DOMStringMap): HTMLIFrameElement {
  const url = new URL(appUrl);
  url.search = '';
  url.hash = '';
  // Only what the URL table lets a placeholder set; the app validates each value again.
  for (const name of DATA_PARAMS) {
    // `report-to` is set as `data-report-to`, which the dataset spells `reportTo`.
    const value = data[name.replace(/-(.)/g, (_, letter: string) => letter.toUpperCase())];
    if (value) url.searchParams.set(name, value);
  }
  url.searchParams.set(...WIDGET_SWITCH);
  const frame = document.createElement('iframe');
  frame.src = url.href;
  frame.title = data.title || frameTitleOf(data.lang);
  frame.loading = 'lazy';
  frame.allow = FRAME_ALLOW;
  sizeFrame(frame, FRAME_HEIGHT);
  return frame;
}

function sizeFrame(frame: HTMLIFrameElement, height: number) {
  const { style } = frame;
  style.display = 'block';
  style.width = '100%';
  style.border = '0';
  style.height = `${Math.ceil(height)}px`;
}

/**
 * Follows the widgets' messages: resizes a frame to its content, answers that it does, and
 * re-dispatches start/complete as bubbling DOM events on the frame, so the host page can
 * listen on `document`. A message counts only if it comes from the app's origin AND from the
 * window of one of `frames()`: the host page, another frame or another widget cannot move it.
 * Returns the function that stops listening.
 */
export function followWidgetFrames(
  frames: () => readonly (HTMLIFrameElement | null)[],
  appOrigin: string,
): () => void {
  const onMessage = (event: MessageEvent) => {
    if (event.origin !== appOrigin || !event.source) return;
    const frame = frames().find((f) => f?.contentWindow === event.source);
    if (!frame || !isHostMessage(event.data)) return;
    const message = event.data;
    if (message.type === 'delega:resize') {
      sizeFrame(frame, message.height);
      // Every time, not once: the frame may have loaded a new document since the last one.
      frame.contentWindow?.postMessage(AUTOSIZE_REPLY, appOrigin);
    } else {
      frame.dispatchEvent(new CustomEvent(message.type, { bubbles: true, detail: detailOf(message) }));
    }
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}

/** Marks a mounted placeholder without touching the host's markup; shared by every copy of the script. */
const MOUNTED = Symbol.for('delega.mounted');

type Placeholder = HTMLElement & { [MOUNTED]?: true };

/**
 * Turns every element with `data-delega` into a widget: a `<div>` gets the iframe inside, a
 * `<script data-delega …>` gets it right after itself. Pasting the snippet (or the script)
 * twice is fine: each placeholder is mounted once, by whichever copy of the script runs first.
 */
export function mountWidgets(appUrl: string): () => void {
  const frames: HTMLIFrameElement[] = [];
  const mount = () => {
    for (const placeholder of document.querySelectorAll<Placeholder>('[data-delega]')) {
      if (placeholder[MOUNTED]) continue;
      placeholder[MOUNTED] = true;
      const frame = createWidgetFrame(appUrl, placeholder.dataset);
      if (placeholder instanceof HTMLScriptElement) placeholder.after(frame);
      else placeholder.append(frame);
      frames.push(frame);
    }
  };
  mount();
  // An async script can run before the parser has reached the placeholders below it.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount);
  const stop = followWidgetFrames(() => frames, new URL(appUrl).origin);
  return () => {
    document.removeEventListener('DOMContentLoaded', mount);
    stop();
  };
}
