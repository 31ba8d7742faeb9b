import { describe, expect, it } from 'vitest';
import { answerValueSchema, isAnswerValue, isScore, salvageAnswers } from '../../src/quiz';
import { uniformAnswers } from './answers';

describe('a valid answer: isAnswerValue and answerValueSchema agree', () => {
  it.each<[unknown, boolean]>([
    [1, true],
    [3, true],
    [5, true],
    [0, false],
    [6, false],
    [2.5, false],
    ['3', false],
    [null, false],
    [Number.NaN, false],
  ])('%s → %s', (value, valid) => {
    expect(isAnswerValue(value)).toBe(valid);
    expect(answerValueSchema.safeParse(value).success).toBe(valid);
  });
});

describe('a valid score: isScore', () => {
  it('accepts integers 0–100, the bounds included', () => {
    expect([0, 1, 39, 40, 69, 70, 99, 100].every(isScore)).toBe(true);
  });

  it.each<unknown>([-1, 101, 3.5, '7', null, Number.NaN, Infinity])('rejects %s', (value) => {
    expect(isScore(value)).toBe(false);
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
      'teamwork-1': null, // dropped
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
});
