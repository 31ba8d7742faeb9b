import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  ANSWER_VALUES,
  ASSISTANT_DECISIONS,
  BANDS,
  DIMENSIONS,
  PLAN_STEPS,
  QUESTION_IDS,
  STATEMENTS,
  VERDICTS,
  WARNINGS,
} from '../src/quiz';

/*
 * Every locale file is read from the folder, whatever files exist today (locales/<lang>/*.json):
 * a new namespace is checked as soon as it appears, in both languages.
 */
const LOCALES = join(dirname(fileURLToPath(import.meta.url)), '..', 'locales');

const LANGUAGES = readdirSync(LOCALES)
  .filter((entry) => statSync(join(LOCALES, entry)).isDirectory())
  .sort();

const jsonFilesOf = (language: string) =>
  readdirSync(join(LOCALES, language))
    .filter((file) => file.endsWith('.json'))
    .sort();

/** Every file name found in any language. */
const FILES = [...new Set(LANGUAGES.flatMap(jsonFilesOf))].sort();

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const load = (language: string, file: string): Json =>
  JSON.parse(readFileSync(join(LOCALES, language, file), 'utf8')) as Json;

/** Every leaf of a locale tree by its dotted path (array items by index: `steps.0`). */
function leaves(node: Json, path = '', into = new Map<string, Json>()): Map<string, Json> {
  if (node !== null && typeof node === 'object') {
    const entries = Array.isArray(node) ? node.map((v, i) => [String(i), v] as const) : Object.entries(node);
    if (entries.length === 0) into.set(path, node); // an empty {} or [] is a leaf, and a wrong one
    for (const [key, value] of entries) leaves(value, path ? `${path}.${key}` : key, into);
  } else {
    into.set(path, node);
  }
  return into;
}

const leavesOf = (language: string, file: string) =>
  existsSync(join(LOCALES, language, file)) ? leaves(load(language, file)) : new Map<string, Json>();

/** Every string of every file of a language, with where it comes from. */
const stringsOf = (language: string) =>
  jsonFilesOf(language).flatMap((file) =>
    [...leavesOf(language, file)]
      .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
      .map(([key, text]) => ({ where: `${language}/${file} ${key}`, key: `${file} ${key}`, text })),
  );

const INTERPOLATION = /\{\{\s*([^{}]+?)\s*\}\}/g;

/** The interpolation variables of a string, sorted (`{{count, number}}` counts as `count`). */
const variablesOf = (text: string) =>
  [...text.matchAll(INTERPOLATION)].map((match) => match[1]!.split(',')[0]!.trim()).sort();

/** Tree access for the content checks; a missing node reads as undefined. */
function at(node: Json | undefined, ...path: string[]): Json | undefined {
  let current = node;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    current = current[key];
  }
  return current;
}

const isText = (value: Json | undefined): value is string => typeof value === 'string' && value.trim() !== '';

describe('locale files', () => {
  it('exist for exactly Spanish and Italian', () => {
    expect(LANGUAGES).toEqual(['es', 'it']);
  });

  it('include at least common.json and quiz.json', () => {
    expect(FILES).toEqual(expect.arrayContaining(['common.json', 'quiz.json']));
  });

  it('are the same files in every language', () => {
    for (const language of LANGUAGES) expect(jsonFilesOf(language), language).toEqual(FILES);
  });

  describe.each(FILES)('%s', (file) => {
    it('has the same keys in es and it', () => {
      const keys = LANGUAGES.map((language) => [...leavesOf(language, file).keys()].sort());
      const [es, it] = keys as [string[], string[]];
      expect({
        onlyInEs: es.filter((k) => !it.includes(k)),
        onlyInIt: it.filter((k) => !es.includes(k)),
      }).toEqual({
        onlyInEs: [],
        onlyInIt: [],
      });
    });

    it('has only non-empty strings', () => {
      for (const language of LANGUAGES) {
        for (const [key, value] of leavesOf(language, file)) {
          expect(typeof value, `${language}/${file} ${key}`).toBe('string');
          expect((value as string).trim(), `${language}/${file} ${key}`).not.toBe('');
        }
      }
    });

    it('uses the same interpolation variables per key in es and it, with well-formed braces', () => {
      const es = leavesOf('es', file);
      const it = leavesOf('it', file);
      for (const [key, esValue] of es) {
        const itValue = it.get(key);
        if (typeof esValue !== 'string' || typeof itValue !== 'string') continue;
        expect(variablesOf(itValue), `${file} ${key}`).toEqual(variablesOf(esValue));
      }
      for (const [language, tree] of [
        ['es', es],
        ['it', it],
      ] as const) {
        for (const [key, value] of tree) {
          if (typeof value !== 'string') continue;
          // once the {{x}} are taken out, no brace is left: catches `{{name}` and `{name}}`
          expect(value.replace(INTERPOLATION, ''), `${language}/${file} ${key}`).not.toMatch(/[{}]/);
        }
      }
    });
  });
});

describe('quiz.json content, in both languages', () => {
  const quiz = Object.fromEntries(LANGUAGES.map((language) => [language, load(language, 'quiz.json')]));

  describe.each(LANGUAGES)('%s', (language) => {
    const tree = quiz[language];

    it('has a text for every statement of the bank, and no other', () => {
      for (const { id } of STATEMENTS) expect(isText(at(tree, 'statements', id)), id).toBe(true);
      expect(Object.keys(at(tree, 'statements') as object).sort()).toEqual(
        STATEMENTS.map((s) => s.id).sort(),
      );
    });

    it('names the five points of the answer scale', () => {
      expect(Object.keys(at(tree, 'scale') as object).sort()).toEqual(ANSWER_VALUES.map(String));
      for (const value of ANSWER_VALUES)
        expect(isText(at(tree, 'scale', String(value))), String(value)).toBe(true);
    });

    it('describes every dimension, and for every band a summary and 2–3 steps', () => {
      expect(Object.keys(at(tree, 'dimensions') as object).sort()).toEqual([...DIMENSIONS].sort());
      for (const dimension of DIMENSIONS) {
        for (const field of ['name', 'short', 'measures', 'why']) {
          expect(isText(at(tree, 'dimensions', dimension, field)), `${dimension}.${field}`).toBe(true);
        }
        for (const band of BANDS) {
          const where = `${dimension}.bands.${band}`;
          expect(
            isText(at(tree, 'dimensions', dimension, 'bands', band, 'summary')),
            `${where}.summary`,
          ).toBe(true);
          const steps = at(tree, 'dimensions', dimension, 'bands', band, 'steps');
          expect(Array.isArray(steps), `${where}.steps`).toBe(true);
          expect((steps as Json[]).length, `${where}.steps`).toBeGreaterThanOrEqual(2);
          expect((steps as Json[]).length, `${where}.steps`).toBeLessThanOrEqual(3);
          for (const step of steps as Json[]) expect(isText(step), `${where}.steps`).toBe(true);
        }
      }
    });

    it('has every verdict with title, body, next and a neutral label for the mail', () => {
      expect(Object.keys(at(tree, 'verdicts') as object).sort()).toEqual([...VERDICTS].sort());
      for (const verdict of VERDICTS) {
        for (const field of ['title', 'next', 'mailLabel']) {
          expect(isText(at(tree, 'verdicts', verdict, field)), `${verdict}.${field}`).toBe(true);
        }
        // A body that counts what it names has plural forms instead of one text.
        const body = at(tree, 'verdicts', verdict, 'body') ?? at(tree, 'verdicts', verdict, 'body_other');
        expect(isText(body), `${verdict}.body`).toBe(true);
      }
    });
  });
});

describe('no text of one language left in the other', () => {
  /*
   * Markers are common function words of one language that are not words of the other, matched
   * as whole words (letters only, case-insensitive). Left out on purpose, because both
   * languages have them: "e" (Spanish uses it before i-/hi-), "di" (Spanish imperative of decir),
   * "da", "del", "al", "con", "se", "la", "le", "lo", "una", "mi", "tu", "su", "cosa", "sin".
   * The language names in themselves (Español, Italiano) are allowed everywhere.
   */
  // prettier-ignore
  const SPANISH_ONLY = new Set([
    'el', 'los', 'las', 'y', 'que', 'qué', 'pero', 'muy', 'para', 'en', 'como', 'cómo', 'hay',
    'también', 'está', 'tus', 'sus', 'usted', 'cuando', 'porque', 'desde', 'hasta', 'esto', 'eso',
  ]);
  // prettier-ignore
  const ITALIAN_ONLY = new Set([
    'il', 'gli', 'della', 'delle', 'dello', 'degli', 'dei', 'non', 'che', 'è', 'per', 'sono',
    'anche', 'questo', 'questa', 'quando', 'nel', 'nella', 'ciò', 'più', 'ho', 'hai', 'ma', 'molto',
    'perché', 'già',
  ]);
  const ENDONYMS = /\b(español|italiano)\b/giu;

  const wordsOf = (text: string) =>
    text
      .replace(INTERPOLATION, ' ')
      .replace(ENDONYMS, ' ')
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];

  const foreign = (text: string, markers: ReadonlySet<string>) => [
    ...new Set(wordsOf(text).filter((word) => markers.has(word))),
  ];

  it('the markers really mark their language (each is found in its own texts)', () => {
    const esWords = new Set(stringsOf('es').flatMap(({ text }) => wordsOf(text)));
    const itWords = new Set(stringsOf('it').flatMap(({ text }) => wordsOf(text)));
    for (const word of ['el', 'los', 'y', 'que', 'para', 'en']) expect(esWords, word).toContain(word);
    for (const word of ['il', 'gli', 'della', 'non', 'che', 'per']) expect(itWords, word).toContain(word);
  });

  it('no Spanish in the Italian texts', () => {
    const found = stringsOf('it')
      .map(({ where, text }) => ({
        where,
        words: [
          ...foreign(text, SPANISH_ONLY),
          ...(/[¿¡]/u.test(text) ? ['¿/¡'] : []),
          ...(/ñ|ción/iu.test(text.replace(ENDONYMS, ' ')) ? ['ñ/-ción'] : []),
        ],
      }))
      .filter(({ words }) => words.length > 0);
    expect(found).toEqual([]);
  });

  it('no Italian in the Spanish texts', () => {
    const found = stringsOf('es')
      .map(({ where, text }) => ({
        where,
        words: [...foreign(text, ITALIAN_ONLY), ...(/zione|zioni/iu.test(text) ? ['-zione'] : [])],
      }))
      .filter(({ words }) => words.length > 0);
    expect(found).toEqual([]);
  });

  it('no text of two words or more is the same in es and it (a copy left untranslated)', () => {
    const itByKey = new Map(stringsOf('it').map(({ key, text }) => [key, text]));
    const same = stringsOf('es')
      .filter(({ key, text }) => itByKey.get(key) === text)
      .filter(({ text }) => text.trim().split(/\s+/).length >= 2 && !/<|:\/\//.test(text))
      .map(({ where }) => where);
    expect(same).toEqual([]);
  });
});

describe('assistant-view.json content, in both languages', () => {
  const view = Object.fromEntries(
    LANGUAGES.map((language) => [language, load(language, 'assistant-view.json')]),
  );

  describe.each(LANGUAGES)('%s', (language) => {
    const tree = view[language];
    const textAt = (path: string) => at(tree, ...path.split('.'));

    it('has every decision with a title and a body that names {{dimensions}}', () => {
      expect(Object.keys(at(tree, 'decision') as object).sort()).toEqual([...ASSISTANT_DECISIONS].sort());
      for (const decision of ASSISTANT_DECISIONS) {
        expect(isText(at(tree, 'decision', decision, 'title')), decision).toBe(true);
        expect(at(tree, 'decision', decision, 'body'), decision).toContain('{{dimensions}}');
      }
    });

    it('says what the client needs and what to agree, for every dimension in the low and medium bands', () => {
      for (const dimension of DIMENSIONS) {
        for (const band of ['low', 'medium']) {
          for (const field of ['need', 'agree']) {
            expect(isText(at(tree, 'needs', dimension, band, field)), `${dimension}.${band}.${field}`).toBe(
              true,
            );
          }
        }
      }
    });

    it('has every first-call question, each a real question', () => {
      for (const id of QUESTION_IDS) {
        const text = textAt(`questions.${id}`);
        expect(isText(text), id).toBe(true);
        expect((text as string).trim().endsWith('?'), id).toBe(true);
      }
    });

    it('has every plan step and every warning sign', () => {
      for (const step of PLAN_STEPS) expect(isText(at(tree, 'plan', step)), step).toBe(true);
      for (const warning of WARNINGS) expect(isText(at(tree, 'warnings', warning)), warning).toBe(true);
    });
  });
});
