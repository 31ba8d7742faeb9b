import type { i18n as I18n } from 'i18next';
import { accentShades } from '../config/accent';
import type { AppConfig } from '../config/params';

/**
 * Puts the config on the document: language and title (kept in step on every switch; the one
 * place that writes `document.title`), the widget layout, and the accent colour. Colours go
 * through CSSOM custom properties, which the strict CSP allows, never through a style attribute.
 */
export function applyPresentation(config: AppConfig, i18n: I18n) {
  const root = document.documentElement;
  const sync = () => {
    root.lang = i18n.language;
    document.title =
      config.page === 'assistants'
        ? i18n.t('assistants:generator.documentTitle')
        : // The assistant's reading is another page than the quiz (WCAG 2.4.2); its strings are
          // loaded only when a results link opens it.
          config.view === 'assistant' && i18n.exists('assistant-view:documentTitle')
          ? i18n.t('assistant-view:documentTitle')
          : i18n.t('app.title');
  };
  sync();
  i18n.on('languageChanged', sync);

  // For the stylesheet only: whether the app is a widget is asked of `host.embedded`.
  root.classList.toggle('embed', config.embed);
  if (config.accent) {
    const shades = accentShades(config.accent);
    root.style.setProperty('--accent-light', shades.light);
    root.style.setProperty('--accent-dark', shades.dark);
  }
  return () => i18n.off('languageChanged', sync);
}
