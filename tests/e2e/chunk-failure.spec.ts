import { expect, test, type Page } from '@playwright/test';
import { paths } from '../../src/config/paths';
import { allScores, words, verdictHeading } from './support/quiz';

/**
 * A deploy that removed a file an open tab still needs, or a dropped connection: the visitor
 * sees what happened and a way out, never a blank page, and loses no answer.
 */

const stored = JSON.stringify({ version: 1, answers: { 'tech-1': 4, 'tech-2': 2 }, position: 2 });

/** Answers saved by an earlier visit, as the app saves them. */
async function withSavedAnswers(page: Page, url: string) {
  await page.goto(url);
  await page.evaluate((value) => window.localStorage.setItem('delega:quiz', value), stored);
}

/** Makes the matching files of the build answer 404, as if the deploy had removed them. */
async function remove(page: Page, file: RegExp, containing?: string) {
  await page.route(file, async (route) => {
    if (containing) {
      const response = await route.fetch();
      if (!(await response.text()).includes(containing)) return route.fulfill({ response });
    }
    return route.fulfill({ status: 404, body: 'Not found' });
  });
}

const savedAnswers = (page: Page) => page.evaluate(() => window.localStorage.getItem('delega:quiz'));

test('the results screen missing: a clear message, a reload that works once the file is back', async ({
  page,
}) => {
  await withSavedAnswers(page, './?lang=es');
  await remove(page, /\/assets\/results-screen-[^/]+\.js$/);
  await page.goto(`./?lang=es${paths.results(allScores(80))}`);

  const message = page.getByRole('alert');
  await expect(message).toContainText(words.es.errors.chunk.title);
  expect(await savedAnswers(page)).toBe(stored);

  await page.unroute(/\/assets\/results-screen-[^/]+\.js$/);
  await page.getByRole('button', { name: words.es.errors.chunk.reload }).click();
  await expect(verdictHeading(page, 'es')).toBeVisible();
  expect(await savedAnswers(page)).toBe(stored);
});

test("the active language's strings missing: the page's own message in both languages, then a working reload", async ({
  page,
}) => {
  await withSavedAnswers(page, './?lang=it');
  const commonStrings = /\/assets\/common-[^/]+\.js$/;
  await remove(page, commonStrings, words.it.intro.start);
  await page.reload();

  const message = page.getByRole('alert');
  await expect(message).toBeVisible();
  await expect(message).toContainText('No se ha podido cargar Delega');
  await expect(message).toContainText('Non è stato possibile caricare Delega');
  expect(await savedAnswers(page)).toBe(stored);

  await page.unroute(commonStrings);
  await message.getByRole('button').click();
  await expect(page.getByRole('button', { name: /Riprendi da dove avevi lasciato/ })).toBeVisible();
  await expect(page.getByRole('alert')).toBeHidden();
});
