import type { HostMessage } from '../embed/messages';

/**
 * The page around the app, when it is a widget: the one answer to "am I embedded?" and the one
 * way to talk to the host. Outside widget mode it is a no-op, so callers never ask first.
 */
export interface Host {
  readonly embedded: boolean;
  /**
   * The origin that may receive the scores: a site listed in `report-to` that is the page
   * around the widget (report-target.ts). Undefined: the host hears the verdict only.
   */
  readonly scoresRecipient?: string | undefined;
  /** `targetOrigin` is '*' unless the message carries scores (src/services/report-target.ts). */
  notify(message: HostMessage, targetOrigin?: string): void;
}

/**
 * By default the target is '*', because a widget cannot know which site embeds it, so what it
 * says that way is harmless by design: a height, "started", and the verdict. Scores travel
 * only with `targetOrigin` set to an origin the assistant listed: the browser then drops the
 * message if the parent is anyone else. Scores addressed to '*' are never sent.
 */
export function createHost(
  embedded: boolean,
  parent: Window = window.parent,
  scoresRecipient?: string,
): Host {
  const framed = embedded && parent !== window;
  return {
    embedded,
    scoresRecipient: framed ? scoresRecipient : undefined,
    notify(message, targetOrigin = '*') {
      if (message.type === 'delega:complete' && message.scores && targetOrigin === '*') return;
      if (framed) parent.postMessage(message, targetOrigin);
    },
  };
}
