import type { Page } from '../config/pages';
import type { Language } from '../i18n/languages';

/**
 * The files each page needs beyond the first screen's, written into startup.js at build time
 * (`chunksAhead` in src/prerender/render-intro.tsx): its code and styles, and its strings in each
 * language, as paths under `assets/`. startup.js asks for them in <head>, so a results link
 * downloads its screen alongside the app's start-up code instead of after it.
 */
export interface ChunksAhead {
  readonly code: Partial<Record<Page, readonly string[]>>;
  readonly strings: Record<Language, Partial<Record<Page, readonly string[]>>>;
}

/** Link elements for what `page` will fetch in `language`: modules preloaded, styles preloaded. */
export function preloadsFor(chunks: ChunksAhead, page: Page, language: Language) {
  const files = [...(chunks.code[page] ?? []), ...(chunks.strings[language][page] ?? [])];
  return files.map((file) =>
    file.endsWith('.css')
      ? // crossorigin as the app's own loader asks for styles, or the browser fetches them twice
        { rel: 'preload', as: 'style', crossorigin: '', href: `./assets/${file}` }
      : { rel: 'modulepreload', href: `./assets/${file}` },
  );
}
