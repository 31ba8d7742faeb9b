import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { paths } from '../../src/config/paths';
import { allScores, resultsHash, wholeResults, type Lang } from './support/quiz';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

for (const lang of ['es', 'it'] as Lang[]) {
  test.describe(`in ${lang} @both`, () => {
    test('the intro has no accessibility violations', async ({ page }) => {
      await page.goto(`./?lang=${lang}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoViolations(page);
      await expectNoHorizontalScroll(page);
    });

    test('a statement has no accessibility violations', async ({ page }) => {
      await page.goto(`./?lang=${lang}${paths.quiz()}`);
      await expect(page.getByRole('radio')).toHaveCount(5);
      await expectNoViolations(page);
      await expectNoHorizontalScroll(page);
    });

    test('the results have no accessibility violations', async ({ page }) => {
      await page.goto(
        `./?lang=${lang}&va=Ana&contact=https://ana.example.com${resultsHash(allScores(62, { trust: 30 }))}`,
      );
      await expect(page.locator('.radar-frame svg').first()).toBeVisible();
      await wholeResults(page, lang);
      await expectNoViolations(page);
      await expectNoHorizontalScroll(page);
    });
  });
}

test('nothing scrolls sideways at 320 px, even with a long assistant name', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const va = encodeURIComponent('Asistente Virtual María de los Ángeles Fernández-Villaverde');
  for (const hash of [paths.intro(), paths.quiz(), resultsHash(allScores(50))]) {
    await page.goto(`./?lang=es&va=${va}${hash}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    if (hash.startsWith('#results')) await wholeResults(page, 'es');
    await expectNoHorizontalScroll(page);
  }
});
