import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import esView from '../../locales/es/assistant-view.json' with { type: 'json' };
import itView from '../../locales/it/assistant-view.json' with { type: 'json' };
import itAssistants from '../../locales/it/assistants.json' with { type: 'json' };
import { allScores, resultsHash, verdictHeading, words, type Lang } from './support/quiz';

const view = { es: esView, it: itView } as const;
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// Long pages, axe and a PDF each: on a busy machine the default 30 s is not enough.
test.beforeEach(() => test.slow());

const readingUrl = (lang: Lang, hash: string, extra = '') => `./?lang=${lang}${extra}&view=assistant${hash}`;

/** Pages of the PDF Chromium prints: one `/Type /Page` object per page (not `/Pages`). */
async function printedPages(page: Page) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/**
 * One language per reading, alternating; print fit depends on the length of the words, so the
 * heaviest reading prints in both.
 */
test.describe("the assistant's reading", () => {
  test('es: a client to take with conditions: decision first, one section per dimension below high, questions, plan, warnings', async ({
    page,
  }) => {
    const [lang, v, w] = ['es', view.es, words.es] as const;
    // teamwork low, trust medium, tech medium; the rest high
    await page.goto(readingUrl(lang, resultsHash(allScores(80, { teamwork: 25, trust: 55, tech: 69 }))));
    await expect(page.getByRole('heading', { level: 1, name: v.title })).toBeVisible();
    const decision = page.getByRole('region', { name: v.decision['take-with-conditions'].title });
    await expect(decision).toBeVisible();
    await expect(decision).toContainText(`«${w.dimensions.teamwork.name}»`);

    const needs = page.getByRole('region', { name: v.needsTitle });
    await expect(needs.getByRole('heading', { level: 3 })).toHaveText([
      w.dimensions.teamwork.name,
      w.dimensions.trust.name,
      w.dimensions.tech.name,
    ]);
    await expect(needs.getByRole('region', { name: w.dimensions.teamwork.name })).toContainText(
      v.needs.teamwork.low.agree,
    );
    await expect(needs.getByRole('region', { name: w.dimensions.trust.name })).toContainText(
      v.needs.trust.medium.need,
    );

    const questions = page.getByRole('region', { name: v.questionsTitle }).getByRole('listitem');
    expect(await questions.count()).toBeGreaterThanOrEqual(5);
    await expect(questions.first()).toHaveText(v.questions.teamwork['1']);

    const plan = page.getByRole('region', { name: v.planTitle }).getByRole('listitem');
    await expect(plan).toHaveText([
      v.plan.kickoff,
      v.plan.teamwork,
      v.plan.trust,
      v.plan.tech,
      v.plan.review,
    ]);

    const warnings = page.getByRole('region', { name: v.warningsTitle }).getByRole('listitem');
    await expect(warnings).toHaveText([v.warnings['any-time']]);

    await page.screenshot({ path: `artifacts/screens/assistant-view-${lang}.png`, fullPage: true });
    expect(await printedPages(page)).toBe(1);
  });

  test('the heaviest reading (every score 0) still prints on one A4 page, in both languages', async ({
    page,
  }) => {
    for (const lang of ['es', 'it'] as const) {
      const v = view[lang];
      await page.emulateMedia({ media: 'screen' });
      await page.goto(readingUrl(lang, resultsHash(allScores(0))));
      await expect(page.getByRole('region', { name: v.decision['suggest-employee'].title })).toBeVisible();
      await expect(
        page.getByRole('region', { name: v.needsTitle }).getByRole('heading', { level: 3 }),
      ).toHaveCount(7);
      await expect(page.getByRole('region', { name: v.warningsTitle }).getByRole('listitem')).toHaveCount(4);
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: `artifacts/screens/assistant-view-print-${lang}.png`, fullPage: true });
      expect(await printedPages(page), lang).toBe(1);
    }
  });

  test('it: all scores high: a short "ready" reading, no dimension sections, no warnings', async ({
    page,
  }) => {
    const v = view.it;
    await page.goto(readingUrl('it', resultsHash(allScores(85))));
    await expect(page.getByRole('region', { name: v.decision['take-now'].title })).toBeVisible();
    await expect(page.getByText(v.allHigh)).toBeVisible();
    await expect(page.getByRole('region', { name: v.needsTitle })).toHaveCount(0);
    await expect(page.getByRole('region', { name: v.warningsTitle })).toHaveCount(0);
    expect(
      await page.getByRole('region', { name: v.questionsTitle }).getByRole('listitem').count(),
    ).toBeGreaterThanOrEqual(5);
    await expect(page.getByRole('region', { name: v.planTitle }).getByRole('listitem')).toHaveCount(3);
    expect(await printedPages(page)).toBe(1);
  });

  test('es: a damaged link shows the same message as the owner’s page', async ({ page }) => {
    await page.goto(readingUrl('es', '#results?tech=101&communication=50'));
    await expect(page.getByRole('heading', { level: 1, name: words.es.results.damaged.title })).toBeVisible();
    await expect(page.getByRole('heading', { name: view.es.title })).toHaveCount(0);
  });

  test('it: has no accessibility violations and nothing scrolls sideways', async ({ page }) => {
    await page.goto(readingUrl('it', resultsHash(allScores(60, { supervision: 20, trust: 30 }))));
    await expect(page.getByRole('heading', { level: 1, name: view.it.title })).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(violations.map((x) => `${x.id}: ${x.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
      [],
    );
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('an unknown view value is ignored: the owner’s results open', async ({ page }) => {
  await page.goto(`./?lang=es&view=owner${resultsHash(allScores(85))}`);
  await expect(verdictHeading(page, 'es')).toHaveText(words.es.verdicts.assistant.title);
});

const generatorWords = { it: itAssistants } as const;

// The mail to the assistant, with both links: results.spec.ts.

test('it: the generator opens the reading of a pasted results link and rejects other links', async ({
  page,
}) => {
  const [lang, v, g] = ['it', view.it, generatorWords.it] as const;
  const scores = allScores(75, { procedures: 45, communication: 30 });
  await page.goto(`./?for=assistants&lang=${lang}`);
  const field = page.getByRole('textbox', { name: g.reading.label });
  const open = page.getByRole('button', { name: g.reading.open });

  await field.fill('https://www.example.com/blog/mis-resultados');
  await open.click();
  await expect(page.getByText(g.errors.readingNotResults)).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toBeFocused();

  await field.fill(`https://otra-web.example.com/delega/?lang=${lang}${resultsHash(scores)}`);
  await open.click();
  await expect(page.getByRole('heading', { level: 1, name: v.title })).toBeVisible();
  await expect(page.getByRole('region', { name: v.decision['take-with-conditions'].title })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('view')).toBe('assistant');
});
