import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { paths } from '../../src/config/paths';
import { allScores, asFinishedRun, resultsHash, wholeResults, type Lang } from './support/quiz';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/**
 * Each screen in both layouts (phone and wide), and each language in both, without running every
 * screen four times: the languages alternate between the screens and swap with the project.
 */
const langFor = (project: string, onPhone: Lang): Lang =>
  project === 'desktop' ? (onPhone === 'es' ? 'it' : 'es') : onPhone;

test.describe('no accessibility violations @both', () => {
  // Read-only checks of one page each: they share one browser page.
  test.describe.configure({ mode: 'serial' });
  let context: BrowserContext;
  let page: Page;
  test.beforeAll(async ({ browser }, info) => {
    const { viewport, baseURL } = info.project.use;
    context = await browser.newContext({ viewport, baseURL });
    page = await context.newPage();
  });
  test.afterAll(() => context.close());

  test('on the intro', async () => {
    const lang = langFor(test.info().project.name, 'es');
    await page.goto(`./?lang=${lang}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoViolations(page);
    await expectNoHorizontalScroll(page);
  });

  test('on a statement', async () => {
    const lang = langFor(test.info().project.name, 'it');
    await page.goto(`./?lang=${lang}${paths.quiz()}`);
    await expect(page.getByRole('radio')).toHaveCount(5);
    await expectNoViolations(page);
    await expectNoHorizontalScroll(page);
  });

  test('on the results, with an earlier run to compare and an assistant to send them to', async () => {
    const lang = langFor(test.info().project.name, 'es');
    const now = allScores(62, { trust: 30 });
    await page.evaluate(
      (value) => localStorage.setItem('delega:history', value),
      JSON.stringify({
        version: 1,
        runs: [
          { date: '2026-03-12T10:00:00.000Z', scores: allScores(50) },
          { date: '2026-04-12T10:00:00.000Z', scores: now },
        ],
      }),
    );
    await page.goto(`./?lang=${lang}&va=Ana&contact=https://ana.example.com${resultsHash(now)}`);
    await asFinishedRun(page, '2026-04-12T10:00:00.000Z');
    await expect(page.locator('.radar-previous')).toHaveCount(1);
    await wholeResults(page, lang);
    await expectNoViolations(page);
    await expectNoHorizontalScroll(page);
  });
});

// Nothing scrolls sideways at 300 px with a long assistant name: bad-input.spec.ts.
