/**
 * Every query parameter of the public link format (README, "Links"), in one table. Zod-free
 * and tiny on purpose: `embed.js` imports it too.
 *
 * - `carried`: a link the app builds for someone else (results link, direct link) keeps it, so
 *   a prospect sees the quiz as the assistant set it up. A results link always opens as a full
 *   page, so widget-only parameters are never carried.
 * - `data`: a placeholder on a host page may set it as `data-<name>`; the app validates it again.
 */
export const URL_PARAMS = {
  lang: { carried: true, data: true },
  va: { carried: true, data: true },
  contact: { carried: true, data: true },
  accent: { carried: true, data: true },
  /** `embed=1`: the widget layout; only the loader and the generator's iframe set it. */
  embed: { carried: false, data: false },
  /** `report=scores`: in a widget, `delega:complete` also carries the scores. */
  report: { carried: false, data: true },
  /**
   * `report-to`: the only origins (space-separated) that may receive those scores, and only
   * when one of them is the page around the widget (`src/services/report-target.ts`).
   */
  'report-to': { carried: false, data: true },
  /** `for=assistants`: the link and snippet generator. */
  for: { carried: false, data: false },
  /**
   * `view=assistant` on a results link: the assistant's reading of the same scores. Set only by
   * the links made for the assistant (`assistantViewLink`), never carried into the owner's.
   */
  view: { carried: false, data: false },
} as const satisfies Record<string, { carried: boolean; data: boolean }>;

export type UrlParam = keyof typeof URL_PARAMS;

type Flag = 'carried' | 'data';
type NamesWhere<F extends Flag> = {
  [K in UrlParam]: (typeof URL_PARAMS)[K][F] extends true ? K : never;
}[UrlParam];

const namesWhere = <F extends Flag>(flag: F) =>
  (Object.keys(URL_PARAMS) as UrlParam[]).filter((name) => URL_PARAMS[name][flag]) as NamesWhere<F>[];

export type CarriedParam = NamesWhere<'carried'>;

/** What links made for someone else keep, in the order they are written. */
export const CARRIED_PARAMS = /* @__PURE__ */ namesWhere('carried');

/** What a host page's `data-*` attributes may set. */
export const DATA_PARAMS = /* @__PURE__ */ namesWhere('data');

/** The fixed values of the switch-like parameters. */
export const PARAM_VALUES = { embed: '1', report: 'scores', for: 'assistants', view: 'assistant' } as const;

/** What turns the app into the widget layout: the loader and the generator's iframe add it. */
export const WIDGET_SWITCH = ['embed', PARAM_VALUES.embed] as const satisfies readonly [UrlParam, string];
