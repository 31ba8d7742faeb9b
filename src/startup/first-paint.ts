import { pageOf, PRERENDERED_PAGE } from '../config/pages';
import { WIDGET_SWITCH } from '../config/url-params';
import { languageOf, pickLanguage, type Language } from '../i18n/languages';
import { QUIZ_STORAGE_KEY } from '../state/storage-keys';

/**
 * What the built `index.html` may paint and fetch before any JavaScript module runs (README,
 * "Performance"). The intro is rendered to HTML at build time in each language, and startup.js
 * picks one by the app's own language rules, so nobody sees a flash of the other.
 */
export interface Visit {
  readonly search: string;
  readonly hash: string;
  readonly read: (key: string) => string | null;
  readonly browserLanguages: readonly string[];
}

/** The language the app will start in: `?lang`, the choice made before, the browser, Spanish. */
export const visitLanguage = ({ search, read, browserLanguages }: Visit): Language =>
  pickLanguage(languageOf(new URLSearchParams(search).get('lang')), { read }, browserLanguages);

/**
 * The language of the prerendered intro to show, or `undefined` when the link opens another
 * page (quiz, results, the generator) or the widget, whose first screens are not prerendered.
 * An owner with saved answers still gets it: the app then swaps in the "continue" button.
 */
export function introToPaint(visit: Visit): Language | undefined {
  const [switchName, switchValue] = WIDGET_SWITCH;
  if (pageOf(visit.search, visit.hash) !== PRERENDERED_PAGE) return undefined;
  if (new URLSearchParams(visit.search).get(switchName) === switchValue) return undefined;
  return visitLanguage(visit);
}

/** True when saved progress is there: the intro then offers to continue, which the HTML cannot say. */
export const hasSavedProgress = (read: (key: string) => string | null): boolean =>
  read(QUIZ_STORAGE_KEY) !== null;

/**
 * True when the link names the assistant offering the quiz: the app then adds "offered by …" under
 * the brand, a line the prerendered intro reserves so that nothing below it moves.
 */
export const namesAnAssistant = (search: string): boolean => !!new URLSearchParams(search).get('va')?.trim();
