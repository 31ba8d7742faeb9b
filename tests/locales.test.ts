import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
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

    it('has every decision with a title and a body that names {{dimensions}}, one or several', () => {
      expect(Object.keys(at(tree, 'decision') as object).sort()).toEqual([...ASSISTANT_DECISIONS].sort());
      for (const decision of ASSISTANT_DECISIONS) {
        expect(isText(at(tree, 'decision', decision, 'title')), decision).toBe(true);
        for (const form of ['body_one', 'body_other'])
          expect(at(tree, 'decision', decision, form), `${decision}.${form}`).toContain('{{dimensions}}');
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

describe('texts that list dimensions', () => {
  it('come in a singular and a plural form: a list of dimensions may hold only one', () => {
    const found: string[] = [];
    for (const language of LANGUAGES) {
      for (const file of jsonFilesOf(language)) {
        const tree = leavesOf(language, file);
        for (const [key, text] of tree) {
          if (typeof text !== 'string' || !text.includes('{{dimensions}}')) continue;
          const stem = key.replace(/_(one|other)$/, '');
          if (stem === key || !tree.has(`${stem}_one`) || !tree.has(`${stem}_other`))
            found.push(`${language}/${file} ${key}`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});

describe('every button a text names exists', () => {
  /*
   * A text names a button by quoting its label, «Copiar el enlace», so that the owner can find
   * it. The labels are those src renders inside a <button>, a <ConfirmButton> or a link styled
   * as a button, read from the code rather than listed here, so a button that goes away takes
   * its label with it and a text still naming it fails.
   */
  const SRC = join(LOCALES, '..', 'src');

  /** Quotes that do not name a button of the app, each with its reason. */
  const NOT_BUTTONS: Record<string, string> = {
    'assistants.json fields.va.hint': 'the line the quiz shows, «Cuestionario ofrecido por…»',
    'assistants.json help.wordpress': 'the name of a WordPress block',
    'assistants.json help.wix': 'the name of a Wix element',
    'quiz.json dimensions.delegation.bands.high.steps.1': 'an example of a goal to delegate',
    'quiz.json dimensions.procedures.bands.medium.steps.2': 'a word, «urgente»',
  };

  const sourceFiles = (dir: string): string[] =>
    readdirSync(dir).flatMap((entry) => {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) return sourceFiles(path);
      return path.endsWith('.tsx') ? [path] : [];
    });

  const BUTTON_OPENING = /<(button|ConfirmButton)\b|<a\b(?=[^>]*className="button)/g;

  /** The children of the element that opens at `start`: past its opening tag, up to its closing tag. */
  function childrenAt(code: string, start: number, tag: string): string {
    let depth = 0;
    let i = start + 1;
    for (; i < code.length; i++) {
      const c = code[i];
      if (c === '{') depth++;
      else if (c === '}') depth--;
      else if (c === '>' && depth === 0) break;
    }
    if (code[i - 1] === '/') return '';
    const end = code.indexOf(`</${tag}>`, i);
    return end === -1 ? '' : code.slice(i + 1, end);
  }

  /** `namespace:key` of every label src renders as a button, found by reading the code. */
  function buttonLabelKeys(): { key: string; where: string }[] {
    const keys: { key: string; where: string }[] = [];
    for (const path of sourceFiles(SRC)) {
      const code = readFileSync(path, 'utf8');
      const namespaces = [...code.matchAll(/useTranslation\(([^)]*)\)/g)].flatMap((m) =>
        [...m[1]!.matchAll(/'([^']+)'/g)].map((n) => n[1]!),
      );
      for (const match of code.matchAll(BUTTON_OPENING)) {
        const tag = match[1] ?? 'a';
        const children = childrenAt(code, match.index, tag);
        for (const call of children.matchAll(/\bt\(\s*'([^'$]+)'/g)) {
          const [ns, key] = call[1]!.includes(':') ? call[1]!.split(':') : [undefined, call[1]!];
          for (const namespace of ns ? [ns] : namespaces.length > 0 ? namespaces : ['common'])
            keys.push({ key: `${namespace}.json ${key}`, where: relative(SRC, path) });
        }
      }
    }
    return keys;
  }

  const labelKeys = buttonLabelKeys();

  it('finds the buttons of the app in the code (the copy and share buttons among them)', () => {
    const keys = labelKeys.map((k) => k.key);
    expect(keys).toEqual(expect.arrayContaining(['results.json copyShort', 'results.json share.button']));
  });

  /** A label as a pattern: `{{name}}` stands for any text, or for the «…» a text writes in its place. */
  const patternOf = (label: string) =>
    new RegExp(
      `^${label
        .split(INTERPOLATION)
        .map((part, i) => (i % 2 === 1 ? '.+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('')}$`,
      'u',
    );

  describe.each(LANGUAGES)('%s', (language) => {
    const byKey = new Map(stringsOf(language).map(({ key, text }) => [key, text]));
    const labels = labelKeys
      .map(({ key }) => byKey.get(key))
      .filter((text): text is string => text !== undefined);

    it('every «…» a text quotes is the label of a button, or a quote listed as not a button', () => {
      const unknown = stringsOf(language)
        .filter(({ key }) => !(key in NOT_BUTTONS))
        .flatMap(({ where, text }) =>
          [...text.matchAll(/«([^»]+)»/gu)]
            .map((quote) => quote[1]!)
            .filter((name) => !labels.some((label) => patternOf(label).test(name)))
            .map((name) => `${where}: «${name}»`),
        );
      expect(unknown).toEqual([]);
    });

    it('every quote listed as not a button is still in its text', () => {
      for (const key of Object.keys(NOT_BUTTONS)) expect(byKey.get(key), key).toMatch(/«[^»]+»/u);
    });
  });
});
