import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { APP_ORIGIN, APP_URL } from './support/app-url';
import { iframeSnippet, scriptSnippet } from '../../src/features/assistants/snippets';
import { quizStorageKey } from '../../src/state/answer-store';
import { hostPage, startHostServer, type HostServer } from './support/host-server';
import {
  allButTheLast,
  answerWithTaps,
  expectedOutcome,
  mixedAnswers,
  seedWidgetAnswers,
  TOTAL,
  verdictHeading,
  wholeResults,
} from './support/quiz';
import { STATEMENTS } from '../../src/quiz/questions';

const STATEMENT_IDS = STATEMENTS.map((statement) => statement.id);

/**
 * Delega on someone else's site, for real: the app on APP_URL, the host page on
 * another port (another origin), with the strict CSP a careful site sends. The host page
 * holds exactly what the generator gives an assistant to paste.
 */

const APP = APP_URL;
const STRICT_CSP = `default-src 'self'; script-src 'self' ${APP_ORIGIN}; frame-src ${APP_ORIGIN}; style-src 'self'`;

// These hosts forbid inline styles: they reserve the widget's space in their own stylesheet.
const ana = scriptSnippet(APP, { lang: 'es', va: 'Ana Pérez', accent: '#aa3377' }, { reserve: 'stylesheet' });
/** Marco lists the host page's own site for the scores: known once the host server runs. */
const marcoOn = (site: string) =>
  scriptSnippet(
    APP,
    {
      lang: 'it',
      va: 'Marco Rossi',
      contact: { kind: 'mail', address: 'marco@esempio.it' },
      reportTo: [site],
    },
    { reserve: 'stylesheet' },
  );

/** Every host page here also has a field of its own, to see where keystrokes go. */
const hostHtml = (title: string, body: string) =>
  hostPage(title, `<label>Tu email <input id="newsletter" /></label>\n    ${body}`);

// The host's own script, allowed by 'self': it records what a site would react to.
const HOST_JS = `
window.hostLog = { violations: [], events: [], messages: [] };
document.addEventListener('securitypolicyviolation', (e) => {
  window.hostLog.violations.push(e.violatedDirective + ' ' + e.blockedURI);
});
// Every message any frame posts to this page, whoever sent it: what a hostile host could read.
window.addEventListener('message', (e) => window.hostLog.messages.push(e.data));
for (const type of ['delega:start', 'delega:complete']) {
  document.addEventListener(type, (e) => {
    window.hostLog.events.push({
      type: e.type,
      custom: e instanceof CustomEvent,
      detail: e.detail,
      widget: e.target.closest('section').id,
    });
  });
}
document.addEventListener('DOMContentLoaded', () => document.getElementById('newsletter').focus());
`;

const HOST_CSS = `
body { font-family: sans-serif; max-width: 40rem; margin: 0 auto; padding: 1rem; }
section { margin: 1rem 0; }
`;

let host: HostServer;

test.beforeAll(async () => {
  const files = {
    '/': { csp: STRICT_CSP, body: '' },
    '/plain.html': {
      body: hostHtml(
        'Sin loader',
        `<section id="plain">${iframeSnippet(APP, { lang: 'es', va: 'Ana Pérez' })}</section>`,
      ),
    },
    // Pages that ask for the scores without being a site the assistant listed.
    '/unlisted.html': {
      body: hostHtml(
        'Otra web',
        `<section id="unlisted"><div data-delega data-lang="es" data-report="scores" data-report-to="https://site.example"></div>
         <script src="${APP}embed.js" async></script></section>`,
      ),
    },
    '/no-list.html': {
      body: hostHtml(
        'Otra web',
        `<section id="unlisted"><iframe src="${APP}?lang=es&embed=1&report=scores" title="Delega"></iframe></section>`,
      ),
    },
    '/host.js': { body: HOST_JS, type: 'text/javascript' },
    '/host.css': { body: HOST_CSS, type: 'text/css' },
  };
  host = await startHostServer(files);
  files['/'].body = hostHtml(
    'Ana Pérez, asistente virtual',
    `<section id="first">${ana}</section>
     <p>Entre los dos widgets.</p>
     <section id="second">${marcoOn(host.origin)}</section>`,
  );
});

test.afterAll(async () => {
  await host?.close();
});

test('scriptless markup on the host page cannot point the loader at another site', async ({ page }) => {
  // The attacker's "widget": it claims a finished quiz as soon as it loads.
  const attacker = await startHostServer({
    '/evil/': {
      body: `<!doctype html><title>fake</title><script>
        parent.postMessage({ type: 'delega:resize', height: 40 }, '*');
        parent.postMessage({ type: 'delega:complete', verdict: 'employee' }, '*');
      </script>`,
    },
  });
  try {
    // No CSP here: the typical host, whose comments or profile fields let an <img> through.
    const clobbered = await startHostServer({
      '/': {
        body: hostHtml(
          'Comentarios',
          `<img name="currentScript" src="${attacker.origin}/evil/pixel.png" alt="" />
           <section id="widget">${ana}</section>`,
        ),
      },
      '/host.js': { body: HOST_JS, type: 'text/javascript' },
      '/host.css': { body: HOST_CSS, type: 'text/css' },
    });
    try {
      const asked: string[] = [];
      page.on('request', (request) => {
        if (request.url().startsWith(attacker.origin) && !request.url().endsWith('.png'))
          asked.push(request.url());
      });
      await page.goto(`${clobbered.origin}/`);
      const frame = page.locator('#widget iframe');
      await expect(frame).toHaveAttribute('src', new RegExp(`^${APP.replace(/[.?]/g, '\\$&')}\\?`));
      await expect(
        page.frameLocator('#widget iframe').getByRole('button', { name: 'Empezar el cuestionario' }),
      ).toBeVisible();
      // No sleep: the real widget's size report reaching the host comes after anything the page
      // could have asked of the attacker's site on load.
      await expect
        .poll(async () => (await hostLog(page)).messages.map((m) => (m as { type?: string }).type))
        .toContain('delega:resize');
      expect(asked).toEqual([]);
      expect((await hostLog(page)).events).toEqual([]);
    } finally {
      await clobbered.close();
    }
  } finally {
    await attacker.close();
  }
});

interface HostLog {
  violations: string[];
  messages: unknown[];
  events: { type: string; custom: boolean; detail: Record<string, unknown>; widget: string }[];
}
const hostLog = (page: Page) => page.evaluate(() => (window as unknown as { hostLog: HostLog }).hostLog);

const frameHeight = (page: Page, widget: string) =>
  page.locator(`#${widget} iframe`).evaluate((frame) => frame.getBoundingClientRect().height);

/** The widget's content height, measured inside the frame, rounded up as the bridge reports it. */
const contentHeight = (frame: FrameLocator) =>
  frame.locator('#root').evaluate((root) => Math.ceil(root.getBoundingClientRect().height));

/** Waits until the frame is exactly as tall as its content and returns that height. */
async function fitsContent(page: Page, widget: string): Promise<number> {
  const frame = page.frameLocator(`#${widget} iframe`);
  await expect
    .poll(async () => (await frameHeight(page, widget)) - (await contentHeight(frame)), { timeout: 10_000 })
    .toBe(0);
  return frameHeight(page, widget);
}

test('the script snippet, pasted twice on a strict-CSP site, makes two independent widgets', async ({
  page,
}) => {
  const consoleCsp: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) consoleCsp.push(message.text());
  });
  await page.goto(`${host.origin}/`);

  const frames = page.locator('iframe');
  await expect(frames).toHaveCount(2);
  await expect(page.locator('#first iframe')).toHaveAttribute(
    'title',
    'Delega: cuestionario para saber si es el momento de trabajar con un asistente virtual',
  );
  await expect(page.locator('#second iframe')).toHaveAttribute(
    'title',
    'Delega: questionario per capire se è il momento di lavorare con un assistente virtuale',
  );
  await expect(page.locator('#first iframe')).toHaveAttribute('loading', 'lazy');

  const first = page.frameLocator('#first iframe');
  const second = page.frameLocator('#second iframe');
  await expect(first.getByText('Cuestionario ofrecido por Ana Pérez')).toBeVisible();
  await expect(first.getByRole('button', { name: 'Empezar el cuestionario' })).toBeVisible();
  await expect(second.getByText('Questionario offerto da Marco Rossi')).toBeVisible();

  // Each frame leaves the loader's initial 720 px and takes its own content's height.
  await fitsContent(page, 'first');
  await fitsContent(page, 'second');
  // The loader said it sizes the frame, so the widget dropped its own scrollbar.
  await expect(first.locator('html')).toHaveCSS('overflow-y', 'hidden');

  // A polite guest: the host's focus and scroll position are where the host left them.
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('newsletter');
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  // With nothing of its own to scroll, the widget passes the wheel on to the host page.
  await page.locator('#first iframe').hover();
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);

  // Nothing the loader did needed 'unsafe-inline', on the host or in the frames.
  expect((await hostLog(page)).violations).toEqual([]);
  expect(consoleCsp).toEqual([]);
});

test('the frame height follows the content as it grows and shrinks, one widget at a time', async ({
  page,
}) => {
  await page.goto(`${host.origin}/`);
  const first = page.frameLocator('#first iframe');
  const intro = await fitsContent(page, 'first');
  const other = await fitsContent(page, 'second');

  // A narrower column wraps more lines: taller; back to full width: as before.
  await page.locator('#first').evaluate((section) => {
    section.style.width = '300px';
  });
  await expect.poll(() => fitsContent(page, 'first')).toBeGreaterThan(intro);
  await page.locator('#first').evaluate((section) => {
    section.style.width = '';
  });
  await expect.poll(() => fitsContent(page, 'first')).toBe(intro);

  // Another screen of the quiz, then back to the intro: the frame follows both ways, and the
  // widget moving focus to the new screen's heading does not scroll the host page.
  const scrollY = () => page.evaluate(() => window.scrollY);
  await first.getByRole('button', { name: 'Empezar el cuestionario' }).click();
  const whereTheVisitorIs = await scrollY(); // clicking may have scrolled the button into view
  await expect.poll(() => fitsContent(page, 'first')).not.toBe(intro);
  expect(await scrollY()).toBe(whereTheVisitorIs);
  await first.getByRole('button', { name: 'Anterior' }).click();
  await expect(first.getByRole('button', { name: 'Empezar el cuestionario' })).toBeVisible();
  await expect.poll(() => fitsContent(page, 'first')).toBe(intro);

  expect(await frameHeight(page, 'second')).toBe(other);
});

test('the host page hears delega:start as a DOM event; forged messages change nothing', async ({ page }) => {
  await page.goto(`${host.origin}/`);
  const before = await fitsContent(page, 'second');
  const log = async () => (await hostLog(page)).events;

  // The host window itself posts what the widget would: wrong origin, wrong source.
  await page.evaluate(() => {
    window.postMessage({ type: 'delega:resize', height: 50 }, '*');
    window.postMessage({ type: 'delega:start' }, '*');
  });
  // A real widget frame sends garbage: right origin and source, wrong shape. Then one valid
  // message, the marker: messages are handled in order, so once the host has heard the marker
  // it has handled every forged one before it.
  const widget = page.frames().find((frame) => frame.url().includes('va=Marco'))!;
  await widget.evaluate(() => {
    window.parent.postMessage({ type: 'delega:resize', height: '50' }, '*');
    window.parent.postMessage({ type: 'delega:resize', height: 0 }, '*');
    window.parent.postMessage('delega:resize', '*');
    window.parent.postMessage({ type: 'delega:start' }, '*');
  });
  const marker = { type: 'delega:start', custom: true, detail: {}, widget: 'second' };
  await expect.poll(log).toEqual([marker]);
  expect(await frameHeight(page, 'second')).toBe(before);

  await page.frameLocator('#second iframe').getByRole('button', { name: 'Inizia il questionario' }).click();
  await expect
    .poll(log)
    .toEqual([marker, { type: 'delega:start', custom: true, detail: {}, widget: 'second' }]);
});

test('a finished quiz tells the host page the verdict, and the scores only to the site the assistant listed', async ({
  page,
}) => {
  await page.goto(`${host.origin}/`);
  const widget = page.frameLocator('#second iframe'); // Marco: report=scores, report-to=this site
  const site = new URL(host.origin).host;
  // The visitor is told before starting, and again before the last answer.
  await expect(
    widget.getByText(`Alla fine, ${site} (il sito in cui ti trovi) riceverà i tuoi punteggi`),
  ).toBeVisible();
  await expect(
    page.frameLocator('#first iframe').getByText(/Il sito|La web en la que estás solo sabrá/),
  ).toBeVisible();
  await widget.getByRole('button', { name: 'Inizia il questionario' }).click();
  const notice = widget.getByText(
    `Quando rispondi a quest’ultima affermazione, ${site} riceverà i tuoi punteggi e il nostro consiglio.`,
  );
  await expect(widget.getByText(`Affermazione 1 di ${TOTAL}`, { exact: true })).toBeVisible();
  await expect(notice).toBeHidden();
  await expect
    .poll(async () => (await hostLog(page)).events)
    .toEqual([{ type: 'delega:start', custom: true, detail: {}, widget: 'second' }]);

  // The visitor answered on (the whole run's taps: embed-guest.spec.ts) and comes back one short
  // of the end, with the progress the widget saved in its own storage.
  const seeded = allButTheLast(mixedAnswers);
  await seedWidgetAnswers(
    page.frames().find((frame) => frame.url().includes('va=Marco'))!,
    seeded,
  );
  await page.reload();
  await widget
    .getByRole('button', { name: `Riprendi da dove avevi lasciato (${TOTAL - 1} di ${TOTAL})` })
    .click();
  await expect(widget.getByText(`Affermazione ${TOTAL} di ${TOTAL}`, { exact: true })).toBeVisible();
  await expect(notice).toBeVisible();
  const last = await answerWithTaps(widget, 'it', 1, mixedAnswers, undefined, TOTAL);
  await wholeResults(widget, 'it'); // the frame fits all of it, not the first render only
  await fitsContent(page, 'second');

  // Exactly what the core makes of the answers given: the verdict, and the scores Marco asked for.
  // Resuming is not a new start: the host hears the end only.
  const { scores, fit } = expectedOutcome({ ...seeded, ...last });
  await expect
    .poll(async () => (await hostLog(page)).events)
    .toEqual([
      { type: 'delega:complete', custom: true, detail: { verdict: fit.verdict, scores }, widget: 'second' },
    ]);
});

/**
 * Every answer but the last saved as the widget saves them, in its own storage (partitioned by
 * the host's site, keyed by the host's origin and the frame's name): the visitor stopped one
 * short of the end.
 */
async function visitorStoppedBeforeTheLast(page: Page, path: string) {
  await page.goto(`${host.origin}${path}`);
  await expect(page.frameLocator('#unlisted iframe').getByRole('button', { name: /Empezar/ })).toBeVisible();
  const widget = page.frames().find((frame) => frame.url().startsWith(APP))!;
  const name = (await page.locator('#unlisted iframe').getAttribute('name')) ?? '';
  // A careful visitor's answers (the same answer to everything would get no verdict).
  const answers = allButTheLast(mixedAnswers);
  await widget.evaluate(
    ({ answers, key }) => {
      localStorage.setItem(
        key,
        JSON.stringify({ version: 2, answers, position: Object.keys(answers).length }),
      );
    },
    { answers, key: quizStorageKey(true, name, host.origin) },
  );
}

for (const [path, what] of [
  ['/unlisted.html', 'report=scores and a report-to naming another site'],
  ['/no-list.html', 'report=scores and no report-to'],
] as const) {
  test(`a page that adds ${what} hears the verdict, never the scores`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name === 'unpartitioned', 'the progress is seeded in the frame’s storage');
    await visitorStoppedBeforeTheLast(page, path);
    await page.reload();
    const widget = page.frameLocator('#unlisted iframe');
    // Nothing says the scores will leave: they will not.
    await expect(
      widget.getByText('La web en la que estás solo sabrá cuándo empiezas', { exact: false }),
    ).toBeVisible();
    await widget.getByRole('button', { name: /Seguir donde lo dejaste/ }).click();
    await expect(
      widget.getByText(`Afirmación ${STATEMENT_IDS.length} de ${STATEMENT_IDS.length}`),
    ).toBeVisible();
    await expect(widget.getByText(/recibirá tus puntuaciones/)).toHaveCount(0);
    await widget.getByRole('radio', { name: 'De acuerdo', exact: true }).click();
    await expect(verdictHeading(widget, 'es')).toBeVisible();

    await expect
      .poll(async () =>
        (await hostLog(page)).messages.filter((m) => (m as { type?: string }).type === 'delega:complete'),
      )
      .toHaveLength(1);
    const { messages, events } = await hostLog(page);
    const complete = messages.find((m) => (m as { type?: string }).type === 'delega:complete');
    expect(complete).toEqual({ type: 'delega:complete', verdict: expect.stringMatching(/^[a-z-]+$/) });
    expect(JSON.stringify(messages)).not.toContain('scores');
    expect(JSON.stringify(events)).not.toContain('scores');
  });
}

test('the plain iframe snippet works without the loader, at its fixed height, scrolling inside', async ({
  page,
}) => {
  await page.goto(`${host.origin}/plain.html`);
  const frame = page.frameLocator('#plain iframe');
  await expect(frame.getByText('Cuestionario ofrecido por Ana Pérez')).toBeVisible();
  await expect(frame.getByRole('button', { name: 'Empezar el cuestionario' })).toBeVisible();
  // The widget has reported its height; with no loader, nothing acts on it.
  await expect
    .poll(async () => (await hostLog(page)).messages.map((m) => (m as { type?: string }).type))
    .toContain('delega:resize');
  expect(await frameHeight(page, 'plain')).toBe(720);
  // No loader answered, so the widget keeps a scrollbar for content taller than the frame.
  await expect(frame.locator('html')).toHaveCSS('overflow-y', 'auto');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('newsletter');
});
