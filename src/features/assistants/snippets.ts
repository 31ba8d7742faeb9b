import { appLink, loaderUrlOf, widgetDataOf, widgetSrc } from '../../config/paths';
import type { UrlParam } from '../../config/url-params';
import { FRAME_ALLOW, FRAME_HEIGHT, frameTitleOf } from '../../embed/widget-frame';
import type { WidgetSettings } from './generator-schema';

/**
 * The three things an assistant copies. `appUrl` is where the app is served (origin and
 * path of the generator page itself), so the code works wherever `dist/` is deployed.
 * Every value is escaped as an HTML attribute: a name like `Ana "la mejor" <3` stays text.
 */

/** The full-page quiz: for emails, social posts and buttons. Carries no widget-only option. */
export const directLinkOf = (appUrl: string, settings: WidgetSettings): string => appLink(appUrl, settings);

/** The widget's address: the src of the plain iframe snippet and of the generator's preview. */
export const widgetSrcOf = (appUrl: string, settings: WidgetSettings): string => widgetSrc(appUrl, settings);

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Works without any script, at a fixed height; the widget scrolls inside it when it needs more. */
export function iframeSnippet(appUrl: string, settings: WidgetSettings): string {
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

/** A placeholder and the loader: the frame follows its content and tells the page when the quiz starts and ends. */
export function scriptSnippet(appUrl: string, settings: WidgetSettings): string {
  const attributes = widgetDataOf(settings)
    .filter((entry): entry is readonly [UrlParam, string] => !!entry[1])
    .map(([name, value]) => ` data-${name}="${escapeAttribute(value)}"`)
    .join('');
  return `<div data-delega${attributes}></div>\n<script src="${escapeAttribute(loaderUrlOf(appUrl))}" async></script>`;
}
