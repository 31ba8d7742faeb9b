/**
 * embed.js: puts Delega on a host page. A classic script with no dependencies, built to the
 * root of dist/ beside index.html, so the app's address is this script's folder.
 *
 *   <div data-delega data-lang="es" data-va="Ana"></div>
 *   <script src="https://…/embed.js" async></script>
 *
 * See `mountWidgets` for what it does with the page, and `DelegaApi` for `window.Delega`.
 */
import { mountWidgets, type DelegaApi } from './widget-frame';

type HostWindow = Window & { Delega?: Partial<DelegaApi> };

// Only our own tag says where the app is: guessing from other scripts could load a stranger.
// The host's markup can shadow `document.currentScript` (`<img name="currentScript"
// src="https://attacker/">`, DOM clobbering): ask Document's own getter, which markup cannot
// replace, and accept only a real <script> with a src.
const script = Object.getOwnPropertyDescriptor(Document.prototype, 'currentScript')?.get?.call(document);
const host = window as HostWindow;
// A second copy of the script (pasted twice, or re-inserted by a single-page app) only mounts
// what is new: one listener, one API, however many copies run. Markup named "Delega" (DOM
// clobbering) has no mountAll function, so it is replaced, never called.
if (typeof host.Delega?.mountAll === 'function') host.Delega.mountAll();
else if (script instanceof HTMLScriptElement && script.src) {
  const { mount, unmount, mountAll } = mountWidgets(new URL('./', script.src).href);
  host.Delega = Object.freeze({ mount, unmount, mountAll });
}
