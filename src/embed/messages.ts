/**
 * What the widget tells its host page (README, "Embedding"). Shared by the app, which
 * posts, and the loader, which checks, so both always agree on the shape.
 */
export const MESSAGE_PREFIX = 'delega:';

export type HostMessage =
  | { type: 'delega:resize'; height: number }
  | { type: 'delega:start' }
  | { type: 'delega:complete'; verdict: string; scores?: Record<string, number> };

export const MAX_FRAME_HEIGHT = 20_000;

/** True for a well-formed message; anything else is ignored, never half-trusted. */
export function isHostMessage(data: unknown): data is HostMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  switch (message.type) {
    case 'delega:resize':
      return typeof message.height === 'number' && message.height > 0 && message.height <= MAX_FRAME_HEIGHT;
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

const isScores = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  Object.entries(value).every(
    ([key, score]) => /^[a-z]{1,20}$/.test(key) && Number.isInteger(score) && score >= 0 && score <= 100,
  );
