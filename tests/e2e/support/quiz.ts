import { expect, type Page } from '@playwright/test';
import { paths } from '../../../src/config/paths';
import { DIMENSIONS, type Scores } from '../../../src/quiz';
import esCommon from '../../../locales/es/common.json' with { type: 'json' };
import esQuiz from '../../../locales/es/quiz.json' with { type: 'json' };
import itCommon from '../../../locales/it/common.json' with { type: 'json' };
import itQuiz from '../../../locales/it/quiz.json' with { type: 'json' };

export const words = { es: { ...esCommon, ...esQuiz }, it: { ...itCommon, ...itQuiz } } as const;
export type Lang = keyof typeof words;

export const TOTAL = 35;

/** The results hash of these scores, as the app builds it. */
export const resultsHash = (scores: Scores) => paths.results(scores);

export const allScores = (score: number, overrides: Partial<Scores> = {}): Scores =>
  ({ ...Object.fromEntries(DIMENSIONS.map((d) => [d, score])), ...overrides }) as Scores;

/** The statement heading on screen (focus lands on it after each step). */
export const statementHeading = (page: Page) => page.getByRole('heading', { level: 1 });

/**
 * Answers `count` statements with the keyboard only: Tab into the scale, arrows to choose,
 * Enter to confirm. `choose(i)` gives the 1–5 answer for the i-th statement.
 */
export async function answerWithKeyboard(
  page: Page,
  lang: Lang,
  count: number,
  choose: (i: number) => number,
) {
  for (let i = 0; i < count; i++) {
    const heading = statementHeading(page);
    await expect(heading).toBeFocused();
    const before = await heading.textContent();
    await page.keyboard.press('Tab');
    const first = page.getByRole('radio', { name: words[lang].scale['1'], exact: true });
    const checked = await page.getByRole('radio', { checked: true }).count();
    if (checked === 0) {
      await expect(first).toBeFocused();
      await page.keyboard.press('Space');
    }
    // From the selection, move to the wanted value with the arrow keys.
    const current = Number(await page.getByRole('radio', { checked: true }).getAttribute('value'));
    const target = choose(i);
    const key = target > current ? 'ArrowDown' : 'ArrowUp';
    for (let step = 0; step < Math.abs(target - current); step++) await page.keyboard.press(key);
    await expect(
      page.getByRole('radio', { name: words[lang].scale[String(target) as '1'], exact: true }),
    ).toBeChecked();
    await page.keyboard.press('Enter');
    if (i < count - 1) await expect(heading).not.toHaveText(before ?? '');
  }
}

/** Clicks through `count` statements with the pointer (a tap advances by itself). */
export async function answerWithTaps(page: Page, lang: Lang, count: number, choose: (i: number) => number) {
  for (let i = 0; i < count; i++) {
    const step = words[lang].quiz.step
      .replace('{{current}}', String(i + 1))
      .replace('{{total}}', String(TOTAL));
    await expect(page.getByText(step, { exact: true })).toBeVisible();
    await page.getByRole('radio', { name: words[lang].scale[String(choose(i)) as '1'], exact: true }).click();
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The results page's heading: whatever the verdict, the page opens on it. */
export const verdictHeading = (page: Page, lang: Lang) =>
  page.getByRole('heading', {
    level: 1,
    name: new RegExp(
      `^(${Object.values(words[lang].verdicts)
        .map((v) => escape(v.title))
        .join('|')})$`,
    ),
  });
