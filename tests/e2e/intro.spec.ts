import { expect, test } from '@playwright/test';

const headings = {
  es: '¿Es el momento de trabajar con un asistente virtual?',
  it: 'È il momento di lavorare con un assistente virtuale?',
} as const;

test('the intro opens in the language of ?lang (Spanish for an unknown one), with its lang attribute and its switch', async ({
  page,
}) => {
  for (const [query, lang] of [
    ['es', 'es'],
    ['it', 'it'],
    ['fr', 'es'],
  ] as const) {
    const heading = headings[lang];
    await page.goto(`./?lang=${query}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('navigation', { name: lang === 'es' ? 'Idioma' : 'Lingua' })).toBeVisible();
  }
});

test('the language switch changes the words, the lang attribute and the title', async ({ page }) => {
  await page.goto('./?lang=es');
  await page.getByRole('button', { name: 'Italiano' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headings.it);
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  await expect(page).toHaveTitle(/È il momento/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headings.it);
});

test('without ?lang the browser language decides, then the last choice wins', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'it-IT' });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headings.it);
  await page.getByRole('button', { name: 'Español' }).click();
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headings.es);
  await context.close();
});
