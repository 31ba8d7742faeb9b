import type { AppConfig } from '../config/params';

/**
 * Who may hear a finished quiz's scores. A page can add `report=scores` to any widget address,
 * so the scores go only to an origin the assistant listed in `report-to` (baked into the
 * snippet the generator gives them), only when the page embedding the widget is that origin,
 * and they are posted with exactly that origin as the target, so the browser itself refuses
 * to deliver them anywhere else. Everyone else gets the verdict alone.
 */

type FrameWindow = Pick<Window, 'parent' | 'location' | 'document'>;

/**
 * The origin of the page that embeds this frame, as the browser tells it: `ancestorOrigins`
 * where it exists (Chromium, Safari), which no page can forge; else the referrer the parent's
 * navigation sent. Undefined when the widget is not framed or the browser does not say.
 */
export function parentOriginOf(frame: FrameWindow = window): string | undefined {
  if (frame.parent === frame) return undefined;
  const ancestors = frame.location.ancestorOrigins as DOMStringList | undefined;
  if (ancestors) return ancestors.length > 0 ? (ancestors.item(0) ?? undefined) : undefined;
  try {
    return new URL(frame.document.referrer).origin;
  } catch {
    return undefined; // no referrer (the host sends none): nothing is proven, nothing is sent
  }
}

/** The origin the scores may be posted to, or undefined for "verdict only". */
export function scoresRecipientOf(
  config: Pick<AppConfig, 'embed' | 'reportScores' | 'reportTo'>,
  parentOrigin: string | undefined = parentOriginOf(),
): string | undefined {
  if (!config.embed || !config.reportScores || !parentOrigin) return undefined;
  return config.reportTo.includes(parentOrigin) ? parentOrigin : undefined;
}

/** The recipient as a visitor reads it: the site's host name, with its port if it has one. */
export const siteNameOf = (origin: string): string => new URL(origin).host;
