import type { Frame, Page } from '@playwright/test';
import { QUIZ_ORDER, type Answers, type AnswerValue, type Scores, type Statement } from '../../../src/quiz';
import { QUIZ_STORAGE_KEY } from '../../../src/state/storage-keys';
import { paths } from '../../../src/config/paths';

/**
 * Stored state instead of replayed steps: a test that is about what happens after some answers
 * starts from those answers as the app itself stores them, and leaves the two full runs through
 * the UI (quiz.spec.ts, embed-guest.spec.ts) to prove that answering stores them so.
 */

/** The first `count` statements in the order the quiz asks them, answered by `choose`. */
export function answersUpTo(count: number, choose: (statement: Statement) => AnswerValue): Answers {
  return Object.fromEntries(QUIZ_ORDER.slice(0, count).map((s) => [s.id, choose(s)]));
}

/** Every statement but the last one asked: the owner stopped one short of the results. */
export const allButTheLast = (choose: (statement: Statement) => AnswerValue) =>
  answersUpTo(QUIZ_ORDER.length - 1, choose);

/** The quiz in progress exactly as the answer store saves it (version 2: position in QUIZ_ORDER). */
export const storedProgress = (answers: Answers, position = Object.keys(answers).length) =>
  JSON.stringify({ version: 2, answers, position });

/**
 * Puts `answers` in this browser's storage before the app's first script runs, once: a reload
 * later in the test reads what the app itself saved since, not the seed again.
 */
export async function seedAnswers(page: Page, answers: Answers, position?: number) {
  await page.addInitScript(
    ({ key, value }) => {
      if (window.top !== window || sessionStorage.getItem(`seeded:${key}`)) return;
      localStorage.setItem(key, value);
      sessionStorage.setItem(`seeded:${key}`, '1');
    },
    { key: QUIZ_STORAGE_KEY, value: storedProgress(answers, position) },
  );
}

/**
 * The same inside a widget's frame, which keeps its progress under its own key (named after the
 * frame) in storage partitioned by the host's site: written from the frame, read on the next load.
 */
export const seedWidgetAnswers = (frame: Frame, answers: Answers) =>
  frame.evaluate(
    ({ key, value }) => {
      // The widget's key names the page that embeds it, as the browser says (quizStorageKey).
      const embedder = location.ancestorOrigins[0] ?? '?';
      localStorage.setItem(`${key}@${embedder} ${window.name}`, value);
    },
    { key: QUIZ_STORAGE_KEY, value: storedProgress(answers) },
  );

/** Opens a results link as someone who received it: `query` is the link's query, without `?`. */
export const openResults = (page: Page, scores: Scores, query = 'lang=es') =>
  page.goto(`./?${query}${paths.results(scores)}`);

/**
 * The results on screen as the tab that finished the run shows them: its history entry names
 * the run (its date), which a link opened anew does not; a reload keeps the entry's state.
 */
export async function asFinishedRun(page: Page, date: string) {
  await page.evaluate((run) => history.replaceState({ run }, '', location.href), date);
  await page.reload();
}
