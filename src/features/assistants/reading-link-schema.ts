import * as z from 'zod/mini';
import { assistantViewLink, parseResultsHash } from '../../config/paths';
import { parseConfig } from '../../config/params';

/**
 * The generator's "read a client's results" field. Whatever an assistant pastes, only a Delega
 * results link with seven valid scores opens a reading; it opens on this copy of Delega, in the
 * link's language. Messages are keys of `assistants:errors`.
 */
export const READING_ERRORS = ['readingRequired', 'readingNotResults', 'readingDamaged'] as const;
export type ReadingError = (typeof READING_ERRORS)[number];

export const isReadingError = (message: string): message is ReadingError =>
  (READING_ERRORS as readonly string[]).includes(message);

const issue = (message: ReadingError, input: string) => ({ code: 'custom' as const, message, input });

const urlOf = (text: string): URL | undefined => {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
};

/** Turns a pasted results link into the address of its reading on the app at `appUrl`. */
export const readingLinkSchema = (appUrl: string) =>
  z.object({
    link: z.pipe(
      z.string(),
      z.transform((raw, ctx) => {
        // Mail clients wrap long links: spaces and line breaks inside are not part of it.
        const text = raw.replace(/\s+/g, '');
        if (!text) {
          ctx.issues.push(issue('readingRequired', raw));
          return z.NEVER;
        }
        const url = urlOf(text);
        if (!url || !url.hash.startsWith('#results')) {
          ctx.issues.push(issue('readingNotResults', raw));
          return z.NEVER;
        }
        const results = parseResultsHash(url.hash);
        if (!results.ok) {
          ctx.issues.push(issue('readingDamaged', raw));
          return z.NEVER;
        }
        // Only what passed the link's own schemas travels on: language, name, contact, colour.
        const { lang, va, contact, accent } = parseConfig(url.search);
        return assistantViewLink(appUrl, { lang, va, contact, accent }, results.scores);
      }),
    ),
  });

export type ReadingLinkValues = z.input<ReturnType<typeof readingLinkSchema>>;
