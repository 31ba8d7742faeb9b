import { expect, test, type Page } from '@playwright/test';
import { paths } from '../../src/config/paths';
import {
  allScores,
  answersUpTo,
  seedAnswers,
  statementHeading,
  TOTAL,
  verdictHeading,
  words,
  type Lang,
} from './support/quiz';

const shot = (name: string) => ({ path: `artifacts/screenshots/${name}.png` });
const stepText = (lang: Lang, n: number) =>
  words[lang].quiz.step.replace('{{current}}', String(n)).replace('{{total}}', String(TOTAL));
/** Taps an answer and waits for the next statement, so the next tap cannot land on this one. */
const tap = async (page: Page, lang: Lang, value: 1 | 2 | 3 | 4 | 5) => {
  const before = await statementHeading(page).textContent();
  await page.getByRole('radio', { name: words[lang].scale[String(value) as '1'], exact: true }).click();
  await expect(statementHeading(page)).not.toHaveText(before ?? '');
};

// The order and the absence of dimension names are checked on every statement of the two full
// runs (quiz.spec.ts, embed-guest.spec.ts); the repeated-dimension message of a link in
// tests/features/results.test.tsx.

test('the intro fits a 360 × 740 phone without scrolling, in both languages', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const lang of ['es', 'it'] as const) {
    await page.goto(`./?lang=${lang}`);
    await expect(page.getByRole('button', { name: words[lang].intro.start })).toBeVisible();
    await expect(page.getByText(words[lang].intro.noRightAnswers)).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    expect(overflow, lang).toBeLessThanOrEqual(0);
    await page.screenshot(shot(`instrument-intro-${lang}`));
  }
});

test('es: Back and Forward move between statements with their answers; a reload stays put', async ({
  page,
}) => {
  await page.goto('./?lang=es');
  await page.getByRole('button', { name: words.es.intro.start }).click();
  for (const value of [5, 2, 4] as const) await tap(page, 'es', value);
  await expect(page.getByText(stepText('es', 4), { exact: true })).toBeVisible();

  await page.goBack();
  await expect(page.getByText(stepText('es', 3), { exact: true })).toBeVisible();
  await expect(page.getByRole('radio', { name: words.es.scale['4'], exact: true })).toBeChecked();
  await page.goForward();
  await expect(page.getByText(stepText('es', 4), { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByText(stepText('es', 4), { exact: true })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${paths.statement(4)}$`));

  // One Back at a time, each seen on screen, as a person presses it.
  await page.goBack();
  await expect(page.getByText(stepText('es', 3), { exact: true })).toBeVisible();
  await page.goBack();
  await expect(page.getByText(stepText('es', 2), { exact: true })).toBeVisible();
  await expect(page.getByRole('radio', { name: words.es.scale['2'], exact: true })).toBeChecked();
  await page.goBack();
  await expect(page.getByText(stepText('es', 1), { exact: true })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('button', { name: /Seguir donde lo dejaste \(3 de 35\)/ })).toBeVisible();
});

test('es: a results link opened right after a tap stays on the results', async ({ page }) => {
  // The page's clock runs only when told: "a moment later" comes after the results are open.
  await page.clock.install();
  await seedAnswers(
    page,
    answersUpTo(1, () => 4),
  );
  await page.goto(`./?lang=es${paths.statement(2)}`);
  await expect(page.getByText(stepText('es', 2), { exact: true })).toBeVisible();
  await page.clock.pauseAt(Date.now() + 60_000);
  // A tap advances a moment later; leaving within that moment must not bring the quiz back,
  // even while the results are still loading their own code.
  await page.getByRole('radio', { name: words.es.scale['4'], exact: true }).click();
  await page.goto(`./?lang=es${paths.results(allScores(85))}`);
  await page.clock.runFor(1_000); // past the advance's delay, whatever the results are doing meanwhile
  await expect(page).toHaveURL(/#results\?/);
  await expect(verdictHeading(page, 'es')).toBeVisible();
});

// A link to a statement not reachable yet: tests/features/quiz-screen.test.tsx.

test('it: "save and exit" keeps the answers for the intro to offer; "start again" asks first, over a backdrop with no stray border', async ({
  page,
}) => {
  await page.goto('./?lang=it');
  await page.getByRole('button', { name: words.it.intro.start }).click();
  await tap(page, 'it', 5);
  await tap(page, 'it', 3);
  await page.getByRole('button', { name: words.it.quiz.saveAndExit }).click();
  const resume = page.getByRole('button', { name: 'Riprendi da dove avevi lasciato (2 di 35)' });
  await expect(resume).toBeVisible();
  await resume.click();
  await expect(page.getByText(stepText('it', 3), { exact: true })).toBeVisible();

  await page.getByRole('button', { name: words.it.quiz.startOver }).click();
  const dialog = page.getByRole('dialog', { name: words.it.intro.startOverConfirm.title });
  await expect(dialog).toBeVisible();
  const look = await dialog.evaluate((el) => ({
    backdrop: getComputedStyle(el, '::backdrop').backgroundColor,
    border: getComputedStyle(el).borderTopWidth,
  }));
  expect(look).toEqual({ backdrop: 'rgba(0, 0, 0, 0.5)', border: '0px' });
  await page.screenshot(shot('instrument-start-again-it'));
  await dialog.getByRole('button', { name: words.it.intro.startOverConfirm.confirm }).click();
  await expect(page.getByText(stepText('it', 1), { exact: true })).toBeVisible();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
});
