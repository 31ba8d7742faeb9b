/**
 * embed.js: puts Delega on a host page. A classic script with no dependencies, built to the
 * root of dist/ beside index.html, so the app's address is this script's folder.
 *
 *   <div data-delega data-lang="es" data-va="Ana"></div>
 *   <script src="https://…/embed.js" async></script>
 *
 * See `mountWidgets` for what it does with the page.
 */
import { mountWidgets } from './widget-frame';

// Only our own tag says where the app is: guessing from other scripts could load a stranger.
// The host's markup can shadow `document.currentScript` (`<img name="currentScript"
// src="https://attacker/">`, DOM clobbering): ask Document's own getter, which markup cannot
// replace, and accept only a real <script> with a src.
const script = Object.getOwnPropertyDescriptor(Document.prototype, 'currentScript')?.get?.call(document);
if (script instanceof HTMLScriptElement && script.src) mountWidgets(new URL('./', script.src).href);
