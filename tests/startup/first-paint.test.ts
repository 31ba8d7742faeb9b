import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/params';
import { paths } from '../../src/config/paths';
import { pickLanguage } from '../../src/i18n/languages';
import { preloadsFor } from '../../src/startup/chunks-ahead';
import { hasSavedProgress, introToPaint, namesAnAssistant } from '../../src/startup/first-paint';

const nothingStored = (_key: string): string | null => null;
const stored = (entries: Record<string, string>) => (key: string) => entries[key] ?? null;
const paint = (search: string, hash = '', read = nothingStored, browserLanguages = ['es-ES']) =>
  introToPaint({ search, hash, read, browserLanguages });

describe('the prerendered intro the first paint shows', () => {
  it('follows the link, then the choice made before, then the browser, then Spanish', () => {
    expect(paint('?lang=it')).toBe('it');
    expect(paint('?lang=IT_it')).toBe('it'); // as CMSs write it, read like the app reads it
    expect(paint('', '', stored({ 'delega:lang': 'it' }))).toBe('it');
    expect(paint('?lang=es', '', stored({ 'delega:lang': 'it' }))).toBe('es');
    expect(paint('', '', nothingStored, ['it-CH', 'en'])).toBe('it');
    expect(paint('', '', nothingStored, ['fr-FR', 'de'])).toBe('es');
    expect(paint('?lang=fr', '', nothingStored, ['it'])).toBe('it');
  });

  it('is none when the link opens another page than the intro', () => {
    expect(
      paint(
        '?lang=it',
        paths.results({
          tech: 80,
          communication: 70,
          delegation: 60,
          trust: 70,
          supervision: 85,
          procedures: 55,
          teamwork: 90,
        }),
      ),
    ).toBeUndefined();
    expect(paint('', paths.quiz())).toBeUndefined();
    expect(paint('', paths.statement(4))).toBeUndefined();
    expect(paint('?for=assistants&lang=it')).toBeUndefined();
    expect(paint('?embed=1')).toBeUndefined(); // the widget's intro says other things
  });

  it('is in the language the app then starts in, whatever the link, the stored choice and the browser', () => {
    const code = fc.constantFrom('es', 'it', 'ES', 'it-IT', 'fr', '', 'es_AR', 'xx-yy');
    fc.assert(
      fc.property(
        code,
        fc.option(code, { nil: undefined }),
        fc.array(code, { maxLength: 3 }),
        (lang, choice, browser) => {
          const search = `?${new URLSearchParams({ lang })}`;
          const read = stored(choice === undefined ? {} : { 'delega:lang': choice });
          const appLanguage = pickLanguage(parseConfig(search).lang, { read }, browser);
          expect(paint(search, '', read, browser)).toBe(appLanguage);
        },
      ),
    );
  });

  it('knows when progress is saved, which changes the intro’s buttons', () => {
    expect(hasSavedProgress(nothingStored)).toBe(false);
    expect(
      hasSavedProgress(stored({ 'delega:quiz': '{"version":2,"answers":{"tech-1":3},"position":1}' })),
    ).toBe(true);
  });
});

describe('an assistant named in the link', () => {
  it('is noticed, so that the first paint keeps the line the app will write', () => {
    expect(namesAnAssistant('?va=Ana')).toBe(true);
    expect(namesAnAssistant('?va=%20')).toBe(false);
    expect(namesAnAssistant('?lang=es')).toBe(false);
  });
});

describe('the page a link opens on', () => {
  it('asks for that page’s code and its strings in the visit’s language', () => {
    const chunks = {
      code: { results: ['results-screen-a.js', 'results-screen-b.css'] },
      strings: { es: { results: ['results-es.js'] }, it: { results: ['results-it.js'] } },
    };
    expect(preloadsFor(chunks, 'results', 'it')).toEqual([
      { rel: 'modulepreload', href: './assets/results-screen-a.js' },
      { rel: 'preload', as: 'style', crossorigin: '', href: './assets/results-screen-b.css' },
      { rel: 'modulepreload', href: './assets/results-it.js' },
    ]);
    expect(preloadsFor(chunks, 'intro', 'es')).toEqual([]);
  });
});
