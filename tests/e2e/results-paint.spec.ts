import { expect, test } from '@playwright/test';
import { expectedFrameWidth } from '../../src/features/results/radar-geometry';
import { assetFile } from './support/assets';
import { allScores, resultsHash, wholeResults, words } from './support/quiz';

interface FirstRadar {
  /** The chart's width in the first frame that paints it. */
  width: string | null;
  /** Where that frame has the axis labels (they depend on the width and on the font measured). */
  labels: string | null;
  /** The scores on the axes, the band rings' values and the outlines in that frame. */
  scores: string | null;
  ringLabels: string | null;
  outlines: number | null;
  /** Whether the dimension cards were already there at that moment. */
  cards: boolean | null;
}

/**
 * Runs before any script: notes what the first frame that paints the radar holds. A frame's
 * animation callbacks run just before it is painted, after every script the page ran before.
 */
function watchFirstRadar() {
  const first: FirstRadar = {
    width: null,
    labels: null,
    scores: null,
    ringLabels: null,
    outlines: null,
    cards: null,
  };
  Object.defineProperty(window, '__firstRadar', { value: first });
  const texts = (svg: Element, selector: string) =>
    [...svg.querySelectorAll(selector)].map((l) => l.textContent).join(' ');
  const observer = new MutationObserver(() => {
    if (!document.querySelector('.radar-frame svg')) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const svg = document.querySelector('.radar-frame svg')!;
      first.width = svg.getAttribute('width');
      first.labels = [...svg.querySelectorAll('.radar-label')].map((l) => l.getAttribute('x')).join(' ');
      first.scores = texts(svg, '.radar-label-score');
      first.ringLabels = texts(svg, '.radar-ring-label');
      first.outlines = svg.querySelectorAll('.radar-area').length;
      first.cards = document.querySelector('.dimension-cards') !== null;
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

for (const embedded of [false, true]) {
  const where = embedded ? 'in the widget' : 'on a page';

  test(`${where}, the verdict and the chart paint first, the chart whole and drawn for its frame at once, the cards after @both`, async ({
    page,
  }) => {
    await page.addInitScript(watchFirstRadar);
    const scores = allScores(62, { trust: 30, procedures: 45 });
    await page.goto(`./?lang=es${embedded ? '&embed=1' : ''}${resultsHash(scores)}`);
    await wholeResults(page, 'es');

    const first = await page.evaluate(() => (window as unknown as { __firstRadar: FirstRadar }).__firstRadar);
    // The cards come in a render of their own, after the chart has been painted.
    expect(first.cards).toBe(false);

    // The first render already used the frame's real width: no second layout, no redraw.
    const frame = await page.locator('.radar-chart').evaluate((element) => ({
      width: Math.round(element.getBoundingClientRect().width),
      viewport: document.documentElement.clientWidth,
    }));
    expect(expectedFrameWidth(frame.viewport, embedded)).toBe(frame.width);
    expect(Number(first.width)).toBe(frame.width);
    await expect(page.locator('.radar-frame svg')).toHaveAttribute('width', String(frame.width));
    // recharts fills its store over several renders: none of them reached the screen half-drawn.
    expect(first.scores).toBe('62 62 62 30 62 45 62');
    expect(first.ringLabels).toBe('40 70');
    expect(first.outlines).toBe(1);
    // Measured in the page's own font from the start: the labels never moved.
    const labels = await page
      .locator('.radar-label')
      .evaluateAll((all) => all.map((l) => l.getAttribute('x')).join(' '));
    expect(first.labels).toBe(labels);
  });
}

test('a results link opened where nothing is painted yet (a background tab) still renders its cards', async ({
  page,
}) => {
  // A background tab runs no frame callbacks: the cards must not wait for a paint that never comes.
  await page.addInitScript(() => {
    window.requestAnimationFrame = () => 0;
  });
  await page.goto(`./?lang=es${resultsHash(allScores(62, { trust: 30 }))}`);
  await wholeResults(page, 'es');
});

/** The radar's own chunk (recharts), whether startup.js preloads it or the results import it. */
const RADAR_CHUNK = assetFile('radar-drawing');

test("the chart's code arriving after the rest of the results moves nothing on the page", async ({
  page,
}) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(RADAR_CHUNK, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`./?lang=es${resultsHash(allScores(62, { trust: 30 }))}`);
  await wholeResults(page, 'es');
  // The seven cards: below the chart on every screen.
  const below = page.getByRole('region', { name: words.es.results.cardsTitle });
  const before = await below.boundingBox();
  expect(await page.locator('.radar-label').count()).toBe(0);

  release();
  await expect(page.locator('.radar-label')).toHaveCount(7);
  // The frame kept the chart's height while recharts was on its way.
  expect(await below.boundingBox()).toEqual(before);
});

test("a results link shows the verdict before it asks for the chart's code, then draws the chart whole @both", async ({
  page,
}) => {
  // On a slow connection recharts' 96 KB would come before the verdict's text: it is asked for
  // once the browser has shown the verdict (its first contentful paint), never in <head>.
  await page.goto(`./?lang=es${resultsHash(allScores(62, { trust: 30 }))}`);
  await expect(page.locator('.radar-label')).toHaveCount(7);
  const timing = await page.evaluate(
    (radarChunk) => ({
      shown: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      asked: performance.getEntriesByType('resource').find((entry) => new RegExp(radarChunk).test(entry.name))
        ?.startTime,
    }),
    RADAR_CHUNK.source,
  );
  expect(timing.shown).toBeDefined();
  expect(timing.asked).toBeGreaterThan(timing.shown!);
  await expect(page.locator('.radar-ring-label')).toHaveText(['40', '70']);
});

test("the chart's code missing: the reload message, as for any part of the app that cannot be fetched", async ({
  page,
}) => {
  await page.route(RADAR_CHUNK, (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto(`./?lang=es${resultsHash(allScores(62, { trust: 30 }))}`);
  await expect(page.getByRole('alert')).toContainText(words.es.errors.chunk.title);
  await page.unroute(RADAR_CHUNK);
  await page.getByRole('button', { name: words.es.errors.chunk.reload }).click();
  await expect(page.locator('.radar-label')).toHaveCount(7);
});
