import { expect, test, type Page } from '@playwright/test';
import { APP_URL } from './support/app-url';
import {
  allScores,
  allButTheLast,
  answerWithTaps,
  expectedOutcome,
  mixedAnswers,
  resultsHash,
  seedAnswers,
  TOTAL,
  verdictHeading,
  wholeResults,
  words,
} from './support/quiz';

// The strict Content-Security-Policy of the build and "nothing leaves the browser" (README, "Headers for hosts
// that can set them" and "Privacy"):
// every page runs with no CSP violation, no console or page error, no request to another origin
// and no cookie.

/** What a page did that the policy or the product forbids, collected while a test runs. */
interface Watch {
  requests: string[];
  consoleErrors: string[];
  pageErrors: string[];
  violations: () => Promise<unknown[]>;
  foreignRequests: () => string[];
}

declare global {
  interface Window {
    __cspViolations?: unknown[];
  }
}

function watch(page: Page, appOrigin: string): Watch {
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  return {
    requests,
    consoleErrors,
    pageErrors,
    // Every frame records its own (the generator's live preview is a frame of the app).
    violations: async () =>
      (
        await Promise.all(
          page
            .frames()
            .map((frame) => frame.evaluate(() => window.__cspViolations ?? ['(the recorder did not run)'])),
        )
      ).flat(),
    foreignRequests: () =>
      requests.filter((url) => {
        const parsed = new URL(url);
        return parsed.protocol !== 'data:' && parsed.origin !== appOrigin;
      }),
  };
}

/** Records every `securitypolicyviolation` from the first script on, before the app's own. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    window.__cspViolations = seen;
    document.addEventListener(
      'securitypolicyviolation',
      (event) =>
        seen.push({
          directive: event.effectiveDirective,
          blocked: event.blockedURI,
          source: `${event.sourceFile}:${event.lineNumber}`,
          sample: event.sample,
        }),
      { capture: true },
    );
  });
}

/** Lets queued events (violation reports are dispatched as tasks) arrive: two frames. */
const settle = (page: Page) =>
  page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );

async function expectClean(page: Page, seen: Watch) {
  await settle(page);
  expect(await seen.violations(), 'CSP violations').toEqual([]);
  expect(seen.consoleErrors, 'console errors').toEqual([]);
  expect(seen.pageErrors, 'page errors').toEqual([]);
  expect(seen.foreignRequests(), 'requests to another origin').toEqual([]);
  expect(seen.requests.length, 'requests seen').toBeGreaterThan(0);
  expect(await page.context().cookies(), 'cookies').toEqual([]);
}

const originOf = (baseURL: string | undefined) => new URL(baseURL ?? APP_URL).origin;

test('the built page carries the strict Content-Security-Policy', async ({ page }) => {
  const response = await page.request.get('./');
  expect(response.ok()).toBe(true);
  const html = await response.text();
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  expect(meta, 'CSP <meta> in index.html').not.toBeNull();
  const directives = new Map(
    meta![1]!
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('style-src')).toEqual(["'self'"]);
  expect(directives.get('img-src')).toEqual(["'self'"]);
  expect(directives.get('connect-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('base-uri')).toEqual(["'none'"]);
  expect(directives.get('form-action')).toEqual(["'none'"]);
  expect(directives.get('require-trusted-types-for')).toEqual(["'script'"]);
  expect(meta![1]).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|strict-dynamic|\*/);
  // Every script is a file: nothing inline that the policy would have to allow.
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
  expect(html).not.toMatch(/\sstyle="/i);
  expect(html).not.toMatch(/\son[a-z]+="/i);

  await page.goto('./?lang=es');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    meta![1]!,
  );
  // The browser enforces both: a string cannot become markup, an injected <base> moves nothing.
  const enforced = await page.evaluate(() => {
    let innerHtml = 'allowed';
    try {
      document.createElement('div').innerHTML = '<img src=x>';
    } catch (error) {
      innerHtml = (error as Error).name;
    }
    const base = document.createElement('base');
    base.href = 'https://attacker.example/';
    document.head.prepend(base);
    const link = document.createElement('a');
    link.href = 'embed.js';
    return { innerHtml, resolved: link.href };
  });
  expect(enforced.innerHtml).toBe('TypeError');
  expect(new URL(enforced.resolved).origin).toBe(new URL(page.url()).origin);
});

test('the build does not publish its manifest (a map of every chunk to its source file)', async ({
  page,
}) => {
  for (const path of ['./.vite/manifest.json', './manifest.json']) {
    const response = await page.request.get(path);
    const text = await response.text();
    expect(text, path).not.toContain('"isEntry"');
  }
});

test('the quiz, its last answer and the results break no policy and stay on this origin', async ({
  page,
  baseURL,
}) => {
  await recordViolations(page);
  const seen = watch(page, originOf(baseURL));
  // The whole run's statements are tapped in quiz.spec.ts and embed-guest.spec.ts; here the intro,
  // a resumed quiz and the step to the results, each of which loads its own code.
  const seeded = allButTheLast(mixedAnswers);
  await seedAnswers(page, seeded);
  await page.goto('./?lang=es');
  await page.getByRole('button', { name: `Seguir donde lo dejaste (${TOTAL - 1} de ${TOTAL})` }).click();
  const last = await answerWithTaps(page, 'es', 1, mixedAnswers, undefined, TOTAL);

  const { scores } = expectedOutcome({ ...seeded, ...last });
  await expect.poll(() => new URL(page.url()).hash).toBe(resultsHash(scores));
  await expect(verdictHeading(page, 'es')).toBeVisible();
  await expect(page.locator('.radar-frame svg').first()).toBeVisible();
  await wholeResults(page, 'es');
  await expectClean(page, seen);
});

test('a results link with every parameter set breaks no policy', async ({ page, baseURL }) => {
  await recordViolations(page);
  const seen = watch(page, originOf(baseURL));
  const query = new URLSearchParams({
    lang: 'it',
    va: 'Giulia Rossi',
    contact: 'https://example.com/contatti',
    accent: '#7a3cff',
  });
  await page.goto(
    `./?${query}#results?tech=35&communication=60&delegation=75&trust=80&supervision=90&procedures=45&teamwork=70`,
  );
  await expect(verdictHeading(page, 'it')).toBeVisible();
  await expect(page.locator('.radar-frame svg').first()).toBeVisible();
  // The send button says where it goes, beside it.
  await expect(
    page.getByRole('link', { name: 'Invia i miei risultati a Giulia Rossi' }),
  ).toHaveAccessibleDescription('Si apre example.com');
  // The accent arrives through CSSOM custom properties, which the policy allows.
  await expect
    .poll(() => page.evaluate(() => document.documentElement.style.getPropertyValue('--accent-light')))
    .not.toBe('');
  await wholeResults(page, 'it');
  await expectClean(page, seen);
});

test('a damaged results link and the widget break no policy', async ({ page, baseURL }) => {
  await recordViolations(page);
  const seen = watch(page, originOf(baseURL));
  await page.goto('./?lang=es#results?tech=101&communication=x');
  await expect(page.getByRole('heading', { level: 1, name: words.es.results.damaged.title })).toBeVisible();
  await page.goto('./?lang=it&embed=1&report=scores&report-to=https%3A%2F%2Fsite.example');
  await expect(page.getByRole('button', { name: words.it.intro.start })).toBeVisible();
  await page.getByRole('button', { name: words.it.intro.start }).click();
  await expect(page.getByRole('radiogroup').or(page.getByRole('group')).first()).toBeVisible();
  await expectClean(page, seen);
});

test('the assistants page and its live preview break no policy', async ({ page, baseURL }) => {
  await recordViolations(page);
  const seen = watch(page, originOf(baseURL));
  await page.goto('./?lang=es&for=assistants');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.frameLocator('iframe').first().getByRole('heading', { level: 1 })).toBeVisible();
  await expectClean(page, seen);
});

test('a look-alike mail domain is shown as punycode beside the send button', async ({ page }) => {
  // "gооgle.com" with two Cyrillic о: shown as the browser spells it, not as it pretends to look.
  const contact = encodeURIComponent('mailto:ana@g\u043e\u043egle.com');
  await page.goto(`./?lang=es&va=Ana&contact=${contact}${resultsHash(allScores(85))}`);
  const send = page.getByRole('link', { name: 'Enviar mis resultados a Ana' });
  await expect(send).toHaveAccessibleDescription('Por correo electrónico a ana@xn--ggle-55da.com');
  expect(await send.getAttribute('href')).toMatch(/^mailto:ana@xn--ggle-55da\.com\?/);
});

test('a name cannot smuggle invisible tag characters into the page or the mail', async ({ page }) => {
  // A flag followed by 1,200 tag characters: one "character" to a counter, 63,804 in the mail link.
  const va = `Ana 🏴${String.fromCodePoint(0xe0041).repeat(1200)}`;
  const contact = 'mailto:ana@example.com';
  await page.goto(`./?${new URLSearchParams({ lang: 'es', va, contact })}${resultsHash(allScores(85))}`);
  await expect(page.getByText('Cuestionario ofrecido por Ana 🏴', { exact: true })).toBeVisible();
  const href = (await page
    .getByRole('link', { name: 'Enviar mis resultados a Ana 🏴' })
    .getAttribute('href'))!;
  expect(href).not.toMatch(/%F3%A0%81/i); // no tag character (U+E0000 block), encoded or not
  expect(href.length).toBeLessThan(5_000);
});
