/**
 * A chunk of the app that could not be fetched: after a deploy removed the old files, or on a
 * flaky network. The error boundary offers to reload the page, which keeps the answers.
 */
export class ChunkLoadError extends Error {
  override readonly name = 'ChunkLoadError';
}

/**
 * Tries an import twice before giving up: a dropped connection should not strand the visitor.
 * React.lazy caches a failed import for good, so after this the way out is a reload, which the
 * error boundary offers when it sees a ChunkLoadError.
 */
export async function importWithRetry<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch {
    try {
      return await load();
    } catch (error) {
      throw new ChunkLoadError('A part of the app could not be loaded', { cause: error });
    }
  }
}

/** A part of the app in a chunk of its own: fetched once, then at hand without waiting. */
export interface Chunk<T> {
  /** Fetches it (once; again after a failure, since a reload may succeed). */
  load(): Promise<T>;
  /** What it holds once it has arrived, for a render that must not wait a tick. */
  loaded(): T | undefined;
}

/** A chunk made for one app (no module-level cache: two apps, or two tests, keep their own). */
export function createChunk<T>(load: () => Promise<T>): Chunk<T> {
  let loaded: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    load: () =>
      (pending ??= importWithRetry(load).then(
        (value) => (loaded = value),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      )),
    loaded: () => loaded,
  };
}
