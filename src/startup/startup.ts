// Delega's start-up script: a classic script in the page's <head>, built to `dist/startup.js`
// (vite.config.ts). It runs before the body is parsed, so it can do two things no module can:
// - pick which prerendered intro the first paint shows (`data-intro` on <html>, read by the
//   stylesheet), by the app's own language rules: no flash of the other language;
// - reveal index.html's bilingual message when the app's own modules cannot load (a deploy
//   removed them, the network dropped), and reload on request; the answers stay in localStorage.
// Once main.tsx runs (it marks <html data-started>), failures are the app's to report.
import { hasSavedProgress, introToPaint, namesAnAssistant } from './first-paint';

const root = document.documentElement;

const read = (key: string): string | null => {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null; // blocked storage: the app says so itself once it runs
  }
};

const language = introToPaint({
  search: window.location.search,
  hash: window.location.hash,
  read,
  browserLanguages: navigator.languages ?? [navigator.language],
});
root.setAttribute('data-intro', language ?? 'none');
if (language) root.lang = language;
// Saved progress changes the intro's buttons: the stylesheet keeps their place until the app runs.
if (language && hasSavedProgress(read)) root.setAttribute('data-resuming', '');
if (language && namesAnAssistant(window.location.search)) root.setAttribute('data-offered', '');

window.addEventListener(
  'error',
  (event) => {
    const failed = event.target;
    const isCode =
      failed instanceof HTMLScriptElement ||
      (failed instanceof HTMLLinkElement && failed.rel === 'modulepreload');
    const message = document.getElementById('startup-error');
    if (isCode && message && !root.hasAttribute('data-started')) message.hidden = false;
  },
  true,
);
document.addEventListener('click', (event) => {
  if (event.target instanceof Element && event.target.closest('#startup-reload')) window.location.reload();
});
