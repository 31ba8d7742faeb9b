import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import esResults from '../../locales/es/results.json';
import es from '../../locales/es/quiz.json';
import it_ from '../../locales/it/quiz.json';
import { HISTORY_STORAGE_KEY } from '../../src/state/run-history';
import { renderApp, storeRuns } from '../support/render-app';

const scores = {
  tech: 90,
  communication: 72,
  delegation: 55,
  trust: 41,
  supervision: 70,
  procedures: 39,
  teamwork: 100,
};
const hashOf = (s: Record<string, number>) =>
  `#results?${Object.entries(s)
    .map(([d, n]) => `${d}=${n}`)
    .join('&')}`;
const hash = hashOf(scores);
/** No low dimension, a mean of 68: an assistant after work on trust (41), procedures (45), delegation (55). */
const prepHash = hashOf({ ...scores, procedures: 45 });

/** The verdict and the chart paint first, the rest (cards, actions, history) a frame later: waits for all of it. */
async function wholePage(title: string): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { level: 1, name: title });
  await screen.findByRole('region', { name: esResults.cardsTitle });
  return heading;
}

describe('results screen', () => {
  it('opens on the verdict as its heading, with its mark and what decided it', async () => {
    await renderApp(`/?lang=es${hash}`);
    const heading = await wholePage(es.verdicts.employee.title);
    const headline = heading.closest('header')!;
    expect(headline).toHaveTextContent(esResults.verdictMarks.employee);
    expect(headline).toHaveTextContent(`«${es.dimensions.procedures.name}» (39)`);
    // Only what decided it: trust (41) and delegation (55) are not named in the reason.
    expect(headline).not.toHaveTextContent(es.dimensions.trust.name);
  });

  it('says so when the mean decided "assistant after preparation"', async () => {
    await renderApp(`/?lang=es${hashOf({ ...scores, procedures: 60, trust: 60, tech: 60, teamwork: 60 })}`);
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: es.verdicts['assistant-after-prep'].title,
    });
    expect(heading.closest('header')).toHaveTextContent(/tu media es de 62 sobre 100/);
  });

  it('names a medium dimension that is left under "assistant"', async () => {
    await renderApp(
      `/?lang=es${hashOf({ ...scores, communication: 65, procedures: 80, trust: 80, delegation: 80 })}`,
    );
    const heading = await screen.findByRole('heading', { level: 1, name: es.verdicts.assistant.title });
    expect(heading.closest('header')).toHaveTextContent(
      `Vigila «${es.dimensions.communication.name}» (65), que sigue en un nivel medio.`,
    );
  });

  it('lists up to three priorities, weakest first, each with its first step', async () => {
    await renderApp(`/?lang=es${prepHash}`);
    const priorities = await screen.findByRole('region', { name: esResults.prioritiesTitle });
    const items = within(priorities).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent(es.dimensions.trust.name);
    expect(items[0]).toHaveTextContent(es.dimensions.trust.bands.medium.steps[0]!);
    expect(items[1]).toHaveTextContent(es.dimensions.procedures.name);
    expect(items[2]).toHaveTextContent(es.dimensions.delegation.name);
  });

  it('gives an owner sent to an employee what decided it and the first step toward hiring, not an assistant’s', async () => {
    await renderApp(`/?lang=es${hash}`);
    const steps = await screen.findByRole('region', { name: esResults.nextSteps.hireTitle });
    expect(steps).toHaveTextContent(es.dimensions.procedures.name);
    expect(steps).toHaveTextContent(es.verdicts.employee.causes.procedures);
    expect(steps).toHaveTextContent(es.verdicts.employee.next);
    // Trust (41) and delegation (55) are below high, but they did not decide this verdict.
    expect(steps).not.toHaveTextContent(es.dimensions.trust.name);
    expect(screen.queryByRole('region', { name: esResults.prioritiesTitle })).toBeNull();
  });

  it('tells an owner who is not ready yet what to practise first: what decided it', async () => {
    await renderApp(`/?lang=es${hashOf({ ...scores, procedures: 60, delegation: 30, tech: 45 })}`);
    const steps = await screen.findByRole('region', { name: esResults.nextSteps.practiseTitle });
    const items = within(steps).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent(es.dimensions.delegation.name);
    expect(items[0]).toHaveTextContent(es.dimensions.delegation.bands.low.steps[0]!);
    expect(steps).toHaveTextContent(es.verdicts['not-yet'].next);
    expect(steps).not.toHaveTextContent(es.dimensions.tech.name); // 45, lower than trust, but not deciding
  });

  it('says ties as ties, with what decided the verdict first', async () => {
    await renderApp(`/?lang=es${hashOf(Object.fromEntries(Object.keys(scores).map((d) => [d, 60])))}`);
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: es.verdicts['assistant-after-prep'].title,
    });
    expect(heading.closest('header')).toHaveTextContent(
      'Lo que más la baja: las siete dimensiones, todas con 60.',
    );
    const priorities = screen.getByRole('region', { name: esResults.prioritiesTitle });
    expect(
      within(priorities)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('strong')!.textContent),
    ).toEqual(
      ['tech', 'communication', 'delegation'].map((d) => es.dimensions[d as keyof typeof es.dimensions].name),
    );
    expect(priorities).toHaveTextContent('Otras 4 dimensiones tienen la misma puntuación');
  });

  it('warns an owner who needs an employee that letting go will matter there too', async () => {
    await renderApp(
      '/?lang=es#results?tech=90&communication=72&delegation=30&trust=41&supervision=20&procedures=60&teamwork=100',
    );
    await wholePage(es.verdicts.employee.title);
    expect(screen.getByText(es.verdicts.employee.alsoLetGo)).toBeInTheDocument();
  });

  it('does not add that warning when delegation and trust are fine', async () => {
    await renderApp(`/?lang=es${hash}`);
    await wholePage(es.verdicts.employee.title);
    expect(screen.queryByText(es.verdicts.employee.alsoLetGo)).toBeNull();
  });

  it('shows seven cards, weakest first, as disclosures: the priorities open, the others closed', async () => {
    await renderApp(`/?lang=es${prepHash}`);
    const region = await screen.findByRole('region', { name: esResults.cardsTitle });
    const cards = within(region).getAllByRole('group');
    expect(cards.map((card) => within(card).getByRole('heading', { level: 3 }).textContent)).toEqual(
      ['trust', 'procedures', 'delegation', 'supervision', 'communication', 'tech', 'teamwork'].map(
        (d) => es.dimensions[d as keyof typeof es.dimensions].name,
      ),
    );
    expect(cards.map((card) => card.hasAttribute('open'))).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    const summary = cards[0]!.querySelector('summary')!;
    expect(summary).toHaveTextContent('41 de 100');
    expect(summary).toHaveTextContent('Medio');
    expect(cards[0]).toHaveTextContent(es.dimensions.trust.bands.medium.steps[0]!);
    expect(cards[3]!.querySelector('summary')).toHaveTextContent('Alto'); // 70 is already high
  });

  it('gives the chart a text alternative: a table of dimension, score and band', async () => {
    await renderApp(`/?lang=it${hash}`, { language: 'it' });
    const table = await screen.findByRole('table', { name: /Punteggio per dimensione \(da 0 a 100\)/ });
    expect(within(table).getAllByRole('row')).toHaveLength(8);
    expect(
      within(table).getByRole('row', { name: `${it_.dimensions.trust.short} 41 Medio` }),
    ).toBeInTheDocument();
  });

  it('offers to send the results only when the assistant’s name and contact are both known', async () => {
    await renderApp(`/?lang=es&va=Ana${hash}`);
    await wholePage(es.verdicts.employee.title);
    expect(screen.queryByRole('link', { name: /Enviar mis resultados/ })).toBeNull();
    expect(screen.getByRole('button', { name: esResults.share.button })).toBeInTheDocument();
  });

  it('shows the link as text that can be selected', async () => {
    await renderApp(`/?lang=es${hash}`);
    await wholePage(es.verdicts.employee.title);
    const save = screen.getByRole('region', { name: esResults.actionsTitle });
    expect(within(save).getByText(/#results\?tech=90&communication=72/)).toBeInTheDocument();
  });
});

describe('progress over time', () => {
  it('shows the change of each dimension since the run before this one', async () => {
    storeRuns(
      { date: '2026-03-12T09:00:00.000Z', scores: { ...scores, procedures: 24, trust: 41 } },
      { date: '2026-04-02T09:00:00.000Z', scores },
    );
    // The tab that finished the run remembers which it was.
    await renderApp(`/?lang=es${hash}`, { entry: { run: '2026-04-02T09:00:00.000Z' } });
    const region = await screen.findByRole('region', { name: esResults.cardsTitle });
    const [procedures, trust] = within(region).getAllByRole('group');
    expect(procedures).toHaveTextContent('+15 desde el 12 de marzo');
    expect(trust).toHaveTextContent('Igual que el 12 de marzo');
    expect(screen.getByText('La vez anterior (12 de marzo)')).toBeInTheDocument();
  });

  it('shows no history for results this browser did not record (a link opened elsewhere)', async () => {
    storeRuns({ date: '2026-03-12T09:00:00.000Z', scores: { ...scores, procedures: 24 } });
    await renderApp(`/?lang=es${hash}`);
    await wholePage(es.verdicts.employee.title);
    expect(screen.queryByText(/desde el 12 de marzo/)).toBeNull();
    expect(screen.queryByText(/La vez anterior/)).toBeNull();
  });

  it('compares a link with nothing, even when a run of this browser scored the same', async () => {
    storeRuns(
      { date: '2026-03-12T09:00:00.000Z', scores: { ...scores, procedures: 24 } },
      { date: '2026-04-02T09:00:00.000Z', scores },
    );
    await renderApp(`/?lang=es${hash}`);
    await wholePage(es.verdicts.employee.title);
    expect(screen.queryByText(/desde el 12 de marzo/)).toBeNull();
    expect(screen.queryByText(/La vez anterior/)).toBeNull();
  });

  it('ignores a damaged history without an error', async () => {
    window.localStorage.setItem(HISTORY_STORAGE_KEY, '{"runs": [{"date": "yesterday"}, 42');
    await renderApp(`/?lang=es${hash}`);
    await wholePage(es.verdicts.employee.title);
    expect(screen.queryByRole('region', { name: esResults.history.title })).toBeNull();
  });

  it('deletes the history after one confirmation', async () => {
    storeRuns(
      { date: '2026-03-12T09:00:00.000Z', scores: { ...scores, procedures: 24 } },
      { date: '2026-04-02T09:00:00.000Z', scores },
    );
    const { user } = await renderApp(`/?lang=es${hash}`);
    const panel = await screen.findByRole('region', { name: esResults.history.title });
    await user.click(within(panel).getByRole('button', { name: esResults.history.delete }));
    const dialog = await screen.findByRole('dialog', { name: esResults.history.deleteConfirm.title });
    expect(dialog).toHaveTextContent('Se borrarán los 2 resultados');
    await user.click(within(dialog).getByRole('button', { name: esResults.history.deleteConfirm.confirm }));
    expect(window.localStorage.getItem(HISTORY_STORAGE_KEY)).toBeNull();
    expect(screen.queryByText(/desde el 12 de marzo/)).toBeNull();
    expect(within(panel).getByRole('status')).toHaveTextContent(esResults.history.deleted);
  });
});

describe('verdicts that say exactly what decided them', () => {
  const open = (scores: string) => renderApp(`/?lang=es#results?${scores}`);
  /** The verdict's title is the page's heading; its explanation waits, closed, under "about this verdict". */
  const verdictPanel = async (title: string): Promise<HTMLElement> => {
    await wholePage(title);
    // The panel on screen (the printed report repeats its heading for paper).
    const headings = screen.getAllByRole('heading', { level: 2, name: esResults.aboutVerdict });
    return headings.map((heading) => heading.closest('details')).find(Boolean)!;
  };

  it('tells an owner sent to an employee by procedures alone about planning, not about directing', async () => {
    await open('tech=90&communication=72&delegation=55&trust=41&supervision=70&procedures=39&teamwork=100');
    const verdict = await verdictPanel(es.verdicts.employee.title);
    const steps = screen.getByRole('region', { name: esResults.nextSteps.hireTitle });
    expect(steps).toHaveTextContent(es.verdicts.employee.causes.procedures);
    expect(steps).not.toHaveTextContent(es.verdicts.employee.causes.supervision);
    expect(verdict).toHaveTextContent(/a distancia o a media jornada/);
  });

  it('shows the band and score next to each name that weighed most', async () => {
    await open('tech=90&communication=72&delegation=55&trust=41&supervision=20&procedures=39&teamwork=100');
    const verdict = await verdictPanel(es.verdicts.employee.title);
    expect(
      within(verdict)
        .getAllByRole('listitem', { hidden: true })
        .map((li) => li.textContent),
    ).toEqual([
      `${es.dimensions.supervision.name} Bajo · 20 de 100`,
      `${es.dimensions.procedures.name} Bajo · 39 de 100`,
    ]);
  });

  it('names a ready owner’s three strongest once, and a medium one as something to watch', async () => {
    await open('tech=100&communication=95&delegation=90&trust=85&supervision=80&procedures=60&teamwork=75');
    const verdict = await verdictPanel(es.verdicts.assistant.title);
    expect(
      within(verdict)
        .getAllByRole('listitem', { hidden: true })
        .map((li) => li.textContent),
    ).toEqual([
      `${es.dimensions.tech.name} Alto · 100 de 100`,
      `${es.dimensions.communication.name} Alto · 95 de 100`,
      `${es.dimensions.delegation.name} Alto · 90 de 100`,
    ]);
    expect(verdict).toHaveTextContent('tus 3 puntos más fuertes');
    // What to watch is said once, in the headline's reason.
    expect(screen.getByText(/Vigila «/)).toHaveTextContent(
      `Vigila «${es.dimensions.procedures.name}» (60), que sigue en un nivel medio.`,
    );
    expect(verdict).not.toHaveTextContent(/Tienes una buena base/);
  });

  it('says so when the mean of the seven decided “assistant after preparation”', async () => {
    await open('tech=60&communication=60&delegation=60&trust=60&supervision=60&procedures=60&teamwork=75');
    const verdict = await verdictPanel(es.verdicts['assistant-after-prep'].title);
    expect(verdict).toHaveTextContent('tu media en las siete dimensiones es 62 de 100 y no llega a 70');
  });

  it('agrees in number with a single low area', async () => {
    await open('tech=20&communication=60&delegation=60&trust=60&supervision=60&procedures=60&teamwork=75');
    const verdict = await verdictPanel(es.verdicts['assistant-after-prep'].title);
    expect(verdict).toHaveTextContent(es.verdicts['assistant-after-prep'].body_one);
  });
});

describe('a damaged results link', () => {
  it('says which dimension a link gives twice', async () => {
    await renderApp(
      '/?lang=es#results?tech=10&tech=90&communication=50&delegation=50&trust=50&supervision=50&procedures=50&teamwork=50',
    );
    expect(
      await screen.findByText(`Aparece más de una vez: «${es.dimensions.tech.name}».`),
    ).toBeInTheDocument();
    // A damaged link gives no verdict at all.
    for (const { title } of Object.values(es.verdicts)) {
      expect(screen.queryByRole('heading', { name: title })).toBeNull();
    }
  });

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
    expect(screen.getByText(`Manca: «${it_.dimensions.teamwork.name}».`)).toBeInTheDocument();
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
