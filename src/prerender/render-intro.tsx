// Build-time only (vite.config.ts, `prerenderIntro`): renders the intro of one language to HTML,
// as a first visit sees it, so that the built index.html paints it before any script runs.
// main.tsx hydrates that HTML when the visit matches it (README, "Performance").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInstance } from 'i18next';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { App } from '../app/app';
import { createPageScreens } from '../app/pages';
import { PAGE_NAMES, PAGES, type Page } from '../config/pages';
import { parseConfig } from '../config/params';
import { LANGUAGES, type Language } from '../i18n/languages';
import type { ChunksAhead } from '../startup/chunks-ahead';
import { idPrefixOf, prerenderedIdOf, ROOT_ELEMENT } from '../startup/prerendered';
import type { SafeStorage } from '../lib/safe-storage';
import type { AppServices } from '../services/app-services';
import { AppProvider } from '../services/app-services';
import { createLanguageService } from '../services/language';
import { createScreenFocus } from '../services/screen-focus';
import { createAnswerStore } from '../state/answer-store';
import { createRunHistory } from '../state/run-history';

/** Read from the source tree: the build runs from the project's root. */
const commonStrings = (language: Language): Record<string, unknown> =>
  JSON.parse(readFileSync(join(process.cwd(), 'locales', language, 'common.json'), 'utf8'));

/** Nothing saved, and saving works: the page a first visit gets. */
const firstVisitStorage = (): SafeStorage => {
  const memory = new Map<string, string>();
  return {
    persistent: true,
    read: (key) => memory.get(key) ?? null,
    write: (key, value) => void memory.set(key, value),
    remove: (key) => void memory.delete(key),
  };
};

export async function renderIntro(language: Language): Promise<string> {
  const i18n = createInstance();
  await i18n.init({
    lng: language,
    fallbackLng: false,
    ns: ['common'],
    defaultNS: 'common',
    resources: { [language]: { common: commonStrings(language) } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  const storage = firstVisitStorage();
  const services: AppServices = {
    config: parseConfig(''),
    pageAt: () => 'intro',
    storage,
    answers: createAnswerStore(storage),
    history: createRunHistory(storage),
    host: { embedded: false, notify: () => undefined }, // a full page: no host to tell
    language: createLanguageService(i18n, storage),
    focus: createScreenFocus(),
  };
  return renderToString(
    <I18nextProvider i18n={i18n}>
      <AppProvider value={services}>
        <App screens={createPageScreens()} />
      </AppProvider>
    </I18nextProvider>,
    { identifierPrefix: idPrefixOf(language) },
  );
}

/** The built page with each language's intro written right after its empty `#root`. */
export async function withPrerenderedIntros(html: string): Promise<string> {
  if (!html.includes(ROOT_ELEMENT)) throw new Error(`index.html has no ${ROOT_ELEMENT} to prerender next to`);
  const intros = await Promise.all(
    LANGUAGES.map(
      async (language) =>
        `<div class="prerendered" id="${prerenderedIdOf(language)}" lang="${language}">${await renderIntro(language)}</div>`,
    ),
  );
  return html.replace(ROOT_ELEMENT, [ROOT_ELEMENT, ...intros].join('\n    '));
}

/** What `vite build` writes to artifacts/build-manifest.json (the fields read here). */
type Manifest = Record<string, { file: string; imports?: string[]; css?: string[]; isEntry?: boolean }>;

const closure = (manifest: Manifest, key: string, seen = new Set<string>()): Set<string> => {
  if (seen.has(key) || !manifest[key]) return seen;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) closure(manifest, imported, seen);
  return seen;
};

/**
 * The files each page needs beyond the first screen's, for startup.js to ask for in <head>
 * (src/startup/chunks-ahead.ts): the page's chunks and styles, and its strings per language.
 */
export function chunksAhead(manifest: Manifest): ChunksAhead {
  const asset = (file: string) => file.replace(/^assets\//, '');
  const start = closure(manifest, 'index.html');
  const code: Partial<Record<Page, string[]>> = {};
  for (const page of PAGE_NAMES) {
    const entry = PAGES[page];
    if (!('module' in entry)) continue;
    const pageKeys = new Set<string>();
    closure(manifest, entry.module[0], pageKeys);
    const keys = [...pageKeys].filter((key) => !start.has(key));
    code[page] = keys.flatMap((key) => [manifest[key]!.file, ...(manifest[key]!.css ?? [])]).map(asset);
  }
  const strings = Object.fromEntries(
    LANGUAGES.map((language) => [
      language,
      Object.fromEntries(
        PAGE_NAMES.map((page) => [
          page,
          PAGES[page].namespaces.map((namespace) =>
            asset(manifest[`locales/${language}/${namespace}.json`]!.file),
          ),
        ]),
      ),
    ]),
  ) as unknown as ChunksAhead['strings'];
  return { code, strings };
}
