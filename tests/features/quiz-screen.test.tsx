import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { paths } from '../../src/config/paths';
import {
  decideFit,
  isComplete,
  scoreAnswers,
  STATEMENTS,
  type AnswerValue,
  type Answers,
} from '../../src/quiz';
import type { Host } from '../../src/services/host';
import { QuizScreen } from '../../src/features/quiz/quiz-screen';
import { createSafeStorage } from '../../src/lib/safe-storage';
import { createAnswerStore, type AnswerStore } from '../../src/state/answer-store';
import { renderApp, renderWithI18n } from '../support/render-app';

/** A widget's host page, seen from inside: what the app tells it. */
const fakeHost = () => {
  const notify = vi.fn<Host['notify']>();
  return { host: { embedded: true, notify } satisfies Host, notify };
};
const startsSent = (notify: ReturnType<typeof fakeHost>['notify']) =>
  notify.mock.calls.filter(([message]) => message.type === 'delega:start').length;

/** Every statement answered, varied so that the scores differ per dimension, but the last one. */
const allButLast = (): Answers =>
  Object.fromEntries(STATEMENTS.slice(0, -1).map((s, i) => [s.id, ((i % 5) + 1) as AnswerValue]));

const store = (answers: Answers, position: number) =>
  window.localStorage.setItem('delega:quiz', JSON.stringify({ version: 1, answers, position }));

describe('QuizScreen', { timeout: 30_000 }, () => {
  it('the last answer leads to the exact results link and tells the host the verdict', async () => {
    const answers = allButLast();
    store(answers, STATEMENTS.length - 1);
    const { host, notify } = fakeHost();
    const { user } = await renderApp('/?lang=es', { host });
    await user.click(await screen.findByRole('button', { name: /Seguir donde lo dejaste/ }));
    await screen.findByText(`Afirmación ${STATEMENTS.length} de ${STATEMENTS.length}`);

    await user.click(screen.getByRole('radio', { name: 'De acuerdo' }));
    await user.click(screen.getByRole('button', { name: 'Ver mis resultados' }));

    const report = scoreAnswers({ ...answers, [STATEMENTS.at(-1)!.id]: 4 });
    if (!isComplete(report)) throw new Error('the run should be complete');
    expect(window.location.hash).toBe(paths.results(report.scores));
    expect(notify).toHaveBeenCalledWith({
      type: 'delega:complete',
      verdict: decideFit(report.scores).verdict,
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: /asistencia virtual|plantilla|soltar/ }),
    ).toBeInTheDocument();
  });

  it('reaching the end with an earlier statement unanswered goes back to that one', async () => {
    // The store never opens past a gap; an answer lost while the last statement is on screen
    // (another tab, damaged storage) is the case this guards, so the store here starts there.
    const answers = { ...allButLast() };
    delete (answers as Record<string, AnswerValue>)[STATEMENTS[2]!.id];
    const real = createAnswerStore(createSafeStorage());
    for (const [id, value] of Object.entries(answers)) real.answer(id, value);
    let atTheEnd = true;
    const onTheLast = { ...real.getState(), position: STATEMENTS.length - 1 };
    const store: AnswerStore = {
      ...real,
      getState: () => (atTheEnd ? onTheLast : real.getState()),
      answer: (id, value) => {
        atTheEnd = false;
        real.answer(id, value);
      },
    };
    const onComplete = vi.fn();
    const { user } = await renderWithI18n(<QuizScreen onComplete={onComplete} onExit={vi.fn()} />, 'es', {
      answers: store,
    });
    await screen.findByText(`Afirmación ${STATEMENTS.length} de ${STATEMENTS.length}`);

    await user.click(screen.getByRole('radio', { name: 'De acuerdo' }));
    await user.click(screen.getByRole('button', { name: 'Ver mis resultados' }));

    expect(await screen.findByText(`Afirmación 3 de ${STATEMENTS.length}`)).toBeInTheDocument();
    expect(onComplete).not.toHaveBeenCalled();
  });

  it('back from the first statement returns to the intro', async () => {
    const { user } = await renderApp('/?lang=es#quiz');
    await screen.findByText(`Afirmación 1 de ${STATEMENTS.length}`);
    await user.click(screen.getByRole('button', { name: 'Anterior' }));
    expect(await screen.findByRole('button', { name: 'Empezar el cuestionario' })).toBeInTheDocument();
    expect(window.location.hash).toBe(paths.intro());
  });

  it('a start-over mid-run tells the host that a new run started', async () => {
    const { host, notify } = fakeHost();
    const { user } = await renderApp('/?lang=es', { host });
    await user.click(await screen.findByRole('button', { name: 'Empezar el cuestionario' }));
    await user.click(await screen.findByRole('radio', { name: 'De acuerdo' }));
    await user.click(screen.getByRole('button', { name: 'Siguiente' }));
    await screen.findByText(`Afirmación 2 de ${STATEMENTS.length}`);
    expect(startsSent(notify)).toBe(1);

    await user.click(screen.getByRole('button', { name: 'Anterior' }));
    await user.click(screen.getByRole('button', { name: 'Anterior' }));
    await user.click(await screen.findByRole('button', { name: 'Empezar de cero' }));
    await user.click(await screen.findByRole('button', { name: 'Sí, borrar y empezar' }));

    expect(await screen.findByText(`Afirmación 1 de ${STATEMENTS.length}`)).toBeInTheDocument();
    expect(startsSent(notify)).toBe(2);
  });
});
