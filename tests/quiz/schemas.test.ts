import { describe, expect, it } from 'vitest';
import {
  answerValueSchema,
  answersSchema,
  salvageAnswers,
  scoreSchema,
  scoresSchema,
  statementIdSchema,
} from '../../src/quiz';
import { uniformAnswers } from './answers';

const validScores = {
  tech: 0,
  communication: 100,
  delegation: 39,
  trust: 40,
  supervision: 69,
  procedures: 70,
  teamwork: 55,
};

/** The error of a failed parse, as text: to check that it names what is wrong. */
function errorOf(result: { success: boolean; error?: { issues: readonly unknown[] } }): string {
  expect(result.success).toBe(false);
  expect(result.error).toBeDefined();
  expect(result.error!.issues.length).toBeGreaterThan(0);
  return JSON.stringify(result.error!.issues);
}

describe('answersSchema', () => {
  it('accepts an empty, a partial and a full answer set, unchanged', () => {
    expect(answersSchema.parse({})).toEqual({});
    expect(answersSchema.parse({ 'tech-1': 1, 'teamwork-5': 5 })).toEqual({ 'tech-1': 1, 'teamwork-5': 5 });
    const full = uniformAnswers(3);
    expect(answersSchema.parse(full)).toEqual(full);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an unknown id', { 'tech-1': 3, 'tech-6': 3 }, 'tech-6'],
    ['an id in the wrong case', { 'TECH-1': 3 }, 'TECH-1'],
    ['0', { 'tech-1': 0 }, 'tech-1'],
    ['6', { 'tech-2': 6 }, 'tech-2'],
    ['2.5', { 'tech-3': 2.5 }, 'tech-3'],
    ['-1', { 'trust-1': -1 }, 'trust-1'],
    ['the string "3" (no coercion)', { 'tech-4': '3' }, 'tech-4'],
    ['the string "tres"', { 'tech-5': 'tres' }, 'tech-5'],
    ['null', { 'teamwork-1': null }, 'teamwork-1'],
    ['NaN', { 'teamwork-2': Number.NaN }, 'teamwork-2'],
  ])('rejects %s with an error naming the id', (_label, answers, id) => {
    expect(errorOf(answersSchema.safeParse(answers))).toContain(id);
    expect(() => answersSchema.parse(answers)).toThrow();
  });

  it('rejects a whole set when one entry of many is bad (reject, never coerce)', () => {
    errorOf(answersSchema.safeParse({ ...uniformAnswers(4), 'procedures-3': 7 }));
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['undefined', undefined],
    ['an array', [3, 4]],
    ['a string', '{"tech-1":3}'],
    ['a number', 3],
  ])('rejects %s', (_label, value) => {
    errorOf(answersSchema.safeParse(value));
  });
});

describe('answerValueSchema and statementIdSchema', () => {
  it('accept exactly 1–5 and exactly the bank ids', () => {
    for (const value of [1, 2, 3, 4, 5]) expect(answerValueSchema.safeParse(value).success).toBe(true);
    for (const value of [0, 6, 2.5, '1', null])
      expect(answerValueSchema.safeParse(value).success).toBe(false);
    expect(statementIdSchema.safeParse('procedures-4').success).toBe(true);
    expect(statementIdSchema.safeParse('procedures').success).toBe(false);
    expect(statementIdSchema.safeParse('tech-6').success).toBe(false);
  });
});

describe('scoresSchema', () => {
  it('accepts the seven dimensions with integers 0–100 (the bounds included)', () => {
    expect(scoresSchema.parse(validScores)).toEqual(validScores);
    for (const bound of [0, 100]) {
      const scores = { ...validScores, trust: bound };
      expect(scoresSchema.parse(scores)).toEqual(scores);
    }
  });

  it('rejects a missing dimension, naming it', () => {
    const rest: Partial<typeof validScores> = { ...validScores };
    delete rest.supervision;
    expect(errorOf(scoresSchema.safeParse(rest))).toContain('supervision');
  });

  it.each<[string, unknown]>([
    ['101', 101],
    ['-1', -1],
    ['3.5', 3.5],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['the string "50" (no coercion)', '50'],
    ['null', null],
  ])('rejects %s as a score, naming the dimension', (_label, value) => {
    expect(errorOf(scoresSchema.safeParse({ ...validScores, procedures: value }))).toContain('procedures');
  });

  it('rejects extra keys, naming them', () => {
    expect(errorOf(scoresSchema.safeParse({ ...validScores, mood: 50 }))).toContain('mood');
  });

  it('rejects non-objects', () => {
    for (const value of [null, undefined, [], 'tech=50', 50]) errorOf(scoresSchema.safeParse(value));
  });

  it('scoreSchema alone: integers 0–100', () => {
    expect([0, 1, 50, 99, 100].map((v) => scoreSchema.safeParse(v).success)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect([-1, 101, 3.5, '7'].map((v) => scoreSchema.safeParse(v).success)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('salvageAnswers', () => {
  it('keeps the valid entries of a mixed object and counts the dropped ones', () => {
    const raw = {
      'tech-1': 3, // kept
      'tech-2': 6, // dropped: out of range
      'tech-3': '4', // dropped: a string, not coerced
      'tech-4': 2.5, // dropped: not an integer
      'tech-5': 5, // kept
      'tech-6': 2, // dropped: unknown id
      'teamwork-5': 1, // kept
      'teamwork-4': null, // dropped
    };
    expect(salvageAnswers(raw)).toEqual({
      answers: { 'tech-1': 3, 'tech-5': 5, 'teamwork-5': 1 },
      dropped: 5,
    });
  });

  it('keeps a fully valid object whole and drops nothing', () => {
    const full = uniformAnswers(2);
    expect(salvageAnswers({ ...full })).toEqual({ answers: full, dropped: 0 });
    expect(salvageAnswers({})).toEqual({ answers: {}, dropped: 0 });
  });

  it('drops everything from an object of garbage', () => {
    expect(salvageAnswers({ a: 1, b: 'x', 'tech-1': 0 })).toEqual({ answers: {}, dropped: 3 });
  });

  it('does not let a "__proto__" key through (from JSON.parse of a damaged store)', () => {
    const result = salvageAnswers(JSON.parse('{"__proto__": {"tech-1": 5}, "tech-2": 4}'));
    expect(result).toEqual({ answers: { 'tech-2': 4 }, dropped: 1 });
    expect(Object.getPrototypeOf(result.answers)).toBe(Object.prototype);
    expect((result.answers as Record<string, unknown>)['tech-1']).toBeUndefined();
  });

  it('null and undefined (nothing stored) give no answers and nothing dropped', () => {
    expect(salvageAnswers(null)).toEqual({ answers: {}, dropped: 0 });
    expect(salvageAnswers(undefined)).toEqual({ answers: {}, dropped: 0 });
  });

  it.each<[string, unknown]>([
    ['an array', [3, 4, 5]],
    ['an empty array', []],
    ['a string', '{"tech-1":3}'],
    ['a number', 42],
    ['a boolean', true],
  ])('%s gives no answers and counts as damage', (_label, raw) => {
    const { answers, dropped } = salvageAnswers(raw);
    expect(answers).toEqual({});
    expect(dropped).toBeGreaterThan(0);
  });

  it('returns answers that answersSchema accepts', () => {
    const { answers } = salvageAnswers({ 'tech-1': 3, 'tech-2': 9, zzz: 1, 'trust-3': 4 });
    expect(answersSchema.safeParse(answers).success).toBe(true);
  });
});
