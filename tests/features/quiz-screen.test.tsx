import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { paths } from '../../src/config/paths';
import {
  decideFit,
  isComplete,
  scoreAnswers,
  QUIZ_ORDER,
  type AnswerValue,
  type Answers,
} from '../../src/quiz';
import type { Host } from '../../src/services/host';
import { renderApp } from '../support/render-app';

/** A widget's host page, seen from inside: what the app tells it. */
const fakeHost = () => {
  const notify = vi.fn<Host['notify']>();
  return { host: { embedded: true, notify } satisfies Host, notify };
};
const startsSent = (notify: ReturnType<typeof fakeHost>['notify']) =>
  notify.mock.calls.filter(([message]) => message.type === 'delega:start').length;

/** Every statement answered, varied so that the scores differ per dimension. */
const allAnswered = (): Answers =>
  Object.fromEntries(QUIZ_ORDER.map((s, i) => [s.id, ((i % 5) + 1) as AnswerValue]));

/** The same, but the last statement of the order. */
const allButLast = (): Answers =>
  Object.fromEntries(QUIZ_ORDER.slice(0, -1).map((s, i) => [s.id, ((i % 5) + 1) as AnswerValue]));

const store = (answers: Answers, position: number) =>
  window.localStorage.setItem('delega:quiz', JSON.stringify({ version: 1, answers, position }));

describe('QuizScreen', { timeout: 30_000 }, () => {
  it('the last answer leads to the exact results link and tells the host the verdict', async () => {
    const answers = allButLast();
    store(answers, QUIZ_ORDER.length - 1);
    const { host, notify } = fakeHost();
    const { user } = await renderApp('/?lang=es', { host });
    await user.click(await screen.findByRole('button', { name: /Seguir donde lo dejaste/ }));
    await screen.findByText(`Afirmación ${QUIZ_ORDER.length} de ${QUIZ_ORDER.length}`);

    await user.click(screen.getByRole('radio', { name: 'De acuerdo' }));
    await user.click(screen.getByRole('button', { name: 'Ver mis resultados' }));

    const report = scoreAnswers({ ...answers, [QUIZ_ORDER.at(-1)!.id]: 4 });
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

  it('a link to a statement not reachable yet opens the first unanswered one', async () => {
    // Everything answered but the third statement of the order: #quiz/35 is not reachable.
    const answers: Record<string, AnswerValue> = { ...allAnswered() };
    delete answers[QUIZ_ORDER[2]!.id];
    store(answers, 0);
    await renderApp(`/?lang=es${paths.statement(QUIZ_ORDER.length)}`);
    expect(await screen.findByText(`Afirmación 3 de ${QUIZ_ORDER.length}`)).toBeInTheDocument();
    expect(window.location.hash).toBe(paths.statement(3));
  });

  it('a reload on a statement already answered stays there, with its answer', async () => {
    store(allButLast(), 0);
    await renderApp(`/?lang=es${paths.statement(7)}`);
    expect(await screen.findByText(`Afirmación 7 de ${QUIZ_ORDER.length}`)).toBeInTheDocument();
    expect(screen.getByRole('radio', { checked: true })).toHaveAttribute(
      'value',
      String(allButLast()[QUIZ_ORDER[6]!.id]),
    );
  });

  it('back from the first statement returns to the intro', async () => {
    const { user } = await renderApp('/?lang=es#quiz');
    await screen.findByText(`Afirmación 1 de ${QUIZ_ORDER.length}`);
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
    await screen.findByText(`Afirmación 2 de ${QUIZ_ORDER.length}`);
    expect(startsSent(notify)).toBe(1);

    await user.click(screen.getByRole('button', { name: 'Anterior' }));
    await user.click(screen.getByRole('button', { name: 'Anterior' }));
    await user.click(await screen.findByRole('button', { name: 'Empezar de cero' }));
    await user.click(await screen.findByRole('button', { name: 'Sí, borrar y empezar' }));

    expect(await screen.findByText(`Afirmación 1 de ${QUIZ_ORDER.length}`)).toBeInTheDocument();
    expect(startsSent(notify)).toBe(2);
  });
});
