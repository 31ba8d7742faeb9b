import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app';

/*
 * A text that names the dimensions behind a result may name only one. Each sentence below is
 * what a native writer expects to read then, written out here rather than taken from the locale
 * files, so a plural form left in place of the singular fails.
 */
const owner = (lang: 'es' | 'it', scores: string) =>
  renderApp(`/?lang=${lang}#results?${scores}`, { language: lang });
const assistant = (lang: 'es' | 'it', scores: string) =>
  renderApp(`/?lang=${lang}&view=assistant#results?${scores}`, { language: lang });

// supervision alone is low: "employee", decided by one dimension
const ONE_LOW_SUPERVISION =
  'tech=80&communication=80&delegation=80&trust=80&supervision=20&procedures=80&teamwork=80';
// trust alone is low: "not-yet", decided by one dimension
const ONE_LOW_TRUST =
  'tech=80&communication=80&delegation=80&trust=30&supervision=80&procedures=80&teamwork=80';
// tech alone is low: "assistant after preparation", decided by one dimension
const ONE_LOW_TECH =
  'tech=20&communication=80&delegation=80&trust=80&supervision=80&procedures=80&teamwork=80';
// no low score, one medium (40) keeps the mean at 65.7, under 70: the mean decided it, one name pulls it down
const ONE_MEDIUM = 'tech=70&communication=70&delegation=70&trust=70&supervision=70&procedures=40&teamwork=70';

const headline = async () => (await screen.findByRole('heading', { level: 1 })).closest('header')!;
/** The assistant's reading: the section of the decision, found by its title. */
const decision = (title: string) => screen.findByRole('region', { name: title });

describe('a result decided by one dimension reads in the singular', () => {
  it('es, the owner: one low score', async () => {
    await owner('es', ONE_LOW_SUPERVISION);
    expect(await headline()).toHaveTextContent(
      'Lo que decide este resultado: tu puntuación baja en «Dar autonomía» (20).',
    );
  });

  it('it, the owner: one low score', async () => {
    await owner('it', ONE_LOW_SUPERVISION);
    expect(await headline()).toHaveTextContent(
      'A decidere questo risultato è il punteggio basso in «Lasciare autonomia» (20).',
    );
  });

  it('es, the owner: one name pulls the mean down', async () => {
    await owner('es', ONE_MEDIUM);
    expect(await headline()).toHaveTextContent('Lo que más la baja es «Sistemas y procedimientos» (40).');
  });

  it('it, the owner: one name pulls the mean down', async () => {
    await owner('it', ONE_MEDIUM);
    expect(await headline()).toHaveTextContent('A pesare di più è «Sistemi e procedure» (40).');
  });

  it('es, the assistant: one dimension weighs most', async () => {
    await assistant('es', ONE_LOW_TRUST);
    expect(await decision('Propón primero una etapa de preparación')).toHaveTextContent(
      'Lo que más pesa es «Disposición a confiar».',
    );
  });

  it('es, the assistant: one point to agree on', async () => {
    await assistant('es', ONE_LOW_TECH);
    expect(await decision('Acepta el encargo, con condiciones')).toHaveTextContent(
      'cómo se trabajará este punto: «Conocimientos tecnológicos básicos». Inclúyelo en tu propuesta',
    );
  });

  it('it, the assistant: one dimension weighs most', async () => {
    await assistant('it', ONE_LOW_TRUST);
    expect(await decision('Proponi prima una fase di preparazione')).toHaveTextContent(
      'Pesa soprattutto questo aspetto: «Disponibilità a fidarsi».',
    );
  });

  it('it, the assistant: one point to agree on', async () => {
    await assistant('it', ONE_LOW_TECH);
    expect(await decision('Accetta l’incarico, a certe condizioni')).toHaveTextContent(
      'come lavorerete su questo punto: «Competenze tecnologiche di base». Inseriscilo nella tua proposta',
    );
  });
});
