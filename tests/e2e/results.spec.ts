import { expect, test, type Page } from '@playwright/test';
import { QUIZ_STORAGE_KEY, readQuizState } from '../../src/state/answer-store';
import esView from '../../locales/es/assistant-view.json' with { type: 'json' };
import { allScores, answersUpTo, mixedAnswers, resultsHash, seedAnswers, TOTAL, words } from './support/quiz';

/** How many answers this browser keeps for the quiz, read back as the app reads them. */
const storedAnswerCount = async (page: Page) => {
  const raw = await page.evaluate((key) => window.localStorage.getItem(key), QUIZ_STORAGE_KEY);
  return Object.keys(readQuizState(raw).state.answers).length;
};

// A results link for each verdict shows it and its chart: results-landing.spec.ts (print on A4).

test('the copied results link opens the same results in a new page', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const scores = allScores(72, { tech: 45, procedures: 38 });
  await page.goto(`./?lang=it&va=Giulia&accent=%23aa3366${resultsHash(scores)}`);
  await page.getByRole('button', { name: words.it.results.copyShort }).click();
  await expect(page.getByRole('status').filter({ hasText: words.it.results.copied })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('lang=it');
  expect(link).toContain('va=Giulia');
  expect(link).toContain('accent=%23aa3366');
  expect(link).toContain(
    '#results?tech=45&communication=72&delegation=72&trust=72&supervision=72&procedures=38&teamwork=72',
  );

  const other = await context.newPage();
  await other.goto(link);
  await expect(
    other.getByRole('heading', { level: 1, name: words.it.verdicts.employee.title }),
  ).toBeVisible();
  await other.getByText(words.it.results.tableSummary).click();
  const table = other.getByRole('table', { name: words.it.results.tableCaption });
  await expect(table.getByRole('row', { name: /Procedure 38/ })).toBeVisible();
  await expect(other.getByText('Questionario offerto da Giulia')).toBeVisible();
});

test('results show seven cards, weakest first, each with its band advice', async ({ page }) => {
  await page.goto(`./?lang=es${resultsHash(allScores(75, { trust: 55, teamwork: 20 }))}`);
  const cards = page.getByRole('region', { name: words.es.results.cardsTitle }).getByRole('group');
  await expect(cards).toHaveCount(7);
  await expect(cards.first().getByRole('heading', { level: 3 })).toHaveText(
    words.es.dimensions.teamwork.name,
  );
  await expect(cards.first()).toContainText(words.es.dimensions.teamwork.bands.low.steps[0]!);
  await expect(cards.nth(1).getByRole('heading', { level: 3 })).toHaveText(words.es.dimensions.trust.name);
  await expect(cards.nth(1)).toContainText(words.es.dimensions.trust.bands.medium.summary);
  // A closed card opens from its summary, and the page stays where it was.
  const third = cards.nth(2);
  await third.locator('summary').scrollIntoViewIfNeeded();
  const before = await third.locator('summary').boundingBox();
  await third.locator('summary').click();
  await expect(third.getByText(words.es.dimensions.tech.bands.high.summary)).toBeVisible();
  expect((await third.locator('summary').boundingBox())!.y).toBeCloseTo(before!.y, 0);
});

const damaged = {
  'a missing dimension':
    '#results?tech=50&communication=50&delegation=50&trust=50&supervision=50&procedures=50',
  'a score of 101':
    '#results?tech=101&communication=50&delegation=50&trust=50&supervision=50&procedures=50&teamwork=50',
  letters:
    '#results?tech=abc&communication=50&delegation=50&trust=50&supervision=50&procedures=50&teamwork=50',
  'no scores at all': '#results',
};

test('a damaged results link explains itself and offers the quiz, whatever the damage', async ({ page }) => {
  for (const [damage, hash] of Object.entries(damaged)) {
    await page.goto(`./?lang=es${hash}`);
    await expect(
      page.getByRole('heading', { level: 1, name: words.es.results.damaged.title }),
      damage,
    ).toBeVisible();
    await expect(page.getByText('NaN')).toHaveCount(0);
    await page.getByRole('button', { name: words.es.results.damaged.takeQuiz }).click();
    await expect(page.getByText('Afirmación 1 de 35'), damage).toBeVisible();
  }
});

test('send to the assistant builds a prefilled e-mail with the owner’s link and the assistant’s reading', async ({
  page,
}) => {
  const scores = allScores(75, { procedures: 45, communication: 30 });
  await page.goto(`./?lang=es&va=Ana&contact=mailto:ana@example.com${resultsHash(scores)}`);
  const send = page.getByRole('link', { name: 'Enviar mis resultados a Ana' });
  const href = (await send.getAttribute('href')) ?? '';
  expect(href.startsWith('mailto:ana@example.com?subject=')).toBe(true);
  const body = new URLSearchParams(href.split('?')[1]).get('body') ?? '';
  // Greeted without the name field, which may be a business's: "Hola, Estudio Gómez:" reads oddly.
  expect(body.split('\n')[0]).toBe(words.es.results.mail.greeting);
  expect(body).toContain(words.es.verdicts['assistant-after-prep'].mailLabel); // a neutral label, not advice to the owner
  const links = body.match(/https?:\/\/\S+/g) ?? [];
  expect(links).toHaveLength(2);
  const [owner, reading] = links.map((link) => new URL(link));
  expect(owner!.hash).toBe(resultsHash(scores));
  expect(owner!.searchParams.get('view')).toBeNull();
  expect(reading!.searchParams.get('view')).toBe('assistant');
  expect(reading!.searchParams.get('lang')).toBe('es');
  expect(reading!.hash).toBe(owner!.hash);
  expect(body).toContain(words.es.results.mail.assistantLink.replace('{{link}}', reading!.href));

  await page.goto(reading!.href);
  await expect(page.getByRole('heading', { level: 1, name: esView.title })).toBeVisible();
});

test('send to the assistant opens WhatsApp with the verdict and both links for a wa.me contact', async ({
  page,
}) => {
  // A link from before WhatsApp was a contact of its own: the same address, now a chat.
  await page.goto(`./?lang=it&va=Anna&contact=https://wa.me/393471234567${resultsHash(allScores(85))}`);
  const send = page.getByRole('link', { name: 'Invia i miei risultati a Anna' });
  await expect(send).toHaveAccessibleDescription('Via WhatsApp al numero +393471234567');
  const href = new URL((await send.getAttribute('href')) ?? '');
  expect(href.origin + href.pathname).toBe('https://wa.me/393471234567');
  expect(await send.getAttribute('target')).toBe('_blank');
  const text = href.searchParams.get('text') ?? '';
  expect(text.startsWith(words.it.results.whatsapp.intro)).toBe(true);
  expect(text).toContain(words.it.verdicts.assistant.mailLabel);
  const links = text.match(/https?:\/\/\S+/g) ?? [];
  expect(links).toHaveLength(2);
  const [owner, reading] = links.map((link) => new URL(link));
  expect(owner!.hash).toBe(resultsHash(allScores(85)));
  expect(owner!.searchParams.get('contact')).toBe('https://wa.me/393471234567');
  expect(reading!.hash).toBe(resultsHash(allScores(85)));
  expect(reading!.searchParams.get('view')).toBe('assistant');
  // Nothing is copied and no page opens first: that is what a web page contact does.
  await send.evaluate((link) => link.addEventListener('click', (event) => event.preventDefault()));
  await send.click();
  await expect(page.getByRole('status').filter({ hasText: words.it.results.copied })).toHaveCount(0);
});

test('restart asks first, then clears the answers', async ({ page }) => {
  // Answers from an earlier visit.
  await seedAnswers(page, answersUpTo(3, mixedAnswers));
  const resume = page.getByRole('button', { name: `Seguir donde lo dejaste (3 de ${TOTAL})` });
  await page.goto(`./?lang=es${resultsHash(allScores(85))}`);

  await page.getByRole('button', { name: words.es.results.restart }).click();
  const dialog = page.getByRole('dialog', { name: words.es.results.restartConfirm.title });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: words.es.results.restartConfirm.cancel }).click();
  await expect(dialog).toBeHidden();
  expect(await storedAnswerCount(page)).toBe(3); // cancelling keeps them

  await page.getByRole('button', { name: words.es.results.restart }).click();
  await page.getByRole('button', { name: words.es.results.restartConfirm.confirm }).click();
  await expect(page.getByRole('heading', { level: 1, name: words.es.intro.heading })).toBeFocused();
  await expect(page.getByRole('button', { name: words.es.intro.start, exact: true })).toBeVisible();
  await expect(resume).toHaveCount(0);
  expect(await storedAnswerCount(page)).toBe(0);
  await page.reload(); // gone from storage too, not only from this page
  await expect(page.getByRole('button', { name: words.es.intro.start, exact: true })).toBeVisible();
  await expect(resume).toHaveCount(0);
});

test('in the widget, the restart confirmation opens in place, next to its button', async ({ page }) => {
  await page.goto(`./?lang=it&embed=1${resultsHash(allScores(85))}`);
  const restart = page.getByRole('button', { name: words.it.results.restart });
  await restart.click();
  const dialog = page.getByRole('dialog', { name: words.it.results.restartConfirm.title });
  await expect(dialog).toBeVisible();
  const [button, box] = [await restart.boundingBox(), await dialog.boundingBox()];
  expect(box!.y).toBeGreaterThan(button!.y);
  expect(box!.y - button!.y).toBeLessThan(200);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
