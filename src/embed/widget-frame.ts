import { DATA_PARAMS, WIDGET_SWITCH } from '../config/url-params';
import { AUTOSIZE_REPLY, clampHeight, detailOf, isHostMessage } from './messages';

/**
 * The widget's iframe as both snippets make it: the loader builds it here, the generator
 * writes the same attributes into the plain `<iframe>` snippet. No React, no markup styles:
 * sizes go through `element.style`, which a host CSP without 'unsafe-inline' allows.
 */

/** The plain iframe's fixed height, and the loader's until the widget reports its own. */
export const FRAME_HEIGHT = 720;

/**
 * The space a placeholder reserves so that the host page does not move while the quiz loads and
 * runs (README, "Reserving the widget's space"): the tallest statement in either language,
 * measured at the browser's default 16 px font: 900 px up to 529 px wide, 840 px from 530 px.
 */
export const RESERVED_HEIGHT = { narrow: 900, wide: 840, wideFrom: 530 } as const;

/**
 * The same reservation as one inline declaration, for the snippet: an attribute cannot hold a
 * media query, so the step at 530 px is a clamp whose middle term leaves one bound for the
 * other within a pixel of viewport width.
 */
export const RESERVED_HEIGHT_STYLE = `min-height: clamp(${RESERVED_HEIGHT.wide}px, ${RESERVED_HEIGHT.narrow}px + (${RESERVED_HEIGHT.wideFrom - 1}px - 100vw) * ${RESERVED_HEIGHT.narrow - RESERVED_HEIGHT.wide}, ${RESERVED_HEIGHT.narrow}px)`;

/** The permission the widget uses ("copy the link to my results"). */
export const FRAME_ALLOW = 'clipboard-write';

/** The frame's accessible name, in the widget's language. */
export const FRAME_TITLES = {
  es: 'Delega: cuestionario para saber si es el momento de trabajar con un asistente virtual',
  it: 'Delega: questionario per capire se è il momento di lavorare con un assistente virtuale',
} as const;

export const frameTitleOf = (lang: string | undefined): string =>
  lang === 'it' ? FRAME_TITLES.it : FRAME_TITLES.es;

/**
 * Where a frame starts, before the widget reports: the height the host page asked for
 * (`data-height`), else the space it reserved for the placeholder in its own CSS, else the
 * intro's height for that width (measured: about 620 px at 360 px wide, 470 px from 530 px).
 * A frame that starts at its content's height moves nothing on the host page when it loads.
 */
export function startHeightOf(data: DOMStringMap, box: { width: number; height: number }): number {
  const asked = Number(data.height);
  if (asked > 0) return asked;
  return box.height > 0 ? box.height : Math.max(470, 1000 - box.width);
}

export function createWidgetFrame(
  appUrl: string,
  data: DOMStringMap,
  startHeight: number = FRAME_HEIGHT,
  name = '',
): HTMLIFrameElement {
  const url = new URL(appUrl);
  url.search = '';
  url.hash = '';
  // Only what the URL table lets a placeholder set; the app validates each value again.
  for (const param of DATA_PARAMS) {
    // `report-to` is set as `data-report-to`, which the dataset spells `reportTo`.
    const value = data[param.replace(/-(.)/g, (_, letter: string) => letter.toUpperCase())];
    if (value) url.searchParams.set(param, value);
  }
  url.searchParams.set(...WIDGET_SWITCH);
  const frame = document.createElement('iframe');
  frame.src = url.href;
  // The widget keys its saved progress by its frame's name (src/state/answer-store.ts): never
  // sent anywhere, unlike the address.
  frame.name = name;
  frame.title = data.title || frameTitleOf(data.lang);
  frame.loading = 'lazy';
  frame.allow = FRAME_ALLOW;
  sizeFrame(frame, startHeight);
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
 * A sandboxed host page (`sandbox="allow-scripts"`) makes every frame inside it opaque too:
 * the widget's messages then come from origin `null`. They are heard only in that case, and
 * still only from the window of a frame the loader made (`event.source`).
 */
const opaqueHost = () => window.origin === 'null';
const replyOrigin = (appOrigin: string) => (opaqueHost() ? '*' : appOrigin);

/**
 * Follows the widgets' messages: resizes a frame to its content (clamped to MAX_FRAME_HEIGHT),
 * answers that it does, and dispatches bubbling DOM events on the frame, so the host page can
 * listen on `document`: `delega:resize` (detail `{ height }`), `delega:ready` once the widget
 * has rendered (its first height), `delega:start`, `delega:complete`. A message counts only if
 * it comes from the app's origin (or `null` on a sandboxed host) AND from the window of one of
 * `frames()`: the host page, another frame or another widget cannot move it.
 * Returns the function that stops listening.
 */
export function followWidgetFrames(
  frames: () => Iterable<HTMLIFrameElement | null>,
  appOrigin: string,
): () => void {
  const ready = new WeakSet<HTMLIFrameElement>();
  const onMessage = (event: MessageEvent) => {
    if ((event.origin !== appOrigin && !(event.origin === 'null' && opaqueHost())) || !event.source) return;
    const frame = [...frames()].find((f) => f?.contentWindow === event.source);
    if (!frame || !isHostMessage(event.data)) return;
    const message = event.data;
    const emit = (type: string, detail: Record<string, unknown>) =>
      frame.dispatchEvent(new CustomEvent(type, { bubbles: true, detail }));
    if (message.type === 'delega:resize') {
      const height = clampHeight(message.height);
      const before = frame.getBoundingClientRect().height;
      sizeFrame(frame, height);
      // A long screen gave way to a short one (the results to the intro, after "repeat"): the
      // page under the visitor shrank, and the widget could be left above the viewport. Bring
      // its top back into view; a frame that still fills the view, or grew, is left alone.
      const { top, bottom } = frame.getBoundingClientRect();
      if (height < before && top < 0 && bottom < innerHeight) scrollBy(0, top);
      // Every time, not once: the frame may have loaded a new document since the last one.
      frame.contentWindow?.postMessage(AUTOSIZE_REPLY, replyOrigin(appOrigin));
      emit(message.type, { height });
      if (!ready.has(frame)) {
        ready.add(frame);
        emit('delega:ready', {});
      }
    } else {
      // The visitor gave the last answer inside the widget, which had scrolled with the long
      // statement: the results start at the frame's top, above the viewport. Bring it into view,
      // so the verdict is the first thing read; a visitor who went back to the host page (focus
      // out of the frame) is left where they are.
      if (message.type === 'delega:complete' && document.activeElement === frame) {
        const { top } = frame.getBoundingClientRect();
        if (top < 0) scrollBy(0, top);
      }
      emit(message.type, detailOf(message));
    }
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}

/** What `window.Delega` offers a host page, single-page apps above all (README, "For assistants"). */
export interface DelegaApi {
  /** Makes `element` a widget (its `data-*` as for `data-delega`); again on a mounted one: nothing. */
  mount(element: HTMLElement): void;
  /** Removes the widget `mount` made of `element`; on anything else: nothing. */
  unmount(element: HTMLElement): void;
  /** Mounts every `[data-delega]` not mounted yet: for placeholders added after the script ran. */
  mountAll(): void;
}

/** Marks a mounted placeholder (with its frame) without touching the host's markup. */
const MOUNTED = Symbol.for('delega.mounted');

type Placeholder = HTMLElement & { [MOUNTED]?: HTMLIFrameElement };

/**
 * Turns elements with `data-delega` into widgets: a `<div>` gets the iframe inside, a
 * `<script data-delega …>` gets it right after itself. Each placeholder is mounted once; one
 * message listener serves them all. Each frame is named after the placeholder's `data-id`, or
 * the host page's path and the placeholder's position on it, so each widget keeps its own
 * progress. When a frame's width changes (the host's column), the widget is asked to measure
 * again: a cross-origin frame out of view gets no rendering updates of its own.
 */
export function mountWidgets(appUrl: string): DelegaApi & { stop: () => void } {
  const frames = new Set<HTMLIFrameElement>();
  const appOrigin = new URL(appUrl).origin;
  const widths = new WeakMap<Element, number>();
  const widthWatch = new ResizeObserver((entries) => {
    for (const { target, contentRect } of entries) {
      const before = widths.get(target);
      widths.set(target, contentRect.width);
      if (before !== undefined && before !== contentRect.width)
        (target as HTMLIFrameElement).contentWindow?.postMessage(AUTOSIZE_REPLY, replyOrigin(appOrigin));
    }
  });

  const mount = (placeholder: Placeholder) => {
    if (placeholder[MOUNTED]) return;
    const data = placeholder.dataset;
    const isScript = placeholder instanceof HTMLScriptElement;
    const box = (isScript ? placeholder.parentElement : placeholder)?.getBoundingClientRect();
    const position = [...document.querySelectorAll('[data-delega]')].indexOf(placeholder);
    const frame = createWidgetFrame(
      appUrl,
      data,
      startHeightOf(data, { width: box?.width ?? 0, height: isScript ? 0 : (box?.height ?? 0) }),
      `delega:${data.id || `${location.pathname}#${position}`}`,
    );
    placeholder[MOUNTED] = frame;
    if (isScript) placeholder.after(frame);
    else placeholder.append(frame);
    frames.add(frame);
    widthWatch.observe(frame);
  };
  const mountAll = () => document.querySelectorAll<Placeholder>('[data-delega]').forEach(mount);
  const unmount = (placeholder: Placeholder) => {
    const frame = placeholder[MOUNTED];
    if (!frame) return;
    delete placeholder[MOUNTED];
    widthWatch.unobserve(frame);
    frames.delete(frame);
    frame.remove();
  };

  mountAll();
  // An async script can run before the parser has reached the placeholders below it.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
  const stop = followWidgetFrames(() => frames, appOrigin);
  return {
    mount,
    unmount,
    mountAll,
    stop: () => {
      document.removeEventListener('DOMContentLoaded', mountAll);
      widthWatch.disconnect();
      stop();
    },
  };
}
