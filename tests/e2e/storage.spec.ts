import { expect, test, type Page } from '@playwright/test';
import { paths } from '../../src/config/paths';
import { answersUpTo, seedAnswers, TOTAL, words } from './support/quiz';

/**
 * Saved progress when storage misbehaves (README, "Privacy"): a full quota, and another tab of
 * the same site writing something damaged. Nothing the visitor answered may be lost silently.
 */

/** From the next page load on, every localStorage write fails as a full quota does. */
const fillStorage = (page: Page) =>
  page.addInitScript(() => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });

test('storage that fills up mid-quiz: after a reload the saved answers are still there, and the visitor is told new ones will not be kept', async ({
  page,
}) => {
  await seedAnswers(
    page,
    answersUpTo(3, () => 4),
  );
  await page.goto(`./?lang=es${paths.statement(4)}`);
  await expect(page.getByText(`Afirmación 4 de ${TOTAL}`)).toBeVisible();

  await fillStorage(page);
  await page.goto('./?lang=es');
  await expect(page.getByRole('status').getByText(words.es.storage.full)).toBeVisible();
  const resume = page.getByRole('button', { name: `Seguir donde lo dejaste (3 de ${TOTAL})` });
  await expect(resume).toBeVisible();
  await resume.click();
  await expect(page.getByText(`Afirmación 4 de ${TOTAL}`)).toBeVisible();
});

test('another tab writing damaged progress does not cost this tab its answers, whatever the damage', async ({
  page,
  context,
}) => {
  await seedAnswers(
    page,
    answersUpTo(4, () => 2),
  );
  await page.goto(`./?lang=es${paths.statement(5)}`);
  let next = 5;
  for (const [damage, written] of [
    ['cut short', '{"version":1,"answers":'],
    // Valid JSON that reads as "nothing answered": it used to wipe this tab's answers.
    ['an empty object', '{}'],
    ['answers of null', '{"answers":null}'],
  ] as const) {
    await test.step(damage, async () => {
      await expect(page.getByText(`Afirmación ${next} de ${TOTAL}`)).toBeVisible();
      // A second tab of the same site (another version, an extension, a bug) writes garbage.
      const other = await context.newPage();
      await other.goto('./?lang=es');
      await other.evaluate((value) => localStorage.setItem('delega:quiz', value), written);
      await other.close();
      // This tab keeps its place and answers, and its next answer is saved with all the others.
      await expect(page.getByText(`Afirmación ${next} de ${TOTAL}`)).toBeVisible();
      await page.getByRole('radio', { name: words.es.scale['3'], exact: true }).click();
      next += 1;
      await expect(page.getByText(`Afirmación ${next} de ${TOTAL}`)).toBeVisible();
    });
  }
  await page.goto('./?lang=es');
  await expect(
    page.getByRole('button', { name: `Seguir donde lo dejaste (${next - 1} de ${TOTAL})` }),
  ).toBeVisible();
  // Nothing was lost, so nothing to apologise for.
  await expect(page.getByText(words.es.storage.damaged)).toHaveCount(0);
  await expect(page.getByText(words.es.storage['damaged-all'])).toHaveCount(0);
});

// Progress damaged beyond repair says so, without claiming any answer survived: bad-input.spec.ts
// (invalid JSON, a wrong shape) and tests/state/answer-store.test.ts.
