import { describe, expect, it } from 'vitest';
import {
  asAssistantView,
  assistantViewLink,
  buildMailto,
  parseResultsHash,
  paths,
  resultsLink,
  widgetSrc,
  withLanguage,
} from '../../src/config/paths';
import { screenOf } from '../../src/config/pages';
import { parseConfig } from '../../src/config/params';
import { CARRIED_PARAMS, DATA_PARAMS, URL_PARAMS } from '../../src/config/url-params';

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
    const link = resultsLink(
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
    expect(parseResultsHash(url.hash)).toEqual({ ok: true, scores, flags: [] });
  });

  it.each([
    [
      'missing',
      '#results?tech=1&communication=1&delegation=1&trust=1&supervision=1&procedures=1',
      { missing: ['teamwork'], invalid: [], repeated: [] },
    ],
    [
      '101',
      '#results?tech=101&communication=1&delegation=1&trust=1&supervision=1&procedures=1&teamwork=1',
      { missing: [], invalid: ['tech'], repeated: [] },
    ],
    [
      'decimals and signs',
      '#results?tech=1.5&communication=-1&delegation=1e2&trust=0x10&supervision=007&procedures=1&teamwork=1',
      { missing: [], invalid: ['tech', 'communication', 'delegation', 'trust', 'supervision'], repeated: [] },
    ],
    [
      'empty',
      '#results',
      {
        missing: ['tech', 'communication', 'delegation', 'trust', 'supervision', 'procedures', 'teamwork'],
        invalid: [],
        repeated: [],
      },
    ],
    [
      'a dimension given twice',
      '#results?tech=10&tech=90&communication=1&delegation=1&trust=1&supervision=1&procedures=1&teamwork=1',
      { missing: [], invalid: [], repeated: ['tech'] },
    ],
    [
      'a dimension given twice, once empty',
      '#results?tech=10&communication=1&delegation=1&trust=1&supervision=1&procedures=1&teamwork=1&teamwork=',
      { missing: [], invalid: [], repeated: ['teamwork'] },
    ],
  ])('reports a damaged link (%s) dimension by dimension', (_, hash, expected) => {
    expect(parseResultsHash(hash)).toEqual({ ok: false, ...expected });
  });

  it('opens as a full page even when made inside a widget: only lang, va, contact and accent are carried', () => {
    const widget = parseConfig('?embed=1&report=scores&lang=es&va=Ana&accent=%23aa3366&for=assistants');
    const link = new URL(resultsLink('https://va.example.com/delega/', widget, scores));
    expect([...link.searchParams.keys()]).toEqual(['lang', 'va', 'accent']);
    expect(parseConfig(link.search)).toMatchObject({ embed: false, reportScores: false, page: 'quiz' });
    expect(link.hash).toBe(paths.results(scores));
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

describe('the URL table', () => {
  it('carries exactly lang, va, contact and accent into links; widget switches stay out', () => {
    expect(CARRIED_PARAMS).toEqual(['lang', 'va', 'contact', 'accent']);
    expect(DATA_PARAMS).toEqual(['lang', 'va', 'contact', 'accent', 'report', 'report-to']);
    expect(Object.keys(URL_PARAMS)).toEqual(expect.arrayContaining(['embed', 'for']));
  });

  it('builds the widget address from what a placeholder may set, plus embed=1', () => {
    const src = new URL(
      widgetSrc('https://va.example.com/delega/', { lang: 'it', va: 'Giulia', reportScores: true }),
    );
    expect(Object.fromEntries(src.searchParams)).toEqual({
      lang: 'it',
      va: 'Giulia',
      report: 'scores',
      embed: '1',
    });
    expect(parseConfig(src.search)).toMatchObject({
      embed: true,
      reportScores: true,
      lang: 'it',
      va: 'Giulia',
    });
  });
});

describe('paths', () => {
  it('are the in-app destinations the screens are read from', () => {
    expect(screenOf(paths.intro())).toBe('intro');
    expect(screenOf(paths.quiz())).toBe('quiz');
    expect(screenOf(paths.results(scores))).toBe('results');
    expect(parseConfig(paths.generator('it'))).toMatchObject({ page: 'assistants', lang: 'it' });
  });

  it('withLanguage replaces a lang the URL has, and adds none', () => {
    expect(withLanguage('https://x.example/?lang=es&va=Ana#quiz', 'it')).toBe(
      'https://x.example/?lang=it&va=Ana#quiz',
    );
    expect(withLanguage('https://x.example/#quiz', 'it')).toBe('https://x.example/#quiz');
  });
});

describe('the assistant-view link', () => {
  const APP = 'https://va.example.com/delega/';
  const owner = resultsLink(APP, { lang: 'es', va: 'Ana' }, scores);

  it('is the results link with view=assistant in its query: same scores, same language', () => {
    const link = assistantViewLink(APP, { lang: 'es', va: 'Ana' }, scores);
    const url = new URL(link);
    expect(url.searchParams.get('view')).toBe('assistant');
    expect(url.searchParams.get('lang')).toBe('es');
    expect(url.searchParams.get('va')).toBe('Ana');
    expect(url.hash).toBe(new URL(owner).hash);
    expect(parseResultsHash(url.hash)).toEqual({ ok: true, scores, flags: [] });
    expect(parseConfig(url.search).view).toBe('assistant');
    expect(asAssistantView(owner)).toBe(link);
  });

  it('never leaks into the owner’s results link', () => {
    expect(resultsLink(APP, { lang: 'es', view: 'assistant' } as never, scores)).not.toContain('view=');
  });

  it('is read only for view=assistant: other values are ignored', () => {
    expect(parseConfig('?view=assistant').view).toBe('assistant');
    for (const other of ['?view=Assistant', '?view=owner', '?view=', '']) {
      expect(parseConfig(other).view, other).toBeUndefined();
    }
  });
});
