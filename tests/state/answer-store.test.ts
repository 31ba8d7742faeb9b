import { describe, expect, it } from 'vitest';
import { createSafeStorage } from '../../src/lib/safe-storage';
import { createAnswerStore, readQuizState } from '../../src/state/answer-store';
import { QUIZ_ORDER } from '../../src/quiz';

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
    const raw = JSON.stringify({
      version: 2,
      answers: { 'tech-1': 4, 'trust-1': 2, 'delegation-1': 3 },
      position: 1,
    });
    expect(readQuizState(raw)).toEqual({
      state: { answers: { 'tech-1': 4, 'trust-1': 2, 'delegation-1': 3 }, position: 1 },
      damaged: false,
    });
  });

  it("resumes a store of the grouped-order days (version 1) at the first unanswered statement of today's order", () => {
    // Written by the first release: tech, communication, delegation and trust answered (20 of
    // the grouped order), then the owner went back to position 3, which meant tech-4 then.
    const answered = ['tech', 'communication', 'delegation', 'trust'].flatMap((d) =>
      [1, 2, 3, 4, 5].map((n) => `${d}-${n}`),
    );
    const raw = JSON.stringify({
      version: 1,
      answers: Object.fromEntries(answered.map((id) => [id, 4])),
      position: 3,
    });
    const { state, damaged } = readQuizState(raw);
    expect(damaged).toBe(false);
    // 20 answers, less the three to statements retired since (communication-4, delegation-4, trust-4)
    expect(Object.keys(state.answers)).toHaveLength(17);
    // Position 3 of today's order is another statement: resume at the first gap instead.
    expect(QUIZ_ORDER[state.position]!.id).toBe('procedures-8');
  });

  it('sets answers to retired statements aside quietly, never as answers to their replacements', () => {
    const raw = JSON.stringify({
      version: 1,
      answers: { 'procedures-2': 5, 'procedures-5': 1, 'teamwork-3': 4, 'procedures-1': 2, 'tech-1': 3 },
      position: 2,
    });
    const { state, damaged } = readQuizState(raw);
    expect(state.answers).toEqual({ 'tech-1': 3 });
    expect(damaged).toBe(false);
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
    expect(readQuizState('{"tech-1":3,"trust-1":4}')).toEqual({
      state: { answers: { 'tech-1': 3, 'trust-1': 4 }, position: 2 },
      damaged: false,
    });
  });

  it('never resumes past the first unanswered statement', () => {
    const raw = JSON.stringify({ version: 2, answers: { 'tech-1': 4 }, position: 30 });
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

  it('after a reload on a full storage, reads the saved answers and says new ones cannot be saved', () => {
    // The visitor answered 3, then the quota filled up: every write now fails, reading works.
    const saved = JSON.stringify({
      version: 2,
      answers: { 'tech-1': 4, 'tech-2': 2, 'tech-3': 5 },
      position: 3,
    });
    const storage = createSafeStorage(
      () =>
        ({
          getItem: (k: string) => (k === 'delega:quiz' ? saved : null),
          setItem: () => {
            throw new DOMException('full', 'QuotaExceededError');
          },
          removeItem: () => undefined,
        }) as unknown as Storage,
    );
    const store = createAnswerStore(storage);
    // The position never passes the first gap of the interleaved order (tech-1, then communication-1).
    expect(store.getState()).toEqual({ answers: { 'tech-1': 4, 'tech-2': 2, 'tech-3': 5 }, position: 1 });
    expect(store.getNotice()).toBe('full');
    store.dismissNotice();
    store.answer('tech-4', 3); // kept in memory for this visit, said once
    expect(store.getState().answers['tech-4']).toBe(3);
    expect(store.getNotice()).toBeNull();
  });

  it('when storage fills up mid-quiz, says the earlier answers are kept and the new ones are not saved', () => {
    let full = false;
    const backing = new Map<string, string>();
    const storage = createSafeStorage(
      () =>
        ({
          getItem: (k: string) => backing.get(k) ?? null,
          setItem: (k: string, v: string) => {
            if (full) throw new DOMException('full', 'QuotaExceededError');
            backing.set(k, v);
          },
          removeItem: (k: string) => void backing.delete(k),
        }) as unknown as Storage,
    );
    const store = createAnswerStore(storage);
    store.answer('tech-1', 4);
    expect(store.getNotice()).toBeNull();
    full = true;
    store.answer('tech-2', 2);
    expect(store.getNotice()).toBe('full');
  });

  it('does not claim answers survived a damaged store when none did', () => {
    expect(createAnswerStore(storageWith('{"version":1,')).getNotice()).toBe('damaged-all');
    expect(createAnswerStore(storageWith('{"version":1,"answers":{"tech-1":9}}')).getNotice()).toBe(
      'damaged-all',
    );
    expect(
      createAnswerStore(storageWith('{"version":1,"answers":{"tech-1":9,"tech-2":3}}')).getNotice(),
    ).toBe('damaged');
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

  it.each([
    ['unreadable JSON', '{"version":1,"answ'],
    ['a wrong shape', '[]'],
    ['invalid answers', '{"version":1,"answers":{"tech-1":"five","tech-9":7},"position":0}'],
  ])('keeps its own answers when another tab writes %s, and repairs the store', (_, damaged) => {
    const backing = new Map<string, string>();
    const storage = createSafeStorage(
      () =>
        ({
          getItem: (k: string) => backing.get(k) ?? null,
          setItem: (k: string, v: string) => void backing.set(k, v),
          removeItem: (k: string) => void backing.delete(k),
        }) as unknown as Storage,
    );
    const mine = createAnswerStore(storage);
    mine.answer('tech-1', 5);
    mine.answer('tech-2', 4);
    mine.goTo(2);
    backing.set('delega:quiz', damaged); // the other tab's write
    mine.syncFromStorage();
    // Position 1: the first gap of the interleaved order, which a saved position never passes.
    expect(mine.getState()).toEqual({ answers: { 'tech-1': 5, 'tech-2': 4 }, position: 1 });
    // Already repaired in storage: a reload (or the next tab) finds the answers, not the damage.
    expect(createAnswerStore(storage).getState().answers).toEqual({ 'tech-1': 5, 'tech-2': 4 });
    mine.answer('tech-3', 3);
    expect(createAnswerStore(storage).getState().answers).toEqual({ 'tech-1': 5, 'tech-2': 4, 'tech-3': 3 });
  });

  it('adds the valid answers of a partly damaged copy to its own', () => {
    const storage = storageWith(null);
    const mine = createAnswerStore(storage);
    mine.answer('tech-1', 5);
    storage.write('delega:quiz', '{"version":1,"answers":{"tech-2":2,"tech-3":"?"},"position":2}');
    mine.syncFromStorage();
    expect(mine.getState().answers).toEqual({ 'tech-1': 5, 'tech-2': 2 });
  });

  it('still follows another tab that starts over', () => {
    const storage = storageWith(null);
    const mine = createAnswerStore(storage);
    mine.answer('tech-1', 5);
    storage.remove('delega:quiz'); // "Repeat the quiz" in the other tab
    mine.syncFromStorage();
    expect(mine.getState().answers).toEqual({});
  });
});
