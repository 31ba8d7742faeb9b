import type { HostMessage } from '../embed/messages';

/**
 * The page around the app, when it is a widget: the one answer to "am I embedded?" and the one
 * way to talk to the host. Outside widget mode it is a no-op, so callers never ask first.
 */
export interface Host {
  readonly embedded: boolean;
  notify(message: HostMessage): void;
}

/**
 * The target is '*' because a widget cannot know which site embeds it; what it says is harmless
 * by design: a height, "started", and the verdict (scores only when the assistant opted in).
 */
export function createHost(embedded: boolean, parent: Window = window.parent): Host {
  const framed = embedded && parent !== window;
  return {
    embedded,
    notify(message) {
      if (framed) parent.postMessage(message, '*');
    },
  };
}
