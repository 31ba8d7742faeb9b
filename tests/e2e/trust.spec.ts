import { expect, test, type Page } from '@playwright/test';
import esView from '../../locales/es/assistant-view.json' with { type: 'json' };
import itView from '../../locales/it/assistant-view.json' with { type: 'json' };
import { paths } from '../../src/config/paths';
import { QUIZ_ORDER, type AnswerValue, type Statement } from '../../src/quiz';
import { QUIZ_STORAGE_KEY } from '../../src/state/storage-keys';
import { allScores, statementOnScreen, verdictHeading, words, type Lang } from './support/quiz';

// An answer to trust (issue 19): answers that say nothing get no verdict, on the owner's page,
// on the link opened fresh and in the assistant's reading; the advice follows the verdict.

const view = { es: esView, it: itView } as const;

/**
 * A run that has reached its last statement: every other answer is stored, as after 34 taps,
 * and the owner answers the last one on screen, which ends the run.
 */
async function finishRun(page: Page, lang: Lang, choose: (statement: Statement) => AnswerValue) {
  const answers = Object.fromEntries(QUIZ_ORDER.slice(0, -1).map((s) => [s.id, choose(s)]));
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) localStorage.setItem(key, value);
      sessionStorage.setItem('seeded', '1');
    },
    [QUIZ_STORAGE_KEY, JSON.stringify({ version: 2, answers, position: QUIZ_ORDER.length - 1 })] as const,
  );
  await page.goto(`./?lang=${lang}${paths.quiz()}`);
  const last = await statementOnScreen(page, lang);
  expect(last.id).toBe(QUIZ_ORDER.at(-1)!.id);
  await page
    .getByRole('radio', { name: words[lang].scale[String(choose(last)) as '1'], exact: true })
    .click();
}

/** The page says there is no result, why, and offers to answer again; no verdict anywhere. */
async function expectNoVerdict(page: Page, lang: Lang, flags: readonly string[]) {
  const results = words[lang].results;
  await expect(page.getByRole('heading', { level: 1, name: results.unclear.title })).toBeVisible();
  for (const flag of flags) {
    await expect(page.getByText(results.unclear.flags[flag as 'same-answer'])).toBeVisible();
  }
  await expect(page.getByRole('button', { name: results.unclear.again })).toBeVisible();
  await expect(page.getByRole('region', { name: results.actionsTitle })).toBeVisible();
  await expect(verdictHeading(page, lang)).toHaveCount(0);
  await expect(page.getByRole('region', { name: results.prioritiesTitle })).toHaveCount(0);
}

/** The same link opened where nothing is stored, for the owner and with view=assistant. */
async function expectSameOnFreshLinks(page: Page, lang: Lang, flags: readonly string[]) {
  const link = page.url();
  expect(new URL(link).hash).toContain(`check=${flags.join('%2C')}`);
  const fresh = await page.context().browser()!.newPage();
  await fresh.goto(link);
  await expectNoVerdict(fresh, lang, flags);
  const reading = new URL(link);
  reading.searchParams.set('view', 'assistant');
  await fresh.goto(reading.href);
  await expect(fresh.getByRole('heading', { level: 2, name: view[lang].unclear.title })).toBeVisible();
  await expect(
    fresh.getByRole('heading', { level: 2, name: view[lang].unclear.questionsTitle }),
  ).toBeVisible();
  await expect(fresh.getByRole('heading', { name: view[lang].planTitle })).toHaveCount(0);
  await expect(
    fresh.getByRole('heading', { name: view[lang].decision['take-with-conditions'].title }),
  ).toHaveCount(0);
  await fresh.close();
}

test('agreeing with every statement gets no verdict, here, on the link and in the assistant’s reading', async ({
  page,
}) => {
  await finishRun(page, 'es', () => 5);
  await expectNoVerdict(page, 'es', ['same-answer', 'agree-both']);
  await expectSameOnFreshLinks(page, 'es', ['same-answer', 'agree-both']);
});

test('a neutral answer to every statement gets no verdict, in Italian too', async ({ page }) => {
  await finishRun(page, 'it', () => 3);
  await expectNoVerdict(page, 'it', ['same-answer']);
  await expectSameOnFreshLinks(page, 'it', ['same-answer']);
});

test('disagreeing with every statement gets no verdict; answering again starts from nothing', async ({
  page,
}) => {
  await finishRun(page, 'es', () => 1);
  await expectNoVerdict(page, 'es', ['same-answer', 'disagree-both']);
  await expectSameOnFreshLinks(page, 'es', ['same-answer', 'disagree-both']);
  await page.getByRole('button', { name: words.es.results.unclear.again }).click();
  await expect(
    page.getByText(words.es.quiz.step.replace('{{current}}', '1').replace('{{total}}', '35')),
  ).toBeVisible();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  expect(await page.evaluate((key) => localStorage.getItem(key), QUIZ_STORAGE_KEY)).toBeNull();
});

test('a careful extreme run keeps its verdict: every statement agreed, every opposite disagreed', async ({
  page,
}) => {
  await finishRun(page, 'es', (s) => (s.reverse ? 1 : 5));
  await expect(
    page.getByRole('heading', { level: 1, name: words.es.verdicts.assistant.title }),
  ).toBeVisible();
  expect(new URL(page.url()).hash).not.toContain('check=');
});

test('an employee link’s first steps name what decided it; its assistant reading has no 30-day plan', async ({
  page,
}) => {
  const scores = allScores(80, { supervision: 20, tech: 30 });
  await page.goto(`./?lang=es${paths.results(scores)}`);
  const steps = page.getByRole('region', { name: words.es.results.nextSteps.hireTitle });
  await expect(steps).toContainText(words.es.dimensions.supervision.name);
  await expect(steps).toContainText(words.es.verdicts.employee.next);
  await expect(steps).not.toContainText(words.es.dimensions.tech.name); // lower, but not deciding
  await page.goto(`./?lang=es&view=assistant${paths.results(scores)}`);
  await expect(
    page.getByRole('heading', { level: 2, name: esView.decision['suggest-employee'].title }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: esView.handoverTitle })).toBeVisible();
  await expect(page.getByRole('heading', { name: esView.planTitle })).toHaveCount(0);
});
