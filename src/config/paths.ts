import { DIMENSIONS, type Dimension } from '../quiz/dimensions';
import { isScore } from '../quiz/score';
import type { Scores } from '../quiz/score-answers';
import { isAnswerFlag, type AnswerFlag } from '../quiz/answer-flags';
import { contactHref } from './contact';
import type { AssistantSetup } from './params';
import {
  CARRIED_PARAMS,
  DATA_PARAMS,
  PARAM_VALUES,
  WIDGET_SWITCH,
  type CarriedParam,
  type UrlParam,
} from './url-params';

/**
 * Every URL the app makes or reads is built here (README, "Links"), from the parameter table
 * in `url-params.ts`: the screens in the hash, the query a link carries, the results link
 * `#results?tech=N&…`, the widget's address and the generator's. Nothing else concatenates
 * a URL or types a hash.
 */

const QUIZ_HASH = '#quiz';
/** In a results hash, the response check's flags: the run's answers say nothing yet. */
const CHECK_PARAM = 'check';
const RESULTS_HASH = '#results';

/** In-app destinations, as the hash (or query) to navigate to. */
export const paths = {
  intro: (): string => '',
  quiz: (): string => QUIZ_HASH,
  /** One statement of the quiz, numbered from 1 as the owner sees it: each is its own history entry. */
  statement: (number: number): string => `${QUIZ_HASH}/${number}`,
  /** The results of a run; a run the response check flagged carries `check` (README, "Links"). */
  results: (scores: Scores, flags: readonly AnswerFlag[] = []): string =>
    `${RESULTS_HASH}?${new URLSearchParams([
      ...DIMENSIONS.map((d) => [d, String(scores[d])]),
      ...(flags.length > 0 ? [[CHECK_PARAM, flags.join(',')]] : []),
    ])}`,
  /** The generator page for assistants, in the language given. */
  generator: (lang: string): string => `?${new URLSearchParams({ for: PARAM_VALUES.for, lang })}`,
} as const;

const queryOf = (entries: readonly (readonly [UrlParam, string | undefined])[]): string => {
  const params = new URLSearchParams();
  for (const [name, value] of entries) if (value) params.set(name, value);
  const query = params.toString();
  return query ? `?${query}` : '';
};

/** Each parameter of the set-up as its link writes it (undefined: not set). */
const written: {
  [P in CarriedParam | 'report' | 'report-to']: (setup: AssistantSetup) => string | undefined;
} = {
  lang: (setup) => setup.lang,
  va: (setup) => setup.va,
  contact: (setup) => setup.contact && contactHref(setup.contact),
  accent: (setup) => setup.accent,
  report: (setup) => (setup.reportScores || setup.reportTo?.length ? PARAM_VALUES.report : undefined),
  'report-to': (setup) => setup.reportTo?.join(' ') || undefined,
};

const carried = (setup: AssistantSetup) =>
  CARRIED_PARAMS.map((name) => [name, written[name](setup)] as const);

/** The `data-*` values of a widget placeholder, in the table's order (undefined: not set). */
export const widgetDataOf = (setup: AssistantSetup): (readonly [UrlParam, string | undefined])[] =>
  DATA_PARAMS.map((name) => [name, written[name](setup)]);

/** The app at `appUrl` as the assistant set it up: the direct link for emails, posts and buttons. */
export const appLink = (appUrl: string, config: AssistantSetup): string =>
  `${appUrl}${queryOf(carried(config))}`;

/** The absolute results link a user copies, shares or sends: always a full page (no `embed`, no `report`). */
export const resultsLink = (
  appUrl: string,
  config: AssistantSetup,
  scores: Scores,
  flags: readonly AnswerFlag[] = [],
): string => `${appLink(appUrl, config)}${paths.results(scores, flags)}`;

/** The quiz at `appUrl`, as a page of its own (a new load: the query is read once, at start). */
export const quizLink = (appUrl: string, config: AssistantSetup): string =>
  `${appLink(appUrl, config)}${paths.quiz()}`;

/**
 * The assistant's reading of these scores: the results link with `view=assistant` in its query,
 * in the same language (README, "The assistant's reading").
 */
export const assistantViewLink = (
  appUrl: string,
  config: AssistantSetup,
  scores: Scores,
  flags: readonly AnswerFlag[] = [],
): string =>
  `${appUrl}${queryOf([...carried(config), ['view', PARAM_VALUES.view]])}${paths.results(scores, flags)}`;

/** The assistant's reading of a results link someone already has (the owner's, in the mail). */
export function asAssistantView(resultsLinkUrl: string): string {
  const url = new URL(resultsLinkUrl);
  url.searchParams.set('view', PARAM_VALUES.view);
  return url.href;
}

/** The widget's address: the plain iframe snippet's `src` and the generator's preview. */
export const widgetSrc = (appUrl: string, setup: AssistantSetup): string =>
  `${appUrl}${queryOf([...widgetDataOf(setup), WIDGET_SWITCH])}`;

/** The same URL with its `lang` replaced, when it has one: a reload or a copied link keeps the language chosen. */
export function withLanguage(url: string, lang: string): string {
  const next = new URL(url);
  if (!next.searchParams.has('lang')) return url;
  next.searchParams.set('lang', lang);
  return next.href;
}

/** The address of the app itself, wherever `dist/` is deployed. */
export const appUrlOf = (location: Pick<Location, 'origin' | 'pathname'>): string =>
  `${location.origin}${location.pathname}`;

/** The widget loader, built beside index.html wherever `dist/` is deployed. */
export const loaderUrlOf = (appUrl: string): string => new URL('embed.js', appUrl).href;

/** True for `#results` and a results link's `#results?…` (damaged or not: the results page says which). */
export const isResultsHash = (hash: string): boolean =>
  hash === RESULTS_HASH || hash.startsWith(`${RESULTS_HASH}?`);

/** True for `#quiz` and a statement's `#quiz/N`. */
export const isQuizHash = (hash: string): boolean => hash === QUIZ_HASH || statementOf(hash) !== undefined;

/** The statement number of `#quiz/N` (an integer from 1, no sign or leading zero); undefined otherwise. */
export function statementOf(hash: string): number | undefined {
  const match = /^#quiz\/([1-9][0-9]{0,2})$/.exec(hash);
  return match ? Number(match[1]) : undefined;
}

export type ResultsLink =
  | {
      readonly ok: true;
      readonly scores: Scores;
      /** The response check's flags (`check`): any means no verdict. Unknown names are ignored. */
      readonly flags: readonly AnswerFlag[];
    }
  | {
      readonly ok: false;
      readonly missing: readonly Dimension[];
      readonly invalid: readonly Dimension[];
      /** Given more than once (`tech=10&tech=90`): which one was meant cannot be known. */
      readonly repeated: readonly Dimension[];
    };

// Digits only, no sign, decimal point, exponent or leading zero: "007" and "1e2" are damage, not 7 and 100.
const SCORE_TEXT = /^(0|[1-9][0-9]*)$/;

/**
 * Reads the scores of a results hash. A damaged link (missing or repeated dimension, 101,
 * letters, decimals) is reported dimension by dimension, never turned into a wrong result.
 */
export function parseResultsHash(hash: string): ResultsLink {
  const query = hash.startsWith(`${RESULTS_HASH}?`) ? hash.slice(RESULTS_HASH.length + 1) : '';
  const params = new URLSearchParams(query);
  const missing: Dimension[] = [];
  const invalid: Dimension[] = [];
  const repeated: Dimension[] = [];
  const scores = {} as Record<Dimension, number>;
  for (const dimension of DIMENSIONS) {
    const text = params.get(dimension);
    if (params.getAll(dimension).length > 1) repeated.push(dimension);
    else if (text === null || text === '') missing.push(dimension);
    else if (!SCORE_TEXT.test(text) || !isScore(Number(text))) invalid.push(dimension);
    else scores[dimension] = Number(text);
  }
  const check = params.get(CHECK_PARAM) ?? '';
  return missing.length || invalid.length || repeated.length
    ? { ok: false, missing, invalid, repeated }
    : { ok: true, scores, flags: [...new Set(check.split(',').filter(isAnswerFlag))] };
}
