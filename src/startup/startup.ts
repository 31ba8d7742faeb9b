// Delega's start-up script: a classic script in the page's <head>, built to `dist/startup.js`
// (vite.config.ts). It runs before the body is parsed, so it can do what no module can:
// - pick which prerendered intro the first paint shows (`data-intro` on <html>, read by the
//   stylesheet), by the app's own language rules: no flash of the other language;
// - ask for the first page's own code and strings at once (a results link: its screen), instead
//   of after the app's start-up code has run;
// - reveal index.html's bilingual message when the app's own modules cannot load (a deploy
//   removed them, the network dropped), and reload on request; the answers stay in localStorage.
// Once main.tsx runs (it marks <html data-started>), failures are the app's to report.
import { preloadsFor, type ChunksAhead } from './chunks-ahead';
import { pageOf } from '../config/pages';
import { hasSavedProgress, introToPaint, namesAnAssistant, visitLanguage, type Visit } from './first-paint';

/** Written by the build (`prerenderIntro` in vite.config.ts); nothing in development. */
declare const __CHUNKS_AHEAD__: ChunksAhead | undefined;

const root = document.documentElement;

const visit: Visit = {
  search: window.location.search,
  hash: window.location.hash,
  read: (key) => {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null; // blocked storage: the app says so itself once it runs
    }
  },
  browserLanguages: navigator.languages ?? [navigator.language],
};

const intro = introToPaint(visit);
root.setAttribute('data-intro', intro ?? 'none');
if (intro) root.lang = intro;
// Saved progress changes the intro's buttons: the stylesheet keeps their place until the app runs.
if (intro && hasSavedProgress(visit.read)) root.setAttribute('data-resuming', '');
if (intro && namesAnAssistant(visit.search)) root.setAttribute('data-offered', '');

if (typeof __CHUNKS_AHEAD__ !== 'undefined') {
  for (const attributes of preloadsFor(
    __CHUNKS_AHEAD__,
    pageOf(visit.search, visit.hash),
    visitLanguage(visit),
  )) {
    const link = document.createElement('link');
    link.setAttribute('data-ahead', ''); // a head start only: if it fails, the page reports it
    for (const [name, value] of Object.entries(attributes)) link.setAttribute(name, value);
    document.head.append(link);
  }
}

window.addEventListener(
  'error',
  (event) => {
    const failed = event.target;
    const isCode =
      failed instanceof HTMLScriptElement ||
      (failed instanceof HTMLLinkElement &&
        failed.rel === 'modulepreload' &&
        !failed.hasAttribute('data-ahead'));
    const message = document.getElementById('startup-error');
    if (isCode && message && !root.hasAttribute('data-started')) message.hidden = false;
  },
  true,
);
document.addEventListener('click', (event) => {
  if (event.target instanceof Element && event.target.closest('#startup-reload')) window.location.reload();
});
