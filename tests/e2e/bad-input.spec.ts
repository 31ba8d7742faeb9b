import { expect, test, type Page } from '@playwright/test';
import { paths } from '../../src/config/paths';
import { firstUnanswered, type Answers } from '../../src/quiz';
import { allScores, resultsHash, wholeResults, words } from './support/quiz';

/** Every page of this suite must load without a single JavaScript error. */
function trackErrors(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

const storedCases: Record<string, { raw: string; kept: Answers; notice: boolean }> = {
  'invalid JSON': { raw: '{"version":1,"answers":{', kept: {}, notice: true },
  'a wrong shape': { raw: '["tech-1",4]', kept: {}, notice: true },
  'answers out of range': {
    raw: '{"version":1,"answers":{"tech-1":4,"tech-2":0,"tech-3":6,"tech-4":"5"},"position":3}',
    kept: { 'tech-1': 4 },
    notice: true,
  },
  'unknown ids': {
    raw: '{"version":1,"answers":{"tech-1":4,"tech-2":4,"hack-1":3},"position":2}',
    kept: { 'tech-1': 4, 'tech-2': 4 },
    notice: true,
  },
  'an old format (bare answers)': {
    raw: '{"tech-1":2,"tech-2":3,"tech-3":4}',
    kept: { 'tech-1': 2, 'tech-2': 3, 'tech-3': 4 },
    notice: false,
  },
};

test('stored progress that is damaged or old keeps the quiz working and every answer it can', async ({
  page,
}) => {
  // Which answers survive each case: tests/state/answer-store.test.ts; here, that the app shows it.
  const errors = trackErrors(page);
  await page.goto('./?lang=es');
  for (const [name, { raw, kept: keptAnswers, notice }] of Object.entries(storedCases)) {
    const kept = Object.keys(keptAnswers).length;
    // The quiz resumes at the first statement still unanswered in its order (src/quiz/order.ts).
    const resumesAt = firstUnanswered(keptAnswers) + 1;
    await page.evaluate((value) => localStorage.setItem('delega:quiz', value), raw);
    await page.goto('./?lang=es');
    await expect(page.getByRole('heading', { level: 1, name: words.es.intro.heading }), name).toBeVisible();
    // Some answers saved: "the good ones are still here"; none: "we could not recover any".
    const said = kept > 0 ? words.es.storage.damaged : words.es.storage['damaged-all'];
    const damagedNotice = page.getByRole('status').filter({ hasText: said });
    await expect(damagedNotice, name).toHaveCount(notice ? 1 : 0);
    if (kept > 0) {
      await page.getByRole('button', { name: `Seguir donde lo dejaste (${kept} de 35)` }).click();
      await expect(page.getByText(`Afirmación ${resumesAt} de 35`), name).toBeVisible();
    } else {
      await page.getByRole('button', { name: words.es.intro.start }).click();
      await expect(page.getByText('Afirmación 1 de 35'), name).toBeVisible();
    }
    await page.getByRole('radio', { name: words.es.scale['3'], exact: true }).click();
    await expect(page.getByText(`Afirmación ${resumesAt + 1} de 35`), name).toBeVisible();
  }
  expect(errors).toEqual([]);
});

test('storage that throws on access: the quiz runs in memory and says progress is not saved', async ({
  page,
}) => {
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
  await page.getByRole('radio', { name: words.it.scale['4'], exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: words.it.storage['not-saved'] })).toBeVisible();
  await expect(page.getByText('Affermazione 2 di 35')).toBeVisible();
  await page.getByRole('button', { name: words.it.storage.dismiss }).click();
  await page.getByRole('radio', { name: words.it.scale['4'], exact: true }).click();
  await expect(page.getByText('Affermazione 3 di 35')).toBeVisible();
  await expect(page.getByText(words.it.storage['not-saved'])).toHaveCount(0);
  expect(errors).toEqual([]);
});

// An unknown lang falls back to Spanish: intro.spec.ts.

const hostile = {
  va: ['<img src=x onerror="window.__pwned=1">', '"><script>window.__pwned=1</script>', '\u202Egnp.exe'],
  contact: [
    'javascript:window.__pwned=1',
    'data:text/html,<script>parent.__pwned=1</script>',
    'http://evil.example',
  ],
  accent: ['red;background:url(x)', 'expression(alert(1))', '#zzzzzz', 'var(--x)'],
};

test('hostile va, contact and accent values are ignored or shown as plain text', async ({ page }) => {
  // What each parameter accepts: tests/config/params.test.ts; here, that nothing of it runs or
  // renders as markup, one hostile value of each parameter per link.
  const errors = trackErrors(page);
  const links = Math.max(...Object.values(hostile).map((values) => values.length));
  for (let i = 0; i < links; i++) {
    const params = new URLSearchParams({ lang: 'es', va: 'Ana', contact: 'mailto:ana@example.com' });
    for (const [param, values] of Object.entries(hostile)) if (values[i]) params.set(param, values[i]!);
    const link = params.toString();
    await page.goto(`./?${link}${resultsHash(allScores(80))}`);
    await wholeResults(page, 'es'); // every link on the page, the share and save actions' too
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned), link).toBeUndefined();
    expect(await page.locator('img, script:not([src])').count(), link).toBe(0);
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(
      hrefs.filter((href) => !/^(https:|mailto:|#)/.test(href ?? '')),
      link,
    ).toEqual([]);
    const va = params.get('va')!;
    await expect(page.getByText(`Cuestionario ofrecido por ${va.trim()}`, { exact: true }), link).toHaveCount(
      va.startsWith('\u202E') ? 0 : 1,
    );
    if (params.get('accent') !== null && hostile.accent.includes(params.get('accent')!)) {
      const accent = await page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--accent-light'),
      );
      expect(accent, link).toBe('');
    }
  }
  expect(errors).toEqual([]);
});

// The narrowest screen in Spanish with a long Spanish name, the widest in Italian.
for (const [width, lang, va] of [
  [300, 'es', 'Asistente Virtual María de los Ángeles Fernández-Villaverde'],
  [2560, 'it', 'Studio Assistenza Virtuale Lombardia'],
] as const) {
  test(`at ${width} px wide every screen fits without sideways scrolling`, async ({ page }) => {
    const errors = trackErrors(page);
    await page.setViewportSize({ width, height: 900 });
    const results = resultsHash(allScores(64, { trust: 20 }));
    for (const hash of [paths.intro(), paths.quiz(), results, '#results?tech=x']) {
      await page.goto(`./?lang=${lang}&va=${encodeURIComponent(va)}${hash}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      if (hash === results) await wholeResults(page, lang);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, hash).toBeLessThanOrEqual(0);
    }
    expect(errors).toEqual([]);
  });
}
