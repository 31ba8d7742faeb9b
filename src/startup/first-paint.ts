import { screenOf } from '../config/paths';
import { PARAM_VALUES, WIDGET_SWITCH } from '../config/url-params';
import { languageOf, pickLanguage, type Language } from '../i18n/languages';
import { QUIZ_STORAGE_KEY } from '../state/storage-keys';

/**
 * What the built `index.html` may paint before any JavaScript module runs (README,
 * "Performance"): the intro is rendered to HTML at build time in each language, and the
 * start-up script picks one by the app's own language rules, so nobody sees a flash of the other.
 */
export interface FirstPaintInput {
  readonly search: string;
  readonly hash: string;
  readonly read: (key: string) => string | null;
  readonly browserLanguages: readonly string[];
}

/**
 * The language of the prerendered intro to show, or `undefined` when the link opens another
 * page (quiz, results, the generator) or the widget, whose first screens are not prerendered.
 * An owner with saved answers still gets it: the app then swaps in the "continue" button.
 */
export function introToPaint({
  search,
  hash,
  read,
  browserLanguages,
}: FirstPaintInput): Language | undefined {
  const query = new URLSearchParams(search);
  const [switchName, switchValue] = WIDGET_SWITCH;
  if (screenOf(hash) !== 'intro') return undefined;
  if (query.get('for') === PARAM_VALUES.for || query.get(switchName) === switchValue) return undefined;
  return pickLanguage(languageOf(query.get('lang')), { read }, browserLanguages);
}

/** True when saved progress is there: the intro then offers to continue, which the HTML cannot say. */
export const hasSavedProgress = (read: (key: string) => string | null): boolean =>
  read(QUIZ_STORAGE_KEY) !== null;

/**
 * True when the link names the assistant offering the quiz: the app then adds "offered by …" under
 * the brand, a line the prerendered intro reserves so that nothing below it moves.
 */
export const namesAnAssistant = (search: string): boolean => !!new URLSearchParams(search).get('va')?.trim();
