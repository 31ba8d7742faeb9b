import { expect, test } from '@playwright/test';
import { assetFile } from './support/assets';
import { answerWithTaps, mixedAnswers, verdictHeading, words } from './support/quiz';

test('the next page’s code is fetched while the owner reads: the quiz on the intro, the results from the third answer', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  const quizFetched = page.waitForRequest(assetFile('quiz-screen'));
  await page.goto('./?lang=es');
  await quizFetched; // before "start" is pressed
  expect(fetched.some((path) => assetFile('results-screen').test(path))).toBe(false);

  await page.getByRole('button', { name: words.es.intro.start }).click();
  await answerWithTaps(page, 'es', 2, mixedAnswers);
  await expect(page.getByText(`Afirmación 3 de`, { exact: false })).toBeVisible();

  // Not for a glance: no sleep to prove it; the results' code is asked for after the third
  // answer, and a request already made for the first two would leave nothing to wait for here.
  fetched.push('third answer');
  const resultsFetched = page.waitForRequest(assetFile('results-screen'));
  // recharts with it: the radar is drawn in the first frame of the results.
  const radarFetched = page.waitForRequest(assetFile('radar-drawing'));
  await page.getByRole('radio', { name: words.es.scale['4'], exact: true }).click();
  await Promise.all([resultsFetched, radarFetched]); // long before the last answer
  const results = fetched.findIndex((path) => assetFile('results-screen').test(path));
  expect(results).toBeGreaterThan(fetched.indexOf('third answer'));
  await expect(page.getByText(`Afirmación 4 de`, { exact: false })).toBeVisible();
  await expect(verdictHeading(page, 'es')).toHaveCount(0);
});
