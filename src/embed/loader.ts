/**
 * embed.js: puts Delega on a host page. A classic script with no dependencies, built to
 * the root of dist/ beside index.html, so the app's address is this script's folder.
 *
 *   <script src="https://…/embed.js" data-va="Ana" data-lang="es" async></script>
 *   <div data-delega data-lang="it"></div> … <script src="https://…/embed.js" async></script>
 *
 * It never touches the host's styles through markup (CSP without 'unsafe-inline' is fine),
 * accepts messages only from the app's origin and only from a frame it created, and
 * re-dispatches start/complete as DOM events on the iframe, bubbling to the document.
 */
import { isHostMessage, MESSAGE_PREFIX } from './messages';

const PARAMS = ['lang', 'va', 'contact', 'accent', 'report'] as const;
const TITLES: Record<string, string> = {
  es: 'Delega: ¿estás listo para trabajar con un asistente virtual?',
  it: 'Delega: sei pronto a lavorare con un assistente virtuale?',
};
const INITIAL_HEIGHT = 640;

interface DelegaGlobal {
  mounted: HTMLIFrameElement[];
  listening: boolean;
}

function loader() {
  const script = document.currentScript as HTMLScriptElement | null;
  const src = script?.src ?? document.querySelector<HTMLScriptElement>('script[src$="embed.js"]')?.src;
  if (!src) return;
  const appUrl = new URL('./', src);
  const state: DelegaGlobal = ((window as unknown as { __delega?: DelegaGlobal }).__delega ??= {
    mounted: [],
    listening: false,
  });

  const placeholders = Array.from(document.querySelectorAll<HTMLElement>('[data-delega]')).filter(
    (el) => !el.querySelector('iframe'),
  );
  if (placeholders.length > 0) placeholders.forEach((el) => el.appendChild(createFrame(el.dataset)));
  else if (script && !script.dataset.mounted) {
    script.dataset.mounted = 'true';
    script.insertAdjacentElement('afterend', createFrame(script.dataset));
  }

  function createFrame(data: DOMStringMap): HTMLIFrameElement {
    const url = new URL(appUrl);
    url.searchParams.set('embed', '1');
    for (const name of PARAMS) {
      const value = data[name];
      if (value) url.searchParams.set(name, value);
    }
    const frame = document.createElement('iframe');
    frame.src = url.href;
    frame.title = data.title || TITLES[data.lang ?? ''] || TITLES.es!;
    frame.loading = 'lazy';
    frame.referrerPolicy = 'no-referrer';
    frame.allow = 'clipboard-write';
    frame.style.display = 'block';
    frame.style.width = '100%';
    frame.style.minWidth = '300px';
    frame.style.border = '0';
    frame.style.height = `${INITIAL_HEIGHT}px`;
    state.mounted.push(frame);
    return frame;
  }

  if (state.listening) return;
  state.listening = true;
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.origin !== appUrl.origin || !isHostMessage(event.data)) return;
    const frame = state.mounted.find((f) => f.contentWindow === event.source);
    if (!frame) return;
    const message = event.data;
    if (message.type === 'delega:resize') {
      frame.style.height = `${Math.ceil(message.height)}px`;
    } else {
      const { type, ...detail } = message;
      frame.dispatchEvent(new CustomEvent(type, { bubbles: true, detail }));
    }
  });
  void MESSAGE_PREFIX;
}

loader();
