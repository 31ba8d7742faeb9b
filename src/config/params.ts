import * as z from 'zod/mini';
import { languageOf, type Language } from '../i18n/languages';
import { graphemesOf } from '../lib/graphemes';
import { contactHref, contactOfUrl, type Contact } from './contact';
import { PARAM_VALUES, type UrlParam } from './url-params';

/**
 * The assistant's set-up, the one shape for it: what the generator makes of its fields, what
 * the links and snippets carry (`paths.ts` writes each as its parameter), and the part of the
 * app's config a link made for someone else keeps.
 */
export interface AssistantSetup {
  readonly lang?: Language;
  /** The assistant's display name: plain text, trimmed, at most VA_MAX_LENGTH characters. */
  readonly va?: string;
  /** Where the owner sends the results; parsed once, here (`contactSchema`). */
  readonly contact?: Contact;
  /** A `#rrggbb` colour, lower case, as given (accessible shades are derived from it). */
  readonly accent?: string;
  /** `report=scores`: in a widget, the host page may hear the scores, not only the verdict. */
  readonly reportScores?: boolean;
  /** The only origins that may receive the scores; listing any turns `report=scores` on. */
  readonly reportTo?: readonly string[];
}

/** The validated query parameters: the only form in which the URL reaches the app. */
export interface AppConfig extends AssistantSetup {
  readonly embed: boolean;
  /** `for=assistants` opens the link and snippet generator. */
  readonly page: 'quiz' | 'assistants';
  /** `report=scores`: the widget may tell the host page the scores, not only the verdict. */
  readonly reportScores: boolean;
  /** `view=assistant` on a results link: the assistant's reading of the same scores. Other values are ignored. */
  readonly view?: 'assistant';
  /**
   * `report-to`: the only origins (space-separated) the widget may tell the scores to, and only
   * when the page embedding it is one of them (src/services/report-target.ts).
   */
  readonly reportTo: readonly string[];
}

export const VA_MAX_LENGTH = 60;
/** The longest contact a link carries, counted as the URL the app uses (percent-encoded). */
export const CONTACT_MAX_LENGTH = 500;
/** The issue message of a contact that is valid but too long once normalised. */
export const CONTACT_TOO_LONG = 'contact is too long';

/**
 * Control and format characters could disguise a name (bidi overrides, invisible marks), but
 * emoji need two of them: the zero-width joiner inside a sequence (👩‍💻) and the tags of a
 * subdivision flag (🏴󠁧󠁢󠁳󠁣󠁴󠁿). The joiner stays between two pictographs. A flag is exactly 🏴, a
 * code of 2 to 6 tag letters or digits and the cancel tag (🏴󠁧󠁢󠁳󠁣󠁴󠁿 is gbsct): matched first and
 * kept whole (group 1), so every other tag goes, as any other control or format character.
 * Tags after a flag are invisible text: 1,200 of them made one "character" that carried hidden
 * words into the mail.
 */
const HIDDEN_CHARACTERS =
  /(\u{1F3F4}[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]{2,6}\u{E007F})|\p{Cc}|(?!(?<=\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\u{FE0F})?)\u200D(?=\p{Extended_Pictographic}))\p{Cf}/gu;

export const vaSchema = z
  .pipe(
    z.string(),
    z.transform((raw) => {
      // Control and bidi-override characters could disguise the name. Whitespace (newlines too)
      // becomes one space first, so "Ana\nPérez" stays two words.
      const clean = raw
        .replace(/\s+/g, ' ')
        .replace(HIDDEN_CHARACTERS, '$1') // a flag (group 1) stays whole
        .replace(/ {2,}/g, ' ')
        .trim();
      // Counted and cut in what a reader sees as characters: an emoji is never split in two.
      const characters = graphemesOf(clean);
      return characters.length > VA_MAX_LENGTH
        ? `${characters
            .slice(0, VA_MAX_LENGTH - 1)
            .join('')
            .trimEnd()}…`
        : clean;
    }),
  )
  .check(z.minLength(1));

/** The one place a `contact` parameter becomes a `Contact`: mail, web page or WhatsApp. */
export const contactSchema = z.pipe(
  // A first, generous bound keeps parsing cheap; the real limit applies to the normalised URL.
  z.string().check(z.maxLength(CONTACT_MAX_LENGTH * 4)),
  z.transform((raw, ctx) => {
    try {
      const contact = contactOfUrl(new URL(raw.trim()));
      if (contact) {
        // Checked after normalisation: "è" becomes "%C3%A8", so 120 typed characters can be 600.
        if (contactHref(contact).length <= CONTACT_MAX_LENGTH) return contact;
        ctx.issues.push({ code: 'custom', message: CONTACT_TOO_LONG, input: raw });
        return z.NEVER;
      }
    } catch {
      // fall through to the issue below (decodeURIComponent throws on a stray %)
    }
    ctx.issues.push({ code: 'custom', message: 'contact', input: raw });
    return z.NEVER;
  }),
);

/** A web origin that may hear the scores: https, or this machine over http (a developer's own). */
const isReportOrigin = (text: string): boolean => {
  try {
    const url = new URL(text);
    const loopback = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
    return url.origin === text && (url.protocol === 'https:' || (url.protocol === 'http:' && loopback));
  } catch {
    return false;
  }
};

/** At most a handful of origins, each exactly `scheme://host[:port]`; anything else voids the list. */
export const REPORT_TO_MAX = 5;
export const reportToSchema = z.pipe(
  z.string().check(z.maxLength(1000)),
  z.transform((raw, ctx) => {
    const origins = raw.trim().split(/\s+/).filter(Boolean);
    if (origins.length > 0 && origins.length <= REPORT_TO_MAX && origins.every(isReportOrigin)) {
      return [...new Set(origins)];
    }
    ctx.issues.push({ code: 'custom', message: 'report-to', input: raw });
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
  return {
    lang: languageOf(get('lang')),
    embed: get('embed') === PARAM_VALUES.embed,
    va: valid(vaSchema, get('va')),
    contact: valid(contactSchema, get('contact')),
    accent: valid(accentSchema, get('accent')),
    page: get('for') === PARAM_VALUES.for ? 'assistants' : 'quiz',
    reportScores: get('report') === PARAM_VALUES.report,
    view: get('view') === PARAM_VALUES.view ? PARAM_VALUES.view : undefined,
    reportTo: valid(reportToSchema, get('report-to')) ?? [],
  };
}
