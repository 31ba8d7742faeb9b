import { screen } from '@testing-library/react';
import { renderApp } from '../support/render-app';

/** The generator page, started as the app starts it, once its lazy chunk has rendered. */
export async function openGenerator(lang: 'es' | 'it' = 'es') {
  const view = await renderApp(`/?for=assistants&lang=${lang}`, { language: lang });
  await screen.findByRole('heading', { level: 1 }, { timeout: 5_000 }); // a lazy chunk, on a busy machine
  return view;
}

/** One of the generator's read-only outputs (the link, a snippet), by its label. */
export const codeBox = (name: string | RegExp) =>
  screen.getByRole('textbox', { name }) as HTMLTextAreaElement;
