import { appLink, loaderUrlOf, widgetDataOf, widgetSrc } from '../../config/paths';
import type { UrlParam } from '../../config/url-params';
import { FRAME_ALLOW, FRAME_HEIGHT, frameTitleOf, RESERVED_HEIGHT_STYLE } from '../../embed/widget-frame';
import type { AssistantSetup } from '../../config/params';

/**
 * The three things an assistant copies. `appUrl` is where the app is served (origin and
 * path of the generator page itself), so the code works wherever `dist/` is deployed.
 * Every value is escaped as an HTML attribute: a name like `Ana "la mejor" <3` stays text.
 */

/** The full-page quiz: for emails, social posts and buttons. Carries no widget-only option. */
export const directLinkOf = (appUrl: string, settings: AssistantSetup): string => appLink(appUrl, settings);

/** The widget's address: the src of the plain iframe snippet and of the generator's preview. */
export const widgetSrcOf = (appUrl: string, settings: AssistantSetup): string => widgetSrc(appUrl, settings);

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Works without any script, at a fixed height; the widget scrolls inside it when it needs more. */
export function iframeSnippet(appUrl: string, settings: AssistantSetup): string {
  return [
    '<iframe',
    `  src="${escapeAttribute(widgetSrcOf(appUrl, settings))}"`,
    `  title="${escapeAttribute(frameTitleOf(settings.lang))}"`,
    '  loading="lazy"',
    '  width="100%"',
    `  height="${FRAME_HEIGHT}"`,
    '  style="border: 0"',
    `  allow="${FRAME_ALLOW}"`,
    '></iframe>',
  ].join('\n');
}

/**
 * A placeholder and the loader: the frame follows its content and tells the page when the quiz
 * starts and ends. The placeholder reserves the quiz's height itself (inline, as Typeform's
 * snippet does): pasted as it is, it moves nothing on the host page when the script runs. A
 * host whose CSP forbids inline styles takes it without (`reserve: 'stylesheet'`) and reserves
 * the same height in its own stylesheet (README, "Reserving the widget's space").
 */
export function scriptSnippet(
  appUrl: string,
  settings: AssistantSetup,
  { reserve = 'inline' }: { reserve?: 'inline' | 'stylesheet' } = {},
): string {
  const attributes = widgetDataOf(settings)
    .filter((entry): entry is readonly [UrlParam, string] => !!entry[1])
    .map(([name, value]) => ` data-${name}="${escapeAttribute(value)}"`)
    .join('');
  const style = reserve === 'inline' ? ` style="${RESERVED_HEIGHT_STYLE}"` : '';
  return `<div data-delega${attributes}${style}></div>\n<script src="${escapeAttribute(loaderUrlOf(appUrl))}" async></script>`;
}
