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
  record(scores: Scores, when?: Date): void;
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

export const sameScores = (a: Scores, b: Scores): boolean => DIMENSIONS.every((d) => a[d] === b[d]);

/**
 * The latest recorded run with these scores, and the run before it. A results link opened
 * where it was not taken matches nothing: no comparison, and no error.
 */
export function compareRuns(runs: readonly Run[], scores: Scores): { current?: Run; previous?: Run } {
  for (let i = runs.length - 1; i >= 0; i--) {
    if (sameScores(runs[i]!.scores, scores)) return { current: runs[i], previous: runs[i - 1] };
  }
  return {};
}

export function createRunHistory(storage: SafeStorage): RunHistory {
  const listeners = new Set<() => void>();
  let runs = readRuns(storage.read(HISTORY_STORAGE_KEY));
  const notify = () => listeners.forEach((listener) => listener());
  return {
    available: () => storage.persistent,
    list: () => runs,
    record(scores, when = new Date()) {
      if (!storage.persistent) return;
      // Another tab may have finished a run meanwhile: start from what is stored now.
      runs = [...readRuns(storage.read(HISTORY_STORAGE_KEY)), { date: when.toISOString(), scores }].slice(
        -HISTORY_LIMIT,
      );
      storage.write(HISTORY_STORAGE_KEY, JSON.stringify({ version: VERSION, runs }));
      notify();
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
