import type { SafeStorage } from '../lib/safe-storage';

export const LANGUAGES = ['es', 'it'] as const;
export type Language = (typeof LANGUAGES)[number];
/** Each language named in itself, whatever the page's language: a speaker looks for their own word. */
export const LANGUAGE_NAMES: Record<Language, string> = { es: 'Español', it: 'Italiano' };

export const DEFAULT_LANGUAGE: Language = 'es';

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/**
 * `lang`: the language code as people and CMSs write it (`ES`, `es-ES`, `it_IT`) is read as
 * its primary subtag; anything else is ignored.
 */
export function languageOf(raw: string | null): Language | undefined {
  const primary = raw?.trim().toLowerCase().split(/[-_]/)[0];
  return isLanguage(primary) ? primary : undefined;
}

const CHOICE_KEY = 'delega:lang';

/** `?lang=`, then the user's last choice, then the browser's language if es or it, then Spanish. */
export function pickLanguage(
  fromLink: Language | undefined,
  storage: Pick<SafeStorage, 'read'>,
  browserLanguages: readonly string[],
): Language {
  if (fromLink) return fromLink;
  const stored = storage.read(CHOICE_KEY);
  if (isLanguage(stored)) return stored;
  const browser = browserLanguages.map((l) => l.slice(0, 2).toLowerCase()).find(isLanguage);
  return browser ?? DEFAULT_LANGUAGE;
}

export const rememberLanguage = (storage: SafeStorage, language: Language) =>
  storage.write(CHOICE_KEY, language);
