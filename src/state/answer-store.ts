// Direct imports, not the '../quiz' barrel: it would bring zod/mini (schemas.ts) into the first screen.
import { furthestReachable } from '../quiz/progress';
import { salvageAnswers } from '../quiz/salvage';
import type { Answers, AnswerValue } from '../quiz/statement';
import type { SafeStorage } from '../lib/safe-storage';

/**
 * The quiz in progress: answers and the statement on screen, saved after every change so a
 * reload resumes at the same place. What is read back is salvaged, never trusted.
 */
export interface QuizState {
  readonly answers: Answers;
  /** Position in QUIZ_ORDER of the statement on screen. */
  readonly position: number;
}

/**
 * Why stored progress could not be used as it was; shown once to the user.
 * - `damaged`: part of the saved answers was unreadable, the rest is here;
 * - `damaged-all`: saved progress was there but nothing of it could be read;
 * - `not-saved`: nothing can be saved in this browser (blocked storage, private mode);
 * - `full`: earlier answers are saved and were read back, but new ones cannot be saved.
 */
export type StoreNotice = 'damaged' | 'damaged-all' | 'not-saved' | 'full' | null;

import { QUIZ_STORAGE_KEY } from './storage-keys';

export { QUIZ_STORAGE_KEY };

/**
 * Where a run is saved. The page keeps `delega:quiz`; each widget keeps its own, named after
 * its frame (the loader names it after the placeholder's `data-id`, or the host page's path and
 * the placeholder's position), so two widgets, or two pages of one site, never share answers.
 */
export const quizStorageKey = (embedded: boolean, frameName: string): string =>
  embedded ? `${QUIZ_STORAGE_KEY}@${frameName.slice(0, 200)}` : QUIZ_STORAGE_KEY;

/**
 * Version 2: `position` counts in QUIZ_ORDER (the interleaved order). Version 1 counted in the
 * old grouped order, so its position means another statement now: a version-1 state resumes at
 * the first unanswered statement instead. Answers are keyed by id in both and carry over.
 */
const VERSION = 2;
const KNOWN_VERSIONS: readonly unknown[] = [1, VERSION];
const EMPTY: QuizState = { answers: {}, position: 0 };

const clampPosition = (position: unknown, answers: Answers): number => {
  const limit = furthestReachable(answers);
  return Number.isInteger(position) ? Math.min(Math.max(position as number, 0), limit) : limit;
};

/** Reads whatever is stored, keeping each answer that is still valid (also from older formats). */
export function readQuizState(raw: string | null): { state: QuizState; damaged: boolean } {
  if (raw === null) return { state: EMPTY, damaged: false };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { state: EMPTY, damaged: true };
  }
  const record = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : null;
  // Versions 1 and 2 are `{ version, answers, position }`; a bare answers object is accepted as the oldest format.
  const source = record && 'answers' in record ? record.answers : record;
  const { answers, dropped } = salvageAnswers(source);
  const wrongShape = !record || (record.version !== undefined && !KNOWN_VERSIONS.includes(record.version));
  // Only a version-2 position points into today's order; anything older resumes at the first gap.
  const position = record?.version === VERSION ? record.position : undefined;
  return {
    state: { answers, position: clampPosition(position, answers) },
    damaged: dropped > 0 || (wrongShape && Object.keys(answers).length === 0),
  };
}

export interface AnswerStore {
  getState(): QuizState;
  /** Which run of the quiz this is in this visit: 0, then one more after every `clear()`. */
  getRun(): number;
  getNotice(): StoreNotice;
  subscribe(listener: () => void): () => void;
  answer(statementId: string, value: AnswerValue): void;
  goTo(position: number): void;
  clear(): void;
  dismissNotice(): void;
  /**
   * Takes the answers another tab or widget of the same site just saved, so that this one's
   * next save does not overwrite them with an older copy. Keeps this view's position.
   */
  syncFromStorage(): void;
}

const hasAnswers = (state: QuizState) => Object.keys(state.answers).length > 0;

export function createAnswerStore(storage: SafeStorage, key = QUIZ_STORAGE_KEY): AnswerStore {
  const initial = readQuizState(storage.read(key));
  let state = initial.state;
  // Some progress sits in storage: "cannot save" then means "cannot save the new answers".
  let somethingSaved = hasAnswers(state);
  let notice: StoreNotice = initial.damaged ? (somethingSaved ? 'damaged' : 'damaged-all') : null;
  const listeners = new Set<() => void>();
  let warnedNotSaved = false;
  let run = 0;
  const warnIfNotSaved = () => {
    if (storage.persistent || warnedNotSaved) return;
    warnedNotSaved = true;
    notice = somethingSaved ? 'full' : 'not-saved';
  };
  // Read back, but storage refuses writes (full): say so now, before the next answer is lost.
  if (somethingSaved && !notice) warnIfNotSaved();

  const save = () => {
    storage.write(key, JSON.stringify({ version: VERSION, ...state }));
    if (storage.persistent) somethingSaved = hasAnswers(state);
  };

  const commit = (next: QuizState) => {
    state = next;
    save();
    warnIfNotSaved();
    listeners.forEach((listener) => listener());
  };

  return {
    getState: () => state,
    getRun: () => run,
    getNotice: () => notice,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    // A tap saves at once and its auto-advance confirms it: the same answer is written once.
    answer: (statementId, value) => {
      if (state.answers[statementId] !== value) {
        commit({ ...state, answers: { ...state.answers, [statementId]: value } });
      }
    },
    goTo: (position) => commit({ ...state, position: clampPosition(position, state.answers) }),
    clear() {
      storage.remove(key);
      state = EMPTY;
      run += 1;
      somethingSaved = false;
      listeners.forEach((listener) => listener());
    },
    syncFromStorage() {
      const { state: saved, damaged } = readQuizState(storage.read(key));
      // A damaged write (another tab, an extension, a bug) must not cost this tab its answers:
      // keep them, add whatever valid the other copy holds, and save the repaired whole.
      const answers = damaged ? { ...state.answers, ...saved.answers } : saved.answers;
      state = { answers, position: clampPosition(state.position, answers) };
      if (damaged) save();
      listeners.forEach((listener) => listener());
    },
    dismissNotice() {
      notice = null;
      listeners.forEach((listener) => listener());
    },
  };
}
