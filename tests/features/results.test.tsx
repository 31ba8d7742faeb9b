import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import es from '../../locales/es/quiz.json';
import it_ from '../../locales/it/quiz.json';
import { renderApp } from '../support/render-app';

const hash =
  '#results?tech=90&communication=72&delegation=55&trust=41&supervision=70&procedures=39&teamwork=100';

describe('results screen', () => {
  it('shows the verdict with the dimensions that decided it', async () => {
    await renderApp(`/?lang=es${hash}`);
    const verdict = await screen.findByRole('region', { name: es.verdicts.employee.title });
    expect(within(verdict).getByRole('listitem')).toHaveTextContent(es.dimensions.procedures.name);
    expect(verdict).toHaveTextContent(es.verdicts.employee.next);
  });

  it('warns an owner who needs an employee that letting go will matter there too', async () => {
    await renderApp(
      '/?lang=es#results?tech=90&communication=72&delegation=30&trust=41&supervision=20&procedures=60&teamwork=100',
    );
    const verdict = await screen.findByRole('region', { name: es.verdicts.employee.title });
    expect(verdict).toHaveTextContent(es.verdicts.employee.alsoLetGo);
  });

  it('does not add that warning when delegation and trust are fine', async () => {
    await renderApp(`/?lang=es${hash}`);
    const verdict = await screen.findByRole('region', { name: es.verdicts.employee.title });
    expect(verdict).not.toHaveTextContent(es.verdicts.employee.alsoLetGo);
  });

  it('lists seven cards, weakest first, each with score, band and that band’s advice', async () => {
    await renderApp(`/?lang=es${hash}`);
    const cards = within(await screen.findByRole('region', { name: 'Dimensión por dimensión' })).getAllByRole(
      'article',
    );
    expect(cards.map((card) => within(card).getByRole('heading', { level: 3 }).textContent)).toEqual(
      ['procedures', 'trust', 'delegation', 'supervision', 'communication', 'tech', 'teamwork'].map(
        (d) => es.dimensions[d as keyof typeof es.dimensions].name,
      ),
    );
    const weakest = cards[0]!;
    expect(weakest).toHaveTextContent('39 de 100');
    expect(within(weakest).getByText('Bajo')).toBeInTheDocument();
    expect(weakest).toHaveTextContent(es.dimensions.procedures.bands.low.steps[0]!);
    expect(cards[3]).toHaveTextContent('Alto'); // 70 is already high
  });

  it('gives the chart a text alternative: a table of dimension, score and band', async () => {
    await renderApp(`/?lang=it${hash}`, { language: 'it' });
    const table = await screen.findByRole('table', { name: 'Punteggio per dimensione (da 0 a 100)' });
    expect(within(table).getAllByRole('row')).toHaveLength(8);
    expect(
      within(table).getByRole('row', { name: `${it_.dimensions.trust.name} 41 Medio` }),
    ).toBeInTheDocument();
  });

  it('offers to send the results only when the assistant’s name and contact are both known', async () => {
    await renderApp(`/?lang=es&va=Ana${hash}`);
    await screen.findByRole('heading', { level: 1, name: 'Tus resultados' });
    expect(screen.queryByRole('link', { name: /Enviar mis resultados/ })).toBeNull();
  });
});

describe('a damaged results link', () => {
  it('says what is wrong in the current language and offers the quiz', async () => {
    const { user } = await renderApp(
      '/?lang=it#results?tech=50&communication=x&delegation=50&trust=50&supervision=50&procedures=150',
      { language: 'it' },
    );
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Non riusciamo a leggere questo link dei risultati',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(`Mancano: «${it_.dimensions.teamwork.name}».`)).toBeInTheDocument();
    expect(
      screen.getByText(
        `Valori non validi in: «${it_.dimensions.communication.name}» e «${it_.dimensions.procedures.name}».`,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/NaN/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Fai il questionario' }));
    expect(await screen.findByText('Affermazione 1 di 35')).toBeInTheDocument();
  });
});
