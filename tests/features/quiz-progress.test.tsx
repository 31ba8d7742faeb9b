import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { QuizProgress } from '../../src/features/quiz/quiz-progress';
import { renderWithI18n } from '../support/render-app';

describe('quiz progress', () => {
  it('says where the owner is in words and as a progress bar', async () => {
    await renderWithI18n(<QuizProgress id="p" current={8} total={35} answered={7} />, 'it');
    expect(screen.getByText('Affermazione 8 di 35')).toBeInTheDocument();
    const bar = screen.getByRole('progressbar', { name: 'Avanzamento del questionario' });
    expect(bar).toHaveAttribute('aria-valuenow', '7');
    expect(bar).toHaveAttribute('aria-valuemax', '35');
    expect(bar).toHaveAttribute('aria-valuetext', 'Affermazione 8 di 35');
  });
});
