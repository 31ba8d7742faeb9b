import * as z from 'zod/mini';
import { isLanguage, type Language } from '../i18n/languages';
import { PARAM_VALUES, type UrlParam } from './url-params';

/** The validated query parameters: the only form in which the URL reaches the app. */
export interface AppConfig {
  readonly lang?: Language;
  readonly embed: boolean;
  /** The assistant's display name: plain text, trimmed, at most VA_MAX_LENGTH characters. */
  readonly va?: string;
  /** An https: or mailto: URL, normalised. */
  readonly contact?: string;
  /** A `#rrggbb` colour, lower case, as given (accessible shades are derived from it). */
  readonly accent?: string;
  /** `for=assistants` opens the link and snippet generator. */
  readonly page: 'quiz' | 'assistants';
  /** `report=scores`: the widget may tell the host page the scores, not only the verdict. */
  readonly reportScores: boolean;
  /** `view=assistant` on a results link: the assistant's reading of the same scores. Other values are ignored. */
  readonly view?: 'assistant';
}

export const VA_MAX_LENGTH = 60;
const CONTACT_MAX_LENGTH = 500;

export const vaSchema = z
  .pipe(
    z.string(),
    z.transform((raw) => {
      // Control and bidi-override characters could disguise the name. Whitespace (newlines too)
      // becomes one space first, so "Ana\nPérez" stays two words.
      const clean = raw
        .replace(/\s+/g, ' ')
        .replace(/[\p{Cc}\p{Cf}]/gu, '')
        .replace(/ {2,}/g, ' ')
        .trim();
      return clean.length > VA_MAX_LENGTH
        ? `${[...clean]
            .slice(0, VA_MAX_LENGTH - 1)
            .join('')
            .trimEnd()}…`
        : clean;
    }),
  )
  .check(z.minLength(1));

export const contactSchema = z.pipe(
  z.string().check(z.maxLength(CONTACT_MAX_LENGTH)),
  z.transform((raw, ctx) => {
    try {
      const url = new URL(raw.trim());
      const ok =
        (url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password) ||
        (url.protocol === 'mailto:' && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(decodeURIComponent(url.pathname)));
      if (ok) return url.href;
    } catch {
      // fall through to the issue below
    }
    ctx.issues.push({ code: 'custom', message: 'contact must be an https: or mailto: URL', input: raw });
    return z.NEVER;
  }),
);

export const accentSchema = z.pipe(
  z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/)),
  z.transform((hex) => hex.toLowerCase()),
);

const valid = <T>(schema: z.ZodMiniType<T>, raw: string | null): T | undefined => {
  if (raw === null) return undefined;
  const result = schema.safeParse(raw);
  return result.success ? result.data : undefined;
};

/** Parses the query string once, at start. Unknown parameters and invalid values are ignored. */
export function parseConfig(search: string): AppConfig {
  const params = new URLSearchParams(search);
  // Names are keys of the URL table: a parameter the table does not know cannot be read.
  const get = (name: UrlParam) => params.get(name);
  const lang = get('lang');
  return {
    lang: isLanguage(lang) ? lang : undefined,
    embed: get('embed') === PARAM_VALUES.embed,
    va: valid(vaSchema, get('va')),
    contact: valid(contactSchema, get('contact')),
    accent: valid(accentSchema, get('accent')),
    page: get('for') === PARAM_VALUES.for ? 'assistants' : 'quiz',
    reportScores: get('report') === PARAM_VALUES.report,
    view: get('view') === PARAM_VALUES.view ? PARAM_VALUES.view : undefined,
  };
}
