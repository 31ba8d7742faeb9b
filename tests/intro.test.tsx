import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './support/render-app';

describe('intro screen', () => {
  it('greets the owner in Spanish with the promise, the duration, privacy and a start button', async () => {
    await renderApp('/?lang=es');
    expect(
      screen.getByRole('heading', { level: 1, name: '¿Es el momento de trabajar con un asistente virtual?' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Unos 6 minutos: 35 afirmaciones/)).toBeInTheDocument();
    expect(screen.getByText(/no salen de este navegador/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Empezar el cuestionario' })).toBeInTheDocument();
  });

  it('greets the owner in Italian', async () => {
    await renderApp('/?lang=it', 'it');
    expect(
      screen.getByRole('heading', { level: 1, name: 'È il momento di lavorare con un assistente virtuale?' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Inizia il questionario' })).toBeInTheDocument();
  });

  it('switches language from the visible switch and says which one is active', async () => {
    const { user } = await renderApp('/?lang=es');
    const italian = screen.getByRole('button', { name: 'Italiano' });
    expect(italian).toHaveAttribute('aria-pressed', 'false');
    await user.click(italian);
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'È il momento di lavorare con un assistente virtuale?',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Italiano' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Español' })).toHaveAttribute('aria-pressed', 'false');
    expect(window.location.search).toBe('?lang=it');
  });

  it('names the assistant who offers the quiz, as plain text', async () => {
    await renderApp('/?va=%3Cb%3EAna%3C%2Fb%3E');
    expect(screen.getByText('Cuestionario ofrecido por <b>Ana</b>')).toBeInTheDocument();
    expect(document.querySelector('b')).toBeNull();
  });
});
