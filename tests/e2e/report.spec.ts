import { expect, test } from '@playwright/test';
import { paths } from '../../src/config/paths';
import { readResults, type Verdict } from '../../src/quiz';
import { allScores, words, wholeResults, type Lang } from './support/quiz';

// A results page that fits and a report worth sending (issue 23): at 360 × 740 every verdict's
// page is at most four screens with the cards closed, and its printed page is one A4 page that
// carries the reasons, in both languages.

const SCREEN = { width: 360, height: 740 };

/** One link per verdict, each with the most the verdict can name (three priorities, two causes…). */
const LINKS: Record<Verdict, ReturnType<typeof allScores>> = {
  assistant: allScores(85, { procedures: 60, tech: 100 }),
  'assistant-after-prep': allScores(72, { trust: 41, procedures: 45, delegation: 55 }),
  'not-yet': allScores(70, { delegation: 30, trust: 30, tech: 45 }),
  employee: allScores(30, { communication: 80, teamwork: 80, supervision: 20 }),
};

test.use({ viewport: SCREEN });

for (const lang of ['es', 'it'] as const satisfies Lang[]) {
  test(`every verdict's page is at most four phone screens with the cards closed (${lang})`, async ({
    page,
  }) => {
    for (const [verdict, scores] of Object.entries(LINKS)) {
      expect(readResults(scores)).toMatchObject({ verdict });
      await page.goto(`./?lang=${lang}${paths.results(scores)}`);
      await wholeResults(page, lang);
      const cards = page.getByRole('region', { name: words[lang].results.cardsTitle }).locator('details');
      await expect(cards).toHaveCount(7);
      await cards.evaluateAll((all) => all.forEach((card) => ((card as HTMLDetailsElement).open = false)));
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height, `${verdict}: ${(height / SCREEN.height).toFixed(2)} screens`).toBeLessThanOrEqual(
        4 * SCREEN.height,
      );
      // Copy, print and repeat come before the seven cards.
      const copy = page.getByRole('button', { name: words[lang].results.copyShort });
      const firstCard = cards.first();
      expect((await copy.boundingBox())!.y).toBeLessThan((await firstCard.boundingBox())!.y);
    }
  });

  test(`every verdict prints on one A4 page that carries its reasons (${lang})`, async ({ page }) => {
    for (const [verdict, scores] of Object.entries(LINKS)) {
      await page.goto(`./?lang=${lang}&va=Ana&contact=mailto:ana@example.com${paths.results(scores)}`);
      await wholeResults(page, lang);
      await page.emulateMedia({ media: 'print' });
      const results = words[lang].results;
      // The reasons: the verdict explained and why each dimension it names matters.
      await expect(page.getByRole('heading', { name: results.aboutVerdict }).last()).toBeVisible();
      await expect(page.getByRole('heading', { level: 3, name: results.why })).toBeVisible();
      await expect(page.getByRole('table')).toBeVisible();
      await expect(page.locator('.radar svg').first()).toBeVisible();
      await expect(page.getByText(/Ana · ana@example\.com/)).toBeVisible(); // the assistant’s contact
      const text = await page.evaluate(() => document.body.innerText);
      const count = text.split(/\s+/).filter(Boolean).length;
      expect(count, `${verdict}: ${count} words printed`).toBeGreaterThanOrEqual(320);
      const pdf = await page.pdf({ format: 'A4' });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages, `${verdict} prints on ${pages} pages`).toBe(1);
      await page.emulateMedia({ media: 'screen' });
    }
  });
}
