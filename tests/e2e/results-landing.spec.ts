import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  allScores,
  answerWithTaps,
  resultsHash,
  TOTAL,
  verdictHeading,
  wholeResults,
  words,
  type Lang,
} from './support/quiz';

const verdictLinks = {
  employee: allScores(80, { supervision: 20, procedures: 25, delegation: 30 }),
  'not-yet': allScores(80, { trust: 30 }),
  'assistant-after-prep': allScores(55, { tech: 30 }),
  assistant: allScores(85, { communication: 60 }),
} as const;

const shot = (name: string) => ({ path: `artifacts/screenshots/${name}.png`, fullPage: true });

/** Errors a person would not see but that mean something broke. */
function trackErrors(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

async function expectInsideViewport(page: Page, locator: ReturnType<Page['locator']>) {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box, 'element is rendered').not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
}

for (const lang of ['es', 'it'] as Lang[]) {
  const w = words[lang];

  test.describe(`results in ${lang} @both`, () => {
    test('the first screen holds the verdict, a priority, the share action and where the chart is', async ({
      page,
    }, info) => {
      // Three low dimensions with long names: the longest reason and priorities there are.
      const scores = allScores(80, { tech: 30, communication: 35, teamwork: 20 });
      await page.goto(`./?lang=${lang}${resultsHash(scores)}`);
      const heading = page.getByRole('heading', { level: 1, name: w.verdicts['assistant-after-prep'].title });
      await expect(heading).toBeVisible();
      await page.screenshot({ ...shot(`results-first-${lang}-${info.project.name}`), fullPage: false });
      await expectInsideViewport(page, heading);
      await expectInsideViewport(page, page.getByText(w.results.verdictMarks['assistant-after-prep']));
      const priorities = page.getByRole('region', { name: w.results.prioritiesTitle });
      await expectInsideViewport(page, priorities.getByRole('listitem').first());
      await expectInsideViewport(page, page.getByRole('button', { name: w.results.share.button }));
    });

    test('the first screen says where the chart is', async ({ page }) => {
      await page.goto(
        `./?lang=${lang}${resultsHash(allScores(80, { procedures: 39, trust: 41, delegation: 55 }))}`,
      );
      await expect(page.getByRole('heading', { level: 1, name: w.verdicts.employee.title })).toBeVisible();
      await expectInsideViewport(page, page.getByText(w.results.chartBelow));
    });

    test('the radar is large, every label on screen, and nothing in it takes focus', async ({
      page,
    }, info) => {
      await page.goto(`./?lang=${lang}${resultsHash(allScores(62, { trust: 30, procedures: 45 }))}`);
      const grid = page.locator('.radar-ring-100');
      await expect(grid).toBeVisible();
      const gridBox = (await grid.boundingBox())!;
      expect(gridBox.width).toBeGreaterThanOrEqual(info.project.name === 'phone' ? 200 : 400);
      const viewport = page.viewportSize()!;
      for (const label of await page.locator('.radar-label').all()) {
        const box = (await label.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      }
      // Each axis shows its score; the band rings are there.
      await expect(page.locator('.radar-label-score')).toHaveText(['62', '62', '62', '30', '62', '45', '62']);
      await expect(page.locator('.radar-ring-40')).toHaveCount(1);
      await expect(page.locator('.radar-ring-70')).toHaveCount(1);

      // Tab through the whole page: focus never lands inside the chart.
      const stops: string[] = [];
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        stops.push(
          await page.evaluate(() => {
            const active = document.activeElement;
            if (!active || active === document.body) return 'body';
            return active.closest('.radar-frame') ? 'CHART' : active.tagName;
          }),
        );
      }
      expect(stops).not.toContain('CHART');
    });

    test('with the cards closed the page is at most four screens tall', async ({ page }) => {
      await page.goto(`./?lang=${lang}${resultsHash(allScores(62, { trust: 30, procedures: 45 }))}`);
      // A statement's heading is a level-1 heading too: wait for the results' address first.
      await expect(page).toHaveURL(/#results\?/);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const cards = page.getByRole('region', { name: w.results.cardsTitle }).getByRole('group');
      await expect(cards).toHaveCount(7);
      // The priorities start open; the owner closes them by their summary.
      for (const card of await cards.all()) {
        if (await card.evaluate((details) => (details as HTMLDetailsElement).open)) {
          await card.locator('summary').click();
        }
      }
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height).toBeLessThanOrEqual(4 * page.viewportSize()!.height);
    });

    for (const [verdict, scores] of Object.entries(verdictLinks)) {
      test(`"${verdict}" prints on exactly one A4 page with the chart, the link and the contact`, async ({
        page,
      }) => {
        await page.goto(`./?lang=${lang}&va=Ana&contact=mailto:ana@example.com${resultsHash(scores)}`);
        await expect(page.locator('.radar-frame svg')).toBeVisible();
        await page.emulateMedia({ media: 'print' });
        await expect(page.locator('.radar-frame svg')).toBeVisible();
        await expect(page.getByRole('region', { name: w.results.prioritiesTitle })).toBeVisible();
        await expect(page.getByRole('table', { name: w.results.tableCaption })).toBeVisible();
        await expect(page.getByRole('button', { name: w.results.print })).toBeHidden();
        await expect(page.getByText(/#results\?tech=/).last()).toBeVisible();
        await expect(page.getByText(/Ana · ana@example\.com/)).toBeVisible();
        const pdf = await page.pdf({ format: 'A4' });
        const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
        expect(pages).toBe(1);
      });
    }
  });
}

test('two runs in a row show two outlines and each dimension’s change @both', async ({ page }, info) => {
  test.setTimeout(120_000);
  const errors = trackErrors(page);
  await page.goto('./?lang=es');
  await page.getByRole('button', { name: words.es.intro.start }).click();
  await answerWithTaps(page, 'es', TOTAL, () => 2);
  await expect(verdictHeading(page, 'es')).toBeVisible();
  // The first run has nothing to compare with.
  await expect(page.locator('.radar-previous')).toHaveCount(0);
  const first = page.url();

  await page.getByRole('button', { name: words.es.results.restart }).click();
  await page.getByRole('button', { name: words.es.results.restartConfirm.confirm }).click();
  await page.getByRole('button', { name: words.es.intro.start }).click();
  await answerWithTaps(page, 'es', TOTAL, (statement) => (statement.id.endsWith('-1') ? 5 : 4));
  await expect(verdictHeading(page, 'es')).toBeVisible();
  expect(page.url()).not.toBe(first);

  await expect(page.locator('.radar-area')).toHaveCount(1);
  await expect(page.locator('.radar-previous')).toHaveCount(1);
  await expect(page.getByText(/^La vez anterior \(/)).toBeVisible();
  const cards = page.getByRole('region', { name: words.es.results.cardsTitle }).getByRole('group');
  await expect(cards).toHaveCount(7);
  for (const card of await cards.all()) {
    await expect(card.locator('summary')).toContainText(/[+−-]\d+|Igual que el/);
  }
  await expect(page.getByRole('table', { name: words.es.results.tableCaption })).toContainText('(+');
  await page.screenshot(shot(`results-history-es-${info.project.name}`));

  // Delete the history: one confirmed action, and the comparison is gone.
  await page.getByRole('button', { name: words.es.results.history.delete }).click();
  await page.getByRole('button', { name: words.es.results.history.deleteConfirm.confirm }).click();
  await expect(page.locator('.radar-previous')).toHaveCount(0);
  await expect(page.getByText(words.es.results.history.deleted)).toBeVisible();
  expect(errors).toEqual([]);
});

test('a results link opened in another browser shows no history and no error', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const errors = trackErrors(page);
  await page.goto(`./?lang=it${resultsHash(allScores(70, { trust: 35 }))}`);
  await expect(
    page.getByRole('heading', { level: 1, name: words.it.verdicts['not-yet'].title }),
  ).toBeVisible();
  await wholeResults(page, 'it');
  await expect(page.locator('.radar-previous')).toHaveCount(0);
  await expect(page.getByRole('region', { name: words.it.results.history.title })).toHaveCount(0);
  expect(errors).toEqual([]);
  await context.close();
});

test('blocked storage hides the history and breaks nothing @both', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = trackErrors(page);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('./?lang=it');
  await page.getByRole('button', { name: words.it.intro.start }).click();
  await answerWithTaps(page, 'it', TOTAL, () => 4);
  // A statement's heading is a level-1 heading too: wait for the results' address first.
  await expect(page).toHaveURL(/#results\?/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.radar-frame svg')).toBeVisible();
  await wholeResults(page, 'it');
  await expect(page.getByRole('region', { name: words.it.results.history.title })).toHaveCount(0);
  await expect(page.locator('.radar-previous')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('share uses the device’s share sheet with the link and a one-line summary @both', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { shared: unknown[] }).shared = [];
    Object.defineProperty(navigator, 'share', {
      value: (data: unknown) => {
        (window as unknown as { shared: unknown[] }).shared.push(data);
        return Promise.resolve();
      },
    });
  });
  await page.goto(`./?lang=es${resultsHash(verdictLinks.assistant)}`);
  await page.getByRole('button', { name: words.es.results.share.button }).click();
  const shared = (await page.evaluate(() => (window as unknown as { shared: unknown[] }).shared)) as {
    url: string;
    text: string;
  }[];
  expect(shared).toHaveLength(1);
  expect(shared[0]!.url).toContain('#results?tech=85&communication=60');
  expect(shared[0]!.text).toContain(words.es.results.share.summary.assistant);
});

test('without a share sheet, share copies the link and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`./?lang=it${resultsHash(verdictLinks['not-yet'])}`);
  await page.getByRole('button', { name: words.it.results.share.button }).click();
  await expect(page.getByRole('status').filter({ hasText: words.it.results.copied })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('#results?tech=80');
});

test('an https contact: the "copied" note is on screen before the assistant’s page opens', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await context.route('https://ana.example.com/**', (route) => route.fulfill({ body: 'Ana' }));
  await page.goto(`./?lang=es&va=Ana&contact=https://ana.example.com/contacto${resultsHash(allScores(85))}`);
  const popup = context.waitForEvent('page');
  await page.getByRole('link', { name: 'Enviar mis resultados a Ana' }).click();
  const note = page.getByRole('status').filter({ hasText: /Hemos copiado el enlace/ });
  await expect(note).toBeVisible();
  expect(context.pages()).toHaveLength(1); // the new tab is not open yet
  const tab = await popup;
  expect(tab.url()).toBe('https://ana.example.com/contacto');
  await expect(note).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('#results?tech=85');
});

test('results with an earlier run have no accessibility violations @both', async ({ page }) => {
  test.setTimeout(60_000);
  const now = allScores(70, { trust: 45 });
  await page.addInitScript(
    ([earlier, latest]) =>
      localStorage.setItem(
        'delega:history',
        JSON.stringify({
          version: 1,
          runs: [
            { date: '2026-03-12T10:00:00.000Z', scores: earlier },
            { date: '2026-04-12T10:00:00.000Z', scores: latest },
          ],
        }),
      ),
    [allScores(50), now],
  );
  await page.goto(`./?lang=es&va=Ana&contact=https://ana.example.com${resultsHash(now)}`);
  await expect(page.locator('.radar-previous')).toHaveCount(1);
  await wholeResults(page, 'es');
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
