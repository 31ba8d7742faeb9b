import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import esView from '../../locales/es/assistant-view.json' with { type: 'json' };
import { APP_URL } from './support/app-url';
import { startHostServer, type HostFile, type HostServer } from './support/host-server';
import { allButTheLast, mixedAnswers, seedWidgetAnswers, verdictHeading } from './support/quiz';

/**
 * README, "Widget hosts who collect leads": the example host page is served exactly as the README
 * shows it, with only the app's address and the assistant's site (this test server) swapped in, so the documentation cannot drift from what works.
 */
const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const example = README.match(/<!-- lead-host-example -->\s*```html\n([\s\S]*?)```/)?.[1];

let host: HostServer;

test.beforeAll(async () => {
  if (!example) throw new Error('README: the lead-host example block is missing');
  // The page is served as it is read at request time: its body can name the server's own origin.
  const files: Record<string, HostFile> = {};
  host = await startHostServer(files);
  files['/'] = {
    body: `<!doctype html>
<html lang="es">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>Ana Pérez</title></head>
  <body>${example.replaceAll('https://example.com/delega/', APP_URL).replaceAll('https://www.ana.es', host.origin)}</body>
</html>`,
  };
});

test.afterAll(async () => {
  await host?.close();
});

test('a host page forwards the verdict, the scores and the assistant-view link to its own form', async ({
  page,
  context,
}) => {
  await page.goto(`${host.origin}/`);
  const widget = page.frameLocator('iframe');
  await expect(widget.getByRole('button', { name: 'Empezar el cuestionario' })).toBeVisible();
  // A visitor one answer short of the end (the whole run's taps: embed-guest.spec.ts), with the
  // progress the widget saved in its own storage.
  await seedWidgetAnswers(
    page.frames().find((frame) => frame.url().startsWith(APP_URL))!,
    allButTheLast(mixedAnswers),
  );
  await page.reload();
  await widget.getByRole('button', { name: /Seguir donde lo dejaste/ }).click();
  const step = widget.getByText(/^Afirmación \d+ de \d+$/);
  const total = Number((await step.textContent())?.match(/de (\d+)/)?.[1]);
  await expect(step).toHaveText(`Afirmación ${total} de ${total}`);
  await widget.getByRole('radio', { name: 'De acuerdo', exact: true }).click(); // a tap moves on by itself
  await expect(verdictHeading(widget, 'es')).toBeVisible();

  const field = (name: string) => page.locator(`#lead input[name="${name}"]`);
  await expect(field('delega_verdict')).toHaveValue(/^(employee|not-yet|assistant-after-prep|assistant)$/);
  const scores = JSON.parse(await field('delega_scores').inputValue()) as Record<string, number>;
  expect(Object.keys(scores).sort()).toEqual([
    'communication',
    'delegation',
    'procedures',
    'supervision',
    'teamwork',
    'tech',
    'trust',
  ]);

  const reading = await field('delega_reading').inputValue();
  expect(reading.startsWith(`${APP_URL}?lang=es&view=assistant#results?tech=${scores.tech}&`)).toBe(true);
  const assistant = await context.newPage();
  await assistant.goto(reading);
  await expect(assistant.getByRole('heading', { level: 1, name: esView.title })).toBeVisible();
  // The first call's questions, whatever the decision (an employee's reading has no 30-day plan).
  await expect(assistant.getByRole('heading', { level: 2, name: esView.questionsTitle })).toBeVisible();
});
