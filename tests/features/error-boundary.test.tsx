import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../support/render-app';

// A quiz screen that breaks, as an unexpected bug would.
vi.mock('../../src/features/quiz/quiz-screen', () => ({
  QuizScreen: () => {
    throw new Error('boom');
  },
}));

const stored = JSON.stringify({ version: 1, answers: { 'tech-1': 4, 'tech-2': 2 }, position: 2 });

// Each test opens the quiz from the intro: a vi.mock does not reach an import that start-up
// (bootstrap's preload of a `#quiz` link) begins before the test body runs.
describe('the top-level error boundary', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows a friendly message and starts again keeping the stored answers', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    window.localStorage.setItem('delega:quiz', stored);
    const { user } = await renderApp('/?lang=it', { language: 'it' });
    await user.click(
      await screen.findByRole('button', { name: 'Riprendi da dove avevi lasciato (2 di 35)' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Qualcosa è andato storto');
    await user.click(screen.getByRole('button', { name: 'Torna all’inizio' }));
    expect(
      await screen.findByRole('button', { name: 'Riprendi da dove avevi lasciato (2 di 35)' }),
    ).toBeInTheDocument();
  });

  it('clears the answers only when the user asks for it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    window.localStorage.setItem('delega:quiz', stored);
    const { user } = await renderApp('/?lang=es');
    await user.click(await screen.findByRole('button', { name: /Seguir donde lo dejaste/ }));
    await screen.findByRole('alert');
    await user.click(screen.getByRole('button', { name: 'Borrar mis respuestas y empezar' }));
    expect(await screen.findByRole('button', { name: 'Empezar el cuestionario' })).toBeInTheDocument();
    expect(window.localStorage.getItem('delega:quiz')).toBeNull();
  });
});
