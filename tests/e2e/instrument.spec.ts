import { expect, test, type Page } from '@playwright/test';
import { paths } from '../../src/config/paths';
import { DIMENSIONS, STATEMENTS } from '../../src/quiz';
import { allScores, statementHeading, TOTAL, verdictHeading, words, type Lang } from './support/quiz';

const shot = (name: string) => ({ path: `artifacts/screenshots/${name}.png` });
const stepText = (lang: Lang, n: number) =>
  words[lang].quiz.step.replace('{{current}}', String(n)).replace('{{total}}', String(TOTAL));
/** Taps an answer and waits for the next statement, so the next tap cannot land on this one. */
const tap = async (page: Page, lang: Lang, value: 1 | 2 | 3 | 4 | 5) => {
  const before = await statementHeading(page).textContent();
  await page.getByRole('radio', { name: words[lang].scale[String(value) as '1'], exact: true }).click();
  await expect(statementHeading(page)).not.toHaveText(before ?? '');
};

for (const lang of ['es', 'it'] as const) {
  test(`${lang}: no two statements in a row measure the same thing, and none names what it measures`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const dimensionOf = new Map(STATEMENTS.map((s) => [words[lang].statements[s.id], s.dimension]));
    const names = DIMENSIONS.map((d) => words[lang].dimensions[d].name);
    await page.goto(`./?lang=${lang}`);
    await page.getByRole('button', { name: words[lang].intro.start }).click();
    await expect(page.getByText(words[lang].quiz.howToAnswer)).toBeVisible();
    await page.screenshot(shot(`instrument-first-${lang}`));
    const seen: string[] = [];
    for (let n = 1; n <= TOTAL; n++) {
      await expect(page.getByText(stepText(lang, n), { exact: true })).toBeVisible();
      const text = (await statementHeading(page).textContent()) ?? '';
      const dimension = dimensionOf.get(text);
      expect(dimension, text).toBeDefined();
      if (seen.length) expect(dimension, `statement ${n}`).not.toBe(seen.at(-1));
      seen.push(dimension!);
      const quizText = await page.getByRole('main').innerText();
      for (const name of names) expect(quizText).not.toContain(name);
      await tap(page, lang, 4);
    }
    await expect(page).toHaveURL(/#results\?/);
  });

  test(`${lang}: a link that gives a dimension twice says which one`, async ({ page }) => {
    await page.goto(
      `./?lang=${lang}#results?tech=10&tech=90&communication=50&delegation=50&trust=50&supervision=50&procedures=50&teamwork=50`,
    );
    const repeated = words[lang].results.damaged.repeated_one.replace(
      '{{dimensions}}',
      `«${words[lang].dimensions.tech.name}»`,
    );
    await expect(page.getByText(repeated)).toBeVisible();
    await expect(page.getByRole('button', { name: words[lang].results.damaged.takeQuiz })).toBeVisible();
  });

  test(`${lang}: the intro fits a 360 × 740 phone without scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`./?lang=${lang}`);
    await expect(page.getByRole('button', { name: words[lang].intro.start })).toBeVisible();
    await expect(page.getByText(words[lang].intro.noRightAnswers)).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot(shot(`instrument-intro-${lang}`));
  });
}

test('es: Back and Forward move between statements with their answers; a reload stays put', async ({
  page,
}) => {
  await page.goto('./?lang=es');
  await page.getByRole('button', { name: words.es.intro.start }).click();
  for (const value of [5, 2, 4] as const) await tap(page, 'es', value);
  await expect(page.getByText(stepText('es', 4), { exact: true })).toBeVisible();

  await page.goBack();
  await expect(page.getByText(stepText('es', 3), { exact: true })).toBeVisible();
  await expect(page.getByRole('radio', { name: words.es.scale['4'], exact: true })).toBeChecked();
  await page.goForward();
  await expect(page.getByText(stepText('es', 4), { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByText(stepText('es', 4), { exact: true })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${paths.statement(4)}$`));

  // One Back at a time, each seen on screen, as a person presses it.
  await page.goBack();
  await expect(page.getByText(stepText('es', 3), { exact: true })).toBeVisible();
  await page.goBack();
  await expect(page.getByText(stepText('es', 2), { exact: true })).toBeVisible();
  await expect(page.getByRole('radio', { name: words.es.scale['2'], exact: true })).toBeChecked();
  await page.goBack();
  await expect(page.getByText(stepText('es', 1), { exact: true })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('button', { name: /Seguir donde lo dejaste \(3 de 35\)/ })).toBeVisible();
});

test('es: a results link opened right after a tap stays on the results', async ({ page }) => {
  await page.goto('./?lang=es');
  await page.getByRole('button', { name: words.es.intro.start }).click();
  await tap(page, 'es', 4);
  // A tap advances a moment later; leaving within that moment must not bring the quiz back,
  // even while the results are still loading their own code.
  await page.getByRole('radio', { name: words.es.scale['4'], exact: true }).click();
  await page.goto(`./?lang=es${paths.results(allScores(85))}`);
  await expect(verdictHeading(page, 'es')).toBeVisible();
  await page.waitForTimeout(500); // past the advance's delay
  await expect(verdictHeading(page, 'es')).toBeVisible();
  await expect(page).toHaveURL(/#results\?/);
});

test('es: a link to a statement not reachable yet opens the first unanswered one', async ({ page }) => {
  await page.goto(`./?lang=es${paths.statement(20)}`);
  await expect(page.getByText(stepText('es', 1), { exact: true })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${paths.statement(1)}$`));
});

test('it: "save and exit" keeps the answers; "start again" asks first, over a backdrop', async ({ page }) => {
  await page.goto('./?lang=it');
  await page.getByRole('button', { name: words.it.intro.start }).click();
  await tap(page, 'it', 5);
  await tap(page, 'it', 3);
  await page.getByRole('button', { name: words.it.quiz.saveAndExit }).click();
  const resume = page.getByRole('button', { name: 'Riprendi da dove avevi lasciato (2 di 35)' });
  await expect(resume).toBeVisible();
  await resume.click();
  await expect(page.getByText(stepText('it', 3), { exact: true })).toBeVisible();

  await page.getByRole('button', { name: words.it.quiz.startOver }).click();
  const dialog = page.getByRole('dialog', { name: words.it.intro.startOverConfirm.title });
  await expect(dialog).toBeVisible();
  await page.screenshot(shot('instrument-start-again-it'));
  await dialog.getByRole('button', { name: words.it.intro.startOverConfirm.confirm }).click();
  await expect(page.getByText(stepText('it', 1), { exact: true })).toBeVisible();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
});

test('es: the dialog opened from the intro has its backdrop and no stray border', async ({ page }) => {
  await page.goto('./?lang=es');
  await page.getByRole('button', { name: words.es.intro.start }).click();
  await tap(page, 'es', 4);
  await page.getByRole('button', { name: words.es.quiz.saveAndExit }).click();
  await page.getByRole('button', { name: words.es.intro.startOver }).click();
  const dialog = page.getByRole('dialog', { name: words.es.intro.startOverConfirm.title });
  await expect(dialog).toBeVisible();
  const look = await dialog.evaluate((el) => ({
    backdrop: getComputedStyle(el, '::backdrop').backgroundColor,
    border: getComputedStyle(el).borderTopWidth,
  }));
  expect(look).toEqual({ backdrop: 'rgba(0, 0, 0, 0.5)', border: '0px' });
  await page.screenshot(shot('instrument-dialog-intro-es'));
});
