import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../support/render-app';

// The results screen's file is gone, as after a deploy that removed an old chunk.
const attempts = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/features/results/results-screen', () => {
  attempts.count += 1;
  throw new TypeError('Failed to fetch dynamically imported module');
});

const stored = JSON.stringify({ version: 1, answers: { 'tech-1': 4, 'tech-2': 2 }, position: 2 });

describe('a part of the app that cannot be loaded', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is tried again once, then asks for a reload that keeps the answers', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    window.localStorage.setItem('delega:quiz', stored);
    await renderApp('/?lang=es');
    await screen.findByRole('heading', { level: 1 });
    window.history.pushState(null, '', '/?lang=es#results?tech=1');
    window.dispatchEvent(new PopStateEvent('popstate'));

    expect(await screen.findByRole('alert')).toHaveTextContent('No se ha podido cargar esta parte');
    expect(screen.getByRole('button', { name: 'Volver a cargar la página' })).toBeInTheDocument();
    expect(attempts.count).toBe(2);
    expect(window.localStorage.getItem('delega:quiz')).toBe(stored);
  });
});
