import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { StatementStep } from '../../src/features/quiz/statement-step';
import { STATEMENTS } from '../../src/quiz';
import es from '../../locales/es/quiz.json';
import { renderWithI18n } from '../support/render-app';

const statement = STATEMENTS[0]!;

async function renderStep(props: Partial<Parameters<typeof StatementStep>[0]> = {}) {
  const onAnswer = vi.fn();
  const onPick = vi.fn();
  const onBack = vi.fn();
  return {
    onAnswer,
    onPick,
    onBack,
    ...(await renderWithI18n(
      <>
        <p id="progress">Afirmación 1 de 35</p>
        <StatementStep
          statement={statement}
          answer={undefined}
          isFirst={false}
          isLast={false}
          progressId="progress"
          onPick={onPick}
          onAnswer={onAnswer}
          onBack={onBack}
          {...props}
        />
      </>,
    )),
  };
}

describe('a statement step', () => {
  it('never names the dimension it measures; the first step says how to answer what the owner has not lived', async () => {
    await renderStep({ isFirst: true });
    expect(screen.queryByText(es.dimensions.tech.name)).toBeNull();
    expect(screen.getByText(es.quiz.howToAnswer)).toBeInTheDocument();
  });

  it('says how to answer only before the first statement', async () => {
    await renderStep();
    expect(screen.queryByText(es.quiz.howToAnswer)).toBeNull();
  });

  it('shows the statement as the heading and its scale as a radio group named by it', async () => {
    await renderStep();
    const heading = screen.getByRole('heading', { level: 1, name: es.statements['tech-1'] });
    expect(heading).toHaveAccessibleDescription('Afirmación 1 de 35');
    const group = screen.getByRole('group', { name: es.statements['tech-1'] });
    expect(group).toBeInTheDocument();
    expect(screen.getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
  });

  it('asks for an answer instead of moving on when none is chosen', async () => {
    const { user, onAnswer } = await renderStep();
    await user.click(screen.getByRole('button', { name: 'Siguiente' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Elige una respuesta para seguir.');
    expect(screen.getByRole('group')).toHaveAttribute('aria-invalid', 'true');
    expect(onAnswer).not.toHaveBeenCalled();
  });

  it('confirms the chosen answer with the keyboard: arrows choose, Enter confirms', async () => {
    const { user, onAnswer } = await renderStep({ answer: 2 });
    expect(screen.getByRole('radio', { name: es.scale['2'] })).toBeChecked();
    screen.getByRole('radio', { name: es.scale['2'] }).focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('radio', { name: es.scale['4'] })).toBeChecked();
    expect(onAnswer).not.toHaveBeenCalled(); // arrows alone never advance
    await user.keyboard('{Enter}');
    await waitFor(() => expect(onAnswer).toHaveBeenCalledWith(4));
  });

  it('advances by itself after a tap with a pointer', async () => {
    const { user, onAnswer } = await renderStep();
    await user.click(screen.getByRole('radio', { name: es.scale['5'] }));
    await waitFor(() => expect(onAnswer).toHaveBeenCalledWith(5));
  });

  it('keeps a tapped answer at once; leaving before the step moves on drops only the move', async () => {
    const { user, onPick, onAnswer, unmount } = await renderStep();
    await user.click(screen.getByRole('radio', { name: es.scale['2'] }));
    expect(onPick).toHaveBeenCalledWith(2);
    unmount();
    // No sleep: a step tapped after this one was left moves on after the same delay, so once it
    // has moved on, the left step's move would have come too.
    const next = await renderStep();
    await next.user.click(screen.getByRole('radio', { name: es.scale['3'] }));
    await waitFor(() => expect(next.onAnswer).toHaveBeenCalledWith(3));
    expect(onAnswer).not.toHaveBeenCalled();
  });

  it('goes back, and names the last step "see my results"', async () => {
    const { user, onBack } = await renderStep({ isLast: true });
    await user.click(screen.getByRole('button', { name: 'Anterior' }));
    expect(onBack).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Ver mis resultados' })).toBeInTheDocument();
  });
});
