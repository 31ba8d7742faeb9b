import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPageScreens } from '../../src/app/pages';
import { PAGE_NAMES, PAGES, pageOf, PRERENDERED_PAGE } from '../../src/config/pages';
import { paths } from '../../src/config/paths';
import { NAMESPACES } from '../../src/i18n/namespaces';
import { scoresWith } from '../quiz/answers';

// Any valid scores: which page opens does not depend on them.
const scores = scoresWith(70);

describe('the page a URL opens', () => {
  it('is the screen in the hash on the quiz’s own address', () => {
    expect(pageOf('', '')).toBe('intro');
    expect(pageOf('?lang=it', paths.quiz())).toBe('quiz');
    expect(pageOf('', paths.statement(12))).toBe('quiz');
    expect(pageOf('', paths.results(scores))).toBe('results');
    expect(pageOf('', '#results')).toBe('results'); // damaged: the results page says so
    expect(pageOf('', '#quiz/0')).toBe('intro');
    expect(pageOf('', '#resultsx')).toBe('intro');
  });

  it('is the generator for ?for=assistants, whatever the hash', () => {
    expect(pageOf('?for=assistants&lang=it', '')).toBe('assistants');
    expect(pageOf('?for=assistants', paths.results(scores))).toBe('assistants');
    expect(pageOf('?for=assistant', '')).toBe('intro');
  });

  it('is the assistant’s reading only for a results link with view=assistant', () => {
    expect(pageOf('?view=assistant', paths.results(scores))).toBe('assistant-view');
    expect(pageOf('?view=assistant', paths.quiz())).toBe('quiz');
    expect(pageOf('?view=assistant', '')).toBe('intro');
    expect(pageOf('?view=other', paths.results(scores))).toBe('results');
  });
});

describe('the page table', () => {
  it('names, for every lazy page, a screen module the app can load', () => {
    const screens = createPageScreens(); // throws when a module is not a screen module
    for (const page of PAGE_NAMES) {
      const entry = PAGES[page];
      if (!('module' in entry)) continue;
      expect(existsSync(entry.module[0]), entry.module[0]).toBe(true);
      expect(screens[page as keyof typeof screens]).toBeDefined();
    }
  });

  it('prerenders the intro only, and every page’s strings are namespaces that exist', () => {
    expect(PRERENDERED_PAGE).toBe('intro');
    for (const page of PAGE_NAMES) {
      expect(PAGES[page].namespaces[0]).toBe('common');
      for (const namespace of PAGES[page].namespaces) expect(NAMESPACES).toContain(namespace);
    }
  });

  it('loads each lazy page’s own component by name', async () => {
    const screens = createPageScreens();
    await expect(screens.results.preload({ ahead: true })).resolves.toBeTypeOf('function');
    await expect(screens['assistant-view'].preload({ ahead: true })).resolves.toBeTypeOf('function');
  });
});
