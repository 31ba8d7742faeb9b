/**
 * The conversation between the widget (the app with `embed=1`) and the page that embeds it
 * (README, "For assistants"). Shared by the app, which posts, and the loader, which checks,
 * so both always agree on the shape. Plain TypeScript, no DOM beyond types: the loader
 * bundles it and must stay tiny.
 */

/** Widget → host. */
export type HostMessage =
  | { type: 'delega:resize'; height: number }
  | { type: 'delega:start' }
  | { type: 'delega:complete'; verdict: string; scores?: Record<string, number> };

/**
 * Host → widget: "I size this frame to your content", sent by the loader after each resize.
 * Until it arrives the widget keeps its own scrollbar, so a plain fixed-height iframe (no
 * loader) still shows everything.
 */
export const AUTOSIZE_REPLY = { type: 'delega:autosize' } as const;

/**
 * The tallest a frame gets. Results read with a large default font on a narrow phone can be
 * taller (24 px at 320 px: about 24,000 px): the loader clamps to this, never drops the
 * message, and the widget then scrolls inside the frame (host-bridge.ts).
 */
export const MAX_FRAME_HEIGHT = 20_000;

/** A reported height as the loader applies it: whole pixels, 1 … MAX_FRAME_HEIGHT. */
export const clampHeight = (height: number): number => Math.min(Math.ceil(height), MAX_FRAME_HEIGHT);

/** True for a well-formed message; anything else is ignored, never half-trusted. */
export function isHostMessage(data: unknown): data is HostMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  switch (message.type) {
    case 'delega:resize':
      // Any positive finite height: too tall is clamped (clampHeight), not lost.
      return typeof message.height === 'number' && Number.isFinite(message.height) && message.height > 0;
    case 'delega:start':
      return true;
    case 'delega:complete':
      return (
        typeof message.verdict === 'string' &&
        /^[a-z-]{1,30}$/.test(message.verdict) &&
        (message.scores === undefined || isScores(message.scores))
      );
    default:
      return false;
  }
}

export const isAutosizeReply = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && (data as { type?: unknown }).type === AUTOSIZE_REPLY.type;

const isScores = (value: unknown): value is Record<string, number> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.entries(value).every(
    ([key, score]) => /^[a-z]{1,20}$/.test(key) && Number.isInteger(score) && score >= 0 && score <= 100,
  );

/**
 * What a host page's listener receives as `event.detail`: rebuilt field by field, so nothing
 * but the documented fields crosses from the message to the host page.
 */
export function detailOf(message: Exclude<HostMessage, { type: 'delega:resize' }>): Record<string, unknown> {
  if (message.type === 'delega:start') return {};
  return message.scores
    ? { verdict: message.verdict, scores: { ...message.scores } }
    : { verdict: message.verdict };
}
