import { expect, type FrameLocator, type Page } from '@playwright/test';
import { paths } from '../../../src/config/paths';
import {
  decideFit,
  DIMENSIONS,
  isComplete,
  scoreAnswers,
  STATEMENTS,
  type Answers,
  type AnswerValue,
  type Fit,
  type Scores,
  type Statement,
} from '../../../src/quiz';
import esCommon from '../../../locales/es/common.json' with { type: 'json' };
import esQuiz from '../../../locales/es/quiz.json' with { type: 'json' };
import esResults from '../../../locales/es/results.json' with { type: 'json' };
import itCommon from '../../../locales/it/common.json' with { type: 'json' };
import itQuiz from '../../../locales/it/quiz.json' with { type: 'json' };
import itResults from '../../../locales/it/results.json' with { type: 'json' };

// The results' strings have their own namespace; the tests read them as `words.<lang>.results`.
export const words = {
  es: { ...esCommon, ...esQuiz, results: esResults },
  it: { ...itCommon, ...itQuiz, results: itResults },
} as const;
export type Lang = keyof typeof words;

export const TOTAL = STATEMENTS.length;

/** The results hash of these scores, as the app builds it. */
export const resultsHash = (scores: Scores) => paths.results(scores);

export const allScores = (score: number, overrides: Partial<Scores> = {}): Scores =>
  ({ ...Object.fromEntries(DIMENSIONS.map((d) => [d, score])), ...overrides }) as Scores;

/** The statement heading on screen (focus lands on it after each step). */
export const statementHeading = (page: Page | FrameLocator) => page.getByRole('heading', { level: 1 });

/** Gives the answer for a statement; a run answers by what the statement is, never by its position. */
export type Choose = (statement: Statement) => AnswerValue;

/**
 * The statement whose text is on screen. A run reads it as a person would, so its answers are
 * keyed by statement id whatever order the quiz asks them in.
 */
export async function statementOnScreen(
  page: Page | FrameLocator,
  lang: Lang,
): Promise<(typeof STATEMENTS)[number]> {
  const text = await statementHeading(page).textContent();
  const statement = STATEMENTS.find((s) => words[lang].statements[s.id] === text);
  if (!statement) throw new Error(`No statement of the bank reads "${text}" in ${lang}`);
  return statement;
}

/**
 * A mixed run: each dimension leans its own way and the answers vary within it, so the
 * scores differ from one dimension to the next and a dimension mixed up with another shows.
 */
export const mixedAnswers: Choose = (statement) => {
  const number = Number(statement.id.split('-').pop());
  return (((DIMENSIONS.indexOf(statement.dimension) + number) % 5) + 1) as AnswerValue;
};

/** What the core makes of a complete run: the scores and the verdict the app must show and send. */
export function expectedOutcome(answers: Answers): { scores: Scores; fit: Fit } {
  const report = scoreAnswers(answers);
  if (!isComplete(report)) throw new Error(`The run left ${report.incomplete.join(', ')} incomplete`);
  return { scores: report.scores, fit: decideFit(report.scores) };
}

/** Looks at each statement before it is answered (`n`: its number on screen). */
export type OnEach = (statement: Statement, n: number) => Promise<void>;

/**
 * Answers `count` statements with the keyboard only: Tab into the scale, arrows to choose,
 * Enter to confirm. Returns the answers given, keyed by statement id.
 */
export async function answerWithKeyboard(
  page: Page,
  lang: Lang,
  count: number,
  choose: Choose,
  onEach?: OnEach,
): Promise<Answers> {
  const answers: Record<string, AnswerValue> = {};
  for (let i = 0; i < count; i++) {
    const heading = statementHeading(page);
    await expect(heading).toBeFocused();
    const statement = await statementOnScreen(page, lang);
    await onEach?.(statement, i + 1);
    const text = words[lang].statements[statement.id];
    await page.keyboard.press('Tab');
    const first = page.getByRole('radio', { name: words[lang].scale['1'], exact: true });
    const checked = await page.getByRole('radio', { checked: true }).count();
    if (checked === 0) {
      await expect(first).toBeFocused();
      await page.keyboard.press('Space');
    }
    // From the selection, move to the wanted value with the arrow keys.
    const current = Number(await page.getByRole('radio', { checked: true }).getAttribute('value'));
    const target = choose(statement);
    const key = target > current ? 'ArrowDown' : 'ArrowUp';
    for (let step = 0; step < Math.abs(target - current); step++) await page.keyboard.press(key);
    await expect(
      page.getByRole('radio', { name: words[lang].scale[String(target) as '1'], exact: true }),
    ).toBeChecked();
    await page.keyboard.press('Enter');
    answers[statement.id] = target;
    if (i < count - 1) await expect(heading).not.toHaveText(text);
  }
  return answers;
}

/**
 * Taps through `count` statements with the pointer (a tap advances by itself), on the page or
 * inside a widget's frame, starting at statement number `from`. Returns the answers given, keyed
 * by statement id in the order they were asked.
 */
export async function answerWithTaps(
  page: Page | FrameLocator,
  lang: Lang,
  count: number,
  choose: Choose,
  onEach?: OnEach,
  from = 1,
): Promise<Answers> {
  const answers: Record<string, AnswerValue> = {};
  for (let i = from - 1; i < from - 1 + count; i++) {
    const step = words[lang].quiz.step
      .replace('{{current}}', String(i + 1))
      .replace('{{total}}', String(TOTAL));
    await expect(page.getByText(step, { exact: true })).toBeVisible();
    const statement = await statementOnScreen(page, lang);
    await onEach?.(statement, i + 1);
    const value = choose(statement);
    await page.getByRole('radio', { name: words[lang].scale[String(value) as '1'], exact: true }).click();
    answers[statement.id] = value;
  }
  return answers;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The results page's heading: whatever the verdict, the page opens on it. */
export const verdictHeading = (page: Page | FrameLocator, lang: Lang) =>
  page.getByRole('heading', {
    level: 1,
    name: new RegExp(
      `^(${Object.values(words[lang].verdicts)
        .map((v) => escape(v.title))
        .join('|')})$`,
    ),
  });

/**
 * The whole results page is there: the verdict and the chart paint first, and the rest (the
 * cards, the actions, the history, the printed footer) a frame later. A check of the whole page,
 * or of something that must not be anywhere on it, waits for this first.
 */
export async function wholeResults(page: Page | FrameLocator, lang: Lang) {
  await expect(verdictHeading(page, lang)).toBeVisible();
  await expect(page.getByRole('region', { name: words[lang].results.cardsTitle })).toBeVisible();
}

export {
  allButTheLast,
  answersUpTo,
  asFinishedRun,
  openResults,
  seedAnswers,
  seedWidgetAnswers,
} from './seed';
