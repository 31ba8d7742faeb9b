import { describe, expect, it } from 'vitest';
import { buildMailto, buildResultsLink, parseResultsHash, screenOf } from '../../src/config/links';

const scores = {
  tech: 90,
  communication: 72,
  delegation: 55,
  trust: 41,
  supervision: 70,
  procedures: 0,
  teamwork: 100,
};

describe('results links', () => {
  it('build and read back the same scores, carrying lang, va, contact and accent', () => {
    const link = buildResultsLink(
      'https://va.example.com/delega/',
      { lang: 'it', va: 'Giulia & Co', contact: 'mailto:g@example.it', accent: '#aa3366' },
      scores,
    );
    expect(link).toBe(
      'https://va.example.com/delega/?lang=it&va=Giulia+%26+Co&contact=mailto%3Ag%40example.it&accent=%23aa3366' +
        '#results?tech=90&communication=72&delegation=55&trust=41&supervision=70&procedures=0&teamwork=100',
    );
    const url = new URL(link);
    expect(screenOf(url.hash)).toBe('results');
    expect(parseResultsHash(url.hash)).toEqual({ ok: true, scores });
  });

  it.each([
    [
      'missing',
      '#results?tech=1&communication=1&delegation=1&trust=1&supervision=1&procedures=1',
      { missing: ['teamwork'], invalid: [] },
    ],
    [
      '101',
      '#results?tech=101&communication=1&delegation=1&trust=1&supervision=1&procedures=1&teamwork=1',
      { missing: [], invalid: ['tech'] },
    ],
    [
      'decimals and signs',
      '#results?tech=1.5&communication=-1&delegation=1e2&trust=0x10&supervision=007&procedures=1&teamwork=1',
      { missing: [], invalid: ['tech', 'communication', 'delegation', 'trust', 'supervision'] },
    ],
    [
      'empty',
      '#results',
      {
        missing: ['tech', 'communication', 'delegation', 'trust', 'supervision', 'procedures', 'teamwork'],
        invalid: [],
      },
    ],
  ])('reports a damaged link (%s) dimension by dimension', (_, hash, expected) => {
    expect(parseResultsHash(hash)).toEqual({ ok: false, ...expected });
  });

  it('maps hashes to screens', () => {
    expect(screenOf('')).toBe('intro');
    expect(screenOf('#quiz')).toBe('quiz');
    expect(screenOf('#results?tech=1')).toBe('results');
    expect(screenOf('#whatever')).toBe('intro');
  });

  it('builds a mailto with an encoded subject and body', () => {
    const href = buildMailto('mailto:ana@example.com', 'Mis resultados', 'Hola & adiós\nLínea 2');
    expect(href).toBe(
      'mailto:ana@example.com?subject=Mis%20resultados&body=Hola%20%26%20adi%C3%B3s%0AL%C3%ADnea%202',
    );
  });
});
