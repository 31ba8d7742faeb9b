import { PRERENDERED_PAGE } from '../config/pages';
import type { Language } from '../i18n/languages';
import type { AppServices } from '../services/app-services';
import { idPrefixOf, prerenderedIdOf } from '../startup/prerendered';

/**
 * Whether the app's first render is exactly the prerendered intro of `language` (a first visit
 * of the plain quiz link): then it can take over that HTML as it is (hydrate) instead of
 * painting it again. Anything that changes the intro (an assistant's name, saved answers, a
 * storage notice, the widget) makes it render afresh in place.
 */
export function matchesPrerenderedIntro(services: AppServices, hash: string, language: Language): boolean {
  const { config, host, answers, pageAt } = services;
  const { answers: saved } = answers.getState();
  return (
    pageAt(hash) === PRERENDERED_PAGE &&
    !host.embedded &&
    !config.va &&
    Object.keys(saved).length === 0 &&
    answers.getNotice() === null &&
    services.language.current() === language
  );
}

/**
 * Where the app mounts: the prerendered intro the start-up script showed, when the first render
 * matches it (`hydrate`), else the empty `#root`. Either way the page keeps one `#root` and no
 * prerendered copy: the other language's intro, and one that no longer matches, are removed —
 * the latter only once the app has painted over it (`dropPrerendered`).
 */
export function mountPoint(doc: Document, services: AppServices) {
  const shown = doc.documentElement.getAttribute('data-intro') as Language | 'none' | null;
  const root = doc.getElementById('root')!;
  const prerendered = shown && shown !== 'none' ? doc.getElementById(prerenderedIdOf(shown)) : null;
  const dropPrerendered = () => doc.querySelectorAll('.prerendered').forEach((element) => element.remove());
  if (!prerendered || !matchesPrerenderedIntro(services, doc.location.hash, shown as Language)) {
    return { container: root, hydrate: false as const, dropPrerendered };
  }
  // It becomes the app's root: same id, no longer a copy, its language now the page's.
  root.remove();
  prerendered.id = 'root';
  prerendered.removeAttribute('class');
  prerendered.removeAttribute('lang');
  return {
    container: prerendered,
    hydrate: true as const,
    identifierPrefix: idPrefixOf(shown as Language),
    dropPrerendered,
  };
}
