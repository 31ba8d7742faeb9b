import type { SafeStorage } from '../lib/safe-storage';

export const LANGUAGES = ['es', 'it'] as const;
export type Language = (typeof LANGUAGES)[number];
/** Each language named in itself, whatever the page's language: a speaker looks for their own word. */
export const LANGUAGE_NAMES: Record<Language, string> = { es: 'Español', it: 'Italiano' };

export const DEFAULT_LANGUAGE: Language = 'es';

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

const CHOICE_KEY = 'delega:lang';

/** `?lang=`, then the user's last choice, then the browser's language if es or it, then Spanish. */
export function pickLanguage(
  fromLink: Language | undefined,
  storage: SafeStorage,
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
