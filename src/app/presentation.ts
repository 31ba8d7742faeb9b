import type { i18n as I18n } from 'i18next';
import { accentShades } from '../config/accent';
import { PAGES, type Page } from '../config/pages';
import type { AppConfig } from '../config/params';

/**
 * Puts the config on the document: language and title (kept in step on every switch; the one
 * place that writes `document.title`), the widget layout, and the accent colour. Colours go
 * through CSSOM custom properties, which the strict CSP allows, never through a style attribute.
 */
export function applyPresentation(config: AppConfig, i18n: I18n, pageNow: () => Page) {
  const root = document.documentElement;
  const sync = () => {
    root.lang = i18n.language;
    // Each page names itself (WCAG 2.4.2); a title whose strings have not arrived yet waits
    // for the next change with the app's own name.
    const title = PAGES[pageNow()].title;
    document.title = i18n.exists(title) ? String(i18n.t(title)) : i18n.t('app.title');
  };
  sync();
  i18n.on('languageChanged', sync);
  i18n.on('loaded', sync);
  window.addEventListener('popstate', sync);
  window.addEventListener('hashchange', sync);

  // For the stylesheet only: whether the app is a widget is asked of `host.embedded`.
  root.classList.toggle('embed', config.embed);
  if (config.accent) {
    const shades = accentShades(config.accent);
    root.style.setProperty('--accent-light', shades.light);
    root.style.setProperty('--accent-dark', shades.dark);
  }
  return () => {
    i18n.off('languageChanged', sync);
    i18n.off('loaded', sync);
    window.removeEventListener('popstate', sync);
    window.removeEventListener('hashchange', sync);
  };
}
