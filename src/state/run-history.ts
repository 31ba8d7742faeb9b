import { DIMENSIONS, type Dimension } from '../quiz/dimensions';
import { isScore } from '../quiz/score';
import type { Scores } from '../quiz/score-answers';
import type { SafeStorage } from '../lib/safe-storage';

/**
 * Every finished run of the quiz (date and the seven scores), kept in this browser only so the
 * results can show progress without an account. Read back salvaged, never trusted; when the
 * storage cannot keep anything (blocked, private mode) the feature is simply not offered.
 */
export interface Run {
  /** ISO 8601 date and time of the last answer. */
  readonly date: string;
  readonly scores: Scores;
}

export interface RunHistory {
  /** False when nothing would survive a reload: the results then show no history at all. */
  readonly available: () => boolean;
  /** Oldest first, at most {@link HISTORY_LIMIT}. */
  list(): readonly Run[];
  /** Keeps a finished run; returns it (its date is its identity), or nothing when storage cannot keep it. */
  record(scores: Scores, when?: Date): Run | undefined;
  clear(): void;
  subscribe(listener: () => void): () => void;
}

export const HISTORY_STORAGE_KEY = 'delega:history';
export const HISTORY_LIMIT = 10;
const VERSION = 1;

function runOf(value: unknown): Run | null {
  if (typeof value !== 'object' || value === null) return null;
  const { date, scores } = value as { date?: unknown; scores?: unknown };
  if (typeof date !== 'string' || Number.isNaN(Date.parse(date))) return null;
  if (typeof scores !== 'object' || scores === null) return null;
  const kept = {} as Record<Dimension, number>;
  for (const dimension of DIMENSIONS) {
    const score = (scores as Record<string, unknown>)[dimension];
    if (!isScore(score)) return null;
    kept[dimension] = score;
  }
  return { date: new Date(date).toISOString(), scores: kept };
}

/** The runs that are still readable, oldest first; anything damaged is dropped, never thrown. */
export function readRuns(raw: string | null): Run[] {
  if (raw === null) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return [];
  }
  const runs = (parsed as { runs?: unknown } | null)?.runs;
  if (!Array.isArray(runs)) return [];
  return runs
    .map(runOf)
    .filter((run): run is Run => run !== null)
    .sort((a, b) => a.date.localeCompare(b.date))
    .slice(-HISTORY_LIMIT);
}

/**
 * The run on screen, found by its identity (its date, which the tab that finished it keeps in
 * the history entry: `runOnScreen`), and the run before it. Results opened from a link carry
 * no run: they are scores, not a run of this browser, and are compared with nothing, even when
 * another run happened to score the same.
 */
export function compareRuns(
  runs: readonly Run[],
  run: string | undefined,
): { current?: Run; previous?: Run } {
  const index = run === undefined ? -1 : runs.findIndex((r) => r.date === run);
  return index < 0 ? {} : { current: runs[index], previous: runs[index - 1] };
}

export function createRunHistory(storage: SafeStorage): RunHistory {
  const listeners = new Set<() => void>();
  let runs = readRuns(storage.read(HISTORY_STORAGE_KEY));
  const notify = () => listeners.forEach((listener) => listener());
  return {
    available: () => storage.persistent,
    list: () => runs,
    record(scores, when = new Date()) {
      if (!storage.persistent) return undefined;
      const run = { date: when.toISOString(), scores };
      // Another tab may have finished a run meanwhile: start from what is stored now.
      runs = [...readRuns(storage.read(HISTORY_STORAGE_KEY)), run].slice(-HISTORY_LIMIT);
      storage.write(HISTORY_STORAGE_KEY, JSON.stringify({ version: VERSION, runs }));
      notify();
      return run;
    },
    clear() {
      storage.remove(HISTORY_STORAGE_KEY);
      runs = [];
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
