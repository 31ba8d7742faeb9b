import { expect, test } from '@playwright/test';
import { paths } from '../../src/config/paths';
import { DIMENSIONS, QUIZ_ORDER } from '../../src/quiz';
import {
  answersUpTo,
  answerWithKeyboard,
  answerWithTaps,
  expectedOutcome,
  mixedAnswers,
  resultsHash,
  seedAnswers,
  statementHeading,
  statementOnScreen,
  TOTAL,
  verdictHeading,
  words,
} from './support/quiz';

const shot = (name: string) => ({ path: `artifacts/screenshots/${name}.png`, fullPage: true });

/**
 * One of the suite's two full runs through the UI (the other taps through the widget in Spanish,
 * embed-guest.spec.ts): every other browser test starts from stored answers or a results link.
 */
test('an owner takes the whole quiz in Italian with the keyboard only', async ({ page }, info) => {
  test.setTimeout(90_000); // 35 statements, several keys each
  await page.goto('./?lang=it');
  await page.screenshot(shot(`intro-it-${info.project.name}`));
  // Tab order: language switch (2 buttons), then the start button.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: words.it.intro.start })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText(`Affermazione 1 di ${TOTAL}`)).toBeVisible();
  await page.screenshot(shot(`statement-it-${info.project.name}`));

  // Nothing on a statement's screen says which prerequisite it measures.
  const names = DIMENSIONS.map((d) => words.it.dimensions[d].name);
  const namesNothing = async () => {
    const text = await page.getByRole('main').innerText();
    expect(names.filter((name) => text.includes(name))).toEqual([]);
  };
  // A mix of answers, a different lean in each dimension.
  const answers = await answerWithKeyboard(page, 'it', TOTAL, mixedAnswers, namesNothing);
  // Asked in the one fixed interleaved order (its rules: tests/quiz/order.test.ts).
  expect(Object.keys(answers)).toEqual(QUIZ_ORDER.map((s) => s.id));

  // Exactly the results the core computes from the answers given, in the URL and on screen.
  const { scores, fit } = expectedOutcome(answers);
  await expect.poll(() => new URL(page.url()).hash).toBe(resultsHash(scores));
  // Focus lands on the verdict, the page's heading, and it names the verdict the core decided.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(verdictHeading(page, 'it')).toContainText(words.it.verdicts[fit.verdict].title);
  await expect(page.locator('.radar-frame svg').first()).toBeVisible();
  await expect(
    page.getByRole('region', { name: words.it.results.cardsTitle }).getByRole('group'),
  ).toHaveCount(7);
  // The chart's text alternative is one tap away, as a disclosure under it.
  await page.getByText(words.it.results.tableSummary).click();
  await expect(page.getByRole('table', { name: words.it.results.tableCaption })).toBeVisible();
  await page.screenshot(shot(`results-it-${info.project.name}`));
});

test('switching language mid-quiz keeps every answer and the position', async ({ page }) => {
  const answers = answersUpTo(4, mixedAnswers);
  await seedAnswers(page, answers);
  await page.goto(`./?lang=es${paths.statement(5)}`);
  await expect(page.getByText(`Afirmación 5 de ${TOTAL}`)).toBeVisible();
  const fifth = await statementOnScreen(page, 'es');
  await page.getByRole('button', { name: 'Italiano' }).click();
  await expect(page.getByText(`Affermazione 5 di ${TOTAL}`)).toBeVisible();
  await expect(statementHeading(page)).toHaveText(words.it.statements[fifth.id]);
  for (const n of [4, 3]) {
    await page.getByRole('button', { name: words.it.quiz.back }).click();
    await expect(page.getByText(`Affermazione ${n} di ${TOTAL}`)).toBeVisible();
    const { id } = await statementOnScreen(page, 'it');
    const given = words.it.scale[String(answers[id]) as '1'];
    await expect(page.getByRole('radio', { name: given, exact: true })).toBeChecked();
  }
});

// Next without an answer, and the scale as a radio group: tests/features/statement-step.test.tsx.

test('browser back and forward move between statements and results', async ({ page }) => {
  // Two statements short of the end: each of the two is its own entry in the history.
  const seeded = answersUpTo(TOTAL - 2, mixedAnswers);
  await seedAnswers(page, seeded);
  await page.goto(`./?lang=es${paths.statement(TOTAL - 1)}`);
  const last = await answerWithTaps(page, 'es', 2, mixedAnswers, undefined, TOTAL - 1);
  await expect(verdictHeading(page, 'es')).toBeVisible();
  const results = resultsHash(expectedOutcome({ ...seeded, ...last }).scores);
  expect(new URL(page.url()).hash).toBe(results);
  await page.goBack();
  await expect(page.getByText(`Afirmación ${TOTAL} de ${TOTAL}`)).toBeVisible();
  // Each statement is its own entry in the history: Back walks to the one before.
  await page.goBack();
  await expect(page.getByText(`Afirmación ${TOTAL - 1} de ${TOTAL}`)).toBeVisible();
  await page.goForward();
  await expect(page.getByText(`Afirmación ${TOTAL} de ${TOTAL}`)).toBeVisible();
  await page.goForward();
  await expect(verdictHeading(page, 'es')).toBeVisible();
  expect(new URL(page.url()).hash).toBe(results);
});

test('on a small phone each new statement starts at the top of the screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`./?lang=es${paths.quiz()}`);
  for (let i = 1; i <= 4; i++) {
    await expect(page.getByText(`Afirmación ${i} de ${TOTAL}`)).toBeVisible();
    await page.getByRole('radio', { name: words.es.scale['5'], exact: true }).click(); // the lowest option
    const next = page.getByText(`Afirmación ${i + 1} de ${TOTAL}`);
    await expect(next).toBeVisible();
    await expect.poll(() => next.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
  }
});

test('the widget stays light on a device in dark mode, so it reads on a light host page', async ({
  browser,
}) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('./?lang=es&embed=1');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveCSS('color', 'rgb(26, 29, 33)');
  await page.goto('./?lang=es');
  await expect(heading).toHaveCSS('color', 'rgb(238, 241, 244)'); // the page itself follows the device
  await context.close();
});
