import { describe, expect, it } from 'vitest';
import { createSafeStorage } from '../../src/lib/safe-storage';
import { createAnswerStore, readQuizState } from '../../src/state/answer-store';

const storageWith = (raw: string | null) => {
  const backing = new Map<string, string>(raw === null ? [] : [['delega:quiz', raw]]);
  return createSafeStorage(
    () =>
      ({
        getItem: (k: string) => backing.get(k) ?? null,
        setItem: (k: string, v: string) => void backing.set(k, v),
        removeItem: (k: string) => void backing.delete(k),
      }) as Storage,
  );
};

describe('reading stored progress', () => {
  it('resumes a valid store at its position', () => {
    const raw = JSON.stringify({ version: 1, answers: { 'tech-1': 4, 'tech-2': 2 }, position: 2 });
    expect(readQuizState(raw)).toEqual({
      state: { answers: { 'tech-1': 4, 'tech-2': 2 }, position: 2 },
      damaged: false,
    });
  });

  it.each([
    ['invalid JSON', '{"version":1,', {}],
    ['a wrong shape', '[1,2,3]', {}],
    ['a number', '42', {}],
    ['answers out of range', '{"version":1,"answers":{"tech-1":9,"tech-2":3},"position":1}', { 'tech-2': 3 }],
    ['unknown ids', '{"version":1,"answers":{"nope-1":3,"tech-1":5},"position":1}', { 'tech-1': 5 }],
    ['a future version', '{"version":9,"answers":"?"}', {}],
  ])('keeps what it can from %s and says the store was damaged', (_, raw, answers) => {
    const { state, damaged } = readQuizState(raw);
    expect(damaged).toBe(true);
    expect(state.answers).toEqual(answers);
  });

  it('accepts the oldest format, a bare answers object', () => {
    expect(readQuizState('{"tech-1":3,"tech-2":4}')).toEqual({
      state: { answers: { 'tech-1': 3, 'tech-2': 4 }, position: 2 },
      damaged: false,
    });
  });

  it('never resumes past the first unanswered statement', () => {
    const raw = JSON.stringify({ version: 1, answers: { 'tech-1': 4 }, position: 30 });
    expect(readQuizState(raw).state.position).toBe(1);
  });
});

describe('the answer store', () => {
  it('saves after every answer and reads it back in a new store', () => {
    const storage = storageWith(null);
    const store = createAnswerStore(storage);
    store.answer('tech-1', 5);
    store.goTo(1);
    expect(createAnswerStore(storage).getState()).toEqual({ answers: { 'tech-1': 5 }, position: 1 });
  });

  it('works in memory when storage throws, and says once that progress is not saved', () => {
    const storage = createSafeStorage(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const store = createAnswerStore(storage);
    store.answer('tech-1', 2);
    expect(store.getState().answers).toEqual({ 'tech-1': 2 });
    expect(store.getNotice()).toBe('not-saved');
    store.dismissNotice();
    store.answer('tech-2', 2);
    expect(store.getNotice()).toBeNull();
  });

  it('keeps answers in memory when the quota is full', () => {
    const storage = createSafeStorage(
      () =>
        ({
          getItem: () => null,
          setItem: (k: string) => {
            if (k === 'delega:quiz') throw new DOMException('full', 'QuotaExceededError');
          },
          removeItem: () => undefined,
        }) as unknown as Storage,
    );
    const store = createAnswerStore(storage);
    store.answer('tech-1', 3);
    expect(storage.read('delega:quiz')).toContain('"tech-1":3');
    expect(store.getNotice()).toBe('not-saved');
  });
});

describe('two tabs on one store', () => {
  it('follows what another tab saved instead of overwriting it', () => {
    const storage = storageWith(null);
    const mine = createAnswerStore(storage);
    const other = createAnswerStore(storage);
    other.answer('tech-1', 5);
    other.answer('tech-2', 4);
    mine.syncFromStorage(); // what the 'storage' event triggers in the app
    mine.answer('tech-3', 3);
    expect(createAnswerStore(storage).getState().answers).toEqual({ 'tech-1': 5, 'tech-2': 4, 'tech-3': 3 });
  });
});
