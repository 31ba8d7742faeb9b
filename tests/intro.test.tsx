import { screen } from '@testing-library/react';
import { STATEMENTS } from '../src/quiz';
import { describe, expect, it } from 'vitest';
import esQuiz from '../locales/es/quiz.json';
import esResults from '../locales/es/results.json';
import { renderApp, storeRuns } from './support/render-app';

describe('intro screen', () => {
  it('greets the owner in Spanish with the promise, the duration, no right answers, privacy and a start button', async () => {
    await renderApp('/?lang=es');
    expect(
      screen.getByRole('heading', { level: 1, name: '¿Es el momento de trabajar con un asistente virtual?' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Unos 6 minutos: 35 afirmaciones/)).toBeInTheDocument();
    expect(screen.getByText(/se quedan en este navegador/)).toBeInTheDocument();
    expect(screen.getByText(/No hay respuestas correctas/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Empezar el cuestionario' })).toBeInTheDocument();
  });

  it('greets the owner in Italian', async () => {
    await renderApp('/?lang=it', { language: 'it' });
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

describe('intro with stored progress', () => {
  const allAnswered = () =>
    JSON.stringify({
      version: 1,
      answers: Object.fromEntries(STATEMENTS.map((s) => [s.id, s.reverse ? 2 : 4])),
      position: STATEMENTS.length - 1,
    });

  it('offers the results, not the last statement, once every statement is answered', async () => {
    window.localStorage.setItem('delega:quiz', allAnswered());
    const { user } = await renderApp('/?lang=es');
    await user.click(screen.getByRole('button', { name: 'Ver mis resultados' }));
    // The results open on their verdict: all 75 is "assistant".
    expect(
      await screen.findByRole('heading', { level: 1, name: esQuiz.verdicts.assistant.title }),
    ).toBeInTheDocument();
    expect(window.location.hash).toBe(
      '#results?tech=75&communication=75&delegation=75&trust=75&supervision=75&procedures=75&teamwork=75',
    );
  });

  it('opens the finished run with its change since the run before it, as when it ended', async () => {
    window.localStorage.setItem('delega:quiz', allAnswered());
    // This browser kept the run before (procedures lower) and the finished run itself.
    const all75 = { tech: 75, communication: 75, delegation: 75, trust: 75, supervision: 75, teamwork: 75 };
    storeRuns(
      { date: '2026-03-12T09:00:00.000Z', scores: { ...all75, procedures: 60 } },
      { date: '2026-04-02T09:00:00.000Z', scores: { ...all75, procedures: 75 } },
    );
    const { user } = await renderApp('/?lang=es');
    await user.click(screen.getByRole('button', { name: 'Ver mis resultados' }));
    expect(await screen.findByText('La vez anterior (12 de marzo)')).toBeInTheDocument();
  });

  it('opens a finished run that said nothing again without a verdict', async () => {
    const sameAnswer = Object.fromEntries(STATEMENTS.map((s) => [s.id, 5]));
    window.localStorage.setItem(
      'delega:quiz',
      JSON.stringify({ version: 2, answers: sameAnswer, position: STATEMENTS.length - 1 }),
    );
    const { user } = await renderApp('/?lang=es');
    await user.click(screen.getByRole('button', { name: 'Ver mis resultados' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: esResults.unclear.title }),
    ).toBeInTheDocument();
    expect(window.location.hash).toContain('&check=same-answer%2Cagree-both');
  });

  it('asks before starting over, and keeps the answers when the owner cancels', async () => {
    window.localStorage.setItem(
      'delega:quiz',
      JSON.stringify({ version: 1, answers: { 'tech-1': 3 }, position: 1 }),
    );
    const { user } = await renderApp('/?lang=it', { language: 'it' });
    await user.click(screen.getByRole('button', { name: 'Ricomincia da capo' }));
    expect(await screen.findByRole('dialog', { name: 'Ricominciare da capo?' })).toHaveTextContent(
      'Verrà cancellata la risposta che hai dato finora',
    );
    await user.click(screen.getByRole('button', { name: 'Annulla' }));
    expect(window.localStorage.getItem('delega:quiz')).toContain('tech-1');
    await user.click(screen.getByRole('button', { name: 'Ricomincia da capo' }));
    await user.click(screen.getByRole('button', { name: 'Sì, cancella e ricomincia' }));
    expect(await screen.findByText('Affermazione 1 di 35')).toBeInTheDocument();
    expect(window.localStorage.getItem('delega:quiz')).toBeNull();
  });

  it('points assistants to the generator, but not on an assistant’s own link', async () => {
    await renderApp('/?lang=es');
    expect(screen.getByRole('link', { name: /Trabajas como asistente virtual/ })).toHaveAttribute(
      'href',
      '?for=assistants&lang=es',
    );
  });

  it('hides the generator link when the quiz is offered by an assistant', async () => {
    await renderApp('/?lang=es&va=Ana');
    expect(screen.queryByRole('link', { name: /Trabajas como asistente virtual/ })).toBeNull();
  });
});
