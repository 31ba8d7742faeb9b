import { DIMENSIONS, type Dimension } from '../quiz/dimensions';
import type { Scores } from '../quiz/score-answers';
import type { AppConfig } from './params';

/**
 * Every URL the app makes or reads is built here (README, "Links"): the query parameters,
 * the screens in the hash, and the results link `#results?tech=N&…`.
 */

export type Screen = 'intro' | 'quiz' | 'results';

export const RESULTS_HASH = '#results';
export const QUIZ_HASH = '#quiz';

/** The parameters a link carries over: what a prospect must see the same way. */
type Carried = Pick<AppConfig, 'lang' | 'va' | 'contact' | 'accent'> &
  Partial<Pick<AppConfig, 'embed' | 'reportScores'>>;

export function buildQuery(config: Carried): string {
  const params = new URLSearchParams();
  if (config.lang) params.set('lang', config.lang);
  if (config.embed) params.set('embed', '1');
  if (config.va) params.set('va', config.va);
  if (config.contact) params.set('contact', config.contact);
  if (config.accent) params.set('accent', config.accent);
  if (config.reportScores) params.set('report', 'scores');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The generator page for assistants, in the language given. */
export const generatorHref = (lang: string): string => `?${new URLSearchParams({ for: 'assistants', lang })}`;

export const scoresHash = (scores: Scores): string =>
  `${RESULTS_HASH}?${DIMENSIONS.map((d) => `${d}=${scores[d]}`).join('&')}`;

/** The absolute results link a user copies, shares or sends. `appUrl` is the page's address without query or hash. */
export const buildResultsLink = (appUrl: string, config: Carried, scores: Scores): string =>
  `${appUrl}${buildQuery(config)}${scoresHash(scores)}`;

/** The address of the app itself, wherever `dist/` is deployed. */
export const appUrlOf = (location: Pick<Location, 'origin' | 'pathname'>): string =>
  `${location.origin}${location.pathname}`;

export function screenOf(hash: string): Screen {
  if (hash === RESULTS_HASH || hash.startsWith(`${RESULTS_HASH}?`)) return 'results';
  if (hash === QUIZ_HASH) return 'quiz';
  return 'intro';
}

export type ResultsLink =
  | { readonly ok: true; readonly scores: Scores }
  | { readonly ok: false; readonly missing: readonly Dimension[]; readonly invalid: readonly Dimension[] };

const SCORE_TEXT = /^(100|[1-9]?[0-9])$/;

/**
 * Reads the scores of a results hash. A damaged link (missing dimension, 101, letters,
 * decimals) is reported dimension by dimension, never turned into a wrong result.
 */
export function parseResultsHash(hash: string): ResultsLink {
  const query = hash.startsWith(`${RESULTS_HASH}?`) ? hash.slice(RESULTS_HASH.length + 1) : '';
  const params = new URLSearchParams(query);
  const missing: Dimension[] = [];
  const invalid: Dimension[] = [];
  const scores = {} as Record<Dimension, number>;
  for (const dimension of DIMENSIONS) {
    const text = params.get(dimension);
    if (text === null || text === '') missing.push(dimension);
    else if (!SCORE_TEXT.test(text)) invalid.push(dimension);
    else scores[dimension] = Number(text);
  }
  return missing.length || invalid.length ? { ok: false, missing, invalid } : { ok: true, scores };
}

/** A `mailto:` link to the assistant with a subject and body, from a validated mailto contact. */
export function buildMailto(contact: string, subject: string, body: string): string {
  const url = new URL(contact);
  url.search = `?${new URLSearchParams({ subject, body }).toString().replace(/\+/g, '%20')}`;
  return url.href;
}

/** The app at `appUrl` with these parameters: the direct link, or with `embed` the widget's address. */
export const buildAppLink = (appUrl: string, config: Carried): string => `${appUrl}${buildQuery(config)}`;

/** The widget loader, built beside index.html wherever `dist/` is deployed. */
export const loaderUrlOf = (appUrl: string): string => new URL('embed.js', appUrl).href;
