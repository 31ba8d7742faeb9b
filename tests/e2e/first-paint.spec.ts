import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { paths } from '../../src/config/paths';
import { assetFile } from './support/assets';
import { allScores, wholeResults, words } from './support/quiz';

const shot = (name: string) => ({ path: `artifacts/screenshots/${name}.png` });
const introHeading = (page: Page) => page.getByRole('heading', { level: 1 });

/** The app's own modules answer with nothing: what shows is what the HTML and startup.js paint. */
const withoutModules = (page: Page) =>
  page.route(/\/assets\/.*\.js$/, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }),
  );

test('the built index.html holds the intro of both languages before any script runs', () => {
  const html = readFileSync('dist/index.html', 'utf8');
  for (const lang of ['es', 'it'] as const) {
    expect(html).toContain(`<h1 id="_${lang}-`);
    for (const text of [
      words[lang].intro.heading,
      words[lang].intro.promise,
      words[lang].intro.noRightAnswers,
    ]) {
      expect(html).toContain(text);
    }
  }
  // The CSP stays strict: no inline script or style came with the prerender.
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  expect(html).not.toMatch(/\sstyle=/);
});

for (const lang of ['es', 'it'] as const) {
  const other = lang === 'es' ? 'it' : 'es';

  test(`${lang}: before the app's code runs, the first paint is the intro in ${lang} only`, async ({
    browser,
  }) => {
    // The link decides; then the choice made before; then the browser's language (the whole order:
    // tests/startup/first-paint.test.ts). Each language by the link, and by one of the other two.
    const ways = [
      { url: `./?lang=${lang}`, locale: `${other}-XX`, choice: other },
      lang === 'es'
        ? { url: './', locale: `${other}-XX`, choice: lang }
        : { url: './', locale: `${lang}-XX`, choice: undefined },
    ];
    for (const { url, locale, choice } of ways) {
      const context = await browser.newContext({ locale, viewport: { width: 360, height: 740 } });
      if (choice) await context.addInitScript((value) => localStorage.setItem('delega:lang', value), choice);
      const page = await context.newPage();
      await withoutModules(page);
      await page.goto(url);
      await expect(introHeading(page), `${url} (${locale}, chosen: ${choice})`).toHaveText(
        words[lang].intro.heading,
      );
      await expect(page.getByText(words[other].intro.heading)).toBeHidden();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('button', { name: words[lang].intro.start })).toBeVisible();
      if (url === `./?lang=${lang}`) await page.screenshot(shot(`first-paint-${lang}`));
      await context.close();
    }
  });
}

test('a results link paints no intro while its code loads', async ({ page }) => {
  await withoutModules(page);
  await page.goto(`./?lang=it${paths.results(allScores(80))}`);
  await expect(page.getByText(words.it.intro.heading)).toBeHidden();
  await expect(page.getByText(words.es.intro.heading)).toBeHidden();
});

test('saved answers: until the app runs, the intro holds its buttons back instead of offering a fresh start', async ({
  page,
}) => {
  await page.addInitScript(() =>
    localStorage.setItem(
      'delega:quiz',
      JSON.stringify({ version: 2, answers: { 'tech-1': 4 }, position: 1 }),
    ),
  );
  await withoutModules(page);
  await page.goto('./?lang=es');
  await expect(introHeading(page)).toHaveText(words.es.intro.heading);
  await expect(page.getByRole('button', { name: words.es.intro.start })).toBeHidden();
});

test('the app takes over the intro painted from HTML without painting it again', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  // Marks the heading the HTML parser creates, before any of the app's code runs.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const heading = document.querySelector('#intro-es h1');
      if (!heading) return;
      heading.setAttribute('data-from-html', '');
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('./?lang=es');
  // Only a running app answers the switch; a click before it runs is simply repeated.
  await expect(async () => {
    await page.getByRole('button', { name: 'Italiano' }).click();
    await expect(introHeading(page)).toHaveText(words.it.intro.heading, { timeout: 500 });
  }).toPass();
  // The same heading element, its words switched: React took over the HTML's (hydration).
  await expect(page.locator('h1[data-from-html]')).toHaveCount(1);
  await expect(page.locator('.prerendered')).toHaveCount(0); // one copy left: the app's
  await expect(page.locator('#root')).toHaveCount(1);
  expect(errors).toEqual([]); // no hydration mismatch
});

test('without JavaScript: the intro in both languages and a message that the quiz needs it', async ({
  browser,
}) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 360, height: 740 },
  });
  const page = await context.newPage();
  await page.goto('./?lang=it');
  await expect(page.getByText('El cuestionario necesita JavaScript')).toBeVisible();
  await expect(page.getByText('Il questionario ha bisogno di JavaScript')).toBeVisible();
  for (const lang of ['es', 'it'] as const) {
    await expect(page.getByRole('heading', { level: 1, name: words[lang].intro.heading })).toBeVisible();
    await expect(page.getByText(words[lang].intro.noRightAnswers)).toBeVisible();
    // Nothing to press that would do nothing.
    await expect(page.getByRole('button', { name: words[lang].intro.start })).toBeHidden();
  }
  await page.screenshot(shot('first-paint-no-javascript'));
  await context.close();
});

test('an assistant’s link: the intro painted from HTML does not move when the app writes who offers it', async ({
  browser,
}) => {
  const url = './?lang=es&va=Ana';
  const headingTop = async (blockModules: boolean) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    if (blockModules) await withoutModules(page);
    await page.goto(url);
    if (!blockModules) await expect(page.getByText('Cuestionario ofrecido por Ana')).toBeVisible();
    const top = (await introHeading(page).boundingBox())?.y;
    await context.close();
    return top;
  };
  const before = await headingTop(true);
  const after = await headingTop(false);
  expect(before).toBeDefined();
  expect(Math.abs(before! - after!)).toBeLessThanOrEqual(1);
});

test('a results link asks for its own screen while the app’s start-up code is still on its way', async ({
  page,
}) => {
  await page.route(assetFile('start'), () => undefined); // never answered
  const screen = page.waitForRequest(assetFile('results-screen'));
  const styles = page.waitForRequest(assetFile('results-screen', 'css'));
  await page.goto(`./?lang=it${paths.results(allScores(80))}`, { waitUntil: 'commit' });
  await Promise.all([screen, styles]);
});

test('a results link asks for the start-up code and the stylesheet, which every page waits for, before its own screen', async ({
  page,
}) => {
  const asked: string[] = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  await page.goto(`./?lang=es${paths.results(allScores(80))}`);
  await wholeResults(page, 'es');
  const first = (pattern: RegExp) => asked.findIndex((path) => pattern.test(path));
  const screen = first(assetFile('results-screen'));
  expect(screen).toBeGreaterThan(0);
  // Over HTTP/1.1 only six files travel at once: the start chunk must not queue behind the screen's.
  expect(first(assetFile('start'))).toBeLessThan(screen);
  expect(first(assetFile('index', 'css'))).toBeLessThan(screen);
});
