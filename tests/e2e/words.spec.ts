import { expect, test } from '@playwright/test';
import { allScores, resultsHash, wholeResults, type Lang } from './support/quiz';

/*
 * Texts that send a person somewhere must lead there: a button a text names is on the page it
 * names, under that very label, and a result decided by one dimension is told in the singular.
 * The sentences expected here are written out, not read from the locale files.
 */

const ONE_LOW_TRUST = allScores(80, { trust: 30 });

for (const lang of ['es', 'it'] as const satisfies readonly Lang[]) {
  test(`${lang}: the buttons the generator's error names are on the owner's results page`, async ({
    page,
  }) => {
    // An assistant pastes the link of a blog post instead of the results link.
    await page.goto(`./?for=assistants&lang=${lang}`);
    await page
      .getByRole('textbox', { name: lang === 'es' ? 'Enlace de resultados' : 'Link dei risultati' })
      .fill('https://www.example.com/blog/mis-resultados');
    await page.getByRole('button', { name: lang === 'es' ? 'Abrir la lectura' : 'Apri la lettura' }).click();
    const error = page.getByText(lang === 'es' ? /Pide a tu cliente/ : /Chiedi al tuo cliente/);
    await expect(error).toBeVisible();
    const named = [...((await error.textContent()) ?? '').matchAll(/«([^»]+)»/gu)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(0);

    // The owner, on their results page, finds every button the assistant was told to ask for.
    await page.goto(`./?lang=${lang}${resultsHash(allScores(80))}`);
    await wholeResults(page, lang);
    for (const name of named) await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  });
}

/** One low dimension, said in the singular: to the owner, and in the assistant's decision. */
const SINGULAR = {
  es: {
    owner: 'Lo que decide este resultado: tu puntuación baja en «Disposición a confiar» (30).',
    decision: 'Propón primero una etapa de preparación',
    assistant: 'Lo que más pesa es «Disposición a confiar».',
  },
  it: {
    owner: 'A decidere è il punteggio basso in «Disponibilità a fidarsi» (30):',
    decision: 'Proponi prima una fase di preparazione',
    assistant: 'Pesa soprattutto questo aspetto: «Disponibilità a fidarsi».',
  },
} as const satisfies Record<Lang, unknown>;

for (const [lang, said] of Object.entries(SINGULAR)) {
  test(`${lang}: a result decided by one dimension reads in the singular, for the owner and the assistant`, async ({
    page,
  }) => {
    await page.goto(`./?lang=${lang}${resultsHash(ONE_LOW_TRUST)}`);
    await expect(page.getByText(said.owner)).toBeVisible();
    await page.goto(`./?lang=${lang}&view=assistant${resultsHash(ONE_LOW_TRUST)}`);
    await expect(page.getByRole('region', { name: said.decision })).toContainText(said.assistant);
  });
}
