import { expect, test, type Page } from '@playwright/test';
import { paths } from '../../src/config/paths';

import type { AnswerValue, Statement } from '../../src/quiz';
import { QUIZ_STORAGE_KEY } from '../../src/state/storage-keys';
import {
  allButTheLast,
  allScores,
  answerWithTaps,
  resultsHash,
  seedAnswers,
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

/**
 * Layout differs between a phone and a wide screen: the tests tagged @both run in both projects,
 * in Spanish on the phone and in Italian on the wide screen, so each language meets each layout
 * somewhere without running every test twice.
 */
const langOf = (project: string): Lang => (project === 'desktop' ? 'it' : 'es');

test.describe('results @both', () => {
  test('the first screen holds the verdict, a priority, the share action and where the chart is', async ({
    page,
  }, info) => {
    const lang = langOf(info.project.name);
    const w = words[lang];
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

    // An employee's verdict, with what it asks of the owner: the pointer to the chart is still there.
    await page.goto(
      `./?lang=${lang}${resultsHash(allScores(80, { procedures: 39, trust: 41, delegation: 55 }))}`,
    );
    await expect(page.getByRole('heading', { level: 1, name: w.verdicts.employee.title })).toBeVisible();
    await expectInsideViewport(page, page.getByText(w.results.chartBelow));
  });

  test('the radar is large, every label on screen, and nothing in it takes focus', async ({ page }, info) => {
    const lang = langOf(info.project.name);
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
  // At most four screens with the cards closed, every verdict in both languages: report.spec.ts.
});

// Each verdict's link shows it and prints on one A4 page with its reasons: report.spec.ts.

test('a finished run is remembered: the next one shows two outlines and each dimension’s change', async ({
  page,
}) => {
  const errors = trackErrors(page);
  // The first run, one answer short: finishing it through the UI is what records it.
  // A careful owner, less ready the first time (a straight line would get no verdict).
  const lessReady = (statement: Statement): AnswerValue => (statement.reverse ? 4 : 2);
  const first = allButTheLast(lessReady);
  await seedAnswers(page, first);
  await page.goto(`./?lang=es${paths.statement(TOTAL)}`);
  await answerWithTaps(page, 'es', 1, lessReady, undefined, TOTAL);
  await expect(verdictHeading(page, 'es')).toBeVisible();
  // The first run has nothing to compare with.
  await wholeResults(page, 'es');
  await expect(page.locator('.radar-previous')).toHaveCount(0);
  const firstUrl = page.url();

  await page.getByRole('button', { name: words.es.results.restart }).click();
  await page.getByRole('button', { name: words.es.results.restartConfirm.confirm }).click();
  await expect(page.getByRole('button', { name: words.es.intro.start, exact: true })).toBeVisible();
  // The second run, again one short of the end, stored as the app stores it; then the last answer.
  const readier = (statement: Statement): AnswerValue =>
    statement.reverse ? 2 : statement.id.endsWith('-1') ? 5 : 4;
  const second = allButTheLast(readier);
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    [QUIZ_STORAGE_KEY, JSON.stringify({ version: 2, answers: second, position: TOTAL - 1 })],
  );
  await page.reload();
  await page.getByRole('button', { name: `Seguir donde lo dejaste (${TOTAL - 1} de ${TOTAL})` }).click();
  await answerWithTaps(page, 'es', 1, readier, undefined, TOTAL);
  await expect(verdictHeading(page, 'es')).toBeVisible();
  expect(page.url()).not.toBe(firstUrl);

  await expect(page.locator('.radar-area')).toHaveCount(1);
  await expect(page.locator('.radar-previous')).toHaveCount(1);
  await expect(page.getByText(/^La vez anterior \(/)).toBeVisible();
  const cards = page.getByRole('region', { name: words.es.results.cardsTitle }).getByRole('group');
  await expect(cards).toHaveCount(7);
  for (const card of await cards.all()) {
    await expect(card.locator('summary')).toContainText(/[+−-]\d+|Igual que el/);
  }
  await page.getByText(words.es.results.tableSummary).click();
  await expect(page.getByRole('table', { name: words.es.results.tableCaption })).toContainText('(+');
  await page.screenshot(shot('results-history-es-phone'));

  // Delete the history: one confirmed action, and the comparison is gone.
  await page.getByRole('button', { name: words.es.results.history.delete }).click();
  await page.getByRole('button', { name: words.es.results.history.deleteConfirm.confirm }).click();
  await expect(page.locator('.radar-previous')).toHaveCount(0);
  await expect(page.getByText(words.es.results.history.deleted)).toBeVisible();
  expect(errors).toEqual([]);
});

// A results link opened in a browser that never finished a run shows no history:
// tests/features/results.test.tsx and tests/state/run-history.dom.test.ts.

test('blocked storage hides the history and breaks nothing', async ({ page }) => {
  const errors = trackErrors(page);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  // Answering with blocked storage: bad-input.spec.ts; recording nothing: run-history.dom.test.ts.
  await page.goto(`./?lang=it${resultsHash(allScores(70, { trust: 35 }))}`);
  await expect(page.locator('.radar-frame svg')).toBeVisible();
  await wholeResults(page, 'it');
  await expect(page.getByRole('region', { name: words.it.results.history.title })).toHaveCount(0);
  await expect(page.locator('.radar-previous')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('share uses the device’s share sheet with the link and a one-line summary', async ({ page }) => {
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

// Axe on results with an earlier run: accessibility.spec.ts.
